// SPDX-License-Identifier: GPL-3.0-or-later
#include "CanonicalJson.h"

#include "CatalogueTree.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace {

using CatalogueTree::Node;

void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    qsizetype plainFrom = 0;
    const auto flush = [&](qsizetype to) {
        if (to > plainFrom)
            out += QStringView(text).mid(plainFrom, to - plainFrom).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flush(i);
        plainFrom = i + 1;
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        default: {
            char escaped[7];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
            out += escaped;
        }
        }
    }
    flush(text.size());
    out += '"';
}

void appendNumber(QByteArray &out, const QJsonValue &value)
{
    // Whole numbers as integers (exact up to int64, as Qt keeps them), the rest in the shortest form that
    // reads back as the same double; JSON has no infinity.
    const qint64 whole = value.toInteger(0);
    if (whole == value.toInteger(1)) {
        out += QByteArray::number(whole);
        return;
    }
    const double number = value.toDouble();
    out += std::isfinite(number) ? QByteArray::number(number, 'g', QLocale::FloatingPointShortest) : "null";
}

void appendIndent(QByteArray &out, int depth)
{
    out.append(qsizetype(depth) * 2, ' ');
}

void appendValue(QByteArray &out, const QJsonValue &value, const Node *node, int depth);

void appendObject(QByteArray &out, const QJsonObject &object, const Node *node, int depth)
{
    if (object.isEmpty()) {
        out += "{}";
        return;
    }
    QStringList keys;
    keys.reserve(object.size());
    if (node) {
        for (const QString &key : node->keys) {
            if (object.contains(key))
                keys.append(key);
        }
    }
    if (keys.size() < object.size()) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) { // sorted already
            if (!node || !node->field(it.key()))
                keys.append(it.key());
        }
    }
    out += "{\n";
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString &key = keys.at(i);
        appendIndent(out, depth + 1);
        appendString(out, key);
        out += ": ";
        appendValue(out, object.value(key), node ? node->object(key) : nullptr, depth + 1);
        out += i + 1 < keys.size() ? ",\n" : "\n";
    }
    appendIndent(out, depth);
    out += '}';
}

void appendValue(QByteArray &out, const QJsonValue &value, const Node *node, int depth)
{
    switch (value.type()) {
    case QJsonValue::Object:
        appendObject(out, value.toObject(), node, depth);
        return;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            appendIndent(out, depth + 1);
            appendValue(out, array.at(i), node, depth + 1); // a list's node describes each item
            out += i + 1 < array.size() ? ",\n" : "\n";
        }
        appendIndent(out, depth);
        out += ']';
        return;
    }
    default:
        out += CanonicalJson::scalar(value);
    }
}

// In place; true when anything changed, so that unchanged containers are not copied.
bool toLf(QJsonValue &value);

bool toLf(QJsonObject &object)
{
    bool changed = false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QJsonValue member = it.value();
        if (toLf(member)) {
            it.value() = member;
            changed = true;
        }
    }
    return changed;
}

bool toLf(QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        QString text = value.toString();
        if (!text.contains(QLatin1String("\r\n")))
            return false;
        value = text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        return true;
    }
    case QJsonValue::Object: {
        QJsonObject object = value.toObject();
        if (!toLf(object))
            return false;
        value = object;
        return true;
    }
    case QJsonValue::Array: {
        QJsonArray array = value.toArray();
        bool changed = false;
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue item = array.at(i);
            if (toLf(item)) {
                array[i] = item;
                changed = true;
            }
        }
        if (changed)
            value = array;
        return changed;
    }
    default:
        return false;
    }
}

} // namespace

namespace CanonicalJson {

QByteArray write(const QJsonObject &assistant)
{
    QByteArray out;
    out.reserve(8192);
    appendObject(out, assistant, &CatalogueTree::root(), 0);
    out += '\n';
    return out;
}

QByteArray scalar(const QJsonValue &value)
{
    QByteArray out;
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? "true" : "false";
    case QJsonValue::Double:
        appendNumber(out, value);
        return out;
    case QJsonValue::String:
        appendString(out, value.toString());
        return out;
    case QJsonValue::Object:
    case QJsonValue::Array:
        appendValue(out, value, nullptr, 0);
        return out;
    default:
        return "null";
    }
}

QJsonValue withLfLineEndings(const QJsonValue &value)
{
    QJsonValue result = value;
    toLf(result);
    return result;
}

QJsonObject withLfLineEndings(const QJsonObject &json)
{
    QJsonObject result = json;
    toLf(result);
    return result;
}

} // namespace CanonicalJson
