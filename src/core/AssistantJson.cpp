// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantJson.h"

#include "JsonListSplitter.h"
#include "JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QThread>

#include <algorithm>
#include <future>
#include <iterator>
#include <span>
#include <vector>

namespace {

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = JsonText::read(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QCoreApplication::translate("AssistantJson", "The response is not valid JSON (%1 at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = QCoreApplication::translate("AssistantJson", "The response is not a JSON object.");
        return std::nullopt;
    }
    return document.object();
}

void setMissing(QString *error, const char *key)
{
    if (error)
        *error = QCoreApplication::translate("AssistantJson", "The response has no \"%1\" object.")
                     .arg(QLatin1String(key));
}

// The fast way for a list: one item parsed at a time, kept as its bytes and a summary, so the tree of the
// whole list never exists. nullopt when an item is not exactly one JSON object.
std::optional<QList<AssistantSummary>> summarise(std::span<const QByteArrayView> items)
{
    QList<AssistantSummary> summaries;
    summaries.reserve(qsizetype(items.size()));
    for (const QByteArrayView item : items) {
        QJsonParseError parseError;
        // fromRawData: parsing only reads the bytes, no copy needed.
        const QJsonDocument document = JsonText::read(QByteArray::fromRawData(item.data(), item.size()), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return std::nullopt;
        summaries.append(AssistantSummary(Assistant(document.object()), item.toByteArray()));
    }
    return summaries;
}

// Items are independent, so a long list is summarised in parts on every core: parsing is nearly all of
// the time a list of thousands takes to show. The calling thread takes the last part itself.
std::optional<QList<AssistantSummary>> summariseInParallel(const QList<QByteArrayView> &items)
{
    constexpr qsizetype kItemsPerPart = 32; // about 0.7 ms of parsing; starting a thread takes ~0.05 ms
    const qsizetype parts = std::clamp<qsizetype>(items.size() / kItemsPerPart, 1, QThread::idealThreadCount());
    const qsizetype perPart = (items.size() + parts - 1) / parts;
    const auto part = [&items, perPart](qsizetype index) {
        const qsizetype from = index * perPart;
        return std::span<const QByteArrayView>(items.constData() + from, std::min(perPart, items.size() - from));
    };
    std::vector<std::future<std::optional<QList<AssistantSummary>>>> others;
    for (qsizetype index = 0; index + 1 < parts; ++index)
        others.push_back(std::async(std::launch::async, summarise, part(index)));
    std::optional<QList<AssistantSummary>> last = summarise(part(parts - 1));

    QList<AssistantSummary> summaries;
    summaries.reserve(items.size());
    bool valid = last.has_value();
    for (auto &other : others) {
        std::optional<QList<AssistantSummary>> summarised = other.get();
        valid = valid && summarised;
        if (valid)
            std::move(summarised->begin(), summarised->end(), std::back_inserter(summaries));
    }
    if (!valid)
        return std::nullopt;
    std::move(last->begin(), last->end(), std::back_inserter(summaries));
    return summaries;
}

} // namespace

namespace AssistantJson {

std::optional<Assistant> decodeAssistant(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> object = parseObject(body, error);
    if (!object)
        return std::nullopt;
    return Assistant(*object);
}

std::optional<Assistant> decodeWrappedAssistant(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> object = parseObject(body, error);
    if (!object)
        return std::nullopt;
    std::optional<Assistant> assistant = Assistant::fromJson(object->value(u"assistant"));
    if (!assistant)
        setMissing(error, "assistant");
    return assistant;
}

std::optional<QList<AssistantSummary>> decodeAssistantList(const QByteArray &body, QString *error)
{
    if (std::optional<QList<QByteArrayView>> items = JsonListSplitter(body, "assistants").split()) {
        if (std::optional<QList<AssistantSummary>> list = summariseInParallel(*items))
            return list;
    }
    // Not the plain shape the splitter knows, or not valid: the whole body through Qt's parser, which
    // also says exactly what is wrong.
    const std::optional<QJsonObject> object = parseObject(body, error);
    if (!object)
        return std::nullopt;
    const QJsonValue list = object->value(u"assistants");
    if (!list.isArray()) {
        if (error)
            *error = QCoreApplication::translate("AssistantJson", "The response has no \"assistants\" list.");
        return std::nullopt;
    }
    const QJsonArray array = list.toArray();
    QList<AssistantSummary> summaries;
    summaries.reserve(array.size());
    for (const QJsonValue &item : array) {
        std::optional<Assistant> assistant = Assistant::fromJson(item);
        if (!assistant) {
            if (error)
                *error = QCoreApplication::translate("AssistantJson", "Item %1 of \"assistants\" is not an object.")
                             .arg(summaries.size());
            return std::nullopt;
        }
        summaries.append(AssistantSummary(*assistant));
    }
    return summaries;
}

QByteArray encode(const Assistant &assistant)
{
    return QJsonDocument(assistant.json()).toJson(QJsonDocument::Compact);
}

} // namespace AssistantJson
