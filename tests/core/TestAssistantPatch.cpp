// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AssistantPatch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

namespace {

QJsonObject seedJson()
{
    QFile file(QStringLiteral(REVOX_TEST_DATA "/seed-assistant.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the seed fixture");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

using Edit = std::function<void(Assistant &)>;

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestAssistantPatch : public QObject
{
    Q_OBJECT
private slots:
    void between_data();
    void between();
    void unchangedIntegerWrittenAsDouble();
    void forCreate();
    void appliedTo();
};

void TestAssistantPatch::between_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("no change") << Edit([](Assistant &) {}) << QByteArray("{}");
    QTest::newRow("one scalar") << Edit([](Assistant &a) { a.setName(QStringLiteral("Reminders")); })
                                << QByteArray(R"({"name":"Reminders"})");
    QTest::newRow("prompt only") << Edit([](Assistant &a) { a.setPrompt(QStringLiteral("Be brief.")); })
                                 << QByteArray(R"({"prompt":"Be brief."})");
    QTest::newRow("set back to the original") << Edit([](Assistant &a) {
        a.setName(QStringLiteral("other"));
        a.setName(QStringLiteral("name"));
    }) << QByteArray("{}");
    QTest::newRow("voice speed sends the whole voice") << Edit([](Assistant &a) {
        Voice voice = *a.voice();
        voice.speed = 1.2;
        a.setVoice(voice);
    }) << QByteArray(R"({"voice":{"id":"x","provider":"cartesia","speed":1.2,"volume":0.5}})");
    QTest::newRow("calling window sends the whole retry config")
        << Edit([](Assistant &a) {
               CallRetryConfig retry = *a.callRetryConfig();
               retry.callingWindows[0].retryDelaySeconds = 3600;
               a.setCallRetryConfig(retry);
           })
        << QByteArray(R"({"call_retry_config":{"allowed_days":["monday"],"call_twice_in_a_row":true,)"
                      R"("calling_windows":[{"calling_window_end_time":"calling_window_end_time",)"
                      R"("calling_window_start_time":"calling_window_start_time","retry_delay_seconds":3600}],)"
                      R"("max_retry_attempts":1,"timezone":"timezone"}})");
    QTest::newRow("FAQ answer sends the list without read-only members")
        << Edit([](Assistant &a) {
               QList<FaqItem> items = a.faqItems();
               items[0].answer = QStringLiteral("Yes, on Saturdays.");
               items.append({QStringLiteral("Parking?"), QStringLiteral("Free, behind the building."), {}, {}, {}, {}});
               a.setFaqItems(items);
           })
        << QByteArray(R"({"faq_items":[{"answer":"Yes, on Saturdays.","question":"question"},)"
                      R"({"answer":"Free, behind the building.","question":"Parking?"}]})");
    QTest::newRow("FAQ read-only members alone are no change") << Edit([](Assistant &a) {
        QList<FaqItem> items = a.faqItems();
        items[0].source = QStringLiteral("ai");
        items[0].needsHumanAnswer = false;
        a.setFaqItems(items);
    }) << QByteArray("{}");
    QTest::newRow("FAQ reorder")
        << Edit([](Assistant &a) {
               QList<FaqItem> items = a.faqItems();
               items.prepend({QStringLiteral("First?"), QStringLiteral("Yes."), {}, {}, {}, {}});
               a.setFaqItems(items);
           })
        << QByteArray(
               R"({"faq_items":[{"answer":"Yes.","question":"First?"},{"answer":"answer","question":"question"}]})");
    QTest::newRow("tool header value")
        << Edit([](Assistant &a) {
               QList<CustomTool> tools = a.customTools();
               tools[0].headers[0].value = QStringLiteral("Bearer t");
               a.setCustomTools(tools);
           })
        << QByteArray(R"({"custom_tools":[{"body_template":"body_template","description":"x",)"
                      R"("headers":[{"key":"x","value":"Bearer t"}],"input_schema":[{"description":"description",)"
                      R"("enum_options":["string"],"name":"x","required":true,"type":"string"}],"method":"GET",)"
                      R"("name":"name","query_params":[{"key":"x","value":"value"}],"url":"x"}]})");
    QTest::newRow("clear a nullable text to null")
        << Edit([](Assistant &a) { a.setWebhookUrl(std::nullopt); }) << QByteArray(R"({"webhook_url":null})");
    QTest::newRow("clear a nullable object to null")
        << Edit([](Assistant &a) { a.setCalendly(std::nullopt); }) << QByteArray(R"({"calendly":null})");
    QTest::newRow("removed nullable key means null")
        << Edit([](Assistant &a) { a.remove(QStringLiteral("thinking_sound")); })
        << QByteArray(R"({"thinking_sound":null})");
    QTest::newRow("removed non-nullable key is not sent") << Edit([](Assistant &a) {
        a.remove(QStringLiteral("name"));
        a.remove(QStringLiteral("first_sentence_delay_ms"));
    }) << QByteArray("{}");
    QTest::newRow("null where null already") << Edit([](Assistant &a) {
        a.setValue(QStringLiteral("webhook_url"), QJsonValue::Null);
        a.setWebhookUrl(std::nullopt);
    }) << QByteArray(R"({"webhook_url":null})");
    QTest::newRow("read-only edits ignored") << Edit([](Assistant &a) {
        a.setValue(QStringLiteral("id"), QStringLiteral("other"));
        a.setValue(QStringLiteral("organization_id"), QStringLiteral("org"));
        a.setValue(QStringLiteral("created_at"), QStringLiteral("2026-01-01"));
        a.setValue(QStringLiteral("updated_at"), QStringLiteral("2026-01-02"));
        a.setValue(QStringLiteral("pending_faq_count"), 4);
        a.setValue(QStringLiteral("created_by"), QJsonObject());
        a.setValue(QStringLiteral("is_inbound_receptionist"), true);
    }) << QByteArray("{}");
    QTest::newRow("int53 edit") << Edit([](Assistant &a) { a.setFirstSentenceDelayMs(9007199254740991LL); })
                                << QByteArray(R"({"first_sentence_delay_ms":9007199254740991})");
    QTest::newRow("unknown key changed is sent")
        << Edit([](Assistant &a) { a.setValue(QStringLiteral("stt_model"), QStringLiteral("nova-3")); })
        << QByteArray(R"({"stt_model":"nova-3"})");
    QTest::newRow("two fields") << Edit([](Assistant &a) {
        a.setSmsEnabled(false);
        a.setThinkingSoundVolume(0.25);
    }) << QByteArray(R"({"sms_enabled":false,"thinking_sound_volume":0.25})");
    QTest::newRow("empty list") << Edit([](Assistant &a) { a.setCustomTools({}); })
                                << QByteArray(R"({"custom_tools":[]})");
}

void TestAssistantPatch::between()
{
    QFETCH(Edit, edit);
    QFETCH(QByteArray, expected);
    const Assistant base(seedJson());
    Assistant edited = base;
    edit(edited);
    const AssistantPatch patch = AssistantPatch::between(base, edited);
    QCOMPARE(QJsonDocument(patch.body()).toJson(QJsonDocument::Compact),
             QJsonDocument(parse(expected)).toJson(QJsonDocument::Compact));
    QCOMPARE(patch.isEmpty(), expected == "{}");
    QCOMPARE(parse(patch.toJson()), parse(expected));
}

void TestAssistantPatch::unchangedIntegerWrittenAsDouble()
{
    // A form writes doubles; the server sent integers. Equal numbers are no change.
    const Assistant base(parse(R"({"max_call_duration_secs":600,"background_sound_volume":1})"));
    Assistant edited = base;
    edited.setMaxCallDurationSecs(600.0);
    edited.setBackgroundSoundVolume(1.0);
    QVERIFY(AssistantPatch::between(base, edited).isEmpty());
}

void TestAssistantPatch::forCreate()
{
    Assistant draft;
    draft.setName(QStringLiteral("name"));
    draft.setPrompt(QStringLiteral("prompt"));
    QCOMPARE(parse(AssistantPatch::forCreate(draft).toJson()), parse(R"({"name":"name","prompt":"prompt"})"));

    // A clone of a full assistant: read-only members go, nulls are left out, the rest stays.
    Assistant full(seedJson());
    full.setWebhookUrl(std::nullopt);
    const AssistantPatch body = AssistantPatch::forCreate(full);
    for (const char *key : {"id", "organization_id", "created_at", "updated_at", "pending_faq_count", "webhook_url"})
        QVERIFY2(!body.contains(QLatin1String(key)), key);
    QCOMPARE(body.keys().size(), 39 - 6);
    QCOMPARE(body.value(QStringLiteral("faq_items")),
             QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("answer"), QStringLiteral("answer")},
                                               {QStringLiteral("question"), QStringLiteral("question")}}}));
}

void TestAssistantPatch::appliedTo()
{
    const Assistant base(seedJson());
    Assistant edited = base;
    edited.setName(QStringLiteral("New"));
    edited.setWebhookUrl(std::nullopt);
    const Assistant merged = AssistantPatch::between(base, edited).appliedTo(base);
    QCOMPARE(merged.name(), QStringLiteral("New"));
    QVERIFY(merged.value(QStringLiteral("webhook_url")).isNull());
    QCOMPARE(merged.prompt(), base.prompt());
}

QTEST_GUILESS_MAIN(TestAssistantPatch)
#include "TestAssistantPatch.moc"
