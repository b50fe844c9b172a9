// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Assistant.h"
#include "core/AssistantSchema.h"
#include "core/Validation.h"
#include "sandbox/SandboxAssistants.h"
#include "sandbox/SandboxData.h"
#include "sandbox/SandboxGenerator.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

// Every value at a catalogue path ("custom_tools[].headers[].key"), across all list elements.
QList<QJsonValue> valuesAt(const QJsonValue &root, QStringList segments)
{
    if (segments.isEmpty())
        return {root};
    QString segment = segments.takeFirst();
    const bool list = segment.endsWith(QLatin1String("[]"));
    if (list)
        segment.chop(2);
    const QJsonValue value = root.toObject().value(segment);
    if (value.isUndefined())
        return {};
    if (!list)
        return valuesAt(value, segments);
    QList<QJsonValue> found;
    for (const QJsonValue &item : value.toArray())
        found += valuesAt(item, segments);
    return found;
}

// The catalogue paths that no assistant of `set` fills with a non-null value.
QStringList unusedPaths(const QList<QJsonObject> &set)
{
    QStringList unused;
    for (const FieldSpec &spec : AssistantSchema::fields()) {
        const QStringList segments = spec.path.split(QLatin1Char('.'));
        bool used = false;
        for (const QJsonObject &assistant : set) {
            for (const QJsonValue &value : valuesAt(assistant, segments))
                used |= !value.isNull() && !value.isUndefined();
        }
        if (!used)
            unused.append(spec.path);
    }
    return unused;
}

const QRegularExpression kTimestamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));

QSet<QString> catalogueVoiceIds()
{
    QSet<QString> ids;
    for (const QJsonValue &voice : SandboxData::voices())
        ids.insert(voice.toObject().value(u"id").toString());
    return ids;
}

} // namespace

class TestSandboxData : public QObject
{
    Q_OBJECT

private slots:
    void dataSets_data();
    void dataSets();
    void sampleNeedsNoCompletion();
    void sampleShowsVariety();
    void generatorIsDeterministic();
    void generatorListSizes();
};

void TestSandboxData::dataSets_data()
{
    QTest::addColumn<QList<QJsonObject>>("set");
    QTest::newRow("shipped sample") << SandboxData::sampleAssistants();
    // Index-driven variety: every field appears well within the first 60.
    QTest::newRow("generated") << SandboxGenerator().generate(60);
}

void TestSandboxData::dataSets()
{
    QFETCH(QList<QJsonObject>, set);
    QVERIFY(set.size() >= 12);

    // Every catalogued field, nested ones included, is used somewhere.
    const QStringList unused = unusedPaths(set);
    QVERIFY2(unused.isEmpty(), qPrintable(unused.join(u", ")));

    const QSet<QString> voices = catalogueVoiceIds();
    const QStringList seedKeys = SandboxAssistants::defaults().keys();
    QSet<QString> ids, faqIds, unknownKeys, models, providers;
    for (const QJsonObject &json : set) {
        const Assistant assistant(json);
        const QString name = assistant.name();
        // What the real server would accept as it is, and the full shape of a response.
        const QList<ValidationIssue> issues = Validation::validate(assistant, Validation::Level::Structure);
        QVERIFY2(issues.isEmpty(), qPrintable(name + u": " + issues.value(0).path + u" " + issues.value(0).message));
        for (const QString &key : seedKeys)
            QVERIFY2(json.contains(key), qPrintable(name + u": " + key));
        for (const char *key : {"id", "organization_id", "name", "prompt"})
            QVERIFY2(!json.value(QLatin1String(key)).toString().isEmpty(),
                     qPrintable(name + u": " + QLatin1String(key)));
        QVERIFY2(kTimestamp.match(json.value(u"created_at").toString()).hasMatch(), qPrintable(name));
        QVERIFY2(kTimestamp.match(json.value(u"updated_at").toString()).hasMatch(), qPrintable(name));
        QVERIFY2(json.value(u"updated_at").toString() >= json.value(u"created_at").toString(), qPrintable(name));
        QVERIFY2(voices.contains(assistant.voice()->id), qPrintable(name));

        const QList<FaqItem> faq = assistant.faqItems();
        int pending = 0;
        for (const FaqItem &item : faq) {
            QVERIFY(item.id && !faqIds.contains(*item.id));
            faqIds.insert(*item.id);
            QVERIFY(item.source && item.needsHumanAnswer);
            pending += *item.needsHumanAnswer ? 1 : 0;
            // An item waiting for a human has no answer yet.
            if (*item.needsHumanAnswer)
                QVERIFY(item.answer.isEmpty());
        }
        QCOMPARE(json.value(u"pending_faq_count").toInt(), pending);

        QVERIFY2(!ids.contains(assistant.id()), qPrintable(name));
        ids.insert(assistant.id());
        for (const QString &key : assistant.unknownKeys())
            unknownKeys.insert(key);
        models.insert(assistant.llmModel()->type);
        providers.insert(assistant.voice()->provider);
    }
    // Every variant of the unions, and keys of newer API versions for clients to carry through.
    QCOMPARE(models,
             (QSet<QString>{QStringLiteral("dedicated-instance"), QStringLiteral("openrouter"),
                            QStringLiteral("realtime")}));
    QCOMPARE(providers, (QSet<QString>{QStringLiteral("cartesia"), QStringLiteral("elevenlabs")}));
    QVERIFY2(unknownKeys.contains(QStringLiteral("stt_model")),
             qPrintable(QStringList(unknownKeys.values()).join(u' ')));
    QVERIFY(unknownKeys.contains(QStringLiteral("transfer_destinations")));
}

void TestSandboxData::sampleNeedsNoCompletion()
{
    // The shipped file is complete as it is: what the server loads is exactly what it holds.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonObject &assistant : SandboxData::sampleAssistants())
        QCOMPARE(SandboxAssistants::completed(assistant, now), assistant);
}

void TestSandboxData::sampleShowsVariety()
{
    const QList<QJsonObject> sample = SandboxData::sampleAssistants();
    QSet<QString> modes, languages, names;
    int pending = 0, withTools = 0, withCalendly = 0;
    QHash<QString, QString> voiceLanguage;
    for (const QJsonValue &voice : SandboxData::voices())
        voiceLanguage.insert(voice.toObject().value(u"id").toString(), voice.toObject().value(u"language").toString());
    for (const QJsonObject &json : sample) {
        const Assistant assistant(json);
        names.insert(assistant.name());
        modes.insert(assistant.firstSentenceMode());
        languages.insert(voiceLanguage.value(assistant.voice()->id));
        pending += int(json.value(u"pending_faq_count").toInt());
        withTools += assistant.customTools().isEmpty() ? 0 : 1;
        withCalendly += assistant.calendly() ? 1 : 0;
    }
    QCOMPARE(names.size(), sample.size());
    QCOMPARE(modes, (QSet<QString>{QStringLiteral("generated"), QStringLiteral("static"), QStringLiteral("none")}));
    QVERIFY2(languages.size() >= 5, qPrintable(QStringList(languages.values()).join(u' ')));
    QVERIFY(pending >= 5);
    QVERIFY(withTools >= 6);
    QVERIFY(withCalendly >= 2);
}

void TestSandboxData::generatorIsDeterministic()
{
    const SandboxGenerator generator;
    const QList<QJsonObject> first = generator.generate(30);
    QCOMPARE(SandboxGenerator().generate(30), first);
    QCOMPARE(generator.assistant(17), first.at(17));
    QVERIFY(generator.assistant(17) != generator.assistant(18));
}

void TestSandboxData::generatorListSizes()
{
    const SandboxGenerator generator;
    QSet<qsizetype> faqSizes, toolSizes;
    for (int i = 0; i < 300; ++i) {
        const QJsonObject assistant = generator.assistant(i);
        const qsizetype faq = assistant.value(u"faq_items").toArray().size();
        const qsizetype tools = assistant.value(u"custom_tools").toArray().size();
        QVERIFY2(faq >= 3 && faq <= 15, qPrintable(QString::number(faq)));
        QVERIFY2(tools <= 4, qPrintable(QString::number(tools)));
        faqSizes.insert(faq);
        toolSizes.insert(tools);
    }
    // The whole allowed range turns up, not one fixed size.
    QCOMPARE(faqSizes.size(), 13);
    QVERIFY(toolSizes.contains(0) && toolSizes.contains(3));
}

QTEST_GUILESS_MAIN(TestSandboxData)
#include "TestSandboxData.moc"
