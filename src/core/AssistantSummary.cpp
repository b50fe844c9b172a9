// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantSummary.h"

#include "AssistantJson.h"
#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

AssistantSummary::AssistantSummary(const Assistant &assistant, QByteArray json)
    : m_json(std::move(json))
    , m_id(assistant.id())
    , m_name(assistant.name())
    , m_foldedSearchText(QString(m_name + u'\n' + m_id + u'\n' + assistant.prompt()).toCaseFolded())
    , m_voice(assistant.voice())
    , m_llmModel(assistant.llmModel())
    , m_firstSentenceMode(assistant.firstSentenceMode())
{
    // `raw` would keep a piece of the parsed tree alive for every row, the very thing this class avoids.
    if (m_voice)
        m_voice->raw = {};
    if (m_llmModel)
        m_llmModel->raw = {};

    const QJsonArray faqItems = assistant.value(QStringLiteral("faq_items")).toArray();
    m_faqCount = int(faqItems.size());
    if (const std::optional<double> pending = assistant.pendingFaqCount()) {
        m_pendingFaqCount = int(*pending);
    } else { // older servers leave the count out; the items still say it
        for (const QJsonValue &item : faqItems)
            m_pendingFaqCount += item.toObject().value(u"needs_human_answer").toBool() ? 1 : 0;
    }
    // Names only: building whole CustomTool views for every row would cost more than the rest together.
    for (const QJsonValue &tool : assistant.value(QStringLiteral("custom_tools")).toArray())
        m_customToolNames.append(tool.toObject().value(u"name").toString());

    // A QJsonValue read out of an object points into that object's storage and keeps it alive: copy the
    // value out, or every row would hold on to its whole parsed assistant.
    const QJsonValue updated = assistant.updatedAt();
    if (updated.isString())
        m_updatedAt = updated.toString();
    else if (updated.isDouble())
        m_updatedAt = updated.toDouble();

    const QJsonValue attempts
        = assistant.value(QStringLiteral("call_retry_config")).toObject().value(u"max_retry_attempts");
    if (attempts.isDouble())
        m_maxRetryAttempts = attempts.toInteger();
}

AssistantSummary::AssistantSummary(const Assistant &assistant)
    : AssistantSummary(assistant, AssistantJson::encode(assistant))
{ }

Assistant AssistantSummary::assistant() const
{
    // The bytes were a JSON object when this summary was made, so this cannot fail.
    return Assistant(JsonText::read(m_json).object());
}
