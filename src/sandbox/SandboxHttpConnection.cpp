// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHttpConnection.h"

#include "SandboxReply.h"

#include <QTcpSocket>

namespace {

// What the socket may hold before this object reads it; beyond it, TCP flow control holds the client back.
constexpr qint64 kSocketReadBufferBytes = 256 * 1024;

} // namespace

SandboxHttpConnection::SandboxHttpConnection(QTcpSocket *socket, Dispatch dispatch)
    : QObject(socket)
    , m_socket(socket)
    , m_dispatch(std::move(dispatch))
{
    socket->setReadBufferSize(kSocketReadBufferBytes);
    connect(socket, &QTcpSocket::readyRead, this, &SandboxHttpConnection::onReadyRead);
    if (socket->bytesAvailable() > 0)
        onReadyRead();
}

void SandboxHttpConnection::onReadyRead()
{
    // Read even while an answer is held back: the reader keeps what it may and decides when it is too much.
    m_reader.receive(m_socket->readAll());
    readRequests();
}

void SandboxHttpConnection::onAnswered()
{
    m_reader.answered();
    readRequests();
}

void SandboxHttpConnection::readRequests()
{
    while (true) {
        SandboxHttpReader::Step step = m_reader.next();
        switch (step.kind) {
        case SandboxHttpReader::Step::Kind::Wait:
            return;
        case SandboxHttpReader::Step::Kind::Continue:
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            break;
        case SandboxHttpReader::Step::Kind::Refuse:
            refuse(step.status, step.message);
            return;
        case SandboxHttpReader::Step::Kind::Close:
            closeWhenWritten();
            return;
        case SandboxHttpReader::Step::Kind::Request:
            m_answering = m_dispatch(std::move(step.request));
            if (!m_answering) {
                m_reader.answered();
                break;
            }
            connect(m_answering.data(), &QObject::destroyed, this, &SandboxHttpConnection::onAnswered,
                    Qt::QueuedConnection);
            return;
        }
    }
}

void SandboxHttpConnection::refuse(int status, const QString &message)
{
    const SandboxReply reply = SandboxReply::error(status, message);
    const QByteArray bytes = reply.head(reply.body.size(), true) + reply.body;
    // From the event loop, not inside the socket's read handler (as SandboxDelivery answers).
    QMetaObject::invokeMethod(
        this,
        [this, bytes] {
            m_socket->write(bytes);
            m_socket->disconnectFromHost();
        },
        Qt::QueuedConnection);
}

void SandboxHttpConnection::closeWhenWritten()
{
    // disconnectFromHost() waits for the bytes already written: the held answer leaves first.
    QMetaObject::invokeMethod(m_socket, &QTcpSocket::disconnectFromHost, Qt::QueuedConnection);
}
