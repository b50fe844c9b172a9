// SPDX-License-Identifier: GPL-3.0-or-later
#include "SoakEdits.h"

#include "SoakRandom.h"

#include "core/AssistantPatch.h"
#include "core/Validation.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace {

constexpr int kDraws = 16;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Words people type, with what tends to break a codec: quotes, backslashes, accents, other scripts, emoji.
const QStringList kWords = {
    s("hello"),     s("appointment"), s("callback"),    s("please"),   s("Monday"),        s("order"),
    s("confirm"),   s("number"),      s("café"),        s("naïve"),    s("Zürich"),        s("日本語"),
    s("Привет"),    s("مرحبا"),       s("🙂"),        s("👍🏽"), s("\"quoted\""),    s("back\\slash"),
    s("tab\there"), s("50%"),         s("<b>bold</b>"), s("a&b"),      s("line\u2028sep"), s("€12.50"),
    s("O'Brien"),   s("e.g."),        s("—"),           s("ok?"),      s("x+y=z"),         s("#42"),
};
const QStringList kVariables = {s("first_name"), s("company"), s("appointment.date"), s("agent_name"), s("_ref")};
const QStringList kZones = {s("Europe/Paris"),        s("America/New_York"), s("Asia/Tokyo"),    s("Australia/Sydney"),
                            s("America/Sao_Paulo"),   s("Africa/Nairobi"),   s("Europe/London"), s("Pacific/Auckland"),
                            s("America/Los_Angeles"), s("Asia/Kolkata")};
const QStringList kHosts = {s("hooks.example.com"), s("api.example.org"), s("example.net"), s("127.0.0.1:8080")};
const QStringList kVerbs = {s("get"), s("book"), s("send"), s("check"), s("cancel"), s("find")};
const QStringList kNouns = {s("weather"), s("slot"), s("order"), s("invoice"), s("customer"), s("status2")};
const QStringList kJsonBodies = {
    s(""),
    s(R"({"call":"{{call_id}}","n":3})"),
    s(R"([1,2.5,"three",null])"),
    s(R"({"a":{"b":[true,false,null]},"s":"{{first_name}} é 🙂"})"),
    s(R"({{payload}})"),
};
// Numbers libphonenumber takes as valid: a prefix and as many random digits as the plan wants.
const QList<std::pair<const char *, int>> kPhonePlans = {
    {"+1212", 7}, {"+1415", 7}, {"+336", 8}, {"+447700", 6}, {"+4915", 9}, {"+3491", 7}, {"+8190", 8},
};

QString typeName(FieldType type)
{
    switch (type) {
    case FieldType::String:
        return s("string");
    case FieldType::Text:
        return s("text");
    case FieldType::Integer:
        return s("integer");
    case FieldType::Number:
        return s("number");
    case FieldType::Boolean:
        return s("boolean");
    case FieldType::Enum:
        return s("enum");
    case FieldType::EnumList:
        return s("enum list");
    case FieldType::StringList:
        return s("string list");
    case FieldType::Object:
        return s("object");
    case FieldType::ObjectList:
        return s("object list");
    case FieldType::Untyped:
        break;
    }
    return s("untyped");
}

} // namespace

QStringList SoakEdits::editableKeys()
{
    QStringList keys;
    for (const FieldSpec *spec : AssistantSchema::topLevelFields()) {
        if (!spec->readOnly && spec->type != FieldType::Untyped)
            keys.append(spec->key());
    }
    return keys;
}

QString SoakEdits::kindOf(const QString &key)
{
    const FieldSpec *spec = AssistantSchema::field(key);
    return spec ? typeName(spec->type) : s("unknown");
}

std::optional<QJsonValue> SoakEdits::newValue(const Assistant &base, const Assistant &edited, const QString &key)
{
    const FieldSpec *spec = AssistantSchema::field(key);
    if (!spec || !spec->isTopLevel() || spec->readOnly)
        return std::nullopt;
    for (int draw = 0; draw < kDraws; ++draw) {
        // Late draws clear a nullable field: an enum of one value has no other change.
        const QJsonValue value = spec->nullable && draw >= kDraws / 2 && m_random.chance(0.5)
            ? QJsonValue(QJsonValue::Null)
            : valueFor(*spec, edited.json());
        if (value.isUndefined())
            continue;
        Assistant candidate = edited;
        candidate.setValue(key, value);
        if (AssistantPatch::differs(edited, candidate, key) && AssistantPatch::differs(base, candidate, key)
            && Validation::validateField(candidate, key, Validation::Level::Full).isEmpty())
            return value;
    }
    return std::nullopt;
}

Assistant SoakEdits::draftForCreate(const QString &name)
{
    Assistant draft;
    draft.setName(name);
    draft.setPrompt(textFor(*AssistantSchema::field(s("prompt"))));
    const QStringList keys = editableKeys();
    const int extra = m_random.between(0, 4);
    for (int i = 0; i < extra; ++i) {
        const QString key = m_random.pick(keys);
        if (key == u"name" || key == u"prompt")
            continue;
        if (const std::optional<QJsonValue> value = newValue(draft, key); value && !value->isNull())
            draft.setValue(key, *value);
    }
    return draft;
}

QJsonValue SoakEdits::valueFor(const FieldSpec &spec, const QJsonObject &siblings)
{
    if (spec.nullable && m_random.chance(0.12))
        return QJsonValue::Null;
    switch (spec.type) {
    case FieldType::String:
    case FieldType::Text:
        return spec.format == FieldFormat::None || spec.format == FieldFormat::Template ? textFor(spec)
                                                                                        : formatted(spec);
    case FieldType::Integer: {
        const qint64 low = qint64(spec.minimum.value_or(0)) + (spec.exclusiveMinimum ? 1 : 0);
        const qint64 high = spec.maximum ? qint64(*spec.maximum) : low + 100000;
        if (m_random.chance(0.04))
            return high; // the edge: 2^53 - 1 must come back exact
        if (m_random.chance(0.04))
            return low;
        return low + qint64(m_random.below(int(std::min<qint64>(high - low, 100000)) + 1));
    }
    case FieldType::Number:
        return numberFor(spec, siblings);
    case FieldType::Boolean:
        return m_random.chance(0.5);
    case FieldType::Enum:
        return m_random.pick(spec.enumValues);
    case FieldType::EnumList: {
        QStringList pool = spec.enumValues;
        QJsonArray chosen;
        const int count = m_random.between(0, int(pool.size()));
        for (int i = 0; i < count; ++i)
            chosen.append(pool.takeAt(m_random.below(int(pool.size()))));
        return chosen;
    }
    case FieldType::StringList: {
        QJsonArray items;
        const int count = m_random.between(1, 4);
        for (int i = 0; i < count; ++i)
            items.append(words(m_random.between(1, 2)));
        return items;
    }
    case FieldType::Object:
        return objectFor(spec);
    case FieldType::ObjectList:
        return listFor(spec);
    case FieldType::Untyped:
        break;
    }
    return QJsonValue::Undefined;
}

QJsonValue SoakEdits::objectFor(const FieldSpec &spec)
{
    QJsonObject object;
    for (const FieldSpec *member : AssistantSchema::children(spec.path)) {
        if (member->readOnly || !member->appliesTo(object) || object.contains(member->key()))
            continue;
        switch (member->siblingRule) {
        case SiblingRule::StartsBefore: {
            // Both ends at once: the start strictly before the end.
            const int first = m_random.between(0, 23 * 60 + 58);
            const int second = m_random.between(first + 1, 23 * 60 + 59);
            object.insert(member->key(), timeOfDay(first));
            object.insert(member->sibling, timeOfDay(second));
            continue;
        }
        case SiblingRule::OptionsForType:
            // Options exactly when the sibling type is an enum.
            if (object.value(member->sibling).toString() == u"enum")
                object.insert(member->key(), valueFor(*member, object));
            continue;
        case SiblingRule::SpeedForProvider:
        case SiblingRule::None:
            break;
        }
        if (!member->requiredInParent && !m_random.chance(0.6))
            continue;
        const QJsonValue value = valueFor(*member, object);
        if (!value.isUndefined())
            object.insert(member->key(), value);
    }
    return object;
}

QJsonValue SoakEdits::listFor(const FieldSpec &spec)
{
    const bool nested = !spec.isTopLevel();
    const int count = m_random.between(nested ? 0 : 0, nested ? 2 : 3);
    QJsonArray items;
    QStringList uniqueKeys;
    for (const FieldSpec *member : AssistantSchema::children(spec.path)) {
        if (member->uniqueInList)
            uniqueKeys.append(member->key());
    }
    for (int i = 0; i < count; ++i) {
        QJsonObject item = objectFor(spec).toObject();
        for (const QString &key : std::as_const(uniqueKeys))
            item.insert(key, QString(item.value(key).toString() + u'_' + QString::number(i + 1)));
        items.append(item);
    }
    return items;
}

QString SoakEdits::textFor(const FieldSpec &spec)
{
    const bool multiline = spec.type == FieldType::Text;
    const int count = multiline ? (m_random.chance(0.1) ? m_random.between(200, 600) : m_random.between(1, 40))
                                : m_random.between(1, 5);
    QString text = words(count, multiline);
    if (spec.format == FieldFormat::Template && m_random.chance(0.6)) {
        const QStringList &names = spec.templateVariables.isEmpty() ? kVariables : spec.templateVariables;
        text += s(" {{") + m_random.pick(names) + s("}}");
        if (m_random.chance(0.3))
            text = s("{{ ") + m_random.pick(names) + s(" }}, ") + text;
    }
    if (spec.secret)
        text = s("sk-") + m_random.token(24);
    return text;
}

QString SoakEdits::formatted(const FieldSpec &spec)
{
    switch (spec.format) {
    case FieldFormat::PhoneE164:
        return phoneNumber();
    case FieldFormat::HttpUrl:
        return s("https://") + m_random.pick(kHosts) + s("/soak/") + m_random.token(8)
            + (m_random.chance(0.4) ? s("?ref=") + m_random.token(5) : QString());
    case FieldFormat::HttpUrlTemplate:
        return s("https://") + m_random.pick(kHosts) + s("/soak/") + m_random.token(8)
            + (m_random.chance(0.5) ? s("/{{order_id}}") : QString());
    case FieldFormat::Email:
        return s("soak.") + m_random.token(6) + s("@example.") + (m_random.chance(0.5) ? s("com") : s("org"));
    case FieldFormat::TimeOfDay:
        return timeOfDay(m_random.between(0, 24 * 60 - 1));
    case FieldFormat::TimeZone:
        return m_random.pick(kZones);
    case FieldFormat::JsonText:
        return m_random.pick(kJsonBodies);
    case FieldFormat::SnakeCase:
        return m_random.pick(kVerbs) + u'_' + m_random.pick(kNouns);
    case FieldFormat::None:
    case FieldFormat::Template:
        break;
    }
    return textFor(spec);
}

double SoakEdits::numberFor(const FieldSpec &spec, const QJsonObject &siblings)
{
    double low = spec.minimum.value_or(0.0);
    double high = spec.maximum.value_or(low + 7200.0);
    if (spec.siblingRule == SiblingRule::SpeedForProvider) {
        const QString provider = siblings.value(spec.sibling).toString();
        if (provider == u"elevenlabs") {
            low = 0.7;
            high = 1.2;
        } else {
            low = 0.6;
            high = 1.5;
        }
    }
    if (m_random.chance(0.05))
        return high;
    if (!spec.exclusiveMinimum && m_random.chance(0.05))
        return low;
    const double scale = std::pow(10.0, m_random.between(0, 4));
    double value = std::round(m_random.real(low, high) * scale) / scale;
    if (value > high)
        value = high;
    if (value < low || (spec.exclusiveMinimum && value <= low))
        value = high;
    return value;
}

QString SoakEdits::phoneNumber()
{
    for (int draw = 0; draw < kDraws; ++draw) {
        const auto &[prefix, digits] = kPhonePlans.at(m_random.below(int(kPhonePlans.size())));
        QString number = QString::fromLatin1(prefix);
        for (int i = 0; i < digits; ++i)
            number.append(QChar(u'0' + m_random.below(10)));
        if (Validation::checkPhoneE164(QString(), number).isEmpty())
            return number;
    }
    return s("+12125550100");
}

QString SoakEdits::timeOfDay(int minutes)
{
    const int hour = minutes / 60;
    const int minute = minutes % 60;
    if (m_random.chance(0.3)) { // 12-hour: 9am, 6:30pm
        const int shown = hour % 12 == 0 ? 12 : hour % 12;
        return QString::number(shown) + (minute ? u':' + QString::number(minute).rightJustified(2, u'0') : QString())
            + (hour < 12 ? s("am") : s("pm"));
    }
    return QString::number(hour).rightJustified(2, u'0') + u':' + QString::number(minute).rightJustified(2, u'0');
}

QString SoakEdits::words(int count, bool lines)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            text += lines && m_random.chance(0.08) ? s("\n") : s(" ");
        text += m_random.pick(kWords);
    }
    return text;
}
