// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHttpServer.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

} // namespace

SandboxHttpServer::SandboxHttpServer(Hooks hooks, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_hooks(std::move(hooks))
{ }

bool SandboxHttpServer::listenOn(const QHostAddress &address, quint16 port, QString *error)
{
    // Our own QTcpServer, unlike QAbstractHttpServer::listen(), tells why listening failed.
    auto *server = new QTcpServer(this);
    if (!server->listen(address, port)) {
        if (error)
            *error = QCoreApplication::translate("SandboxHttpServer", "Cannot listen on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(server->errorString());
        delete server;
        return false;
    }
    bind(server);
    return true;
}

quint16 SandboxHttpServer::port() const
{
    const QList<QTcpServer *> list = servers();
    return list.isEmpty() ? 0 : list.first()->serverPort();
}

QHostAddress SandboxHttpServer::address() const
{
    const QList<QTcpServer *> list = servers();
    return list.isEmpty() ? QHostAddress() : list.first()->serverAddress();
}

void SandboxHttpServer::closeAll()
{
    for (QTcpServer *server : servers()) {
        server->close();
        // Accepted sockets are children of their QTcpServer.
        for (QTcpSocket *socket : server->findChildren<QTcpSocket *>())
            socket->abort();
    }
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Copied out: Qt reuses the request object for the socket's next message.
    SandboxRequestRecord record{.method = methodName(request.method()),
                                .path = request.url().path(QUrl::FullyEncoded),
                                .query = request.url().query(QUrl::FullyEncoded),
                                .headers = request.headers(),
                                .body = request.body()};
    m_hooks.record(record);
    std::optional<SandboxFault> fault = m_hooks.takeFault(record);
    auto *delivery = new SandboxDelivery(socket, std::move(record), std::move(fault), m_hooks.answer);
    QMetaObject::invokeMethod(delivery, &SandboxDelivery::start, Qt::QueuedConnection);
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() takes every request; this only runs if Qt calls it on its own (upgrade attempts).
    SandboxRequestRecord record{.method = methodName(request.method()),
                                .path = request.url().path(QUrl::FullyEncoded),
                                .headers = request.headers()};
    auto *delivery = new SandboxDelivery(socket, std::move(record), std::nullopt, [](const SandboxRequestRecord &) {
        return SandboxReply::error(404, QCoreApplication::translate("SandboxHttpServer", "Not found."));
    });
    QMetaObject::invokeMethod(delivery, &SandboxDelivery::start, Qt::QueuedConnection);
}
