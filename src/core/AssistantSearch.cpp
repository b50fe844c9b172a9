// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantSearch.h"

#include "AssistantSchema.h"
#include "JsonText.h"
#include "ParallelParts.h"
#include "TextFields.h"
#include "Validation.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace {

constexpr qsizetype kContext = 60; // characters kept on each side of a match in a long line
constexpr qsizetype kLongLine = 2 * kContext + 40;

int fieldIndex(const QString &catalogPath)
{
    static const QHash<QString, int> indexByPath = [] {
        QHash<QString, int> index;
        for (int i = 0; i < TextFields::all().size(); ++i)
            index.insert(TextFields::all().at(i), i);
        return index;
    }();
    return indexByPath.value(catalogPath, -1);
}

// Where a top-level key stands in the catalogue: hits are grouped by field in that order.
int topLevelOrder(int field)
{
    static const QList<int> order = [] {
        QList<int> ranks;
        const QList<const FieldSpec *> topLevel = AssistantSchema::topLevelFields();
        for (const QString &path : TextFields::all()) {
            const QString key = Validation::topLevelKey(path);
            int rank = 0;
            while (rank < topLevel.size() && topLevel.at(rank)->path != key)
                ++rank;
            ranks.append(rank);
        }
        return ranks;
    }();
    return order.at(field);
}

} // namespace

struct AssistantSearch::PartHits
{
    QList<Hit> hits;
    QList<qint32> matchedAssistants; // ascending
    QList<bool> matchedFields; // by index in TextFields::all()
    int matches = 0;
};

AssistantSearch::AssistantSearch(const QList<AssistantSummary> &assistants)
{
    m_ids.reserve(assistants.size());
    m_names.reserve(assistants.size());
    for (const AssistantSummary &summary : assistants) {
        m_ids.append(summary.id());
        m_names.append(summary.name());
    }
    const std::vector<Part> parts
        = ParallelParts::run(assistants.size(), 64, [&assistants](qsizetype from, qsizetype to) {
              Part part;
              for (qsizetype i = from; i < to; ++i)
                  extract(JsonText::read(assistants.at(i).json()).object(), qint32(i), part);
              part.block.squeeze();
              return part;
          });
    m_parts = QList<Part>(parts.cbegin(), parts.cend());
}

void AssistantSearch::extract(const QJsonObject &json, qint32 assistant, Part &part)
{
    const qsizetype first = part.entries.size();
    TextFields::visitAll(json,
                         [&](const QString &catalogPath, const QString &text, const TextFields::Indices &indices) {
                             const int field = fieldIndex(catalogPath);
                             if (text.isEmpty() || field < 0 || indices.size() > 3)
                                 return;
                             Entry entry;
                             entry.assistant = assistant;
                             entry.field = field;
                             entry.start = part.block.size();
                             entry.length = text.size();
                             for (qsizetype i = 0; i < indices.size(); ++i)
                                 entry.indices[i] = indices.at(i);
                             part.block += text;
                             part.entries.append(entry);
                         });
    // By field in catalogue order, list items in order, a list item's fields together.
    std::stable_sort(part.entries.begin() + first, part.entries.end(), [](const Entry &a, const Entry &b) {
        const int rankA = topLevelOrder(a.field);
        const int rankB = topLevelOrder(b.field);
        if (rankA != rankB)
            return rankA < rankB;
        if (a.indices != b.indices)
            return a.indices < b.indices;
        return a.field < b.field;
    });
}

qsizetype AssistantSearch::textCount() const
{
    qsizetype count = 0;
    for (const Part &part : m_parts)
        count += part.entries.size();
    return count;
}

qsizetype AssistantSearch::characterCount() const
{
    qsizetype count = 0;
    for (const Part &part : m_parts)
        count += part.block.size();
    return count;
}

void AssistantSearch::addHits(const Part &part, const Entry &entry, const TextPattern &pattern, const QStringList &ids,
                              const QStringList &names, qsizetype maxHits, PartHits &out)
{
    const QStringView text = QStringView(part.block).mid(entry.start, entry.length);
    QRegularExpressionMatch match = pattern.expression().match(text);
    if (!match.hasMatch())
        return;
    if (out.matchedAssistants.isEmpty() || out.matchedAssistants.constLast() != entry.assistant)
        out.matchedAssistants.append(entry.assistant);
    if (out.matchedFields.isEmpty())
        out.matchedFields.fill(false, TextFields::all().size());
    out.matchedFields[entry.field] = true;
    const QString catalogPath = TextFields::all().at(entry.field);
    TextFields::Indices indices;
    for (qsizetype i = 0, depth = catalogPath.count(QLatin1String("[]")); i < depth; ++i)
        indices.append(entry.indices.at(i));
    const QString path = TextFields::concretePath(catalogPath, indices);
    QRegularExpressionMatchIterator it = pattern.expression().globalMatch(text);
    while (it.hasNext()) {
        match = it.next();
        ++out.matches;
        if (out.hits.size() >= maxHits)
            continue;
        const qsizetype start = match.capturedStart();
        const qsizetype length = match.capturedLength();
        Hit hit;
        hit.assistantId = ids.at(entry.assistant);
        hit.assistantName = names.at(entry.assistant);
        hit.path = path;
        hit.catalogPath = catalogPath;
        hit.start = start;
        hit.length = length;
        const qsizetype lineBegin = start == 0 ? 0 : text.lastIndexOf(u'\n', start - 1) + 1;
        qsizetype lineEnd = text.indexOf(u'\n', start + length);
        if (lineEnd < 0)
            lineEnd = text.size();
        hit.lineNumber = 1 + int(text.left(lineBegin).count(u'\n'));
        qsizetype from = lineBegin;
        qsizetype to = lineEnd;
        QString prefix;
        QString suffix;
        if (to - from > kLongLine) {
            if (start - from > kContext) {
                from = start - kContext;
                prefix = QStringLiteral("…");
            }
            if (to - (start + length) > kContext) {
                to = start + length + kContext;
                suffix = QStringLiteral("…");
            }
        }
        hit.line = prefix + text.mid(from, to - from) + suffix;
        hit.lineStart = prefix.size() + (start - from);
        out.hits.append(hit);
    }
}

AssistantSearch::Result AssistantSearch::find(const TextPattern &pattern, int maxHits) const
{
    Result result;
    result.assistantsSearched = assistantCount();
    if (!pattern.isValid())
        return result;
    qsizetype lastMatched = -1;
    QList<bool> fields(TextFields::all().size(), false);
    for (const Part &part : m_parts) {
        // Each piece keeps up to maxHits itself: the first pieces' hits come first, and none waits for another.
        const std::vector<PartHits> pieces = ParallelParts::run(
            part.entries.size(), 4096, [&part, &pattern, maxHits, this](qsizetype from, qsizetype to) {
                PartHits hits;
                for (qsizetype i = from; i < to; ++i)
                    addHits(part, part.entries.at(i), pattern, m_ids, m_names, maxHits, hits);
                return hits;
            });
        for (const PartHits &piece : pieces) {
            result.matches += piece.matches;
            for (const qint32 assistant : piece.matchedAssistants) {
                if (assistant != lastMatched)
                    result.assistantIds.append(m_ids.at(assistant));
                lastMatched = assistant;
            }
            for (qsizetype field = 0; field < piece.matchedFields.size(); ++field)
                fields[field] = fields[field] || piece.matchedFields.at(field);
            for (const Hit &hit : piece.hits) {
                if (result.hits.size() >= maxHits)
                    break;
                result.hits.append(hit);
            }
        }
    }
    result.truncated = result.matches > result.hits.size();
    result.assistantsMatched = int(result.assistantIds.size());
    for (qsizetype field = 0; field < fields.size(); ++field) {
        if (fields.at(field))
            result.catalogPaths.append(TextFields::all().at(field));
    }
    return result;
}

QList<AssistantSearch::Hit> AssistantSearch::findIn(const Assistant &assistant, const TextPattern &pattern)
{
    if (!pattern.isValid())
        return {};
    Part part;
    extract(assistant.json(), 0, part);
    PartHits hits;
    const QStringList ids{assistant.id()};
    const QStringList names{assistant.name()};
    for (const Entry &entry : std::as_const(part.entries))
        addHits(part, entry, pattern, ids, names, std::numeric_limits<qsizetype>::max(), hits);
    return hits.hits;
}
