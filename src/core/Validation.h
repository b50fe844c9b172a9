// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"

#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

// One problem found in an assistant: where it is and what is wrong, in words for people.
struct ValidationIssue
{
    QString path; // concrete JSON path: "name", "voice.speed", "custom_tools[1].headers[0].key"
    QString message; // for people; ALWAYS names the field (its catalogue label) and the rule
    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

Q_DECLARE_METATYPE(ValidationIssue)

// Checks of assistants against the field catalogue (AssistantSchema) and the rules the API documents.
namespace Validation {

enum class Level {
    Structure, // what the Revox server itself checks: JSON types, nullability, enums, numeric ranges (the
               // voice speed's by provider), required members of nested objects, non-empty strings (minLength 1)
    Full, // Structure + formats (E.164, URL, e-mail, time of day, IANA zone, JSON text, snake_case,
          // {{placeholders}}) + cross-field rules
};

QList<ValidationIssue> validate(const Assistant &assistant, Level level = Level::Full);
// validate() plus the fields required on create (name, prompt).
QList<ValidationIssue> validateCreate(const Assistant &draft, Level level = Level::Full);

// Strict on what the user changed, lenient on what the server already holds: an issue is blocking
// when its top-level key is one AssistantPatch::between(base, edited) would send and the base did not
// already have the same issue; otherwise it is flagged.
struct Review
{
    QList<ValidationIssue> blocking;
    QList<ValidationIssue> flagged;
    bool canSave() const { return blocking.isEmpty(); }
};
Review review(const Assistant &base, const Assistant &edited);

// Issues of one top-level field only (for editors validating as you type).
QList<ValidationIssue> validateField(const Assistant &assistant, const QString &topLevelKey, Level level = Level::Full);

// "custom_tools[1].headers[0].key" → "custom_tools".
QString topLevelKey(const QString &path);

// --- Individual rules -------------------------------------------------------------------------
// Each returns an empty string when the value passes, otherwise the whole message for people,
// starting with `label` (FieldSpec::displayLabel(), plus the list item where there is one).

// `value` is absent (QJsonValue::Undefined) or null.
QString checkRequired(const QString &label, const QJsonValue &value);
QString checkNotEmpty(const QString &label, const QString &value);
QString checkEnum(const QString &label, const QString &value, const QStringList &allowed);
// A JSON number without a fraction, kept exact up to int53 (QJsonValue::toInteger).
QString checkInteger(const QString &label, const QJsonValue &value);
// `value` must be a JSON number; integers are compared and shown exactly.
QString checkRange(const QString &label, const QJsonValue &value, std::optional<double> minimum,
                   std::optional<double> maximum, bool exclusiveMinimum = false);
QString checkUnitInterval(const QString &label, double value); // 0 to 1
QString checkNotNegative(const QString &label, double value);
QString checkPositiveInteger(const QString &label, const QJsonValue &value); // whole number > 0
// Cartesia 0.6–1.5, ElevenLabs 0.7–1.2; other providers get the schema bounds 0.6–1.5.
QString checkVoiceSpeed(const QString &label, const QString &provider, double speed);

QString checkPhoneE164(const QString &label, const QString &value);
// 'HH:mm' (24 h) or 'H:mma' / 'Ham' (12 h: 9am, 6pm, 10:30am); nullopt when it is neither.
std::optional<QTime> parseTimeOfDay(const QString &value);
QString checkTimeOfDay(const QString &label, const QString &value);
QString checkTimeZone(const QString &label, const QString &value); // IANA identifier
QString checkHttpUrl(const QString &label, const QString &value);
// An http(s) address once each {{placeholder}} is filled in: a custom tool's URL carries the tool's inputs
// ("https://api.example.com/bookings/{{booking_id}}"). The placeholders themselves: checkPlaceholders.
QString checkHttpUrlTemplate(const QString &label, const QString &value);
QString checkEmail(const QString &label, const QString &value);
QString checkSnakeCase(const QString &label, const QString &value);
// JSON text; {{placeholders}} count as values, since the server fills them in before sending.
QString checkJsonText(const QString &label, const QString &value);
// Every {{ closes with }}, names are [A-Za-z_][A-Za-z0-9_.]*; when allowedVariables is not empty,
// only those names.
QString checkPlaceholders(const QString &label, const QString &text, const QStringList &allowedVariables = {});
// The start must be strictly before the end. Times that do not parse are checkTimeOfDay's business
// and pass here.
QString checkCallingWindow(const QString &label, const QString &start, const QString &end);
// names[index] must not appear before index in `names`.
QString checkUniqueName(const QString &label, const QStringList &names, qsizetype index);
// A parameter of type "enum" needs a non-empty list of non-empty options; other types pass.
QString checkEnumOptions(const QString &label, const QString &type, const QJsonValue &enumOptions);
// A secret field (the catalogue's `secret` mark) must hold a value, not a SecretPlaceholder left by a
// draft whose value could not be restored.
QString checkSecretKnown(const QString &label, const QString &value);

} // namespace Validation
