// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxDelivery.h"
#include "SandboxFault.h"
#include "SandboxRequestRecord.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <functional>
#include <optional>

// The transport of the sandbox: takes requests off the sockets, and hands each to a SandboxDelivery with
// the fault it should suffer. What to answer and which faults apply is its owner's business (the hooks).
//
// Built on QAbstractHttpServer rather than QHttpServer because Qt 6.4's router API differs from today's
// and because faults need the raw socket: to stall, trickle, cut or reset an answer.
class SandboxHttpServer : public QAbstractHttpServer
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

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Hooks m_hooks;
};
