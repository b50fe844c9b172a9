// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxCalls.h"

#include "SandboxAssistants.h"
#include "SandboxCall.h"
#include "SandboxRoutes.h"
#include "SandboxStore.h"

#include "core/Assistant.h"
#include "core/JsonText.h"
#include "core/Validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QUrlQuery>

#include <variant>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SandboxApi)
};

constexpr int kDefaultPageSize = 20;
constexpr int kMaxPageSize = 100;

const QStringList kStatuses
    = {QStringLiteral("initializing"), QStringLiteral("queued_for_calling"), QStringLiteral("calling"),
       QStringLiteral("scheduled"),    QStringLiteral("completed"),          QStringLiteral("cancelled"),
       QStringLiteral("errored")};

// {string: string} (prompt_variables, metadata): each value that is not text is an error.
void checkStringMap(const QJsonObject &body, const QString &key, const QString &label, QJsonArray *errors)
{
    if (!body.contains(key))
        return;
    const QJsonValue value = body.value(key);
    if (const QString message = SandboxRoutes::expectObject(label, value); !message.isEmpty()) {
        errors->append(SandboxRoutes::fieldError(key, message));
        return;
    }
    const QJsonObject map = value.toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (const QString message
            = SandboxRoutes::expectText(label + QStringLiteral(" (%1)").arg(it.key()), it.value());
            !message.isEmpty())
            errors->append(SandboxRoutes::fieldError(key + u'.' + it.key(), message));
    }
}

void checkPhoneNumber(const QJsonObject &body, const QString &key, const QString &label, bool required,
                      QJsonArray *errors)
{
    const QJsonValue value = body.value(key);
    QString message;
    if (value.isUndefined() || (value.isNull() && required))
        message = required ? Validation::checkRequired(label, value) : QString();
    else if (!value.isNull())
        message = value.isString() ? Validation::checkPhoneE164(label, value.toString())
                                   : SandboxRoutes::expectText(label, value);
    if (!message.isEmpty())
        errors->append(SandboxRoutes::fieldError(key, message));
}

// GET /call's page: from 1, as the schema says; 0, the first page in the docs' numbering, is read as 1 too,
// so a client of either reading gets the first page first.
std::optional<int> pageNumber(const QUrlQuery &query, const QString &key, int fallback, int minimum, int maximum)
{
    if (!query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const int value = query.queryItemValue(key).toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace

SandboxCalls::SandboxCalls(SandboxStore &store, std::chrono::milliseconds length)
    : m_store(store)
    , m_length(length)
{ }

SandboxReply SandboxCalls::handle(const QStringList &segments, const QString &method,
                                  const SandboxRequestRecord &request)
{
    if (segments.size() == 1) {
        if (method == u"POST")
            return place(request);
        if (method == u"GET")
            return list(request);
        return SandboxRoutes::methodNotAllowed("GET, POST");
    }
    if (segments.size() == 2) {
        if (method == u"GET")
            return get(segments.at(1));
        return SandboxRoutes::methodNotAllowed("GET");
    }
    if (segments.size() == 3 && segments.at(2) == u"cancel") {
        if (method == u"POST")
            return cancel(segments.at(1));
        return SandboxRoutes::methodNotAllowed("POST");
    }
    return SandboxReply::error(404, Text::tr("Not found."));
}

QJsonArray SandboxCalls::check(const QJsonObject &body, QJsonObject *assistant) const
{
    QJsonArray errors;
    checkPhoneNumber(body, QStringLiteral("phone_number"), Text::tr("Phone number"), true, &errors);
    checkPhoneNumber(body, QStringLiteral("from_phone_number"), Text::tr("From phone number"), false, &errors);

    // Exactly one of assistant_id and an inline assistant, which is checked as a create would be.
    const bool byId = body.contains(u"assistant_id") && !body.value(u"assistant_id").isNull();
    const bool inlined = body.contains(u"assistant") && !body.value(u"assistant").isNull();
    if (byId && inlined) {
        errors.append(SandboxRoutes::fieldError(
            QStringLiteral("assistant"), Text::tr("Assistant: give either assistant_id or assistant, not both.")));
    } else if (!byId && !inlined) {
        errors.append(SandboxRoutes::fieldError(
            QStringLiteral("assistant_id"),
            Text::tr("Assistant: give assistant_id, or the assistant itself as an object in assistant.")));
    } else if (byId) {
        const QJsonValue id = body.value(u"assistant_id");
        const SandboxStore::Entry *entry = id.isString() ? m_store.find(id.toString()) : nullptr;
        if (!id.isString())
            errors.append(SandboxRoutes::fieldError(QStringLiteral("assistant_id"),
                                                    SandboxRoutes::expectText(Text::tr("Assistant ID"), id)));
        else if (!entry)
            errors.append(
                SandboxRoutes::fieldError(QStringLiteral("assistant_id"),
                                          Text::tr("Assistant ID: no assistant has the id “%1”.").arg(id.toString())));
        else
            *assistant = JsonText::read(entry->json).object();
    } else if (const QString message = SandboxRoutes::expectObject(Text::tr("Assistant"), body.value(u"assistant"));
               !message.isEmpty()) {
        errors.append(SandboxRoutes::fieldError(QStringLiteral("assistant"), message));
    } else {
        // What a create would store, without an id: it is not saved.
        const QJsonObject given = SandboxAssistants::writableBody(body.value(u"assistant").toObject());
        QJsonObject draft = SandboxAssistants::defaults();
        for (auto it = given.constBegin(); it != given.constEnd(); ++it)
            draft.insert(it.key(), it.value());
        for (const QJsonValue &error :
             SandboxRoutes::assistantErrors(Validation::validateCreate(Assistant(draft), Validation::Level::Structure),
                                            given, true, QStringLiteral("assistant.")))
            errors.append(error);
        *assistant = draft;
    }

    checkStringMap(body, QStringLiteral("prompt_variables"), Text::tr("Prompt variables"), &errors);
    checkStringMap(body, QStringLiteral("metadata"), Text::tr("Metadata"), &errors);
    if (body.contains(u"scheduled_at") && !body.value(u"scheduled_at").isNull()) {
        const QJsonValue value = body.value(u"scheduled_at");
        QString message = SandboxRoutes::expectText(Text::tr("Scheduled at"), value);
        if (message.isEmpty() && !QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid())
            message = Text::tr("Scheduled at: “%1” is not an ISO 8601 date and time (like 2025-03-04T09:15:00Z).")
                          .arg(value.toString());
        if (!message.isEmpty())
            errors.append(SandboxRoutes::fieldError(QStringLiteral("scheduled_at"), message));
    }
    if (body.contains(u"skip_calling_window")) {
        if (const QString message
            = SandboxRoutes::expectBoolean(Text::tr("Skip calling window"), body.value(u"skip_calling_window"));
            !message.isEmpty())
            errors.append(SandboxRoutes::fieldError(QStringLiteral("skip_calling_window"), message));
    }
    if (body.contains(u"concurrency") && !body.value(u"concurrency").isNull()) {
        const QJsonValue value = body.value(u"concurrency");
        if (const QString message = SandboxRoutes::expectObject(Text::tr("Concurrency"), value); !message.isEmpty()) {
            errors.append(SandboxRoutes::fieldError(QStringLiteral("concurrency"), message));
        } else {
            const QJsonObject concurrency = value.toObject();
            const QJsonValue key = concurrency.value(u"key");
            if (!key.isString() || key.toString().isEmpty())
                errors.append(SandboxRoutes::fieldError(
                    QStringLiteral("concurrency.key"), Text::tr("Concurrency key: must be a text that is not empty.")));
            const QJsonValue max = concurrency.value(u"max");
            if (!max.isDouble() || max.toDouble() != double(max.toInteger()) || max.toInteger() < 1)
                errors.append(
                    SandboxRoutes::fieldError(QStringLiteral("concurrency.max"),
                                              Text::tr("Concurrency maximum: must be a whole number, 1 or more.")));
        }
    }
    return errors;
}

SandboxReply SandboxCalls::place(const SandboxRequestRecord &request)
{
    auto parsed = SandboxRoutes::parseObject(request.body);
    if (auto *reply = std::get_if<SandboxReply>(&parsed))
        return *reply;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    QJsonObject assistant;
    if (const QJsonArray errors = check(body, &assistant); !errors.isEmpty())
        return SandboxRoutes::validationFailed(errors);

    // The request as the call keeps it; the inline assistant lives on as the call's assistant.
    QJsonObject accepted;
    for (const char *key : {"phone_number", "from_phone_number", "assistant_id", "prompt_variables", "metadata",
                            "scheduled_at", "skip_calling_window", "concurrency"}) {
        const QString name = QLatin1String(key);
        accepted.insert(name, body.contains(name) ? body.value(name) : QJsonValue());
    }
    if (accepted.value(u"prompt_variables").isNull())
        accepted.insert(u"prompt_variables", QJsonObject());
    if (accepted.value(u"metadata").isNull())
        accepted.insert(u"metadata", QJsonObject());
    if (accepted.value(u"skip_calling_window").isNull())
        accepted.insert(u"skip_calling_window", false);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SandboxCall call = SandboxCall::place(accepted, assistant, now, m_length);
    QString error;
    if (!m_store.insertCall(call.stored(), &error))
        return SandboxReply::error(500, Text::tr("The sandbox could not save the change: %1").arg(error));
    return SandboxReply::json(200, {{QStringLiteral("call"), call.viewAt(now)}});
}

SandboxReply SandboxCalls::get(const QString &id) const
{
    const QJsonObject *stored = m_store.findCall(id);
    if (!stored)
        return SandboxReply::error(404, Text::tr("Call not found."));
    return SandboxReply::json(
        200, {{QStringLiteral("call"), SandboxCall::fromStored(*stored).viewAt(QDateTime::currentDateTimeUtc())}});
}

SandboxReply SandboxCalls::list(const SandboxRequestRecord &request) const
{
    const QUrlQuery query(request.query);
    const std::optional<int> page = pageNumber(query, QStringLiteral("page"), 1, 0, std::numeric_limits<int>::max());
    const std::optional<int> pageSize
        = pageNumber(query, QStringLiteral("page_size"), kDefaultPageSize, 1, kMaxPageSize);
    QJsonArray errors;
    if (!page)
        errors.append(
            SandboxRoutes::fieldError(QStringLiteral("page"), Text::tr("Page: must be a whole number, 0 or more.")));
    if (!pageSize)
        errors.append(
            SandboxRoutes::fieldError(QStringLiteral("page_size"),
                                      Text::tr("Page size: must be a whole number from 1 to %1.").arg(kMaxPageSize)));
    // statuses[]=a&statuses[]=b, or statuses=a,b.
    QStringList statuses;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != u"statuses[]" && key != u"statuses")
            continue;
        for (const QString &status : value.split(u',', Qt::SkipEmptyParts)) {
            if (!kStatuses.contains(status))
                errors.append(SandboxRoutes::fieldError(
                    QStringLiteral("statuses"),
                    Text::tr("Statuses: “%1” is not one of %2.").arg(status, kStatuses.join(QLatin1String(", ")))));
            statuses.append(status);
        }
    }
    if (!errors.isEmpty())
        return SandboxRoutes::validationFailed(errors);

    // Newest first.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray matching;
    const QList<QJsonObject> &calls = m_store.calls();
    for (auto it = calls.crbegin(); it != calls.crend(); ++it) {
        const QJsonObject view = SandboxCall::fromStored(*it).viewAt(now);
        if (statuses.isEmpty() || statuses.contains(view.value(u"status").toString()))
            matching.append(view);
    }
    const qsizetype first = qsizetype(std::max(*page, 1) - 1) * *pageSize;
    QJsonArray shown;
    for (qsizetype i = first; i < matching.size() && i < first + *pageSize; ++i)
        shown.append(matching.at(i));
    return SandboxReply::json(200,
                              {{QStringLiteral("calls"), shown},
                               {QStringLiteral("page"), std::max(*page, 1)},
                               {QStringLiteral("page_size"), *pageSize},
                               {QStringLiteral("total"), matching.size()}});
}

SandboxReply SandboxCalls::cancel(const QString &id)
{
    const QJsonObject *stored = m_store.findCall(id);
    if (!stored)
        return SandboxReply::error(404, Text::tr("Call not found."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SandboxCall call = SandboxCall::fromStored(*stored);
    const QString status = call.statusAt(now);
    if (SandboxCall::isFinal(status))
        return SandboxReply::error(
            409, Text::tr("The call has already ended (%1): there is nothing to cancel.").arg(status));
    call.cancel(now);
    QString error;
    if (!m_store.updateCall(call.stored(), &error))
        return SandboxReply::error(500, Text::tr("The sandbox could not save the change: %1").arg(error));
    return SandboxReply::json(200, {{QStringLiteral("call"), call.viewAt(now)}});
}
