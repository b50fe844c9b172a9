// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"
#include "AssistantSummary.h"
#include "TextPattern.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

// Find in all assistants: a TextPattern looked for in every text field (TextFields: the catalogue's texts, at
// any depth) of every assistant of a list. The texts are taken out of the assistants once, into one block
// (parsing 10,000 assistants takes far longer than searching their texts), so a window keeps one of these
// while its list does not change and each search reads text only, on every core. Copies share the block.
class AssistantSearch
{
public:
    static constexpr int defaultMaxHits = 5000;

    struct Hit
    {
        QString assistantId;
        QString assistantName;
        QString path; // concrete: "faq_items[2].answer"
        QString catalogPath; // "faq_items[].answer"
        qsizetype start = 0; // of the match in the field's text
        qsizetype length = 0;
        QString line; // the line the match is on, shortened around it when long
        qsizetype lineStart = 0; // of the match in `line`
        int lineNumber = 1; // in the field's text, from 1
    };

    struct Result
    {
        QList<Hit> hits; // by assistant in list order, then field in catalogue order, then position
        int assistantsSearched = 0;
        int assistantsMatched = 0; // every one, even when the hits were cut short
        int matches = 0; // every match, even when the hits were cut short
        bool truncated = false; // more than maxHits matches: `hits` holds the first maxHits
        QStringList assistantIds; // every assistant with a match, in list order, even when the hits were cut short
        QStringList catalogPaths; // every field with a match ("faq_items[].answer"), in catalogue order
    };

    AssistantSearch() = default;
    // Takes the texts out of `assistants` (parsing each), on every core.
    explicit AssistantSearch(const QList<AssistantSummary> &assistants);

    int assistantCount() const { return int(m_ids.size()); }
    qsizetype textCount() const; // text fields held (empty ones are left out)
    qsizetype characterCount() const;

    // Nothing is found for an invalid pattern (TextPattern::problem says why).
    Result find(const TextPattern &pattern, int maxHits = defaultMaxHits) const;
    // One assistant, without keeping anything.
    static QList<Hit> findIn(const Assistant &assistant, const TextPattern &pattern);

private:
    // One text field of one assistant, in its part's block.
    struct Entry
    {
        qint32 assistant = 0; // index in m_ids
        qint32 field = 0; // index in TextFields::all()
        qsizetype start = 0; // in the part's block
        qsizetype length = 0;
        std::array<qint32, 3> indices{}; // the list items on the way (depth: the catalogue's nesting)
    };
    // What one thread extracted: its assistants' texts one after the other, and where each is.
    struct Part
    {
        QString block;
        QList<Entry> entries;
    };
    struct PartHits;

    static void extract(const QJsonObject &json, qint32 assistant, Part &part);
    static void addHits(const Part &part, const Entry &entry, const TextPattern &pattern, const QStringList &ids,
                        const QStringList &names, qsizetype maxHits, PartHits &out);

    QStringList m_ids;
    QStringList m_names;
    QList<Part> m_parts;
};
