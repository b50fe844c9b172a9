// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxHttpReader.h"
#include "SandboxRequestRecord.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTcpSocket;

// Serves one accepted connection: its bytes go to a SandboxHttpReader, each complete request to the
// dispatcher, one at a time: the next request is read only when the object that answers the previous one
// is gone, so answers leave in order even when a fault holds one back. A request that cannot be read gets
// an error answer (400, 413, 431, 501 or 505) and the connection is closed; so is a connection that sends
// more than the reader holds behind an answer still on its way, once that answer is out. A child of its
// socket.
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
    void onAnswered();
    void readRequests();
    void refuse(int status, const QString &message);
    void closeWhenWritten();

    QTcpSocket *m_socket; // our parent
    Dispatch m_dispatch;
    SandboxHttpReader m_reader;
    QPointer<QObject> m_answering; // the answer to the last request, while it is being delivered
};
