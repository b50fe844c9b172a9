// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumberDirectory.h"

#include "RevoxCall.h"
#include "RevoxClient.h"

PhoneNumberDirectory::PhoneNumberDirectory(RevoxClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void PhoneNumberDirectory::reload()
{
    if (m_read || !m_client)
        return;
    m_state = State::Loading;
    RevoxCall *read = m_client->listPhoneNumbers();
    m_read = read;
    const quint64 generation = m_generation;
    connect(read, &RevoxCall::finished, this, [this, read, generation] {
        if (generation != m_generation)
            return;
        m_read = nullptr;
        if (read->succeeded()) {
            m_numbers = read->phoneNumbers();
            m_error = ApiError();
            m_state = State::Loaded;
        } else {
            m_error = read->error();
            // What was read before stays shown; the failure is said beside it.
            m_state = State::Failed;
        }
        emit changed();
        emit settled();
    });
    emit changed();
}

void PhoneNumberDirectory::clear()
{
    ++m_generation;
    const bool wasReading = m_read;
    if (m_read) {
        m_read->disconnect(this);
        m_read->abort();
    }
    m_read = nullptr;
    m_numbers.clear();
    m_routing.clear();
    m_error = ApiError();
    m_state = State::Unknown;
    emit changed();
    if (wasReading)
        emit settled(); // whoever waited for the read is not left waiting
}

std::optional<PhoneNumberInfo> PhoneNumberDirectory::number(const QString &id) const
{
    for (const PhoneNumberInfo &number : m_numbers) {
        if (number.id == id)
            return number;
    }
    return std::nullopt;
}

QList<PhoneNumberInfo> PhoneNumberDirectory::routedTo(const QString &assistantId) const
{
    QList<PhoneNumberInfo> routed;
    if (assistantId.isEmpty())
        return routed;
    for (const PhoneNumberInfo &number : m_numbers) {
        if (number.inboundAssistantId == assistantId)
            routed.append(number);
    }
    return routed;
}

void PhoneNumberDirectory::route(const QString &numberId, const QString &assistantId)
{
    const std::optional<PhoneNumberInfo> before = number(numberId);
    if (!before || !m_client || m_routing.contains(numberId))
        return;
    PhoneNumberUpdate update;
    update.inboundAssistantId = assistantId;
    RevoxCall *call = m_client->updatePhoneNumber(numberId, update);
    m_routing.insert(numberId);
    const quint64 generation = m_generation;
    const PhoneNumberInfo previous = *before;
    connect(call, &RevoxCall::finished, this, [this, call, previous, generation] {
        if (generation != m_generation)
            return;
        m_routing.remove(previous.id);
        if (!call->succeeded()) {
            emit changed();
            emit routeFailed(previous, call->error());
            return;
        }
        PhoneNumberInfo now = call->phoneNumber();
        if (now.id.isEmpty())
            now.id = previous.id;
        for (PhoneNumberInfo &number : m_numbers) {
            if (number.id == now.id)
                number = now;
        }
        emit changed();
        emit routed(now, previous.inboundAssistantId);
    });
    emit changed();
}
