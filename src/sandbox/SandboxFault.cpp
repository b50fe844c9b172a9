// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxFault.h"

#include "core/AssistantSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

#include <array>
#include <cmath>
#include <limits>
#include <type_traits>
#include <utility>

namespace {

using Kind = SandboxFault::Kind;

constexpr std::array<std::pair<Kind, const char *>, 15> kKindNames = {{
    {Kind::Delay, "delay"},
    {Kind::Status, "status"},
    {Kind::RateLimit, "rateLimit"},
    {Kind::Drop, "drop"},
    {Kind::Reset, "reset"},
    {Kind::Truncate, "truncate"},
    {Kind::StallBeforeHeaders, "stallBeforeHeaders"},
    {Kind::StallMidBody, "stallMidBody"},
    {Kind::SlowBody, "slowBody"},
    {Kind::MalformedJson, "malformedJson"},
    {Kind::HtmlError, "htmlError"},
    {Kind::WrongContentType, "wrongContentType"},
    {Kind::Redirect, "redirect"},
    {Kind::Oversized, "oversized"},
    {Kind::IgnoreField, "ignoreField"},
}};

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SandboxFault)
};

QString folded(QString name)
{
    return name.remove(QLatin1Char('_')).remove(QLatin1Char('-')).toLower();
}

// A JSON number without fraction, within int53, or nullopt.
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // Checked before the cast: converting an out-of-range double is undefined.
    if (!std::isfinite(number) || std::abs(number) > AssistantSchema::maxSafeInteger || number != std::trunc(number))
        return std::nullopt;
    return qint64(number);
}

} // namespace

QString SandboxFault::kindName(Kind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<SandboxFault::Kind> SandboxFault::kindFromName(const QString &name)
{
    const QString wanted = folded(name);
    for (const auto &[kind, text] : kKindNames) {
        if (folded(QString::fromLatin1(text)) == wanted)
            return kind;
    }
    return std::nullopt;
}

std::optional<SandboxFault> SandboxFault::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<SandboxFault> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    SandboxFault fault;
    const std::optional<Kind> kind = kindFromName(json.value(u"kind").toString());
    if (!kind)
        return fail(
            Text::tr("\"kind\" must be one of delay, status, rateLimit, drop, reset, truncate, stallBeforeHeaders, "
                     "stallMidBody, slowBody, malformedJson, htmlError, wrongContentType, redirect, oversized, "
                     "ignoreField."));
    fault.kind = *kind;

    // Reads an optional whole-number member into `out`; false when present but wrong.
    QString integerError;
    const auto readInteger = [&json, &integerError](const char *key, qint64 minimum, qint64 maximum, auto &out) {
        const QString name = QString::fromLatin1(key);
        if (!json.contains(name))
            return true;
        const std::optional<qint64> value = wholeNumber(json.value(name));
        if (!value || *value < minimum || *value > maximum) {
            integerError = Text::tr("\"%1\" must be a whole number from %2 to %3.").arg(name).arg(minimum).arg(maximum);
            return false;
        }
        out = static_cast<std::remove_reference_t<decltype(out)>>(*value);
        return true;
    };
    constexpr qint64 maxInt = std::numeric_limits<int>::max();
    if (!readInteger("status", 100, 599, fault.status) || !readInteger("delayMs", 0, 3600 * 1000, fault.delayMs)
        || !readInteger("retryAfterMs", -1, maxInt, fault.retryAfterMs)
        || !readInteger("times", -1, maxInt, fault.times) || !readInteger("size", 0, qint64(1) << 32, fault.size))
        return fail(integerError);
    if (fault.times == 0)
        return fail(Text::tr("\"times\" must be -1 (until cleared) or at least 1."));

    // String members.
    for (const char *key : {"retryAfter", "method", "pathPattern", "location", "field"}) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isString())
            return fail(Text::tr("\"%1\" must be a string.").arg(QLatin1String(key)));
    }
    fault.retryAfter = json.value(u"retryAfter").toString();
    fault.method = json.value(u"method").toString().toUpper();
    fault.pathPattern = json.value(u"pathPattern").toString();
    if (!fault.pathPattern.isEmpty() && !QRegularExpression(fault.pathPattern).isValid())
        return fail(Text::tr("\"pathPattern\" is not a valid regular expression."));
    if (json.contains(u"location")) {
        fault.location = QUrl(json.value(u"location").toString(), QUrl::StrictMode);
        if (!fault.location.isValid())
            return fail(Text::tr("\"location\" is not a valid URL."));
    }
    if (fault.kind == Kind::Redirect && fault.location.isEmpty())
        return fail(Text::tr("A redirect needs a \"location\"."));
    fault.field = json.value(u"field").toString();
    if (fault.kind == Kind::IgnoreField && fault.field.isEmpty())
        return fail(Text::tr("ignoreField needs a \"field\"."));

    // A body is raw bytes as a string, or any JSON value sent compact.
    const QJsonValue body = json.value(u"body");
    if (body.isString())
        fault.body = body.toString().toUtf8();
    else if (body.isObject())
        fault.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        fault.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else if (!body.isUndefined() && !body.isNull())
        return fail(Text::tr("\"body\" must be a string, an object or an array."));
    return fault;
}

QJsonObject SandboxFault::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("times"), times}};
    if (status)
        json.insert(u"status", status);
    if (delayMs)
        json.insert(u"delayMs", delayMs);
    if (!retryAfter.isEmpty())
        json.insert(u"retryAfter", retryAfter);
    if (retryAfterMs >= 0)
        json.insert(u"retryAfterMs", retryAfterMs);
    if (!location.isEmpty())
        json.insert(u"location", location.toString());
    if (size)
        json.insert(u"size", size);
    if (!body.isEmpty()) {
        // Give back what was given: JSON as JSON, anything else as the text it was.
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (document.isObject())
            json.insert(u"body", document.object());
        else if (document.isArray())
            json.insert(u"body", document.array());
        else
            json.insert(u"body", QString::fromUtf8(body));
    }
    if (!method.isEmpty())
        json.insert(u"method", method);
    if (!pathPattern.isEmpty())
        json.insert(u"pathPattern", pathPattern);
    if (!field.isEmpty())
        json.insert(u"field", field);
    return json;
}
