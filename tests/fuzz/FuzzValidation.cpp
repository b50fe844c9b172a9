// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the validators. The input is two documents split at its first NUL byte (base, edited); the
// second also feeds each check* rule as text, whole and line by line.
// Invariants: every issue has a path under a catalogued, writable top-level key and a message;
// validate() is exactly validateField() over the top-level fields in catalogue order; Structure finds
// nothing Full does not; review() splits validate(edited) into blocking and flagged without losing or
// adding an issue, blocks only what the patch sends, and blocks nothing when nothing changed; a rule
// answers with nothing or with a message that starts with the label it was given.
#include "FuzzSupport.h"

#include "core/AssistantPatch.h"
#include "core/AssistantSchema.h"
#include "core/Validation.h"

#include <QJsonArray>
#include <QJsonDocument>

using Validation::Level;

namespace {

QString describe(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines.append(issue.path + QLatin1String(": ") + issue.message);
    return lines.join(u'\n');
}

void checkIssues(const Assistant &assistant, Level level)
{
    const QList<ValidationIssue> issues = Validation::validate(assistant, level);
    QList<ValidationIssue> byField;
    for (const FieldSpec *spec : AssistantSchema::topLevelFields())
        byField += Validation::validateField(assistant, spec->key(), level);
    FUZZ_CHECK(issues == byField, describe(issues) + QLatin1String("\n--- by field:\n") + describe(byField));
    for (const ValidationIssue &issue : issues) {
        const QString key = Validation::topLevelKey(issue.path);
        FUZZ_CHECK(AssistantSchema::isKnownTopLevelKey(key) && !AssistantSchema::isReadOnlyKey(key), issue.path);
        FUZZ_CHECK(!issue.message.isEmpty(), issue.path);
        // An item of a string list ("…enum_options[2]") is reported under the list's own entry.
        QString catalogued = AssistantSchema::catalogPath(issue.path);
        if (!AssistantSchema::field(catalogued) && catalogued.endsWith(QLatin1String("[]")))
            catalogued.chop(2);
        FUZZ_CHECK(AssistantSchema::field(catalogued) != nullptr, issue.path);
    }
    // Unknown keys are the server's business; asking for one answers nothing.
    for (const QString &key : assistant.unknownKeys())
        FUZZ_CHECK(Validation::validateField(assistant, key, level).isEmpty(), key);
}

void checkValidation(const Assistant &assistant)
{
    checkIssues(assistant, Level::Structure);
    checkIssues(assistant, Level::Full);
    const QList<ValidationIssue> full = Validation::validate(assistant, Level::Full);
    for (const ValidationIssue &issue : Validation::validate(assistant, Level::Structure))
        FUZZ_CHECK(full.contains(issue), issue.path + QLatin1String(": ") + issue.message);
    const QList<ValidationIssue> create = Validation::validateCreate(assistant, Level::Full);
    for (const ValidationIssue &issue : create)
        FUZZ_CHECK(!issue.message.isEmpty(), issue.path);
    for (const QString &key : {QStringLiteral("name"), QStringLiteral("prompt")}) {
        const QJsonValue value = assistant.value(key);
        if (value.isUndefined() || value.isNull()) {
            FUZZ_CHECK(std::any_of(create.begin(), create.end(),
                                   [&key](const ValidationIssue &issue) { return issue.path == key; }),
                       key);
        }
    }
}

void checkReview(const Assistant &base, const Assistant &edited)
{
    const Validation::Review review = Validation::review(base, edited);
    const QList<ValidationIssue> all = Validation::validate(edited, Level::Full);
    FUZZ_CHECK(review.blocking.size() + review.flagged.size() == all.size(),
               describe(all) + QLatin1String("\n--- blocking:\n") + describe(review.blocking));
    const AssistantPatch patch = AssistantPatch::between(base, edited);
    for (const ValidationIssue &issue : review.blocking) {
        FUZZ_CHECK(all.contains(issue), issue.path);
        FUZZ_CHECK(patch.contains(Validation::topLevelKey(issue.path)), issue.path);
    }
    for (const ValidationIssue &issue : review.flagged)
        FUZZ_CHECK(all.contains(issue), issue.path);
    FUZZ_CHECK(review.canSave() == review.blocking.isEmpty(), QString());
    FUZZ_CHECK(Validation::review(base, base).canSave(), describe(Validation::review(base, base).blocking));
}

void expectLabelled(const QString &message, const QString &label, const char *rule)
{
    FUZZ_CHECK(message.isEmpty() || message.startsWith(label + u':') || message.startsWith(label + QLatin1String(" (")),
               QLatin1String(rule) + QLatin1String(": ") + message);
}

// One fuzzed text (and the next one, for the rules that compare two) through every rule.
void checkRules(const QString &text, const QString &other, const QStringList &all, const QString &label)
{
    expectLabelled(Validation::checkRequired(label, QJsonValue(text)), label, "checkRequired");
    FUZZ_CHECK(Validation::checkRequired(label, QJsonValue(text)).isEmpty(), text);
    expectLabelled(Validation::checkNotEmpty(label, text), label, "checkNotEmpty");
    FUZZ_CHECK(Validation::checkNotEmpty(label, text).isEmpty() == !text.isEmpty(), text);
    expectLabelled(Validation::checkEnum(label, text, all), label, "checkEnum");
    FUZZ_CHECK(Validation::checkEnum(label, text, {text}).isEmpty(), text);

    // Numbers: the text as JSON (big integers, exponents, fractions), and as a plain double.
    const QJsonDocument asJson = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    const QJsonValue number = asJson.array().isEmpty() ? QJsonValue(text) : asJson.array().first();
    bool ok = false;
    const double value = text.toDouble(&ok);
    expectLabelled(Validation::checkInteger(label, number), label, "checkInteger");
    expectLabelled(Validation::checkRange(label, number, value, std::nullopt), label, "checkRange");
    expectLabelled(Validation::checkRange(label, number, 0.0, 1.0, true), label, "checkRange");
    expectLabelled(Validation::checkRange(label, number, -9007199254740991.0, 9007199254740991.0), label, "checkRange");
    expectLabelled(Validation::checkPositiveInteger(label, number), label, "checkPositiveInteger");
    if (ok) {
        expectLabelled(Validation::checkUnitInterval(label, value), label, "checkUnitInterval");
        expectLabelled(Validation::checkNotNegative(label, value), label, "checkNotNegative");
        expectLabelled(Validation::checkVoiceSpeed(label, other, value), label, "checkVoiceSpeed");
        expectLabelled(Validation::checkVoiceSpeed(label, QStringLiteral("cartesia"), value), label, "checkVoiceSpeed");
    }

    expectLabelled(Validation::checkPhoneE164(label, text), label, "checkPhoneE164");
    const std::optional<QTime> time = Validation::parseTimeOfDay(text);
    FUZZ_CHECK(!time || time->isValid(), text);
    const QString timeMessage = Validation::checkTimeOfDay(label, text);
    expectLabelled(timeMessage, label, "checkTimeOfDay");
    FUZZ_CHECK(timeMessage.isEmpty() == time.has_value(), text);
    expectLabelled(Validation::checkTimeZone(label, text), label, "checkTimeZone");
    expectLabelled(Validation::checkHttpUrl(label, text), label, "checkHttpUrl");
    expectLabelled(Validation::checkHttpUrlTemplate(label, text), label, "checkHttpUrlTemplate");
    expectLabelled(Validation::checkEmail(label, text), label, "checkEmail");
    expectLabelled(Validation::checkSnakeCase(label, text), label, "checkSnakeCase");
    expectLabelled(Validation::checkJsonText(label, text), label, "checkJsonText");
    expectLabelled(Validation::checkPlaceholders(label, text), label, "checkPlaceholders");
    expectLabelled(Validation::checkPlaceholders(label, text, {QStringLiteral("first_name"), other}), label,
                   "checkPlaceholders");

    const QString window = Validation::checkCallingWindow(label, text, other);
    expectLabelled(window, label, "checkCallingWindow");
    if (!time || !Validation::parseTimeOfDay(other))
        FUZZ_CHECK(window.isEmpty(), text + QLatin1String(" / ") + other);
    FUZZ_CHECK(Validation::checkCallingWindow(label, text, text).isEmpty() == !time.has_value(), text);

    for (qsizetype i = 0; i <= all.size(); ++i) // one past the end: value() answers an empty name
        expectLabelled(Validation::checkUniqueName(label, all, i), label, "checkUniqueName");
    FUZZ_CHECK(Validation::checkUniqueName(label, all, 0).isEmpty(), all.value(0));

    const QJsonArray options = QJsonArray::fromStringList(all);
    expectLabelled(Validation::checkEnumOptions(label, QStringLiteral("enum"), options), label, "checkEnumOptions");
    expectLabelled(Validation::checkEnumOptions(label, text, number), label, "checkEnumOptions");
    FUZZ_CHECK(Validation::checkEnumOptions(label, QStringLiteral("string"), number).isEmpty(), text);
    (void)Validation::topLevelKey(text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const auto [first, second] = Fuzz::splitAtNul(input);
    const std::optional<Assistant> base = Fuzz::assistantFrom(first);
    const std::optional<Assistant> edited = Fuzz::assistantFrom(second);
    if (base)
        checkValidation(*base);
    if (edited && second != first)
        checkValidation(*edited);
    if (base && edited)
        checkReview(*base, *edited);

    // The rules see the fuzzed text itself, invalid UTF-8 and all (decoded as the network layer would).
    const QList<FieldSpec> &fields = AssistantSchema::fields();
    const QString label = fields.at(qsizetype(size % size_t(fields.size()))).displayLabel();
    const QString text = QString::fromUtf8(second);
    QStringList lines = text.split(u'\n');
    if (lines.size() > 16)
        lines.resize(16);
    checkRules(text, lines.constFirst(), lines, label);
    for (qsizetype i = 0; i < lines.size(); ++i)
        checkRules(lines.at(i), lines.value(i + 1), lines, label);
    return 0;
}
