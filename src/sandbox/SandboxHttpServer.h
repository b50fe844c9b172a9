// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxDelivery.h"
#include "SandboxFault.h"
#include "SandboxRequestRecord.h"

#include <QHostAddress>
#include <QObject>

#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

// The transport of the sandbox: accepts connections, reads requests off them (SandboxHttpConnection), and
// hands each to a SandboxDelivery with the fault it should suffer. What to answer and which faults apply
// is its owner's business (the hooks).
//
// Plain QTcpServer rather than Qt HTTP Server: faults need the raw socket (to stall, trickle, cut or reset
// an answer), the answers are written here anyway, and in Qt 6.4 QAbstractHttpServer's constructor sets
// TLS up (the TLS plugin, libssl, OpenSSL's initialisation: several milliseconds of every app start) for
// a server that only speaks plain HTTP on loopback.
class SandboxHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        std::function<void(const SandboxRequestRecord &)> record;
        std::function<std::optional<SandboxFault>(const SandboxRequestRecord &)> takeFault;
        SandboxDelivery::Answer answer;
    };

    explicit SandboxHttpServer(Hooks hooks, QObject *parent = nullptr);

    bool listenOn(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    QHostAddress address() const;
    // Stops listening and aborts every open connection; pending deliveries die with their sockets.
    void closeAll();

private:
    void acceptConnections();
    QObject *dispatch(QTcpSocket *socket, SandboxRequestRecord request);

    Hooks m_hooks;
    QTcpServer *m_server = nullptr; // a child; accepted sockets are its children
};
