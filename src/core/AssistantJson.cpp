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
#include <functional>
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

// An item of the list from its assistant and bytes: an AssistantSummary or a ListedAssistant.
template<typename Item> using MakeItem = std::function<Item(const Assistant &, QByteArray)>;

// The fast way for a list: one item parsed at a time and made into an Item, so the tree of the whole list never
// exists. nullopt when an item is not exactly one JSON object.
template<typename Item>
std::optional<QList<Item>> decodeItems(std::span<const QByteArrayView> items, const MakeItem<Item> &make)
{
    QList<Item> decoded;
    decoded.reserve(qsizetype(items.size()));
    for (const QByteArrayView item : items) {
        QJsonParseError parseError;
        // fromRawData: parsing only reads the bytes, no copy needed.
        const QJsonDocument document = JsonText::read(QByteArray::fromRawData(item.data(), item.size()), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return std::nullopt;
        decoded.append(make(Assistant(document.object()), item.toByteArray()));
    }
    return decoded;
}

// Items are independent, so a long list is decoded in parts on every core: parsing is nearly all of the time a
// list of thousands takes to show. The calling thread takes the last part itself.
template<typename Item>
std::optional<QList<Item>> decodeItemsInParallel(const QList<QByteArrayView> &items, const MakeItem<Item> &make)
{
    constexpr qsizetype kItemsPerPart = 32; // about 0.7 ms of parsing; starting a thread takes ~0.05 ms
    const qsizetype parts = std::clamp<qsizetype>(items.size() / kItemsPerPart, 1, QThread::idealThreadCount());
    const qsizetype perPart = (items.size() + parts - 1) / parts;
    const auto part = [&items, perPart](qsizetype index) {
        const qsizetype from = index * perPart;
        return std::span<const QByteArrayView>(items.constData() + from, std::min(perPart, items.size() - from));
    };
    std::vector<std::future<std::optional<QList<Item>>>> others;
    for (qsizetype index = 0; index + 1 < parts; ++index)
        others.push_back(std::async(std::launch::async, decodeItems<Item>, part(index), std::cref(make)));
    std::optional<QList<Item>> last = decodeItems<Item>(part(parts - 1), make);

    QList<Item> decoded;
    decoded.reserve(items.size());
    bool valid = last.has_value();
    for (auto &other : others) {
        std::optional<QList<Item>> done = other.get();
        valid = valid && done;
        if (valid)
            std::move(done->begin(), done->end(), std::back_inserter(decoded));
    }
    if (!valid)
        return std::nullopt;
    std::move(last->begin(), last->end(), std::back_inserter(decoded));
    return decoded;
}

template<typename Item>
std::optional<QList<Item>> decodeList(const QByteArray &body, const MakeItem<Item> &make, QString *error)
{
    if (std::optional<QList<QByteArrayView>> items = JsonListSplitter(body, "assistants").split()) {
        if (std::optional<QList<Item>> list = decodeItemsInParallel<Item>(*items, make))
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
    QList<Item> decoded;
    decoded.reserve(array.size());
    for (const QJsonValue &item : array) {
        std::optional<Assistant> assistant = Assistant::fromJson(item);
        if (!assistant) {
            if (error)
                *error = QCoreApplication::translate("AssistantJson", "Item %1 of \"assistants\" is not an object.")
                             .arg(decoded.size());
            return std::nullopt;
        }
        decoded.append(make(*assistant, AssistantJson::encode(*assistant)));
    }
    return decoded;
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
    return decodeList<AssistantSummary>(
        body, [](const Assistant &assistant, QByteArray json) { return AssistantSummary(assistant, std::move(json)); },
        error);
}

std::optional<QList<ListedAssistant>> decodeListedAssistants(const QByteArray &body, ListedAssistant::Form form,
                                                             QString *error)
{
    return decodeList<ListedAssistant>(
        body,
        [form](const Assistant &assistant, QByteArray json) {
            return ListedAssistant(assistant, std::move(json), form);
        },
        error);
}

QByteArray encode(const Assistant &assistant)
{
    return QJsonDocument(assistant.json()).toJson(QJsonDocument::Compact);
}

} // namespace AssistantJson
