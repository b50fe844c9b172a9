// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AssistantSchema.h"
#include "core/AssistantTypes.h"
#include "core/Validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

class TestAssistantSchema : public QObject
{
    Q_OBJECT
private slots:
    void coversEverySeedKey();
    void entriesAreConsistent();
    void readOnlyKeys_data();
    void readOnlyKeys();
    void catalogPath_data();
    void catalogPath();
    void writableValueStripsNestedReadOnly();
    void serverDefaultsAreAssembledFromMembers();
    void serverDefaultsPassTheRules();
    void siblingRulesNameRealSiblings();
};

void TestAssistantSchema::coversEverySeedKey()
{
    QFile file(QStringLiteral(REVOX_TEST_DATA "/seed-assistant.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject seed = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(seed.size(), 39);
    QStringList topLevel;
    for (const FieldSpec *spec : AssistantSchema::topLevelFields())
        topLevel.append(spec->path);
    // The seed's keys, and created_by, which the SDK shows on assistants.
    QStringList seedKeys = seed.keys();
    seedKeys.append(QStringLiteral("created_by"));
    QCOMPARE(QSet<QString>(topLevel.begin(), topLevel.end()), QSet<QString>(seedKeys.begin(), seedKeys.end()));
    // The reference counts 84 field paths: 39 top-level keys and every nested member of both seed variants;
    // the SDK adds created_by (and its 4 members) and the realtime llm_model variant (3 members).
    QCOMPARE(AssistantSchema::fields().size(), 84 + 5 + 3);
}

void TestAssistantSchema::entriesAreConsistent()
{
    QSet<QString> paths;
    for (const FieldSpec &spec : AssistantSchema::fields()) {
        QVERIFY2(!paths.contains(spec.path), qPrintable(spec.path));
        paths.insert(spec.path);
        QVERIFY2(spec.label && *spec.label, qPrintable(spec.path));
        QVERIFY2(!spec.displayLabel().isEmpty(), qPrintable(spec.path));
        if (spec.type == FieldType::Enum || spec.type == FieldType::EnumList)
            QVERIFY2(!spec.enumValues.isEmpty(), qPrintable(spec.path));
        if (!spec.isTopLevel()) {
            QString parent = spec.parentPath();
            if (parent.endsWith(QLatin1String("[]")))
                parent.chop(2);
            const FieldSpec *parentSpec = AssistantSchema::field(parent);
            QVERIFY2(parentSpec, qPrintable(spec.path));
            QVERIFY(parentSpec->type == FieldType::Object || parentSpec->type == FieldType::ObjectList);
            QVERIFY(AssistantSchema::children(parent).contains(&spec));
        }
        if (!spec.readOnly)
            QVERIFY2(spec.page != FieldPage::None, qPrintable(spec.path));
    }
    QCOMPARE(AssistantSchema::field(QStringLiteral("voice.speed"))->key(), QStringLiteral("speed"));
    QCOMPARE(AssistantSchema::field(QStringLiteral("custom_tools[].headers"))->key(), QStringLiteral("headers"));
    QCOMPARE(AssistantSchema::field(QStringLiteral("nope")), nullptr);
}

void TestAssistantSchema::readOnlyKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("readOnly");
    for (const char *key : {"id", "organization_id", "created_at", "updated_at", "pending_faq_count", "created_by",
                            "is_inbound_receptionist", "is_realestate_assistant"})
        QTest::newRow(key) << QString::fromLatin1(key) << true;
    for (const char *key : {"name", "prompt", "faq_items", "voice", "stt_model", "transfer_destinations"})
        QTest::newRow(key) << QString::fromLatin1(key) << false;
}

void TestAssistantSchema::readOnlyKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, readOnly);
    QCOMPARE(AssistantSchema::isReadOnlyKey(key), readOnly);
}

void TestAssistantSchema::catalogPath_data()
{
    QTest::addColumn<QString>("concrete");
    QTest::addColumn<QString>("catalogue");
    QTest::newRow("top") << "name"
                         << "name";
    QTest::newRow("nested") << "voice.speed"
                            << "voice.speed";
    QTest::newRow("list") << "custom_tools[3].name"
                          << "custom_tools[].name";
    QTest::newRow("two lists") << "custom_tools[12].headers[0].key"
                               << "custom_tools[].headers[].key";
}

void TestAssistantSchema::catalogPath()
{
    QFETCH(QString, concrete);
    QFETCH(QString, catalogue);
    QCOMPARE(AssistantSchema::catalogPath(concrete), catalogue);
    QVERIFY(AssistantSchema::field(catalogue));
}

void TestAssistantSchema::writableValueStripsNestedReadOnly()
{
    const QJsonArray faq{QJsonObject{{QStringLiteral("question"), QStringLiteral("q")},
                                     {QStringLiteral("answer"), QStringLiteral("a")},
                                     {QStringLiteral("id"), QStringLiteral("f1")},
                                     {QStringLiteral("source"), QStringLiteral("ai")},
                                     {QStringLiteral("needs_human_answer"), true},
                                     {QStringLiteral("future_member"), 1}}};
    const QJsonArray expected{QJsonObject{{QStringLiteral("question"), QStringLiteral("q")},
                                          {QStringLiteral("answer"), QStringLiteral("a")},
                                          {QStringLiteral("future_member"), 1}}};
    QCOMPARE(AssistantSchema::writableValue(QStringLiteral("faq_items"), faq), QJsonValue(expected));
    QCOMPARE(AssistantSchema::writableValue(QStringLiteral("name"), QStringLiteral("n")),
             QJsonValue(QStringLiteral("n")));
    QCOMPARE(AssistantSchema::writableValue(QStringLiteral("stt_model"), 3), QJsonValue(3));
}

void TestAssistantSchema::serverDefaultsAreAssembledFromMembers()
{
    const QJsonObject defaults = AssistantSchema::serverDefaults();
    // An object without a default of its own has its members': the variant's only where it applies.
    QCOMPARE(defaults.value(u"llm_model").toObject(),
             (QJsonObject{{QStringLiteral("type"), QStringLiteral("dedicated-instance")},
                          {QStringLiteral("name"), QStringLiteral("gpt-4.1")}}));
    // The server picks a voice; only its provider and speed are known.
    QCOMPARE(defaults.value(u"voice").toObject(),
             (QJsonObject{{QStringLiteral("provider"), QStringLiteral("cartesia")}, {QStringLiteral("speed"), 1.0}}));
    // A default list's items get their members' defaults.
    const QJsonObject window = AssistantSchema::defaultItem(QStringLiteral("call_retry_config.calling_windows"));
    QCOMPARE(window,
             (QJsonObject{{QStringLiteral("calling_window_start_time"), QStringLiteral("10:00")},
                          {QStringLiteral("calling_window_end_time"), QStringLiteral("18:00")},
                          {QStringLiteral("retry_delay_seconds"), 7200}}));
    const QJsonObject retry = defaults.value(u"call_retry_config").toObject();
    QCOMPARE(retry.value(u"calling_windows").toArray(), QJsonArray{window});
    QCOMPARE(retry.value(u"max_retry_attempts").toInteger(), 3);
    QVERIFY(retry.value(u"timezone").isNull());
    QCOMPARE(defaults.value(u"first_sentence_delay_ms").toInteger(), 400);
    QVERIFY(defaults.value(u"webhook_url").isNull());
    QVERIFY(!defaults.contains(u"name")); // required: no default
    QVERIFY(!defaults.contains(u"id"));
    // The typed defaults are the catalogue's.
    QCOMPARE(CallingWindow().retryDelaySeconds, 7200);
    QCOMPARE(CallRetryConfig().maxRetryAttempts, 3);
}

void TestAssistantSchema::serverDefaultsPassTheRules()
{
    QJsonObject json = AssistantSchema::serverDefaults();
    json.insert(u"name", QStringLiteral("Defaults"));
    json.insert(u"prompt", QStringLiteral("Be brief."));
    QJsonObject voice = json.value(u"voice").toObject();
    voice.insert(u"id", QStringLiteral("a-voice"));
    json.insert(u"voice", voice);
    const QList<ValidationIssue> issues = Validation::validate(Assistant(json), Validation::Level::Full);
    QStringList messages;
    for (const ValidationIssue &issue : issues)
        messages.append(issue.path + u": " + issue.message);
    QVERIFY2(issues.isEmpty(), qPrintable(messages.join(u'\n')));
}

void TestAssistantSchema::siblingRulesNameRealSiblings()
{
    for (const FieldSpec &spec : AssistantSchema::fields()) {
        if (spec.siblingRule == SiblingRule::None)
            continue;
        const FieldSpec *sibling = AssistantSchema::field(
            spec.parentPath().isEmpty() ? spec.sibling : spec.parentPath() + u'.' + spec.sibling);
        QVERIFY2(sibling, qPrintable(spec.path));
        QCOMPARE(sibling->parentPath(), spec.parentPath());
    }
}

QTEST_GUILESS_MAIN(TestAssistantSchema)
#include "TestAssistantSchema.moc"
