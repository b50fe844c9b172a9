// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxAssistants.h"

#include "SandboxAccount.h"

#include "core/AssistantSchema.h"

#include <QUuid>

namespace {

const QString kFaqItems = QStringLiteral("faq_items");
const QString kId = QStringLiteral("id");
const QString kQuestion = QStringLiteral("question");
const QString kAnswer = QStringLiteral("answer");
const QString kSource = QStringLiteral("source");
const QString kNeedsHumanAnswer = QStringLiteral("needs_human_answer");

QJsonObject withNewFaqIds(QJsonObject assistant)
{
    QJsonArray items = assistant.value(kFaqItems).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        item.insert(kId, SandboxAssistants::newId());
        items[i] = item;
    }
    assistant.insert(kFaqItems, items);
    return assistant;
}

} // namespace

namespace SandboxAssistants {

QString organizationId()
{
    return QStringLiteral("6f1c2a8e-4b7d-4e0a-9c3f-5d8e2b1a7c40");
}

QString defaultVoiceId()
{
    // "Sarah - Friendly Receptionist" in resources/sandbox/voices.json.
    return QStringLiteral("694f9389-aac1-45b6-b726-9d9369183238");
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject defaults()
{
    // The catalogue's server defaults; a voice is the one default the catalogue cannot know: the server
    // picks one of its own catalogue, and so does the sandbox.
    QJsonObject assistant = AssistantSchema::serverDefaults();
    QJsonObject voice = assistant.value(u"voice").toObject();
    voice.insert(u"id", defaultVoiceId());
    assistant.insert(u"voice", voice);
    return assistant;
}

QJsonObject writableBody(const QJsonObject &body)
{
    QJsonObject writable = body;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (AssistantSchema::isReadOnlyKey(it.key()))
            writable.remove(it.key());
    }
    return writable;
}

QJsonArray mergeFaqItems(const QJsonArray &incoming, const QJsonArray &existing)
{
    QList<bool> used(existing.size(), false);
    QJsonArray merged;
    for (const QJsonValue &value : incoming) {
        if (!value.isObject()) { // kept as sent, for validation to refuse
            merged.append(value);
            continue;
        }
        // What the client may say about an item is its question and answer (and keys we do not know).
        QJsonObject item = value.toObject();
        item.remove(kId);
        item.remove(kSource);
        item.remove(kNeedsHumanAnswer);
        const QJsonValue question = item.value(kQuestion);
        const QJsonValue answer = item.value(kAnswer);
        qsizetype match = -1;
        for (qsizetype i = 0; i < existing.size() && match < 0; ++i) {
            const QJsonObject old = existing.at(i).toObject();
            if (!used.at(i) && old.value(kQuestion) == question && old.value(kAnswer) == answer)
                match = i;
        }
        if (match >= 0) {
            used[match] = true;
            const QJsonObject old = existing.at(match).toObject();
            item.insert(kId, old.value(kId));
            item.insert(kSource, old.value(kSource));
            item.insert(kNeedsHumanAnswer, old.value(kNeedsHumanAnswer));
        } else {
            item.insert(kId, newId());
            item.insert(kSource, QStringLiteral("human"));
            item.insert(kNeedsHumanAnswer, false);
        }
        merged.append(item);
    }
    return merged;
}

int pendingFaqCount(const QJsonArray &faqItems)
{
    int pending = 0;
    for (const QJsonValue &item : faqItems)
        pending += item.toObject().value(kNeedsHumanAnswer).toBool() ? 1 : 0;
    return pending;
}

QJsonObject created(const QJsonObject &body, const QDateTime &now)
{
    QJsonObject assistant = defaults();
    const QJsonObject writable = writableBody(body);
    for (auto it = writable.constBegin(); it != writable.constEnd(); ++it)
        assistant.insert(it.key(), it.value());
    // A faq_items that is not a list stays as sent, for validation to refuse.
    if (assistant.value(kFaqItems).isArray()) {
        const QJsonArray faq = mergeFaqItems(assistant.value(kFaqItems).toArray(), {});
        assistant.insert(kFaqItems, faq);
        assistant.insert(u"pending_faq_count", pendingFaqCount(faq));
    }
    assistant.insert(kId, newId());
    assistant.insert(u"organization_id", organizationId());
    assistant.insert(u"created_at", timestamp(now));
    assistant.insert(u"created_by", SandboxAccount::user());
    assistant.insert(u"updated_at", timestamp(now));
    return assistant;
}

QJsonObject patched(const QJsonObject &stored, const QJsonObject &body, const QDateTime &now)
{
    QJsonObject assistant = stored;
    const QJsonObject writable = writableBody(body);
    for (auto it = writable.constBegin(); it != writable.constEnd(); ++it)
        assistant.insert(it.key(), it.value());
    if (writable.value(kFaqItems).isArray()) {
        const QJsonArray faq = mergeFaqItems(writable.value(kFaqItems).toArray(), stored.value(kFaqItems).toArray());
        assistant.insert(kFaqItems, faq);
        assistant.insert(u"pending_faq_count", pendingFaqCount(faq));
    }
    assistant.insert(u"updated_at", timestamp(now));
    return assistant;
}

QJsonObject cloned(const QJsonObject &stored, const QDateTime &now)
{
    QJsonObject copy = withNewFaqIds(stored);
    copy.insert(kId, newId());
    copy.insert(u"name", QString(stored.value(u"name").toString() + QLatin1String(" (copy)")));
    copy.insert(u"created_at", timestamp(now));
    copy.insert(u"created_by", SandboxAccount::user());
    copy.insert(u"updated_at", timestamp(now));
    return copy;
}

QJsonObject completed(const QJsonObject &assistant, const QDateTime &now)
{
    QJsonObject result = defaults();
    for (auto it = assistant.constBegin(); it != assistant.constEnd(); ++it)
        result.insert(it.key(), it.value());
    if (result.value(kId).toString().isEmpty())
        result.insert(kId, newId());
    if (!result.value(u"organization_id").isString())
        result.insert(u"organization_id", organizationId());
    if (!result.value(u"created_at").isString())
        result.insert(u"created_at", timestamp(now));
    if (!result.value(u"updated_at").isString())
        result.insert(u"updated_at", result.value(u"created_at"));
    if (!result.value(u"created_by").isObject())
        result.insert(u"created_by", SandboxAccount::user());
    QJsonArray faq = result.value(kFaqItems).toArray();
    for (qsizetype i = 0; i < faq.size(); ++i) {
        QJsonObject item = faq.at(i).toObject();
        if (!item.value(kId).isString())
            item.insert(kId, newId());
        if (!item.value(kSource).isString())
            item.insert(kSource, QStringLiteral("human"));
        if (!item.value(kNeedsHumanAnswer).isBool())
            item.insert(kNeedsHumanAnswer, false);
        faq[i] = item;
    }
    result.insert(kFaqItems, faq);
    result.insert(u"pending_faq_count", pendingFaqCount(faq));
    return result;
}

} // namespace SandboxAssistants
