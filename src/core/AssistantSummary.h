// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

// One assistant as a list holds it: its JSON exactly as the server sent it, kept as bytes, and the few
// values the table shows, sorts and searches by. The whole assistant is parsed again only when it is
// needed (opened, compared, saved).
//
// Why not a QList<Assistant>: a parsed QJsonObject takes about 4.4 times the size of its JSON (every
// nested object and string is its own allocation, every key is stored again in every object), so 10,000
// assistants held 200 MB. Bytes plus a summary take about 1.5 times.
class AssistantSummary
{
public:
    AssistantSummary() = default;
    // `json` must be the encoding `assistant` was parsed from (or AssistantJson::encode of it).
    AssistantSummary(const Assistant &assistant, QByteArray json);
    explicit AssistantSummary(const Assistant &assistant); // encodes it

    Assistant assistant() const; // parses the JSON again
    const QByteArray &json() const { return m_json; }

    const QString &id() const { return m_id; }
    const QString &name() const { return m_name; }
    // Name, ID and prompt, one per line, case-folded (QString::toCaseFolded): what the search box matches.
    // Built here, where a long list is decoded on every core; AssistantTableModel takes it into its
    // RowTextBlock, after which it is empty here.
    const QString &foldedSearchText() const { return m_foldedSearchText; }
    QString takeFoldedSearchText() { return std::exchange(m_foldedSearchText, QString()); }
    const std::optional<Voice> &voice() const { return m_voice; }
    const std::optional<LlmModel> &llmModel() const { return m_llmModel; }
    const QString &firstSentenceMode() const { return m_firstSentenceMode; }
    int faqCount() const { return m_faqCount; }
    int pendingFaqCount() const { return m_pendingFaqCount; }
    const QStringList &customToolNames() const { return m_customToolNames; }
    const std::optional<qint64> &maxRetryAttempts() const { return m_maxRetryAttempts; }
    const QJsonValue &updatedAt() const { return m_updatedAt; } // untyped in the API

private:
    QByteArray m_json;
    QString m_id;
    QString m_name;
    QString m_foldedSearchText;
    std::optional<Voice> m_voice; // without `raw`: the list needs no unknown members
    std::optional<LlmModel> m_llmModel; // likewise
    QString m_firstSentenceMode;
    int m_faqCount = 0;
    int m_pendingFaqCount = 0;
    QStringList m_customToolNames;
    std::optional<qint64> m_maxRetryAttempts;
    QJsonValue m_updatedAt;
};
