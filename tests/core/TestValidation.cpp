// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AssistantPatch.h"
#include "core/AssistantSchema.h"
#include "core/Validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <iterator>

using Validation::Level;

// Lets QCOMPARE show both sides of a failing comparison of issues.
char *toString(const ValidationIssue &issue)
{
    return QTest::toString(issue.path + QLatin1String(" | ") + issue.message);
}

namespace {

const QByteArray kAbsent = QByteArrayLiteral("<absent>");

QJsonObject seedJson()
{
    QFile file(QStringLiteral(REVOX_TEST_DATA "/seed-assistant.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the seed example");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A JSON literal as a value; kAbsent stands for a missing key. Parsed by Qt's own parser, so int53
// literals stay exact.
QJsonValue jsonValue(const QByteArray &literal)
{
    if (literal == kAbsent)
        return QJsonValue::Undefined;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + literal + ']', &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON literal in a test row: %s", literal.constData());
    return document.array().first();
}

// `node` with the value at `tokens` ("voice", "#0" for list index 0, …) replaced; Undefined removes it.
QJsonValue withValueAt(const QJsonValue &node, QStringList tokens, const QJsonValue &value)
{
    if (tokens.isEmpty())
        return value;
    const QString token = tokens.takeFirst();
    if (token.startsWith(u'#')) {
        QJsonArray array = node.toArray();
        const qsizetype index = token.mid(1).toInt();
        const QJsonValue child = withValueAt(array.at(index), tokens, value);
        if (index >= array.size())
            array.append(child);
        else if (child.isUndefined())
            array.removeAt(index);
        else
            array[index] = child;
        return array;
    }
    QJsonObject object = node.toObject();
    const QJsonValue child = withValueAt(object.value(token), tokens, value);
    if (child.isUndefined())
        object.remove(token);
    else
        object.insert(token, child);
    return object;
}

// Applies "path=literal" changes, e.g. "custom_tools[0].headers[0].key=\"\"".
QJsonObject withChanges(QJsonObject json, const QStringList &changes)
{
    static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
    for (const QString &change : changes) {
        const qsizetype equals = change.indexOf(u'=');
        QString path = change.left(equals);
        path.replace(index, QStringLiteral(".#\\1"));
        json = withValueAt(json, path.split(u'.'), jsonValue(change.mid(equals + 1).toUtf8())).toObject();
    }
    return json;
}

// The seed with every placeholder value replaced by a plausible one: no issue at any level.
QJsonObject cleanJson()
{
    return withChanges(seedJson(),
                       {QStringLiteral("webhook_url=\"https://example.com/hooks/call-ended\""),
                        QStringLiteral("first_sentence_delay_ms=400"),
                        QStringLiteral("call_retry_config.timezone=\"Europe/Paris\""),
                        QStringLiteral("call_retry_config.calling_windows[0].calling_window_start_time=\"09:00\""),
                        QStringLiteral("call_retry_config.calling_windows[0].calling_window_end_time=\"5pm\""),
                        QStringLiteral("custom_tools[0].name=\"lookup_order\""),
                        QStringLiteral("custom_tools[0].url=\"https://api.example.com/orders\""),
                        QStringLiteral(R"(custom_tools[0].body_template="{\"order\": \"{{order_id}}\"}")"),
                        QStringLiteral("transfer_phone_number=\"+14155550123\""),
                        QStringLiteral("from_phone_number=\"+33142685300\"")});
}

QStringList pathsOf(const QList<ValidationIssue> &issues)
{
    QStringList paths;
    for (const ValidationIssue &issue : issues)
        paths.append(issue.path);
    return paths;
}

QString label(const char *catalogPath)
{
    const FieldSpec *spec = AssistantSchema::field(QString::fromLatin1(catalogPath));
    if (!spec)
        qFatal("not in the catalogue: %s", catalogPath);
    return spec->displayLabel();
}

QString quoted(const QString &value)
{
    return u'"' + value + u'"';
}

// Checks a rule's answer: empty when `error` is, else "<label>: …" containing `error`.
void verifyMessage(const QString &message, const QString &fieldLabel, const QString &error)
{
    if (error.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
        return;
    }
    QVERIFY2(message.startsWith(fieldLabel + QLatin1String(": ")), qPrintable(message));
    QVERIFY2(message.contains(error), qPrintable(message + QLatin1String(" / expected: ") + error));
}

// Rows for rules of the form check(label, text). Invalid rows expect `"value" <rule>` when `quote`.
void addTextRows(const char *rule, std::initializer_list<const char *> good, const char *ruleText, bool quote,
                 std::initializer_list<const char *> bad)
{
    for (const char *value : good)
        QTest::addRow("%s ok: %s", rule, value) << QString::fromLatin1(rule) << QString::fromUtf8(value) << QString();
    for (const char *value : bad) {
        const QString text = QString::fromUtf8(value);
        const QString error = (quote ? quoted(text) + u' ' : QString()) + QString::fromLatin1(ruleText);
        QTest::addRow("%s bad: %s", rule, value) << QString::fromLatin1(rule) << text << error;
    }
}

// Rows for numeric rules; value is a JSON literal.
void addNumberRows(const char *rule, std::initializer_list<const char *> good,
                   std::initializer_list<std::pair<const char *, const char *>> bad)
{
    for (const char *value : good)
        QTest::addRow("%s ok: %s", rule, value) << QString::fromLatin1(rule) << QByteArray(value) << QString();
    for (const auto &[value, error] : bad)
        QTest::addRow("%s bad: %s", rule, value)
            << QString::fromLatin1(rule) << QByteArray(value) << QString::fromUtf8(error);
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void textRules_data();
    void textRules();
    void parseTimeOfDay_data();
    void parseTimeOfDay();
    void placeholders_data();
    void placeholders();
    void numberRules_data();
    void numberRules();
    void range_data();
    void range();
    void voiceSpeed_data();
    void voiceSpeed();
    void enumRule_data();
    void enumRule();
    void presence_data();
    void presence();
    void callingWindow_data();
    void callingWindow();
    void uniqueName_data();
    void uniqueName();
    void enumOptions_data();
    void enumOptions();
    void exactMessages_data();
    void exactMessages();
    void topLevelKey_data();
    void topLevelKey();

    void seedLevels();
    void cleanAssistant();
    void assistant_data();
    void assistant();
    void validateFieldScope();
    void review_data();
    void review();
    void validateCreate_data();
    void validateCreate();
};

void TestValidation::textRules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");

    addTextRows("phone",
                {"+14155550123", "+12025550173", "+33142685300", "+442071838750", "+4915112345678", "+819012345678",
                 "+61291234567", "+5511912345678", "+79161234567", "+16502530000"},
                "is not a valid E.164 phone number", true,
                {"+1555", "+999123456789", "+33 1 42 68 53 00", "0033142685300", "+1415555012a", "+0123456789", "", "+",
                 "14155550123", "+1234567890", "+1 (415) 555-0123", "+14155550123 ", "transfer_phone_number",
                 "+123456789012345678", "++14155550123"});
    addTextRows("time",
                {"09:00", "9:00", "17:30", "00:00", "23:59", "10am", "6pm", "10:30am", "12am", "12pm", "9AM", "11:59pm",
                 "1:05pm", "07:05", "09am"},
                "is not a time of day", true,
                {"24:00", "25:00", "9:60", "17:5", "1700", "13pm", "0am", "9 am", "9:00 am", "10.30", "",
                 "calling_window_start_time", "noon", "9:00:00", "-1:00", "12:30xm"});
    addTextRows(
        "zone",
        {"Europe/Paris", "America/New_York", "America/Argentina/Buenos_Aires", "Asia/Kolkata", "Australia/Sydney",
         "Africa/Lagos", "Pacific/Auckland", "UTC", "America/Los_Angeles", "Asia/Tokyo", "US/Eastern", "Etc/GMT+5"},
        "is not a known IANA time zone", true,
        {"timezone", "", "europe/paris", "Mars/Olympus", "Europe/Paris/", "UTC+01:00", "Paris", "GMT+1",
         "../../etc/passwd", "Europe/Paris ", "localtime", "America/New York", "+01:00", "Europe\\Paris", "Europe/"});
    addTextRows("url",
                {"https://example.com", "http://example.com", "https://example.com/hook?x=1#y",
                 "HTTPS://EXAMPLE.COM/Path", "https://user:pw@host.example:8443/p", "http://localhost",
                 "http://127.0.0.1:8080/cb", "https://[::1]/", "https://api.example.com/v1/calls",
                 "https://xn--bcher-kva.example/", "https://example.com/a%20b"},
                "is not a valid web address", true,
                {"webhook_url", "x", "", "example.com", "ftp://example.com", "https://", "https://exa mple.com",
                 " https://example.com", "https://example.com/{{id}}", "mailto:dev@example.com", "file:///etc/passwd",
                 "https:///path", "//example.com", "http:example.com", "javascript:alert(1)"});
    // A custom tool's URL carries the tool's inputs; the scheme and the host's shape are still checked.
    addTextRows("url template",
                {"https://example.com", "https://api.example.com/orders/{{order_id}}",
                 "https://api.example.com/v1/orders/{{order_number}}/slots?days={{ days }}", "https://{{host}}/hook",
                 "http://localhost:8080/{{a}}/{{b}}", "https://api.example.com/{{customer.id}}"},
                "is not a valid web address", true,
                {"api.example.com/{{id}}", "{{base_url}}/orders", "ftp://example.com/{{id}}",
                 "https://exa mple.com/{{id}}", "https:///{{id}}", "", "x"});
    addTextRows("email",
                {"dev@stainless.com", "a@b.co", "first.last@example.com", "first+tag@example.co.uk",
                 "o'brien@example.ie", "user_name@sub.domain.example.org", "x-y@ex-ample.com", "UPPER@EXAMPLE.COM",
                 "1234@numbers.example", "a.b.c@d.ef"},
                "is not a valid e-mail address", true,
                {"dev@", "@example.com", "dev", "dev @example.com", "dev@example", "dev@@example.com",
                 ".dev@example.com", "dev.@example.com", "dev..x@example.com", "dev@-example.com", "dev@example.c", "",
                 "dev@exa mple.com", "dev@example.com.", "a@b@c.com"});
    addTextRows("snake",
                {"name", "get_weather", "lookup_order", "send_sms2", "a", "a1_b2", "book_meeting_v2", "x_1",
                 "transfer_to_human", "check_availability"},
                "is not lowercase_snake_case", true,
                {"GetWeather", "getWeather", "get-weather", "get weather", "_private", "trailing_",
                 "double__underscore", "2fast", "", "get_Weather", "été", "get.weather", "lookup_order ", "UPPER",
                 "1"});
    addTextRows("json",
                {"{}", "[]", R"({"a":1})", R"({"order":"{{order_id}}"})", R"({"id": {{order_id}}})", "[1,2,3]",
                 R"({"nested":{"x":[true,false,null]}})", R"( { "a" : 1 } )", R"({"text":"say \"hi\""})",
                 R"({"a":"{{ first_name }}","b":{{count}}})"},
                "is not valid JSON", false,
                {"body_template", "{", R"({"a":1,})", "{'a':1}", R"({"a":})", R"({"a":1} extra)", "[1,2", "{a:1}",
                 R"({"a":"unterminated})", R"({"a":{{x}})", "42", "{{order}}", R"({"a":{{x})", R"(["a" "b"])", "   "});
}

void TestValidation::textRules()
{
    QFETCH(QString, rule);
    QFETCH(QString, value);
    QFETCH(QString, error);
    using TextRule = QString (*)(const QString &, const QString &);
    static const QHash<QString, std::pair<TextRule, const char *>> rules = {
        {QStringLiteral("phone"), {&Validation::checkPhoneE164, "transfer_phone_number"}},
        {QStringLiteral("time"),
         {&Validation::checkTimeOfDay, "call_retry_config.calling_windows[].calling_window_start_time"}},
        {QStringLiteral("zone"), {&Validation::checkTimeZone, "call_retry_config.timezone"}},
        {QStringLiteral("url"), {&Validation::checkHttpUrl, "webhook_url"}},
        {QStringLiteral("url template"), {&Validation::checkHttpUrlTemplate, "custom_tools[].url"}},
        {QStringLiteral("email"), {&Validation::checkEmail, "email_notification_address"}},
        {QStringLiteral("snake"), {&Validation::checkSnakeCase, "custom_tools[].name"}},
        {QStringLiteral("json"), {&Validation::checkJsonText, "custom_tools[].body_template"}},
    };
    const auto [check, path] = rules.value(rule);
    QVERIFY(check);
    verifyMessage(check(label(path), value), label(path), error);
}

void TestValidation::parseTimeOfDay_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QTime>("time"); // invalid QTime: does not parse
    const struct
    {
        const char *text;
        QTime time;
    } rows[] = {{"09:00", QTime(9, 0)},     {"9:00", QTime(9, 0)},      {"23:59", QTime(23, 59)},
                {"00:00", QTime(0, 0)},     {"10am", QTime(10, 0)},     {"6pm", QTime(18, 0)},
                {"10:30am", QTime(10, 30)}, {"12am", QTime(0, 0)},      {"12pm", QTime(12, 0)},
                {"12:15am", QTime(0, 15)},  {"11:59pm", QTime(23, 59)}, {"1:05PM", QTime(13, 5)},
                {"24:00", QTime()},         {"13pm", QTime()},          {"abc", QTime()}};
    for (const auto &row : rows)
        QTest::newRow(row.text) << QString::fromLatin1(row.text) << row.time;
}

void TestValidation::parseTimeOfDay()
{
    QFETCH(QString, value);
    QFETCH(QTime, time);
    const std::optional<QTime> parsed = Validation::parseTimeOfDay(value);
    QCOMPARE(parsed.has_value(), time.isValid());
    if (parsed)
        QCOMPARE(*parsed, time);
}

void TestValidation::placeholders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<QString>("error");
    const QStringList any;
    const QStringList extraction
        = AssistantSchema::field(QStringLiteral("structured_output_prompt"))->templateVariables;
    const QString useOneOf = QStringLiteral("is not available here; use {{transcript}}, {{call_direction}}, "
                                            "{{user_phone_number}}, {{agent_phone_number}}.");

    QTest::newRow("empty") << QString() << any << QString();
    QTest::newRow("plain") << QStringLiteral("plain text") << any << QString();
    QTest::newRow("one") << QStringLiteral("Hi {{first_name}}") << any << QString();
    QTest::newRow("spaces inside") << QStringLiteral("{{ first_name }}") << any << QString();
    QTest::newRow("adjacent") << QStringLiteral("{{a}}{{b}}") << any << QString();
    QTest::newRow("dotted") << QStringLiteral("{{user.name}}") << any << QString();
    QTest::newRow("underscore first") << QStringLiteral("{{_x}}") << any << QString();
    QTest::newRow("single braces") << QStringLiteral("single { brace } and {x}") << any << QString();
    QTest::newRow("split closing") << QStringLiteral("a } } b") << any << QString();
    QTest::newRow("allowed name") << QStringLiteral("Read {{transcript}}") << extraction << QString();
    QTest::newRow("allowed names") << QStringLiteral("Call {{agent_phone_number}} from {{ user_phone_number }}")
                                   << extraction << QString();
    QTest::newRow("unclosed") << QStringLiteral("Hi {{name") << any
                              << QStringLiteral("the {{ at character 4 is not closed with }}.");
    QTest::newRow("unclosed second") << QStringLiteral("{{a}} and {{b") << any
                                     << QStringLiteral("the {{ at character 11 is not closed with }}.");
    QTest::newRow("stray") << QStringLiteral("Hi name}}") << any
                           << QStringLiteral("}} at character 8 has no matching {{.");
    QTest::newRow("stray first") << QStringLiteral("}}{{a}}") << any
                                 << QStringLiteral("}} at character 1 has no matching {{.");
    QTest::newRow("stray after") << QStringLiteral("{{a}}}}") << any
                                 << QStringLiteral("}} at character 6 has no matching {{.");
    QTest::newRow("digit first") << QStringLiteral("{{1abc}}") << any
                                 << QStringLiteral("\"{{1abc}}\" is not a valid placeholder");
    QTest::newRow("empty name") << QStringLiteral("{{}}") << any
                                << QStringLiteral("\"{{}}\" is not a valid placeholder");
    QTest::newRow("blank name") << QStringLiteral("x {{ }} y") << any
                                << QStringLiteral("\"{{ }}\" is not a valid placeholder");
    QTest::newRow("space in name") << QStringLiteral("{{first name}}") << any
                                   << QStringLiteral("\"{{first name}}\" is not a valid placeholder");
    QTest::newRow("dash in name") << QStringLiteral("{{a-b}}") << any
                                  << QStringLiteral("\"{{a-b}}\" is not a valid placeholder");
    QTest::newRow("triple braces") << QStringLiteral("{{{a}}}") << any
                                   << QStringLiteral("\"{{{a}}\" is not a valid placeholder");
    QTest::newRow("nested open") << QStringLiteral("{{a{{b}}") << any
                                 << QStringLiteral("\"{{a{{b}}\" is not a valid placeholder");
    QTest::newRow("not allowed") << QStringLiteral("Read {{caller}}") << extraction
                                 << QStringLiteral("{{caller}} ") + useOneOf;
    QTest::newRow("allowed is case sensitive")
        << QStringLiteral("{{ Transcript }}") << extraction << QStringLiteral("{{Transcript}} ") + useOneOf;
}

void TestValidation::placeholders()
{
    QFETCH(QString, text);
    QFETCH(QStringList, allowed);
    QFETCH(QString, error);
    verifyMessage(Validation::checkPlaceholders(label("sms_template"), text, allowed), label("sms_template"), error);
}

void TestValidation::numberRules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("error");

    addNumberRows("integer",
                  {"0", "-9007199254740991", "9007199254740991", "400", "1e3", "-0", "2.0", "-17", "123456789012"},
                  {{"1.5", "must be a whole number, not 1.5."},
                   {"-0.25", "must be a whole number, not -0.25."},
                   {"1e-3", "must be a whole number, not 0.001."},
                   {"\"5\"", "must be a whole number, not text."},
                   {"true", "must be a whole number, not true or false."},
                   {"null", "must be a whole number, not null."},
                   {"[1]", "must be a whole number, not a list."},
                   {"{}", "must be a whole number, not an object."}});
    addNumberRows("positiveInteger", {"1", "7200", "9007199254740991", "2", "86400", "1e2"},
                  {{"0", "must be greater than 0 (got 0)."},
                   {"-1", "must be greater than 0 (got -1)."},
                   {"-9007199254740991", "must be greater than 0 (got -9007199254740991)."},
                   {"9007199254740992", "must be at most 9007199254740991 (got 9007199254740992)."},
                   {"9007199254740993", "must be at most 9007199254740991 (got 9007199254740993)."},
                   {"2.5", "must be a whole number, not 2.5."},
                   {"0.5", "must be a whole number, not 0.5."},
                   {"\"3\"", "must be a whole number, not text."},
                   {"null", "must be a whole number, not null."}});
    addNumberRows("notNegative", {"0", "400", "0.5", "9007199254740991", "1e9", "-0", "0.001"},
                  {{"-1", "must not be negative (got -1)."},
                   {"-0.001", "must not be negative (got -0.001)."},
                   {"-9007199254740991", "must not be negative (got -9007199254740991)."},
                   {"-400", "must not be negative (got -400)."},
                   {"-1e9", "must not be negative (got -1000000000)."},
                   {"-0.5", "must not be negative (got -0.5)."},
                   {"-2", "must not be negative (got -2)."},
                   {"-3.25", "must not be negative (got -3.25)."}});
    addNumberRows("unitInterval", {"0", "1", "0.5", "0.999", "0.001", "1e-9", "0.25"},
                  {{"-0.1", "must be between 0 and 1 (got -0.1)."},
                   {"1.01", "must be between 0 and 1 (got 1.01)."},
                   {"2", "must be between 0 and 1 (got 2)."},
                   {"-1", "must be between 0 and 1 (got -1)."},
                   {"100", "must be between 0 and 1 (got 100)."},
                   {"1.0000001", "must be between 0 and 1 (got 1.0000001)."},
                   {"-9007199254740991", "must be between 0 and 1 (got -9007199254740991)."},
                   {"50", "must be between 0 and 1 (got 50)."}});
}

void TestValidation::numberRules()
{
    QFETCH(QString, rule);
    QFETCH(QByteArray, value);
    QFETCH(QString, error);
    const QString field = label("thinking_sound_volume");
    const QJsonValue json = jsonValue(value);
    QString message;
    if (rule == u"integer")
        message = Validation::checkInteger(field, json);
    else if (rule == u"positiveInteger")
        message = Validation::checkPositiveInteger(field, json);
    else if (rule == u"notNegative")
        message = Validation::checkNotNegative(field, json.toDouble());
    else
        message = Validation::checkUnitInterval(field, json.toDouble());
    verifyMessage(message, field, error);
}

void TestValidation::range_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<double>("minimum"); // NaN: no bound
    QTest::addColumn<double>("maximum");
    QTest::addColumn<bool>("exclusiveMinimum");
    QTest::addColumn<QString>("error");
    const double none = std::nan("");
    const double int53 = 9007199254740991.0;
    QTest::newRow("inside") << QByteArray("0.8") << 0.6 << 1.5 << false << QString();
    QTest::newRow("at minimum") << QByteArray("0.6") << 0.6 << 1.5 << false << QString();
    QTest::newRow("at maximum") << QByteArray("1.5") << 0.6 << 1.5 << false << QString();
    QTest::newRow("below") << QByteArray("0.5") << 0.6 << 1.5 << false
                           << QStringLiteral("must be between 0.6 and 1.5 (got 0.5).");
    QTest::newRow("above") << QByteArray("1.6") << 0.6 << 1.5 << false
                           << QStringLiteral("must be between 0.6 and 1.5 (got 1.6).");
    QTest::newRow("no bounds") << QByteArray("-1e300") << none << none << false << QString();
    QTest::newRow("minimum only ok") << QByteArray("5") << 2.0 << none << false << QString();
    QTest::newRow("minimum only") << QByteArray("1") << 2.0 << none << false
                                  << QStringLiteral("must be at least 2 (got 1).");
    QTest::newRow("maximum only") << QByteArray("11") << none << 10.0 << false
                                  << QStringLiteral("must be at most 10 (got 11).");
    QTest::newRow("exclusive at bound") << QByteArray("0") << 0.0 << int53 << true
                                        << QStringLiteral("must be greater than 0 (got 0).");
    QTest::newRow("exclusive above") << QByteArray("1") << 0.0 << int53 << true << QString();
    QTest::newRow("exclusive interval") << QByteArray("0") << 0.0 << 1.0 << true
                                        << QStringLiteral("must be greater than 0 and at most 1 (got 0).");
    QTest::newRow("int53 maximum exact") << QByteArray("9007199254740991") << 0.0 << int53 << false << QString();
    QTest::newRow("int53 plus one") << QByteArray("9007199254740992") << 0.0 << int53 << false
                                    << QStringLiteral("must be at most 9007199254740991 (got 9007199254740992).");
    QTest::newRow("int53 minimum exact") << QByteArray("-9007199254740991") << -int53 << int53 << false << QString();
    QTest::newRow("zero minimum") << QByteArray("-9007199254740991") << 0.0 << int53 << false
                                  << QStringLiteral("must not be negative (got -9007199254740991).");
    QTest::newRow("not a number") << QByteArray("\"1\"") << 0.0 << 1.0 << false
                                  << QStringLiteral("must be a number, not text.");
}

void TestValidation::range()
{
    QFETCH(QByteArray, value);
    QFETCH(double, minimum);
    QFETCH(double, maximum);
    QFETCH(bool, exclusiveMinimum);
    QFETCH(QString, error);
    const auto bound = [](double b) { return std::isnan(b) ? std::nullopt : std::optional<double>(b); };
    const QString field = label("voice.speed");
    verifyMessage(Validation::checkRange(field, jsonValue(value), bound(minimum), bound(maximum), exclusiveMinimum),
                  field, error);
}

void TestValidation::voiceSpeed_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<double>("speed");
    QTest::addColumn<QString>("error");
    const QString cartesia = QStringLiteral("cartesia");
    const QString elevenLabs = QStringLiteral("elevenlabs");
    for (const double speed : {0.6, 1.0, 1.5, 0.7})
        QTest::addRow("cartesia %g", speed) << cartesia << speed << QString();
    for (const double speed : {0.7, 1.0, 1.2, 0.95})
        QTest::addRow("elevenlabs %g", speed) << elevenLabs << speed << QString();
    QTest::newRow("cartesia slow") << cartesia << 0.59
                                   << QStringLiteral("0.59 is outside the range Cartesia supports (0.6 to 1.5).");
    QTest::newRow("cartesia fast") << cartesia << 1.6
                                   << QStringLiteral("1.6 is outside the range Cartesia supports (0.6 to 1.5).");
    QTest::newRow("elevenlabs slow") << elevenLabs << 0.6
                                     << QStringLiteral("0.6 is outside the range ElevenLabs supports (0.7 to 1.2).");
    QTest::newRow("elevenlabs fast") << elevenLabs << 1.3
                                     << QStringLiteral("1.3 is outside the range ElevenLabs supports (0.7 to 1.2).");
    QTest::newRow("elevenlabs at cartesia max")
        << elevenLabs << 1.5 << QStringLiteral("1.5 is outside the range ElevenLabs supports (0.7 to 1.2).");
    QTest::newRow("cartesia zero") << cartesia << 0.0
                                   << QStringLiteral("0 is outside the range Cartesia supports (0.6 to 1.5).");
    QTest::newRow("unknown provider ok") << QStringLiteral("azure") << 1.4 << QString();
    QTest::newRow("unknown provider uses schema bounds")
        << QStringLiteral("azure") << 1.6 << QStringLiteral("must be between 0.6 and 1.5 (got 1.6).");
    QTest::newRow("provider is case sensitive")
        << QStringLiteral("ElevenLabs") << 1.3 << QString(); // not elevenlabs: the schema bounds apply
}

void TestValidation::voiceSpeed()
{
    QFETCH(QString, provider);
    QFETCH(double, speed);
    QFETCH(QString, error);
    verifyMessage(Validation::checkVoiceSpeed(label("voice.speed"), provider, speed), label("voice.speed"), error);
}

void TestValidation::enumRule_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    const auto good = [](const char *path, std::initializer_list<const char *> values) {
        for (const char *value : values)
            QTest::addRow("%s ok: %s", path, value)
                << QString::fromLatin1(path) << QString::fromLatin1(value) << QString();
    };
    const auto bad = [](const char *path, const char *value, const char *allowed) {
        QTest::addRow("%s bad: %s", path, value) << QString::fromLatin1(path) << QString::fromLatin1(value)
                                                 << quoted(QString::fromLatin1(value))
                + QStringLiteral(" is not one of the allowed values (") + QString::fromLatin1(allowed) + u')';
    };
    good("voice.provider", {"cartesia", "elevenlabs"});
    good("first_sentence_mode", {"generated", "static", "none"});
    good("custom_tools[].method", {"GET", "POST", "DELETE"});
    good("thinking_sound", {"hold_music.ogg"});
    const char *providers = "cartesia, elevenlabs";
    bad("voice.provider", "Cartesia", providers);
    bad("voice.provider", "azure", providers);
    bad("voice.provider", "", providers);
    bad("voice.provider", " cartesia", providers);
    bad("first_sentence_mode", "dynamic", "generated, static, none");
    bad("custom_tools[].method", "get", "GET, POST, PUT, PATCH, DELETE");
    bad("custom_tools[].method", "FETCH", "GET, POST, PUT, PATCH, DELETE");
    bad("background_sound", "office.ogg", "audio/office.ogg");
    good("llm_model.type", {"dedicated-instance", "openrouter", "realtime"});
    bad("llm_model.type", "custom", "dedicated-instance, openrouter, realtime");
    bad("llm_model.name", "gpt-5", "gpt-4.1, ministral-3-8b-instruct");
}

void TestValidation::enumRule()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, error);
    const FieldSpec *spec = AssistantSchema::field(path);
    QVERIFY(spec);
    verifyMessage(Validation::checkEnum(spec->displayLabel(), value, spec->enumValues), spec->displayLabel(), error);
}

void TestValidation::presence_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("error");
    const QString required = QStringLiteral("required");
    const QString notEmpty = QStringLiteral("notEmpty");
    const QString isRequired = QStringLiteral("is required.");
    const QString mustNotBeEmpty = QStringLiteral("must not be empty.");
    QTest::newRow("required absent") << required << kAbsent << isRequired;
    QTest::newRow("required null") << required << QByteArray("null") << isRequired;
    for (const char *value :
         {"\"\"", "\"x\"", "0", "false", "[]", "{}", "\"name\"", "1", "-1", "true", "[null]", "{\"a\":1}", "0.5"})
        QTest::addRow("required ok: %s", value) << required << QByteArray(value) << QString();
    QTest::newRow("notEmpty empty") << notEmpty << QByteArray("\"\"") << mustNotBeEmpty;
    for (const char *value : {"\"x\"", "\" \"", "\"0\"", "\"null\"", "\"false\"", "\"\\n\"", "\"a b\"", "\"\\t\"",
                              "\"{}\"", "\"[]\"", "\"longer text\"", "\"\\u00e9\"", "\"\\\"\\\"\"", "\"-\""})
        QTest::addRow("notEmpty ok: %s", value) << notEmpty << QByteArray(value) << QString();
}

void TestValidation::presence()
{
    QFETCH(QString, rule);
    QFETCH(QByteArray, value);
    QFETCH(QString, error);
    const QString field = label("voice.id");
    const QJsonValue json = jsonValue(value);
    verifyMessage(rule == u"required" ? Validation::checkRequired(field, json)
                                      : Validation::checkNotEmpty(field, json.toString()),
                  field, error);
}

void TestValidation::callingWindow_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("error");
    const struct
    {
        const char *start;
        const char *end;
        bool ok;
    } rows[] = {
        {"09:00", "17:00", true},     {"10am", "6pm", true},       {"9:00", "09:01", true},   {"12am", "12pm", true},
        {"11:30am", "12:15pm", true}, {"00:00", "23:59", true},    {"8am", "20:00", true},    {"bad", "17:00", true},
        {"09:00", "later", true},     {"17:00", "09:00", false},   {"09:00", "09:00", false}, {"6pm", "10am", false},
        {"12pm", "12am", false},      {"10:30am", "10:30", false}, {"11pm", "1am", false},    {"13:00", "1pm", false},
    };
    for (const auto &row : rows) {
        const QString start = QString::fromLatin1(row.start);
        const QString end = QString::fromLatin1(row.end);
        QTest::addRow("%s-%s", row.start, row.end)
            << start << end
            << (row.ok ? QString()
                       : QStringLiteral("the window must start before it ends (%1 is not before %2).").arg(start, end));
    }
}

void TestValidation::callingWindow()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, error);
    const QString field = label("call_retry_config.calling_windows[].calling_window_start_time");
    verifyMessage(Validation::checkCallingWindow(field, start, end), field, error);
}

void TestValidation::uniqueName_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("error");
    const QStringList two = {QStringLiteral("lookup"), QStringLiteral("lookup")};
    const QStringList mixed = {QStringLiteral("a"),
                               QStringLiteral("b"),
                               QStringLiteral("a"),
                               QStringLiteral("b"),
                               QStringLiteral("A"),
                               QString(),
                               QString()};
    const QString aTwice = QStringLiteral("\"a\" is used more than once; names must be unique.");
    const QString bTwice = QStringLiteral("\"b\" is used more than once; names must be unique.");
    QTest::newRow("single") << QStringList{QStringLiteral("lookup")} << 0 << QString();
    QTest::newRow("first of two") << two << 0 << QString();
    QTest::newRow("second of two") << two << 1
                                   << QStringLiteral("\"lookup\" is used more than once; names must be unique.");
    QTest::newRow("mixed 0") << mixed << 0 << QString();
    QTest::newRow("mixed 1") << mixed << 1 << QString();
    QTest::newRow("mixed 2") << mixed << 2 << aTwice;
    QTest::newRow("mixed 3") << mixed << 3 << bTwice;
    QTest::newRow("case differs") << mixed << 4 << QString();
    QTest::newRow("empty names are not duplicates") << mixed << 6 << QString();
    QTest::newRow("index out of range") << mixed << 9 << QString();
    QTest::newRow("distinct") << QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")} << 2
                              << QString();
    QTest::newRow("third repeats first") << QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("x")}
                                         << 2 << QStringLiteral("\"x\" is used more than once; names must be unique.");
    QTest::newRow("third of three same") << QStringList{QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("x")}
                                         << 2 << QStringLiteral("\"x\" is used more than once; names must be unique.");
    QTest::newRow("trailing space differs") << QStringList{QStringLiteral("x"), QStringLiteral("x ")} << 1 << QString();
    QTest::newRow("empty list") << QStringList() << 0 << QString();
}

void TestValidation::uniqueName()
{
    QFETCH(QStringList, names);
    QFETCH(int, index);
    QFETCH(QString, error);
    const QString field = QStringLiteral("%1 (custom tool %2)").arg(label("custom_tools[].name")).arg(index + 1);
    verifyMessage(Validation::checkUniqueName(field, names, index), field, error);
}

void TestValidation::enumOptions_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("options");
    QTest::addColumn<QString>("error");
    const QString needsOne = QStringLiteral("type \"enum\" needs at least one option.");
    const QString enumType = QStringLiteral("enum");
    QTest::newRow("enum one") << enumType << QByteArray(R"(["yes"])") << QString();
    QTest::newRow("enum several") << enumType << QByteArray(R"(["a","b","c"])") << QString();
    QTest::newRow("enum absent") << enumType << kAbsent << needsOne;
    QTest::newRow("enum null") << enumType << QByteArray("null") << needsOne;
    QTest::newRow("enum empty list") << enumType << QByteArray("[]") << needsOne;
    QTest::newRow("enum not a list") << enumType << QByteArray("\"a,b\"") << needsOne;
    QTest::newRow("enum empty option") << enumType << QByteArray(R"(["a",""])") << QStringLiteral("option 2 is empty.");
    QTest::newRow("enum blank option") << enumType << QByteArray(R"(["  "])") << QStringLiteral("option 1 is empty.");
    QTest::newRow("enum number option") << enumType << QByteArray(R"(["a",3])") << QStringLiteral("option 2 is empty.");
    for (const char *type : {"string", "number", "boolean", "date", "datetime", "Enum"})
        QTest::addRow("%s without options", type) << QString::fromLatin1(type) << kAbsent << QString();
    QTest::newRow("string with options") << QStringLiteral("string") << QByteArray(R"(["x"])") << QString();
}

void TestValidation::enumOptions()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, options);
    QFETCH(QString, error);
    const QString field
        = QStringLiteral("%1 (structured output 1)").arg(label("structured_output_config[].enum_options"));
    verifyMessage(Validation::checkEnumOptions(field, type, jsonValue(options)), field, error);
}

void TestValidation::exactMessages_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    QTest::newRow("phone") << Validation::checkPhoneE164(label("transfer_phone_number"), QStringLiteral("+1555"))
                           << QStringLiteral("Transfer phone number: \"+1555\" is not a valid E.164 phone number "
                                             "(a + followed by country code and number, e.g. +14155550123).");
    QTest::newRow("time") << Validation::checkTimeOfDay(QStringLiteral("Window end (calling window 2)"),
                                                        QStringLiteral("25:00"))
                          << QStringLiteral("Window end (calling window 2): \"25:00\" is not a time of day (24-hour "
                                            "like 09:00 or 17:30, or 12-hour like 9am or 6:30pm).");
    QTest::newRow("zone") << Validation::checkTimeZone(label("call_retry_config.timezone"), QStringLiteral("timezone"))
                          << QStringLiteral(
                                 "Time zone: \"timezone\" is not a known IANA time zone (e.g. Europe/Paris).");
    QTest::newRow("url") << Validation::checkHttpUrl(label("webhook_url"), QStringLiteral("example.com"))
                         << QStringLiteral("Webhook URL: \"example.com\" is not a valid web address (http:// or "
                                           "https:// and a host, e.g. https://example.com/hook).");
    QTest::newRow("email")
        << Validation::checkEmail(label("email_notification_address"), QStringLiteral("dev@"))
        << QStringLiteral("Notification e-mail: \"dev@\" is not a valid e-mail address (like name@example.com).");
    QTest::newRow("snake") << Validation::checkSnakeCase(QStringLiteral("Tool name (custom tool 1)"),
                                                         QStringLiteral("GetWeather"))
                           << QStringLiteral("Tool name (custom tool 1): \"GetWeather\" is not lowercase_snake_case "
                                             "(a-z, digits and single underscores, starting with a letter, e.g. "
                                             "get_weather).");
    QTest::newRow("json") << Validation::checkJsonText(label("custom_tools[].body_template"),
                                                       QStringLiteral("{\"a\":1,}"))
                          << QStringLiteral("Body template: is not valid JSON (object is missing after a comma).");
    QTest::newRow("long value is cut") << Validation::checkEnum(label("voice.provider"), QString(100, u'x'),
                                                                {QStringLiteral("cartesia")})
                                       << QStringLiteral("Voice provider: \"") + QString(59, u'x') + QChar(0x2026)
            + QStringLiteral("\" is not one of the allowed values (cartesia).");
    QTest::newRow("speed") << Validation::checkVoiceSpeed(label("voice.speed"), QStringLiteral("elevenlabs"), 1.25)
                           << QStringLiteral(
                                  "Voice speed: 1.25 is outside the range ElevenLabs supports (0.7 to 1.2).");
}

void TestValidation::exactMessages()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void TestValidation::topLevelKey_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key");
    QTest::newRow("top") << QStringLiteral("name") << QStringLiteral("name");
    QTest::newRow("member") << QStringLiteral("voice.speed") << QStringLiteral("voice");
    QTest::newRow("list") << QStringLiteral("custom_tools[1].headers[0].key") << QStringLiteral("custom_tools");
    QTest::newRow("enum list item") << QStringLiteral("email_notification_outcomes[2]")
                                    << QStringLiteral("email_notification_outcomes");
}

void TestValidation::topLevelKey()
{
    QFETCH(QString, path);
    QFETCH(QString, key);
    QCOMPARE(Validation::topLevelKey(path), key);
}

// The API's own example: sound in structure except the int53 minimum it shows for the delay; at Full
// level every placeholder string where a format is expected is an issue.
void TestValidation::seedLevels()
{
    const Assistant seed(seedJson());
    const QList<ValidationIssue> structure = Validation::validate(seed, Level::Structure);
    QCOMPARE(structure,
             (QList<ValidationIssue>{{QStringLiteral("first_sentence_delay_ms"),
                                      QStringLiteral("First sentence delay: must not be negative (got "
                                                     "-9007199254740991).")}}));
    const QStringList full = pathsOf(Validation::validate(seed, Level::Full));
    QCOMPARE(full,
             (QStringList{QStringLiteral("webhook_url"), QStringLiteral("first_sentence_delay_ms"),
                          QStringLiteral("call_retry_config.timezone"),
                          QStringLiteral("call_retry_config.calling_windows[0].calling_window_start_time"),
                          QStringLiteral("call_retry_config.calling_windows[0].calling_window_end_time"),
                          QStringLiteral("custom_tools[0].url"), QStringLiteral("custom_tools[0].body_template"),
                          QStringLiteral("transfer_phone_number"), QStringLiteral("from_phone_number")}));
    QCOMPARE(Validation::validate(seed), Validation::validate(seed, Level::Full));
}

void TestValidation::cleanAssistant()
{
    const Assistant clean(cleanJson());
    QCOMPARE(Validation::validate(clean, Level::Structure), QList<ValidationIssue>());
    QCOMPARE(Validation::validate(clean, Level::Full), QList<ValidationIssue>());
}

void TestValidation::assistant_data()
{
    QTest::addColumn<QStringList>("changes"); // applied to cleanJson()
    QTest::addColumn<QStringList>("structure"); // issue paths at Structure level
    QTest::addColumn<QStringList>("full"); // issue paths at Full level
    QTest::addColumn<QString>("message"); // part of the first Full message, from the label on

    const auto row = [](const char *name, QStringList changes, QStringList structure, QStringList full,
                        const QString &message) { QTest::newRow(name) << changes << structure << full << message; };
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    using L = QStringList;

    row("name empty", {s("name=\"\"")}, {s("name")}, {s("name")}, s("Name: must not be empty."));
    row("name null", {s("name=null")}, {s("name")}, {s("name")}, s("Name: must not be null."));
    row("name number", {s("name=42")}, {s("name")}, {s("name")}, s("Name: must be text, not a number."));
    row("name absent is fine on update", {s("name=<absent>")}, {}, {}, {});
    row("unknown keys are never issues", {s("zoho={\"outcome\":7}"), s("voice.model=5"), s("llm_model.x=[]")}, {}, {},
        {});
    row("read-only values are not checked", {s("id=5"), s("created_at=[]"), s("faq_items[0].source=\"robot\"")}, {}, {},
        {});
    // The provider's range is the server's rule (the API docs give it), so the sandbox refuses it too.
    row("speed for elevenlabs", {s("voice.provider=\"elevenlabs\""), s("voice.speed=1.3")}, {s("voice.speed")},
        {s("voice.speed")}, s("Voice speed: 1.3 is outside the range ElevenLabs supports (0.7 to 1.2)."));
    row("realtime variant",
        {s("llm_model={\"type\":\"realtime\",\"provider\":\"openai\",\"realtime_model_id\":\"gpt-realtime\","
           "\"realtime_voice_id\":\"marin\"}")},
        {}, {}, {});
    row("realtime without its model", {s("llm_model={\"type\":\"realtime\",\"provider\":\"openai\"}")},
        {s("llm_model.realtime_model_id")}, {s("llm_model.realtime_model_id")}, s("Realtime model ID: is required."));
    row("realtime voice empty",
        {s("llm_model={\"type\":\"realtime\",\"provider\":\"google\",\"realtime_model_id\":\"x\","
           "\"realtime_voice_id\":\"\"}")},
        {s("llm_model.realtime_voice_id")}, {s("llm_model.realtime_voice_id")},
        s("Realtime voice: must not be empty."));
    row("created_by is never checked", {s("created_by=7")}, {}, {}, {});
    row("speed out of schema reported once", {s("voice.speed=1.6")}, {s("voice.speed")}, {s("voice.speed")},
        s("Voice speed: must be between 0.6 and 1.5 (got 1.6)."));
    row("voice provider missing", {s("voice.provider=<absent>")}, {s("voice.provider")}, {s("voice.provider")},
        s("Voice provider: is required."));
    row("voice provider unknown", {s("voice.provider=\"azure\"")}, {s("voice.provider")}, {s("voice.provider")},
        s("Voice provider: \"azure\" is not one of the allowed values (cartesia, elevenlabs)."));
    row("voice null", {s("voice=null")}, {}, {}, {});
    row("voice not an object", {s("voice=\"x\"")}, {s("voice")}, {s("voice")},
        s("Voice: must be an object, not text."));
    row("openrouter needs its members", {s("llm_model={\"type\":\"openrouter\"}")},
        {s("llm_model.openrouter_model_id"), s("llm_model.openrouter_provider")},
        {s("llm_model.openrouter_model_id"), s("llm_model.openrouter_provider")},
        s("OpenRouter model ID: is required."));
    row("openrouter ignores the dedicated name",
        {s(R"(llm_model={"type":"openrouter","openrouter_model_id":"openai/gpt-4.1","openrouter_provider":"openai","name":"?"})")},
        {}, {}, {});
    row("dedicated model unknown", {s("llm_model.name=\"gpt-5\"")}, {s("llm_model.name")}, {s("llm_model.name")},
        s("Dedicated model: \"gpt-5\" is not one of the allowed values"));
    row("model type unknown", {s("llm_model={\"type\":\"custom\",\"model_name\":\"m\"}")}, {s("llm_model.type")},
        {s("llm_model.type")}, s("LLM model type: \"custom\" is not one of the allowed values"));
    row("llm model null", {s("llm_model=null")}, {s("llm_model")}, {s("llm_model")}, s("LLM model: must not be null."));
    row("delay fraction", {s("first_sentence_delay_ms=1.5")}, {s("first_sentence_delay_ms")},
        {s("first_sentence_delay_ms")}, s("First sentence delay: must be a whole number, not 1.5."));
    row("delay beyond int53", {s("first_sentence_delay_ms=9007199254740993")}, {s("first_sentence_delay_ms")},
        {s("first_sentence_delay_ms")},
        s("First sentence delay: must be at most 9007199254740991 (got 9007199254740993)."));
    row("delay int53 maximum", {s("first_sentence_delay_ms=9007199254740991")}, {}, {}, {});
    row("delay negative", {s("first_sentence_delay_ms=-1")}, {s("first_sentence_delay_ms")},
        {s("first_sentence_delay_ms")}, s("First sentence delay: must not be negative (got -1)."));
    row("duration negative", {s("max_call_duration_secs=-5")}, {s("max_call_duration_secs")},
        {s("max_call_duration_secs")}, s("Max call duration: must not be negative (got -5)."));
    row("retry attempts zero", {s("call_retry_config.max_retry_attempts=0")},
        {s("call_retry_config.max_retry_attempts")}, {s("call_retry_config.max_retry_attempts")},
        s("Max retry attempts: must be greater than 0 (got 0)."));
    row("retry delay fraction", {s("call_retry_config.calling_windows[0].retry_delay_seconds=2.5")},
        {s("call_retry_config.calling_windows[0].retry_delay_seconds")},
        {s("call_retry_config.calling_windows[0].retry_delay_seconds")},
        s("Retry delay (calling window 1): must be a whole number, not 2.5."));
    row("window backwards", {s("call_retry_config.calling_windows[0].calling_window_start_time=\"18:00\"")}, {},
        {s("call_retry_config.calling_windows[0].calling_window_start_time")},
        s("Window start (calling window 1): the window must start before it ends (18:00 is not before 5pm)."));
    row("second window bad time",
        {s(R"(call_retry_config.calling_windows[1]={"calling_window_start_time":"9am","calling_window_end_time":"25:00","retry_delay_seconds":60})")},
        {}, {s("call_retry_config.calling_windows[1].calling_window_end_time")},
        s("Window end (calling window 2): \"25:00\" is not a time of day"));
    row("windows missing", {s("call_retry_config.calling_windows=<absent>")}, {s("call_retry_config.calling_windows")},
        {s("call_retry_config.calling_windows")}, s("Calling windows: is required."));
    row("window members missing", {s("call_retry_config.calling_windows[0]={}")},
        {s("call_retry_config.calling_windows[0].calling_window_start_time"),
         s("call_retry_config.calling_windows[0].calling_window_end_time"),
         s("call_retry_config.calling_windows[0].retry_delay_seconds")},
        {s("call_retry_config.calling_windows[0].calling_window_start_time"),
         s("call_retry_config.calling_windows[0].calling_window_end_time"),
         s("call_retry_config.calling_windows[0].retry_delay_seconds")},
        s("Window start (calling window 1): is required."));
    row("zone unknown", {s("call_retry_config.timezone=\"Mars/Olympus\"")}, {}, {s("call_retry_config.timezone")},
        s("Time zone: \"Mars/Olympus\" is not a known IANA time zone"));
    row("zone null", {s("call_retry_config.timezone=null")}, {}, {}, {});
    row("day unknown", {s("call_retry_config.allowed_days=[\"monday\",\"funday\"]")},
        {s("call_retry_config.allowed_days[1]")}, {s("call_retry_config.allowed_days[1]")},
        s("Allowed days (item 2): \"funday\" is not one of the allowed values (monday, tuesday"));
    row("tool name not snake case", {s("custom_tools[0].name=\"GetWeather\"")}, {}, {s("custom_tools[0].name")},
        s("Tool name (custom tool 1): \"GetWeather\" is not lowercase_snake_case"));
    row("tool names repeat", {s("custom_tools[1]={}"), s("custom_tools[2]={}")},
        L{s("custom_tools[1].name"), s("custom_tools[1].description"), s("custom_tools[1].method"),
          s("custom_tools[1].url"), s("custom_tools[2].name"), s("custom_tools[2].description"),
          s("custom_tools[2].method"), s("custom_tools[2].url")},
        L{s("custom_tools[1].name"), s("custom_tools[1].description"), s("custom_tools[1].method"),
          s("custom_tools[1].url"), s("custom_tools[2].name"), s("custom_tools[2].description"),
          s("custom_tools[2].method"), s("custom_tools[2].url")},
        s("Tool name (custom tool 2): is required."));
    row("duplicate tool name",
        {s(R"(custom_tools[1]={"name":"lookup_order","description":"d","method":"POST","url":"https://x.example"})")},
        {}, {s("custom_tools[1].name")},
        s("Tool name (custom tool 2): \"lookup_order\" is used more than once; names must be unique."));
    row("header name empty", {s("custom_tools[0].headers[0].key=\"\"")}, {s("custom_tools[0].headers[0].key")},
        {s("custom_tools[0].headers[0].key")}, s("Header name (custom tool 1, header 1): must not be empty."));
    row("header value missing", {s("custom_tools[0].headers[0].value=<absent>")},
        {s("custom_tools[0].headers[0].value")}, {s("custom_tools[0].headers[0].value")},
        s("Header value (custom tool 1, header 1): is required."));
    row("query parameter name number", {s("custom_tools[0].query_params[0].key=1")},
        {s("custom_tools[0].query_params[0].key")}, {s("custom_tools[0].query_params[0].key")},
        s("Query parameter name (custom tool 1, query parameter 1): must be text, not a number."));
    row("tool method", {s("custom_tools[0].method=\"FETCH\"")}, {s("custom_tools[0].method")},
        {s("custom_tools[0].method")}, s("Tool method (custom tool 1): \"FETCH\" is not one of the allowed values"));
    row("body template empty", {s("custom_tools[0].body_template=\"\"")}, {}, {}, {});
    row("body template null", {s("custom_tools[0].body_template=null")}, {}, {}, {});
    row("body template broken", {s("custom_tools[0].body_template=\"{\"")}, {}, {s("custom_tools[0].body_template")},
        s("Body template (custom tool 1): is not valid JSON"));
    row("enum parameter with options",
        {s("custom_tools[0].input_schema[0].type=\"enum\""), s("custom_tools[0].input_schema[0].enum_options=[\"a\"]")},
        {}, {}, {});
    row("enum parameter without options",
        {s("custom_tools[0].input_schema[0].type=\"enum\""),
         s("custom_tools[0].input_schema[0].enum_options=<absent>")},
        {}, {s("custom_tools[0].input_schema[0].enum_options")},
        s("Parameter enum options (custom tool 1, parameter 1): type \"enum\" needs at least one option."));
    row("enum output without options",
        {s("structured_output_config[0].type=\"enum\""), s("structured_output_config[0].enum_options=[]")}, {},
        {s("structured_output_config[0].enum_options")},
        s("Output enum options (structured output 1): type \"enum\" needs at least one option."));
    row("enum options of the wrong type",
        {s("structured_output_config[0].type=\"enum\""), s("structured_output_config[0].enum_options=\"a\"")},
        {s("structured_output_config[0].enum_options")}, {s("structured_output_config[0].enum_options")},
        s("Output enum options (structured output 1): must be a list, not text."));
    row("output required not boolean", {s("structured_output_config[0].required=\"yes\"")},
        {s("structured_output_config[0].required")}, {s("structured_output_config[0].required")},
        s("Output required (structured output 1): must be true or false, not text."));
    row("structured output null", {s("structured_output_config=null")}, {}, {}, {});
    row("tools not a list", {s("custom_tools=\"x\"")}, {s("custom_tools")}, {s("custom_tools")},
        s("Custom tools: must be a list, not text."));
    row("tool not an object", {s("custom_tools[0]=5")}, {s("custom_tools[0]")}, {s("custom_tools[0]")},
        s("Custom tools (custom tool 1): must be an object, not a number."));
    row("e-mail", {s("email_notification_address=\"dev@\"")}, {}, {s("email_notification_address")},
        s("Notification e-mail: \"dev@\" is not a valid e-mail address"));
    row("outcome unknown", {s("email_notification_outcomes=[\"interested\",\"maybe\"]")},
        {s("email_notification_outcomes[1]")}, {s("email_notification_outcomes[1]")},
        s("E-mail outcomes (item 2): \"maybe\" is not one of the allowed values"));
    row("transfer number", {s("transfer_phone_number=\"+33 1 42\"")}, {}, {s("transfer_phone_number")},
        s("Transfer phone number: \"+33 1 42\" is not a valid E.164 phone number"));
    row("extraction variable", {s("structured_output_prompt=\"Read {{transcript}} and {{caller_name}}\"")}, {},
        {s("structured_output_prompt")},
        s("Structured output prompt: {{caller_name}} is not available here; use {{transcript}}, {{call_direction}}, "
          "{{user_phone_number}}, {{agent_phone_number}}."));
    row("template unclosed", {s("sms_template=\"Hi {{name\"")}, {}, {s("sms_template")},
        s("SMS template: the {{ at character 4 is not closed with }}."));
    row("free placeholders elsewhere", {s("sms_template=\"Hi {{first_name}}, call {{agent_phone_number}}\"")}, {}, {},
        {});
    row("volume", {s("background_sound_volume=1.5")}, {s("background_sound_volume")}, {s("background_sound_volume")},
        s("Background sound volume: must be between 0 and 1 (got 1.5)."));
    row("thinking sound unknown", {s("thinking_sound=\"beep.ogg\"")}, {s("thinking_sound")}, {s("thinking_sound")},
        s("Thinking sound: \"beep.ogg\" is not one of the allowed values"));
    row("faq question empty", {s("faq_items[0].question=\"\"")}, {s("faq_items[0].question")},
        {s("faq_items[0].question")}, s("FAQ question (FAQ item 1): must not be empty."));
    row("calendly member missing", {s("calendly={\"connection_id\":\"c\"}")}, {s("calendly.event_type_id")},
        {s("calendly.event_type_id")}, s("Calendly event type: is required."));
    row("boolean as text", {s("ivr_navigation_enabled=\"true\"")}, {s("ivr_navigation_enabled")},
        {s("ivr_navigation_enabled")}, s("IVR navigation: must be true or false, not text."));
    row("webhook empty", {s("webhook_url=\"\"")}, {}, {s("webhook_url")},
        s("Webhook URL: \"\" is not a valid web address"));
    row("tool URL with the tool's inputs", {s("custom_tools[0].url=\"https://api.example.com/orders/{{order_id}}\"")},
        {}, {}, {});
    row("tool URL placeholder unclosed", {s("custom_tools[0].url=\"https://api.example.com/orders/{{order_id\"")}, {},
        {s("custom_tools[0].url")}, s("Tool URL (custom tool 1): the {{ at character 32 is not closed with }}."));
    row("webhook with a placeholder", {s("webhook_url=\"https://example.com/{{id}}\"")}, {}, {s("webhook_url")},
        s("Webhook URL: \"https://example.com/{{id}}\" is not a valid web address"));
    row("several fields in catalogue order", {s("from_phone_number=\"x\""), s("name=\"\"")}, {s("name")},
        {s("name"), s("from_phone_number")}, s("Name: must not be empty."));
}

void TestValidation::assistant()
{
    QFETCH(QStringList, changes);
    QFETCH(QStringList, structure);
    QFETCH(QStringList, full);
    QFETCH(QString, message);
    const Assistant assistant(withChanges(cleanJson(), changes));
    QCOMPARE(pathsOf(Validation::validate(assistant, Level::Structure)), structure);
    const QList<ValidationIssue> issues = Validation::validate(assistant, Level::Full);
    QCOMPARE(pathsOf(issues), full);
    if (!message.isEmpty())
        QVERIFY2(issues.first().message.startsWith(message), qPrintable(issues.first().message));

    // validateField() sees exactly the issues of its own top-level key.
    QSet<QString> keys;
    for (const QString &change : changes)
        keys.insert(Validation::topLevelKey(change.section(u'=', 0, 0)));
    for (const QString &key : std::as_const(keys)) {
        QList<ValidationIssue> expected;
        std::copy_if(issues.cbegin(), issues.cend(), std::back_inserter(expected),
                     [&key](const ValidationIssue &issue) { return Validation::topLevelKey(issue.path) == key; });
        QCOMPARE(Validation::validateField(assistant, key), expected);
    }
}

void TestValidation::validateFieldScope()
{
    const Assistant seed(seedJson());
    QCOMPARE(Validation::validateField(seed, QStringLiteral("name")), QList<ValidationIssue>());
    QCOMPARE(Validation::validateField(seed, QStringLiteral("id")), QList<ValidationIssue>()); // read-only
    QCOMPARE(Validation::validateField(seed, QStringLiteral("stt_model")), QList<ValidationIssue>()); // unknown
    QCOMPARE(Validation::validateField(seed, QStringLiteral("voice.speed")), QList<ValidationIssue>()); // nested
    QCOMPARE(pathsOf(Validation::validateField(seed, QStringLiteral("call_retry_config"))),
             (QStringList{QStringLiteral("call_retry_config.timezone"),
                          QStringLiteral("call_retry_config.calling_windows[0].calling_window_start_time"),
                          QStringLiteral("call_retry_config.calling_windows[0].calling_window_end_time")}));
    QCOMPARE(pathsOf(Validation::validateField(seed, QStringLiteral("from_phone_number"), Level::Structure)),
             QStringList());
    QCOMPARE(pathsOf(Validation::validateField(seed, QStringLiteral("from_phone_number"))),
             QStringList{QStringLiteral("from_phone_number")});
}

void TestValidation::review_data()
{
    QTest::addColumn<QStringList>("changes"); // applied to the seed example
    QTest::addColumn<QStringList>("blocking");
    QTest::addColumn<QStringList>("flaggedIncludes");

    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    const QStringList heldBySeed
        = {s("call_retry_config.timezone"), s("from_phone_number"), s("transfer_phone_number"), s("webhook_url")};
    QTest::newRow("unchanged") << QStringList() << QStringList() << heldBySeed;
    QTest::newRow("renamed") << QStringList{s("name=\"Front desk\"")} << QStringList() << heldBySeed;
    QTest::newRow("read-only change is not sent") << QStringList{s("id=\"other\"")} << QStringList() << heldBySeed;
    QTest::newRow("bad number typed") << QStringList{s("from_phone_number=\"12345\"")}
                                      << QStringList{s("from_phone_number")}
                                      << QStringList{s("call_retry_config.timezone")};
    QTest::newRow("number fixed") << QStringList{s("from_phone_number=\"+14155550123\"")} << QStringList()
                                  << QStringList{s("call_retry_config.timezone"), s("transfer_phone_number")};
    QTest::newRow("number cleared") << QStringList{s("from_phone_number=<absent>")} << QStringList()
                                    << QStringList{s("transfer_phone_number")};
    QTest::newRow("name emptied") << QStringList{s("name=\"\"")} << QStringList{s("name")} << heldBySeed;
    QTest::newRow("provider change makes held speed wrong")
        << QStringList{s("voice.provider=\"elevenlabs\"")} << QStringList{s("voice.speed")} << heldBySeed;
    // The retry config travels whole; what it already held is sent again but stays only flagged.
    QTest::newRow("retry attempts changed")
        << QStringList{s("call_retry_config.max_retry_attempts=2")} << QStringList()
        << QStringList{s("call_retry_config.timezone"),
                       s("call_retry_config.calling_windows[0].calling_window_start_time"), s("from_phone_number")};
    QTest::newRow("retry window made wrong")
        << QStringList{s("call_retry_config.calling_windows[0].calling_window_start_time=\"25:00\"")}
        << QStringList{s("call_retry_config.calling_windows[0].calling_window_start_time")}
        << QStringList{s("call_retry_config.timezone")};
    QTest::newRow("tool renamed badly") << QStringList{s("custom_tools[0].name=\"Bad Name\"")}
                                        << QStringList{s("custom_tools[0].name")}
                                        << QStringList{s("custom_tools[0].url"), s("custom_tools[0].body_template")};
    QTest::newRow("delay changed but still negative")
        << QStringList{s("first_sentence_delay_ms=-5")} << QStringList{s("first_sentence_delay_ms")} << heldBySeed;
    QTest::newRow("unknown key changed") << QStringList{s("stt_model=\"nova-3\"")} << QStringList() << heldBySeed;
}

void TestValidation::review()
{
    QFETCH(QStringList, changes);
    QFETCH(QStringList, blocking);
    QFETCH(QStringList, flaggedIncludes);
    const Assistant base(seedJson());
    const Assistant edited(withChanges(seedJson(), changes));
    const Validation::Review result = Validation::review(base, edited);

    QCOMPARE(pathsOf(result.blocking), blocking);
    QCOMPARE(result.canSave(), blocking.isEmpty());
    const QStringList flagged = pathsOf(result.flagged);
    for (const QString &path : flaggedIncludes)
        QVERIFY2(flagged.contains(path), qPrintable(path));

    // Blocking and flagged split validate(edited) and nothing else; flagged keys are never sent.
    const QList<ValidationIssue> all = Validation::validate(edited);
    QCOMPARE(result.blocking.size() + result.flagged.size(), all.size());
    for (const ValidationIssue &issue : all)
        QVERIFY(result.blocking.contains(issue) != result.flagged.contains(issue));
    // A flagged issue is one the server already held, or one in a key that is not sent.
    const AssistantPatch patch = AssistantPatch::between(base, edited);
    const QList<ValidationIssue> held = Validation::validate(base);
    for (const ValidationIssue &issue : result.flagged)
        QVERIFY2(held.contains(issue) || !patch.contains(Validation::topLevelKey(issue.path)), qPrintable(issue.path));
}

void TestValidation::validateCreate_data()
{
    QTest::addColumn<QByteArray>("draft");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QList<ValidationIssue>>("issues");

    const auto issue = [](const char *path, const char *message) {
        return ValidationIssue{QString::fromLatin1(path), QString::fromUtf8(message)};
    };
    QTest::newRow("empty draft") << QByteArray("{}") << Level::Full
                                 << QList<ValidationIssue>{issue("name", "Name: is required."),
                                                           issue("prompt", "Prompt: is required.")};
    QTest::newRow("empty draft, structure")
        << QByteArray("{}") << Level::Structure
        << QList<ValidationIssue>{issue("name", "Name: is required."), issue("prompt", "Prompt: is required.")};
    QTest::newRow("no prompt") << QByteArray(R"({"name":"Front desk"})") << Level::Full
                               << QList<ValidationIssue>{issue("prompt", "Prompt: is required.")};
    QTest::newRow("null name is missing") << QByteArray(R"({"name":null,"prompt":"p"})") << Level::Full
                                          << QList<ValidationIssue>{issue("name", "Name: is required.")};
    QTest::newRow("empty name") << QByteArray(R"({"name":"","prompt":"p"})") << Level::Full
                                << QList<ValidationIssue>{issue("name", "Name: must not be empty.")};
    QTest::newRow("minimal") << QByteArray(R"({"name":"Front desk","prompt":"Be kind."})") << Level::Full
                             << QList<ValidationIssue>();
    QTest::newRow("prompt placeholder, full")
        << QByteArray(R"({"name":"A","prompt":"Hi {{x"})") << Level::Full
        << QList<ValidationIssue>{issue("prompt", "Prompt: the {{ at character 4 is not closed with }}.")};
    QTest::newRow("prompt placeholder, structure")
        << QByteArray(R"({"name":"A","prompt":"Hi {{x"})") << Level::Structure << QList<ValidationIssue>();
    QTest::newRow("incomplete voice") << QByteArray(R"({"name":"A","prompt":"p","voice":{"id":"x"}})") << Level::Full
                                      << QList<ValidationIssue>{
                                             issue("voice.provider", "Voice provider: is required.")};
}

void TestValidation::validateCreate()
{
    QFETCH(QByteArray, draft);
    QFETCH(Level, level);
    QFETCH(QList<ValidationIssue>, issues);
    const Assistant assistant(QJsonDocument::fromJson(draft).object());
    QCOMPARE(Validation::validateCreate(assistant, level), issues);

    // The seed has name and prompt, so create adds nothing to validate().
    const Assistant seed(seedJson());
    QCOMPARE(Validation::validateCreate(seed), Validation::validate(seed));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "TestValidation.moc"
