// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueText.h"

#include "AssistantSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ValueText)
};

QString elided(QString text, qsizetype maxLength)
{
    text.replace(u'\n', u' ');
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

// In the locale's own digits and separators (1,5 in French): these are read by people, never parsed.
QString number(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator); // 9007199254740991 reads as the API's number
    if (std::trunc(value) == value && std::abs(value) <= AssistantSchema::maxSafeInteger)
        return locale.toString(qint64(value));
    return locale.toString(value, 'g', 15);
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
        return value.toBool() ? Text::tr("yes") : Text::tr("no");
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
    return Text::tr("(absent)");
}

QString none()
{
    return Text::tr("(none)");
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
