// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "PhoneNumberInfo.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

class RevoxCall;
class RevoxClient;

// The account's phone numbers and the assistant that answers each one's inbound calls: read with
// GET /phone-numbers, routed with PATCH /phone-numbers/{id}. One list for the whole window, which every
// editor and the delete confirmation read.
class PhoneNumberDirectory : public QObject
{
    Q_OBJECT

public:
    enum class State { Unknown, Loading, Loaded, Failed };
    Q_ENUM(State)

    explicit PhoneNumberDirectory(RevoxClient *client, QObject *parent = nullptr);

    // Reads the list again; while a read runs, it is the one that counts. settled() follows.
    void reload();
    // Forgets the list and abandons what runs (another connection is live now).
    void clear();

    State state() const { return m_state; }
    const ApiError &error() const { return m_error; } // of the last failed read
    const QList<PhoneNumberInfo> &numbers() const { return m_numbers; }
    std::optional<PhoneNumberInfo> number(const QString &id) const;
    // The numbers whose inbound calls reach this assistant.
    QList<PhoneNumberInfo> routedTo(const QString &assistantId) const;

    // PATCH inbound_assistant_id: an empty `assistantId` routes the number's inbound calls to no assistant.
    // routed() or routeFailed() follows.
    void route(const QString &numberId, const QString &assistantId);
    bool isRouting(const QString &numberId) const { return m_routing.contains(numberId); }

signals:
    void changed(); // the list, the state or the numbers being routed changed
    void settled(); // a read ended: loaded, failed, or abandoned by clear() (state() Unknown)
    void routed(const PhoneNumberInfo &number, const QString &previousAssistantId);
    void routeFailed(const PhoneNumberInfo &number, const ApiError &error);

private:
    QPointer<RevoxClient> m_client;
    QPointer<RevoxCall> m_read;
    State m_state = State::Unknown;
    ApiError m_error;
    QList<PhoneNumberInfo> m_numbers;
    QSet<QString> m_routing;
    quint64 m_generation = 0; // answers for a list that was cleared are ignored
};
