// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxPhoneNumbers.h"

#include "SandboxAccount.h"
#include "SandboxData.h"
#include "SandboxRoutes.h"
#include "SandboxStore.h"
#include "core/JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <variant>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SandboxApi)
};

const QString kInbound = QStringLiteral("inbound_assistant_id");
const QString kLabel = QStringLiteral("label");

} // namespace

SandboxPhoneNumbers::SandboxPhoneNumbers(SandboxStore &store)
    : m_store(store)
{ }

QList<QJsonObject> SandboxPhoneNumbers::samples(const QStringList &assistantIds)
{
    QList<QJsonObject> numbers = SandboxData::samplePhoneNumbers();
    qsizetype next = 0; // the assistant a number routed to a missing one gets instead
    for (QJsonObject &number : numbers) {
        number.insert(u"created_by", SandboxAccount::user());
        const QJsonValue routed = number.value(kInbound);
        if (!routed.isString() || assistantIds.contains(routed.toString()))
            continue;
        number.insert(kInbound, next < assistantIds.size() ? QJsonValue(assistantIds.at(next++)) : QJsonValue());
    }
    return numbers;
}

SandboxReply SandboxPhoneNumbers::handle(const QStringList &segments, const QString &method,
                                         const SandboxRequestRecord &request)
{
    if (segments.size() == 1) {
        if (method == u"GET")
            return list();
        return SandboxRoutes::methodNotAllowed("GET");
    }
    if (segments.size() == 2) {
        if (method == u"PATCH")
            return update(segments.at(1), request);
        if (method == u"DELETE")
            return remove(segments.at(1));
        return SandboxRoutes::methodNotAllowed("PATCH, DELETE");
    }
    return SandboxReply::error(404, Text::tr("Not found."));
}

QJsonObject SandboxPhoneNumbers::served(const QJsonObject &stored) const
{
    QJsonObject number = stored;
    const SandboxStore::Entry *assistant = m_store.find(stored.value(kInbound).toString());
    number.insert(u"inbound_assistant",
                  assistant ? QJsonValue(JsonText::read(assistant->json).object()) : QJsonValue());
    return number;
}

SandboxReply SandboxPhoneNumbers::list() const
{
    QJsonArray numbers;
    for (const QJsonObject &number : m_store.phoneNumbers())
        numbers.append(served(number));
    return SandboxReply::json(200, {{QStringLiteral("phone_numbers"), numbers}});
}

SandboxReply SandboxPhoneNumbers::update(const QString &id, const SandboxRequestRecord &request)
{
    const QJsonObject *stored = m_store.findPhoneNumber(id);
    if (!stored)
        return SandboxReply::error(404, Text::tr("Phone number not found."));
    auto parsed = SandboxRoutes::parseObject(request.body);
    if (auto *reply = std::get_if<SandboxReply>(&parsed))
        return *reply;
    const QJsonObject body = std::get<QJsonObject>(parsed);

    // Only these two are the client's; other keys are ignored, as the real API's models drop them.
    QJsonArray errors;
    QJsonObject number = *stored;
    if (body.contains(kInbound)) {
        const QJsonValue value = body.value(kInbound);
        if (!value.isNull() && !value.isString())
            errors.append(
                SandboxRoutes::fieldError(kInbound, SandboxRoutes::expectText(Text::tr("Inbound assistant"), value)));
        else if (value.isString() && !m_store.find(value.toString()))
            errors.append(SandboxRoutes::fieldError(
                kInbound, Text::tr("Inbound assistant: no assistant has the id “%1”.").arg(value.toString())));
        else
            number.insert(kInbound, value);
    }
    if (body.contains(kLabel)) {
        const QJsonValue value = body.value(kLabel);
        if (!value.isNull() && !value.isString())
            errors.append(SandboxRoutes::fieldError(kLabel, SandboxRoutes::expectText(Text::tr("Label"), value)));
        else
            number.insert(kLabel, value);
    }
    if (!errors.isEmpty())
        return SandboxRoutes::validationFailed(errors);
    QString error;
    if (number != *stored && !m_store.updatePhoneNumber(number, &error))
        return SandboxReply::error(500, Text::tr("The sandbox could not save the change: %1").arg(error));
    return SandboxReply::json(200, {{QStringLiteral("phone_number"), served(number)}});
}

SandboxReply SandboxPhoneNumbers::remove(const QString &id)
{
    if (!m_store.findPhoneNumber(id))
        return SandboxReply::error(404, Text::tr("Phone number not found."));
    QString error;
    if (!m_store.removePhoneNumber(id, &error))
        return SandboxReply::error(500, Text::tr("The sandbox could not save the change: %1").arg(error));
    return SandboxReply::json(200, {{QStringLiteral("success"), true}});
}
