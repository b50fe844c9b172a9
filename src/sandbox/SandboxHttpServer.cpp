// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHttpServer.h"

#include "SandboxHttpConnection.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

SandboxHttpServer::SandboxHttpServer(Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_hooks(std::move(hooks))
{ }

bool SandboxHttpServer::listenOn(const QHostAddress &address, quint16 port, QString *error)
{
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
    delete m_server;
    m_server = server;
    connect(server, &QTcpServer::newConnection, this, &SandboxHttpServer::acceptConnections);
    return true;
}

quint16 SandboxHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QHostAddress SandboxHttpServer::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

void SandboxHttpServer::closeAll()
{
    if (!m_server)
        return;
    m_server->close();
    for (QTcpSocket *socket : m_server->findChildren<QTcpSocket *>())
        socket->abort();
}

void SandboxHttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        new SandboxHttpConnection(
            socket, [this, socket](SandboxRequestRecord request) { return dispatch(socket, std::move(request)); });
    }
}

QObject *SandboxHttpServer::dispatch(QTcpSocket *socket, SandboxRequestRecord request)
{
    m_hooks.record(request);
    std::optional<SandboxFault> fault = m_hooks.takeFault(request);
    auto *delivery = new SandboxDelivery(socket, std::move(request), std::move(fault), m_hooks.answer);
    QMetaObject::invokeMethod(delivery, &SandboxDelivery::start, Qt::QueuedConnection);
    return delivery;
}
