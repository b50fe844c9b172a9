// SPDX-License-Identifier: GPL-3.0-or-later
#include "CanonicalJson.h"

#include "CatalogueTree.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringEncoder>
#include <QVarLengthArray>

#include <algorithm>
#include <climits>
#include <cmath>

namespace {

using CatalogueTree::Node;

// UTF-8 straight into `out`, without a QByteArray of its own for each string.
void appendUtf8(QByteArray &out, QStringView text)
{
    const qsizetype at = out.size();
    out.resize(at + text.size() * 3);
    QStringEncoder encoder(QStringEncoder::Utf8);
    const char *end = encoder.appendToBuffer(out.data() + at, text);
    out.resize(end - out.constData());
}

void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    qsizetype plainFrom = 0;
    const auto flush = [&](qsizetype to) {
        if (to > plainFrom)
            appendUtf8(out, QStringView(text).mid(plainFrom, to - plainFrom));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i; // a pair: UTF-8 as it is
            continue;
        }
        // A surrogate alone has no UTF-8: escaped, it reads back as itself, as Qt's own writer does it. So does
        // U+FEFF, which Qt's reader drops when it opens a string (JsonText.h); escaped, it is also visible.
        if (c >= 0x20 && c != u'"' && c != u'\\' && !QChar::isSurrogate(c) && c != 0xFEFF)
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
    // The members in catalogue order, then the others in the object's own order (sorted by key): one pass
    // over the object, one stable sort by rank.
    struct Member
    {
        int rank;
        QJsonObject::const_iterator it;
    };
    QVarLengthArray<Member, 64> members;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        members.append({node ? node->rank.value(it.key(), INT_MAX) : INT_MAX, it});
    std::stable_sort(members.begin(), members.end(), [](const Member &a, const Member &b) { return a.rank < b.rank; });
    out += "{\n";
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QString key = members.at(i).it.key();
        appendIndent(out, depth + 1);
        appendString(out, key);
        out += ": ";
        appendValue(out, members.at(i).it.value(), node ? node->object(key) : nullptr, depth + 1);
        out += i + 1 < members.size() ? ",\n" : "\n";
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

bool hasCr(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().contains(QLatin1String("\r\n"));
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        return std::any_of(object.constBegin(), object.constEnd(), [](const QJsonValue &v) { return hasCr(v); });
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        return std::any_of(array.constBegin(), array.constEnd(), [](const QJsonValue &v) { return hasCr(v); });
    }
    default:
        return false;
    }
}

// Copies only what holds a CRLF: most assistants have none, and their objects stay shared.
QJsonValue toLf(const QJsonValue &value)
{
    if (!hasCr(value))
        return value;
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().replace(QLatin1String("\r\n"), QLatin1String("\n"));
    case QJsonValue::Object: {
        QJsonObject object = value.toObject();
        for (const QString &key : object.keys())
            object.insert(key, toLf(object.value(key)));
        return object;
    }
    case QJsonValue::Array: {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = toLf(array.at(i));
        return array;
    }
    default:
        return value;
    }
}

} // namespace

namespace CanonicalJson {

QByteArray write(const QJsonObject &assistant)
{
    QByteArray out;
    out.reserve(32768); // a long assistant fits without growing again
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
    return toLf(value);
}

QJsonObject withLfLineEndings(const QJsonObject &json)
{
    return hasCr(json) ? toLf(json).toObject() : json;
}

} // namespace CanonicalJson
