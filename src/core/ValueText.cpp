// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueText.h"

#include "AssistantSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ValueText", text);
}

QString elided(QString text, qsizetype maxLength)
{
    text.replace(u'\n', u' ');
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

QString number(double value)
{
    if (std::trunc(value) == value && std::abs(value) <= AssistantSchema::maxSafeInteger)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QString json(const QJsonValue &value, QJsonDocument::JsonFormat format)
{
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(format)
                                             : QJsonDocument(value.toObject()).toJson(format))
        .trimmed();
}

// The kinds both forms write alike; empty for strings, lists and objects.
QString scalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return ValueText::absent();
    case QJsonValue::Null:
        return ValueText::none();
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return number(value.toDouble());
    default:
        return {};
    }
}

} // namespace

namespace ValueText {

QString absent()
{
    return tr("(absent)");
}

QString none()
{
    return tr("(none)");
}

QString inlineText(const QJsonValue &value, qsizetype maxLength)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u'"' + elided(value.toString(), maxLength) + u'"';
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return elided(json(value, QJsonDocument::Compact), maxLength);
            items.append(item.toString());
        }
        return u'[' + elided(items.join(QStringLiteral(", ")), maxLength) + u']';
    }
    case QJsonValue::Object:
        return elided(json(value, QJsonDocument::Compact), maxLength);
    default:
        return scalar(value);
    }
}

std::pair<QString, QString> inlineChange(const QJsonValue &before, const QJsonValue &after, qsizetype maxLength)
{
    if (!before.isString() || !after.isString())
        return {inlineText(before, maxLength), inlineText(after, maxLength)};
    const QString a = before.toString();
    const QString b = after.toString();
    qsizetype common = 0;
    while (common < a.size() && common < b.size() && a.at(common) == b.at(common))
        ++common;
    // Where they part is within sight: the ordinary form shows it.
    constexpr qsizetype kLeadIn = 24;
    if (common + kLeadIn < maxLength)
        return {inlineText(before, maxLength), inlineText(after, maxLength)};
    // From the start of a word, when one begins a little before.
    qsizetype from = common - kLeadIn;
    if (const qsizetype space = a.lastIndexOf(u' ', from); space >= 0 && from - space <= 12)
        from = space + 1;
    const auto window = [from, maxLength](const QString &text) -> QString {
        return QStringLiteral("\"…") + elided(text.mid(from), maxLength - 1) + u'"';
    };
    return {window(a), window(b)};
}

QString blockText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return json(value, QJsonDocument::Indented);
    default:
        return scalar(value);
    }
}

} // namespace ValueText
