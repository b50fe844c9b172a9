// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxRequestRecord.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>

class QTcpSocket;

// Reads HTTP/1.1 requests off one accepted connection and hands each over once it is complete (head and
// body, by Content-Length or chunked). One at a time: the next request is read only when the object that
// answers the previous one is gone, so answers leave in order even when a fault holds one back. A request
// that cannot be read gets an error answer (400, 413, 431, 501 or 505) and the connection is closed.
// A child of its socket.
class SandboxHttpConnection : public QObject
{
    Q_OBJECT

public:
    // Takes a complete request; returns the object answering it, which deletes itself when done (or null
    // when there is nothing to wait for).
    using Dispatch = std::function<QObject *(SandboxRequestRecord request)>;

    SandboxHttpConnection(QTcpSocket *socket, Dispatch dispatch);

private:
    void onReadyRead();
    void readRequests();
    void refuse(int status, const QString &message);

    QTcpSocket *m_socket; // our parent
    Dispatch m_dispatch;
    QByteArray m_buffer; // received and not yet handed over
    QPointer<QObject> m_answering; // the answer to the last request, while it is being delivered
    bool m_continueSent = false; // "100 Continue" went out for the request at the front of m_buffer
    bool m_done = false; // no more requests are read: refused, or the client asked to close
};
