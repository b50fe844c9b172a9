// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxFault.h"
#include "SandboxReply.h"
#include "SandboxRequestRecord.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QTcpSocket;

// Puts the answer to one request on its socket, well or (with a fault) badly: stalls, trickles, cuts,
// resets. A child of the socket, so it dies with the connection; it deletes itself when done.
class SandboxDelivery : public QObject
{
    Q_OBJECT

public:
    using Answer = std::function<SandboxReply(const SandboxRequestRecord &)>;

    SandboxDelivery(QTcpSocket *socket, SandboxRequestRecord request, std::optional<SandboxFault> fault, Answer answer);

    // Runs from the event loop, never inside Qt's read handler: closing a socket there is not safe in 6.4.
    void start();

private:
    void play(const SandboxFault &fault);
    SandboxReply replacement(const SandboxFault &fault) const; // the kinds that answer instead of the API
    void sendWhole(const SandboxReply &reply);
    // After `delayMs`, the answer `reply` makes then (Delay applies the request only then), whole; then finish().
    void sendWholeLater(int delayMs, const std::function<SandboxReply()> &reply);
    void sendHead(const SandboxReply &reply, qint64 claimedLength);
    void sendBody(const QByteArray &bytes);
    void trickle(const QByteArray &rest, int chunkSize, int intervalMs);
    void streamOversized(qint64 size);
    void pumpOversized();
    void resetConnection();
    void finish(); // closes the connection if the client asked, and goes away
    bool alive() const;

    QPointer<QTcpSocket> m_socket;
    SandboxRequestRecord m_request;
    std::optional<SandboxFault> m_fault;
    Answer m_answer;
    bool m_closeAfter = false;
    qint64 m_oversizedLeft = 0; // padding bytes still to write
};
