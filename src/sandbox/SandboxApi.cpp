// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxApi.h"

#include "SandboxAccount.h"
#include "SandboxAssistants.h"
#include "SandboxData.h"
#include "SandboxRoutes.h"
#include "SandboxStore.h"

#include "core/Assistant.h"
#include "core/AssistantSchema.h"
#include "core/JsonText.h"
#include "core/Validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

#include <variant>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SandboxApi)
};

QByteArray etag(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

// If-Match: "*", or a list of entity tags, weak ones included (RFC 9110 §13.1.1).
bool ifMatchAccepts(const QByteArray &header, qint64 version)
{
    if (header.trimmed() == "*")
        return true;
    const QByteArray current = etag(version);
    for (QByteArray tag : header.split(',')) {
        tag = tag.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == current)
            return true;
    }
    return false;
}

enum class Operation { Create, Update };

// 422 for the issues the body is answerable for, or nothing.
std::optional<SandboxReply> validationFailure(const QList<ValidationIssue> &issues, const QJsonObject &body,
                                              Operation operation)
{
    const QJsonArray errors = SandboxRoutes::assistantErrors(issues, body, operation == Operation::Create);
    if (errors.isEmpty())
        return std::nullopt;
    return SandboxRoutes::validationFailed(errors);
}

// Only what the body touches is checked, in catalogue order: stored values are never re-judged (and a PATCH of
// one field does not pay for checking forty).
QList<ValidationIssue> touchedIssues(const Assistant &assistant, const QJsonObject &body)
{
    QList<ValidationIssue> issues;
    for (const FieldSpec *spec : AssistantSchema::topLevelFields()) {
        if (body.contains(spec->key()))
            issues += Validation::validateField(assistant, spec->key(), Validation::Level::Structure);
    }
    return issues;
}

} // namespace

SandboxApi::SandboxApi(SandboxStore &store, std::chrono::milliseconds callLength)
    : m_store(store)
    , m_calls(store, callLength)
    , m_phoneNumbers(store)
{ }

SandboxReply SandboxApi::handle(const SandboxRequestRecord &request, bool authenticated)
{
    // Segments after /api, percent-decoded: ids are compared as the client meant them.
    QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.isEmpty() || segments.takeFirst() != u"api")
        return SandboxReply::error(404, Text::tr("Not found."));
    for (QString &segment : segments)
        segment = QUrl::fromPercentEncoding(segment.toUtf8());
    // HEAD is answered as GET; the delivery leaves the body out.
    const QString method = request.method == u"HEAD" ? QStringLiteral("GET") : request.method;

    if (segments.value(0) == u"assistants") {
        if (segments.size() == 1) {
            if (method == u"GET")
                return listAssistants();
            if (method == u"POST")
                return createAssistant(request);
            return SandboxRoutes::methodNotAllowed("GET, POST");
        }
        const QString id = segments.at(1);
        if (segments.size() == 2) {
            if (method == u"GET")
                return getAssistant(id);
            if (method == u"PATCH")
                return updateAssistant(id, request);
            if (method == u"DELETE")
                return deleteAssistant(id, request);
            return SandboxRoutes::methodNotAllowed("GET, PATCH, DELETE");
        }
        if (segments.size() == 3 && segments.at(2) == u"clone") {
            if (method == u"POST")
                return cloneAssistant(id);
            return SandboxRoutes::methodNotAllowed("POST");
        }
    } else if (segments.value(0) == u"call") {
        return m_calls.handle(segments, method, request);
    } else if (segments.value(0) == u"phone-numbers") {
        return m_phoneNumbers.handle(segments, method, request);
    } else if (segments == QStringList{QStringLiteral("auth-status")}) {
        return SandboxAccount::authStatus(method, authenticated);
    } else if (segments == QStringList{QStringLiteral("users"), QStringLiteral("me")}) {
        return SandboxAccount::currentUser(method);
    } else if (segments.value(0) == u"voices") {
        if (segments.size() == 1) {
            if (method == u"GET")
                return SandboxReply::raw(200, SandboxData::voicesJson());
            return SandboxRoutes::methodNotAllowed("GET");
        }
        if (segments.size() == 2) {
            if (method == u"GET")
                return getVoice(segments.at(1), request);
            return SandboxRoutes::methodNotAllowed("GET");
        }
    }
    return SandboxReply::error(404, Text::tr("Not found."));
}

SandboxReply SandboxApi::listAssistants()
{
    return SandboxReply::raw(200, m_store.listJson());
}

SandboxReply SandboxApi::createAssistant(const SandboxRequestRecord &request)
{
    auto parsed = SandboxRoutes::parseObject(request.body);
    if (auto *reply = std::get_if<SandboxReply>(&parsed))
        return *reply;
    const QJsonObject body = SandboxAssistants::writableBody(std::get<QJsonObject>(parsed));
    const QJsonObject assistant = SandboxAssistants::created(body, QDateTime::currentDateTimeUtc());
    if (auto failure = validationFailure(Validation::validateCreate(Assistant(assistant), Validation::Level::Structure),
                                         body, Operation::Create))
        return *failure;
    QString error;
    if (!m_store.insert(assistant, &error))
        return storeFailure(error);
    return assistantReply(assistant.value(u"id").toString(), true);
}

SandboxReply SandboxApi::getAssistant(const QString &id)
{
    if (!m_store.find(id))
        return SandboxReply::error(404, Text::tr("Assistant not found."));
    return assistantReply(id, false);
}

SandboxReply SandboxApi::updateAssistant(const QString &id, const SandboxRequestRecord &request)
{
    if (auto refused = refusal(id, request))
        return *refused;
    auto parsed = SandboxRoutes::parseObject(request.body);
    if (auto *reply = std::get_if<SandboxReply>(&parsed))
        return *reply;
    const QJsonObject body = SandboxAssistants::writableBody(std::get<QJsonObject>(parsed));
    const QJsonObject stored = JsonText::read(m_store.find(id)->json).object();
    const QJsonObject assistant = SandboxAssistants::patched(stored, body, QDateTime::currentDateTimeUtc());
    if (auto failure = validationFailure(touchedIssues(Assistant(assistant), body), body, Operation::Update))
        return *failure;
    QString error;
    if (!m_store.update(assistant, &error))
        return storeFailure(error);
    return assistantReply(id, true);
}

SandboxReply SandboxApi::deleteAssistant(const QString &id, const SandboxRequestRecord &request)
{
    if (auto refused = refusal(id, request))
        return *refused;
    QString error;
    if (!m_store.remove(id, &error))
        return storeFailure(error);
    return SandboxReply::json(200, {{QStringLiteral("success"), true}});
}

SandboxReply SandboxApi::cloneAssistant(const QString &id)
{
    const SandboxStore::Entry *entry = m_store.find(id);
    if (!entry)
        return SandboxReply::error(404, Text::tr("Assistant not found."));
    const QJsonObject copy
        = SandboxAssistants::cloned(JsonText::read(entry->json).object(), QDateTime::currentDateTimeUtc());
    QString error;
    if (!m_store.insert(copy, &error))
        return storeFailure(error);
    return assistantReply(copy.value(u"id").toString(), true);
}

SandboxReply SandboxApi::getVoice(const QString &id, const SandboxRequestRecord &request)
{
    const QString provider = QUrlQuery(request.query).queryItemValue(QStringLiteral("provider"));
    for (const QJsonValue &value : SandboxData::voices()) {
        const QJsonObject voice = value.toObject();
        if (voice.value(u"id").toString() == id
            && (provider.isEmpty() || voice.value(u"provider").toString() == provider)) {
            return SandboxReply::json(200,
                                      {{QStringLiteral("voice"),
                                        QJsonObject{{QStringLiteral("id"), voice.value(u"id")},
                                                    {QStringLiteral("name"), voice.value(u"name")},
                                                    {QStringLiteral("description"), voice.value(u"description")}}}});
        }
    }
    return SandboxReply::error(404, Text::tr("Voice not found."));
}

std::optional<SandboxReply> SandboxApi::refusal(const QString &id, const SandboxRequestRecord &request) const
{
    const SandboxStore::Entry *entry = m_store.find(id);
    if (!entry)
        return SandboxReply::error(404, Text::tr("Assistant not found."));
    const QByteArray ifMatch = request.header("If-Match");
    if (!ifMatch.isEmpty() && !ifMatchAccepts(ifMatch, entry->version)) {
        SandboxReply reply = SandboxReply::error(412,
                                                 Text::tr("The assistant was changed since you read it (ETag %1).")
                                                     .arg(QString::fromLatin1(etag(entry->version))));
        reply.addHeader("ETag", etag(entry->version));
        return reply;
    }
    return std::nullopt;
}

SandboxReply SandboxApi::assistantReply(const QString &id, bool wrapped) const
{
    const SandboxStore::Entry *entry = m_store.find(id);
    SandboxReply reply = SandboxReply::raw(200, wrapped ? "{\"assistant\":" + entry->json + '}' : entry->json);
    reply.addHeader("ETag", etag(entry->version));
    return reply;
}

SandboxReply SandboxApi::storeFailure(const QString &error) const
{
    return SandboxReply::error(500, Text::tr("The sandbox could not save the change: %1").arg(error));
}
