// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validation.h"

#include "AssistantPatch.h"
#include "AssistantSchema.h"
#include "SecretPlaceholder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <cmath>

namespace {

constexpr qsizetype kQuoteLimit = 60;

// Catalogue paths the cross-field rules hang off.

// A value quoted inside a message; long values are cut so the message stays readable.
QString quoted(const QString &value)
{
    QString shown = value;
    if (shown.size() > kQuoteLimit)
        shown = shown.left(kQuoteLimit - 1) + QChar(0x2026);
    return u'"' + shown + u'"';
}

// An integral JSON number as qint64, exactly; nullopt for fractions and non-numbers.
std::optional<qint64> exactInteger(const QJsonValue &value)
{
    // toInteger() returns its default for anything that is not a whole qint64; two different
    // defaults tell "not an integer" apart from a real 0 or 1.
    const qint64 a = value.toInteger(0);
    if (a != 0 || value.toInteger(1) == 0)
        return a;
    return std::nullopt;
}

// Numbers in messages, in the locale's own digits and separators (1,5 in French).
QString formatNumber(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator); // 9007199254740991 reads as the API's number
    if (std::trunc(value) == value && std::abs(value) <= AssistantSchema::maxSafeInteger)
        return locale.toString(qint64(value));
    return locale.toString(value, 'g', 15);
}

QString formatNumber(const QJsonValue &value)
{
    if (const auto integer = exactInteger(value)) {
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        return locale.toString(*integer);
    }
    return formatNumber(value.toDouble());
}

// -1, 0 or 1; exact for integers against integral bounds, where a double would round int64 values.
int compareToBound(const QJsonValue &value, double bound)
{
    const auto integer = exactInteger(value);
    if (integer && std::trunc(bound) == bound && std::abs(bound) <= AssistantSchema::maxSafeInteger) {
        const qint64 b = qint64(bound);
        return (*integer > b) - (*integer < b);
    }
    const double d = value.toDouble();
    return (d > bound) - (d < bound);
}

QString describeJsonType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("Validation", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("Validation", "true or false");
    case QJsonValue::Double:
        return QCoreApplication::translate("Validation", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("Validation", "text");
    case QJsonValue::Array:
        return QCoreApplication::translate("Validation", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("Validation", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("Validation", "nothing");
}

QString typeMessage(const QString &label, const QString &expected, const QJsonValue &value)
{
    return QCoreApplication::translate("Validation", "%1: must be %2, not %3.")
        .arg(label, expected, describeJsonType(value));
}

// How an entry of a list is named in messages; 1-based, as people count.
QString itemName(const FieldSpec &listSpec, qsizetype index)
{
    return listSpec.displayItemLabel(int(index + 1));
}

QString labelFor(const FieldSpec &spec, const QStringList &items)
{
    if (items.isEmpty())
        return spec.displayLabel();
    return QCoreApplication::translate("Validation", "%1 (%2)")
        .arg(spec.displayLabel(), items.join(QLatin1String(", ")));
}

QString memberPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

// Walks the catalogue over the JSON of one assistant and collects what breaks its rules.
class Walker
{
public:
    explicit Walker(Validation::Level level)
        : m_level(level)
    { }

    void checkTopLevel(const FieldSpec &spec, const QJsonObject &json)
    {
        if (spec.readOnly || !json.contains(spec.key()))
            return;
        checkValue(spec, spec.key(), json.value(spec.key()), {});
    }

    QList<ValidationIssue> takeIssues() { return std::move(m_issues); }

private:
    bool full() const { return m_level == Validation::Level::Full; }

    void add(const QString &path, const QString &message)
    {
        if (!message.isEmpty())
            m_issues.append({path, message});
    }

    // An issue at `path` or inside it ("x.enum_options[1]" is inside "x.enum_options").
    bool hasIssueAt(const QString &path) const
    {
        return std::any_of(m_issues.cbegin(), m_issues.cend(), [&path](const ValidationIssue &issue) {
            return issue.path.startsWith(path)
                && (issue.path.size() == path.size() || issue.path.at(path.size()) == u'.'
                    || issue.path.at(path.size()) == u'[');
        });
    }

    void checkMembers(const FieldSpec &parent, const QString &path, const QJsonObject &object, const QStringList &items)
    {
        for (const FieldSpec *child : AssistantSchema::children(parent.path)) {
            if (child->readOnly || !child->appliesTo(object))
                continue;
            const QString childPath = memberPath(path, child->key());
            if (!object.contains(child->key())) {
                if (child->requiredInParent)
                    add(childPath, Validation::checkRequired(labelFor(*child, items), QJsonValue::Undefined));
                continue;
            }
            checkValue(*child, childPath, object.value(child->key()), items);
        }
        checkObjectRules(parent, path, object, items);
    }

    void checkValue(const FieldSpec &spec, const QString &path, const QJsonValue &value, const QStringList &items)
    {
        if (spec.readOnly || spec.type == FieldType::Untyped)
            return;
        const QString label = labelFor(spec, items);
        if (value.isNull()) {
            if (!spec.nullable)
                add(path, QCoreApplication::translate("Validation", "%1: must not be null.").arg(label));
            return;
        }
        switch (spec.type) {
        case FieldType::String:
        case FieldType::Text:
            if (value.isString())
                checkString(spec, path, value.toString(), label);
            else
                add(path, typeMessage(label, QCoreApplication::translate("Validation", "text"), value));
            break;
        case FieldType::Integer:
            if (const QString message = Validation::checkInteger(label, value); !message.isEmpty())
                add(path, message);
            else
                add(path, Validation::checkRange(label, value, spec.minimum, spec.maximum, spec.exclusiveMinimum));
            break;
        case FieldType::Number:
            if (value.isDouble())
                add(path, Validation::checkRange(label, value, spec.minimum, spec.maximum, spec.exclusiveMinimum));
            else
                add(path, typeMessage(label, QCoreApplication::translate("Validation", "a number"), value));
            break;
        case FieldType::Boolean:
            if (!value.isBool())
                add(path, typeMessage(label, QCoreApplication::translate("Validation", "true or false"), value));
            break;
        case FieldType::Enum:
            if (value.isString())
                add(path, Validation::checkEnum(label, value.toString(), spec.enumValues));
            else
                add(path, typeMessage(label, QCoreApplication::translate("Validation", "text"), value));
            break;
        case FieldType::EnumList:
        case FieldType::StringList:
            checkStringList(spec, path, value, items);
            break;
        case FieldType::Object:
            if (value.isObject())
                checkMembers(spec, path, value.toObject(), items);
            else
                add(path, typeMessage(label, QCoreApplication::translate("Validation", "an object"), value));
            break;
        case FieldType::ObjectList:
            checkObjectList(spec, path, value, items);
            break;
        case FieldType::Untyped:
            break;
        }
    }

    void checkString(const FieldSpec &spec, const QString &path, const QString &text, const QString &label)
    {
        if (spec.secret && SecretPlaceholder::isPlaceholder(text)) {
            add(path, Validation::checkSecretKnown(label, text));
            return;
        }
        if (spec.nonEmpty && text.isEmpty()) {
            add(path, Validation::checkNotEmpty(label, text));
            return;
        }
        if (!full())
            return;
        switch (spec.format) {
        case FieldFormat::None:
            break;
        case FieldFormat::PhoneE164:
            add(path, Validation::checkPhoneE164(label, text));
            break;
        case FieldFormat::HttpUrl:
            add(path, Validation::checkHttpUrl(label, text));
            break;
        case FieldFormat::HttpUrlTemplate: {
            const QString placeholders = Validation::checkPlaceholders(label, text, spec.templateVariables);
            add(path, placeholders.isEmpty() ? Validation::checkHttpUrlTemplate(label, text) : placeholders);
            break;
        }
        case FieldFormat::Email:
            add(path, Validation::checkEmail(label, text));
            break;
        case FieldFormat::TimeOfDay:
            add(path, Validation::checkTimeOfDay(label, text));
            break;
        case FieldFormat::TimeZone:
            add(path, Validation::checkTimeZone(label, text));
            break;
        case FieldFormat::JsonText:
            // An empty body template means "no body", like null.
            if (!text.isEmpty())
                add(path, Validation::checkJsonText(label, text));
            break;
        case FieldFormat::SnakeCase:
            add(path, Validation::checkSnakeCase(label, text));
            break;
        case FieldFormat::Template:
            add(path, Validation::checkPlaceholders(label, text, spec.templateVariables));
            break;
        }
    }

    void checkStringList(const FieldSpec &spec, const QString &path, const QJsonValue &value, const QStringList &items)
    {
        if (!value.isArray()) {
            add(path, typeMessage(labelFor(spec, items), QCoreApplication::translate("Validation", "a list"), value));
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString label = labelFor(spec, items + QStringList{itemName(spec, i)});
            const QJsonValue item = array.at(i);
            if (!item.isString())
                add(indexPath(path, i), typeMessage(label, QCoreApplication::translate("Validation", "text"), item));
            else if (spec.type == FieldType::EnumList)
                add(indexPath(path, i), Validation::checkEnum(label, item.toString(), spec.enumValues));
        }
    }

    void checkObjectList(const FieldSpec &spec, const QString &path, const QJsonValue &value, const QStringList &items)
    {
        if (!value.isArray()) {
            add(path, typeMessage(labelFor(spec, items), QCoreApplication::translate("Validation", "a list"), value));
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QStringList itemItems = items + QStringList{itemName(spec, i)};
            if (array.at(i).isObject())
                checkMembers(spec, indexPath(path, i), array.at(i).toObject(), itemItems);
            else
                add(indexPath(path, i),
                    typeMessage(labelFor(spec, itemItems), QCoreApplication::translate("Validation", "an object"),
                                array.at(i)));
        }
        if (full())
            checkListRules(spec, path, array, items);
    }

    // Rules between members of one object (FieldSpec::siblingRule); they run only where the members
    // themselves are sound, so one mistake is not reported twice. The voice speed's range by provider is the
    // server's own rule (Structure); the others are this app's (Full).
    void checkObjectRules(const FieldSpec &spec, const QString &path, const QJsonObject &object,
                          const QStringList &items)
    {
        for (const FieldSpec *member : AssistantSchema::children(spec.path)) {
            if (member->siblingRule == SiblingRule::None
                || (member->siblingRule != SiblingRule::SpeedForProvider && !full()))
                continue;
            const QString memberAt = memberPath(path, member->key());
            const QString siblingAt = memberPath(path, member->sibling);
            const QJsonValue value = object.value(member->key());
            const QJsonValue sibling = object.value(member->sibling);
            const QString label = labelFor(*member, items);
            switch (member->siblingRule) {
            case SiblingRule::None:
                break;
            case SiblingRule::SpeedForProvider:
                if (sibling.isString() && value.isDouble() && !hasIssueAt(memberAt))
                    add(memberAt, Validation::checkVoiceSpeed(label, sibling.toString(), value.toDouble()));
                break;
            case SiblingRule::StartsBefore:
                if (value.isString() && sibling.isString() && !hasIssueAt(memberAt) && !hasIssueAt(siblingAt))
                    add(memberAt, Validation::checkCallingWindow(label, value.toString(), sibling.toString()));
                break;
            case SiblingRule::OptionsForType:
                if (sibling.isString() && !hasIssueAt(memberAt))
                    add(memberAt, Validation::checkEnumOptions(label, sibling.toString(), value));
                break;
            }
        }
    }

    // Rules across the items of a list: members that must be unique (FieldSpec::uniqueInList).
    void checkListRules(const FieldSpec &spec, const QString &path, const QJsonArray &array, const QStringList &items)
    {
        for (const FieldSpec *member : AssistantSchema::children(spec.path)) {
            if (!member->uniqueInList)
                continue;
            QStringList values;
            for (const QJsonValue &item : array)
                values.append(item.toObject().value(member->key()).toString());
            for (qsizetype i = 0; i < values.size(); ++i) {
                add(memberPath(indexPath(path, i), member->key()),
                    Validation::checkUniqueName(labelFor(*member, items + QStringList{itemName(spec, i)}), values, i));
            }
        }
    }

    Validation::Level m_level;
    QList<ValidationIssue> m_issues;
};

// `text` with each {{placeholder}} replaced by `filler`: what a rule on the filled-in value sees.
QString withPlaceholdersFilled(const QString &text, const QString &filler)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{[^{}]*\\}\\}"));
    QString filled = text;
    filled.replace(placeholder, filler);
    return filled;
}

// An http(s) address with a host, judged on `filled`; the message quotes `value` as the user wrote it.
QString checkHttpUrlFilled(const QString &label, const QString &value, const QString &filled)
{
    const QUrl url(filled, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty())
        return {};
    return QCoreApplication::translate("Validation",
                                       "%1: %2 is not a valid web address (http:// or https:// and a host, "
                                       "e.g. https://example.com/hook).")
        .arg(label, quoted(value));
}

} // namespace

namespace Validation {

QList<ValidationIssue> validate(const Assistant &assistant, Level level)
{
    Walker walker(level);
    for (const FieldSpec *spec : AssistantSchema::topLevelFields())
        walker.checkTopLevel(*spec, assistant.json());
    return walker.takeIssues();
}

QList<ValidationIssue> validateCreate(const Assistant &draft, Level level)
{
    QList<ValidationIssue> issues;
    for (const FieldSpec *spec : AssistantSchema::topLevelFields()) {
        const QJsonValue value = draft.value(spec->key());
        // A missing required field says so once, instead of also failing its type.
        if (spec->requiredOnCreate && (value.isUndefined() || value.isNull()))
            issues.append({spec->path, checkRequired(spec->displayLabel(), value)});
        else
            issues += validateField(draft, spec->key(), level);
    }
    return issues;
}

Review review(const Assistant &base, const Assistant &edited)
{
    // What the user introduced blocks; what the server already held is only flagged, even when it
    // travels again inside a nested object or list the user changed elsewhere.
    const AssistantPatch patch = AssistantPatch::between(base, edited);
    const QList<ValidationIssue> held = validate(base, Level::Full);
    Review result;
    for (const ValidationIssue &issue : validate(edited, Level::Full)) {
        if (patch.contains(topLevelKey(issue.path)) && !held.contains(issue))
            result.blocking.append(issue);
        else
            result.flagged.append(issue);
    }
    return result;
}

QList<ValidationIssue> validateField(const Assistant &assistant, const QString &topLevelKey, Level level)
{
    const FieldSpec *spec = AssistantSchema::field(topLevelKey);
    if (!spec || !spec->isTopLevel())
        return {};
    Walker walker(level);
    walker.checkTopLevel(*spec, assistant.json());
    return walker.takeIssues();
}

QString topLevelKey(const QString &path)
{
    qsizetype end = path.size();
    for (const QChar separator : {u'.', u'['}) {
        const qsizetype at = path.indexOf(separator);
        if (at >= 0)
            end = std::min(end, at);
    }
    return path.left(end);
}

QString checkRequired(const QString &label, const QJsonValue &value)
{
    if (!value.isUndefined() && !value.isNull())
        return {};
    return QCoreApplication::translate("Validation", "%1: is required.").arg(label);
}

QString checkNotEmpty(const QString &label, const QString &value)
{
    if (!value.isEmpty())
        return {};
    return QCoreApplication::translate("Validation", "%1: must not be empty.").arg(label);
}

QString checkEnum(const QString &label, const QString &value, const QStringList &allowed)
{
    if (allowed.contains(value))
        return {};
    return QCoreApplication::translate("Validation", "%1: %2 is not one of the allowed values (%3).")
        .arg(label, quoted(value), allowed.join(QLatin1String(", ")));
}

QString checkInteger(const QString &label, const QJsonValue &value)
{
    if (!value.isDouble())
        return typeMessage(label, QCoreApplication::translate("Validation", "a whole number"), value);
    const double d = value.toDouble();
    if (std::isfinite(d) && std::trunc(d) == d)
        return {};
    return QCoreApplication::translate("Validation", "%1: must be a whole number, not %2.")
        .arg(label, formatNumber(value));
}

QString checkRange(const QString &label, const QJsonValue &value, std::optional<double> minimum,
                   std::optional<double> maximum, bool exclusiveMinimum)
{
    if (!value.isDouble())
        return typeMessage(label, QCoreApplication::translate("Validation", "a number"), value);
    const bool below = minimum && compareToBound(value, *minimum) < (exclusiveMinimum ? 1 : 0);
    const bool above = maximum && compareToBound(value, *maximum) > 0;
    if (!below && !above)
        return {};
    const QString got = formatNumber(value);
    // maxSafeInteger only says "fits the wire format"; a real interval is worth naming in full.
    if (minimum && maximum && *maximum < AssistantSchema::maxSafeInteger) {
        const QString text = exclusiveMinimum
            ? QCoreApplication::translate("Validation", "%1: must be greater than %2 and at most %3 (got %4).")
            : QCoreApplication::translate("Validation", "%1: must be between %2 and %3 (got %4).");
        return text.arg(label, formatNumber(*minimum), formatNumber(*maximum), got);
    }
    if (above)
        return QCoreApplication::translate("Validation", "%1: must be at most %2 (got %3).")
            .arg(label, formatNumber(*maximum), got);
    if (exclusiveMinimum)
        return QCoreApplication::translate("Validation", "%1: must be greater than %2 (got %3).")
            .arg(label, formatNumber(*minimum), got);
    if (*minimum == 0)
        return QCoreApplication::translate("Validation", "%1: must not be negative (got %2).").arg(label, got);
    return QCoreApplication::translate("Validation", "%1: must be at least %2 (got %3).")
        .arg(label, formatNumber(*minimum), got);
}

QString checkUnitInterval(const QString &label, double value)
{
    return checkRange(label, QJsonValue(value), 0.0, 1.0);
}

QString checkNotNegative(const QString &label, double value)
{
    return checkRange(label, QJsonValue(value), 0.0, std::nullopt);
}

QString checkPositiveInteger(const QString &label, const QJsonValue &value)
{
    if (const QString message = checkInteger(label, value); !message.isEmpty())
        return message;
    return checkRange(label, value, 0.0, AssistantSchema::maxSafeInteger, true);
}

QString checkVoiceSpeed(const QString &label, const QString &provider, double speed)
{
    struct Bounds
    {
        const char *provider;
        const char *name;
        double minimum;
        double maximum;
    };
    static constexpr Bounds kBounds[] = {{"cartesia", "Cartesia", 0.6, 1.5}, {"elevenlabs", "ElevenLabs", 0.7, 1.2}};
    for (const Bounds &bounds : kBounds) {
        if (provider != QLatin1String(bounds.provider))
            continue;
        if (speed >= bounds.minimum && speed <= bounds.maximum)
            return {};
        return QCoreApplication::translate("Validation", "%1: %2 is outside the range %3 supports (%4 to %5).")
            .arg(label, formatNumber(speed), QLatin1String(bounds.name), formatNumber(bounds.minimum),
                 formatNumber(bounds.maximum));
    }
    return checkRange(label, QJsonValue(speed), 0.6, 1.5);
}

QString checkPhoneE164(const QString &label, const QString &value)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    // libphonenumber's parser forgives spaces, dashes and letters; E.164 does not.
    static const QRegularExpression shape(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    if (shape.match(value).hasMatch()) {
        const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
        PhoneNumber number;
        if (util->Parse(value.toStdString(), "ZZ", &number) == PhoneNumberUtil::NO_PARSING_ERROR
            && util->IsValidNumber(number))
            return {};
    }
    return QCoreApplication::translate("Validation",
                                       "%1: %2 is not a valid E.164 phone number (a + followed by country code "
                                       "and number, e.g. +14155550123).")
        .arg(label, quoted(value));
}

std::optional<QTime> parseTimeOfDay(const QString &value)
{
    static const QRegularExpression h24(QStringLiteral("^([01]?[0-9]|2[0-3]):([0-5][0-9])$"));
    static const QRegularExpression h12(QStringLiteral("^(1[0-2]|0?[1-9])(?::([0-5][0-9]))?([ap]m)$"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = h24.match(value); match.hasMatch())
        return QTime(match.captured(1).toInt(), match.captured(2).toInt());
    if (const QRegularExpressionMatch match = h12.match(value); match.hasMatch()) {
        const int hour = match.captured(1).toInt() % 12;
        const bool pm = match.captured(3).compare(QLatin1String("pm"), Qt::CaseInsensitive) == 0;
        return QTime(pm ? hour + 12 : hour, match.captured(2).toInt());
    }
    return std::nullopt;
}

QString checkTimeOfDay(const QString &label, const QString &value)
{
    if (parseTimeOfDay(value))
        return {};
    return QCoreApplication::translate("Validation",
                                       "%1: %2 is not a time of day (24-hour like 09:00 or 17:30, or 12-hour "
                                       "like 9am or 6:30pm).")
        .arg(label, quoted(value));
}

QString checkTimeZone(const QString &label, const QString &value)
{
    // isTimeZoneIdAvailable() knows the canonical zone.tab names, but also Qt's own offset names
    // ("UTC+01:00"), which are not IANA. IANA links such as US/Eastern or Etc/GMT+5 are missing
    // from zone.tab; a zone Qt can load under an Area/Location name is one.
    const QByteArray id = value.toUtf8();
    if (!value.isEmpty() && !value.contains(u':')
        && (QTimeZone::isTimeZoneIdAvailable(id) || (value.contains(u'/') && QTimeZone(id).isValid())))
        return {};
    return QCoreApplication::translate("Validation", "%1: %2 is not a known IANA time zone (e.g. Europe/Paris).")
        .arg(label, quoted(value));
}

QString checkHttpUrl(const QString &label, const QString &value)
{
    return checkHttpUrlFilled(label, value, value);
}

QString checkHttpUrlTemplate(const QString &label, const QString &value)
{
    // A placeholder stands for a word of the address: "x" is one anywhere (host, path, query).
    return checkHttpUrlFilled(label, value, withPlaceholdersFilled(value, QStringLiteral("x")));
}

QString checkEmail(const QString &label, const QString &value)
{
    // Practical, not RFC 5322: dot-atom local part, host names with a top-level domain.
    static const QRegularExpression email(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       "@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}$"));
    if (email.match(value).hasMatch())
        return {};
    return QCoreApplication::translate("Validation", "%1: %2 is not a valid e-mail address (like name@example.com).")
        .arg(label, quoted(value));
}

QString checkSnakeCase(const QString &label, const QString &value)
{
    static const QRegularExpression snake(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
    if (snake.match(value).hasMatch())
        return {};
    return QCoreApplication::translate("Validation",
                                       "%1: %2 is not lowercase_snake_case (a-z, digits and single "
                                       "underscores, starting with a letter, e.g. get_weather).")
        .arg(label, quoted(value));
}

QString checkJsonText(const QString &label, const QString &value)
{
    // A placeholder stands for a value the server fills in, inside a string or as a bare value;
    // `null` is valid JSON in both places.
    const QString filled = withPlaceholdersFilled(value, QStringLiteral("null"));
    QJsonParseError error;
    QJsonDocument::fromJson(filled.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError)
        return {};
    return QCoreApplication::translate("Validation", "%1: is not valid JSON (%2).").arg(label, error.errorString());
}

QString checkPlaceholders(const QString &label, const QString &text, const QStringList &allowedVariables)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.]*$"));
    const QLatin1String open("{{");
    const QLatin1String close("}}");
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype start = text.indexOf(open, from);
        const qsizetype stray = text.indexOf(close, from);
        if (stray >= 0 && (start < 0 || stray < start))
            return QCoreApplication::translate("Validation", "%1: }} at character %2 has no matching {{.")
                .arg(label)
                .arg(stray + 1);
        if (start < 0)
            break;
        const qsizetype end = text.indexOf(close, start + 2);
        if (end < 0)
            return QCoreApplication::translate("Validation", "%1: the {{ at character %2 is not closed with }}.")
                .arg(label)
                .arg(start + 1);
        const QString variable = text.mid(start + 2, end - start - 2).trimmed();
        if (!name.match(variable).hasMatch())
            return QCoreApplication::translate("Validation",
                                               "%1: %2 is not a valid placeholder (a name of letters, digits, _ "
                                               "and ., not starting with a digit, e.g. {{first_name}}).")
                .arg(label, quoted(text.mid(start, end + 2 - start)));
        if (!allowedVariables.isEmpty() && !allowedVariables.contains(variable)) {
            QStringList shown;
            for (const QString &allowed : allowedVariables)
                shown.append(open + allowed + close);
            return QCoreApplication::translate("Validation", "%1: {{%2}} is not available here; use %3.")
                .arg(label, variable, shown.join(QLatin1String(", ")));
        }
        from = end + 2;
    }
    return {};
}

QString checkCallingWindow(const QString &label, const QString &start, const QString &end)
{
    const std::optional<QTime> opens = parseTimeOfDay(start);
    const std::optional<QTime> closes = parseTimeOfDay(end);
    if (!opens || !closes || *opens < *closes)
        return {};
    return QCoreApplication::translate("Validation", "%1: the window must start before it ends (%2 is not before %3).")
        .arg(label, start, end);
}

QString checkUniqueName(const QString &label, const QStringList &names, qsizetype index)
{
    const QString name = names.value(index);
    if (name.isEmpty() || names.indexOf(name) >= index)
        return {};
    return QCoreApplication::translate("Validation", "%1: %2 is used more than once; names must be unique.")
        .arg(label, quoted(name));
}

QString checkEnumOptions(const QString &label, const QString &type, const QJsonValue &enumOptions)
{
    if (type != u"enum")
        return {};
    const QJsonArray options = enumOptions.toArray();
    if (options.isEmpty())
        return QCoreApplication::translate("Validation", "%1: type \"enum\" needs at least one option.").arg(label);
    for (qsizetype i = 0; i < options.size(); ++i) {
        if (options.at(i).toString().trimmed().isEmpty())
            return QCoreApplication::translate("Validation", "%1: option %2 is empty.").arg(label).arg(i + 1);
    }
    return {};
}

QString checkSecretKnown(const QString &label, const QString &value)
{
    if (!SecretPlaceholder::isPlaceholder(value))
        return {};
    const std::optional<SecretPlaceholder> placeholder = SecretPlaceholder::parse(value);
    if (placeholder && placeholder->kind() == SecretPlaceholder::Kind::Digest)
        return QCoreApplication::translate("Validation",
                                           "%1: not restored from the draft; saving keeps the server's value unless "
                                           "you type a new one.")
            .arg(label);
    return QCoreApplication::translate("Validation",
                                       "%1: the value typed here was not kept in the draft; type it again.")
        .arg(label);
}

} // namespace Validation
