// SPDX-License-Identifier: GPL-3.0-or-later
#include "SoakEdits.h"
#include "SoakRandom.h"

#include "core/AssistantPatch.h"
#include "core/Validation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

// The soak's random edits: valid by the app's own rules, and drawn across the whole catalogue.
class TestSoakEdits : public QObject
{
    Q_OBJECT

private slots:
    void everyEditableFieldIsDrawn();
    void valuesPassValidationAndDiffer();
    void everyWritableMemberOccurs();
    void createDraftsAreValid();
    void sameSeedSameDraws();
};

namespace {

// Every catalogue path under `path` that `value` holds ("custom_tools[].headers[].key", …).
void collectPaths(const QString &path, const QJsonValue &value, QSet<QString> &paths)
{
    paths.insert(path);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            collectPaths(path + u'.' + it.key(), it.value(), paths);
    } else if (value.isArray()) {
        const FieldSpec *spec = AssistantSchema::field(path);
        if (spec && spec->type == FieldType::ObjectList) {
            for (const QJsonValue &item : value.toArray())
                collectPaths(path + QStringLiteral("[]"), item, paths);
        }
    }
}

} // namespace

void TestSoakEdits::everyEditableFieldIsDrawn()
{
    const QStringList keys = SoakEdits::editableKeys();
    QVERIFY(keys.contains(QStringLiteral("name")));
    QVERIFY(keys.contains(QStringLiteral("custom_tools")));
    QVERIFY(!keys.contains(QStringLiteral("id")));
    QVERIFY(!keys.contains(QStringLiteral("created_by")));
    for (const FieldSpec *spec : AssistantSchema::topLevelFields())
        QCOMPARE(keys.contains(spec->key()), !spec->readOnly && spec->type != FieldType::Untyped);
}

void TestSoakEdits::valuesPassValidationAndDiffer()
{
    SoakRandom random(20240601);
    SoakEdits edits(random);
    Assistant assistant = edits.draftForCreate(QStringLiteral("Base"));
    for (int round = 0; round < 40; ++round) {
        for (const QString &key : SoakEdits::editableKeys()) {
            const std::optional<QJsonValue> value = edits.newValue(assistant, key);
            QVERIFY2(value, qPrintable(key));
            Assistant edited = assistant;
            edited.setValue(key, *value);
            QVERIFY2(AssistantPatch::differs(assistant, edited, key), qPrintable(key));
            const QList<ValidationIssue> issues = Validation::validateField(edited, key);
            QVERIFY2(issues.isEmpty(), qPrintable(key + u": " + issues.value(0).message));
            assistant = edited;
        }
    }
    QVERIFY(Validation::validate(assistant).isEmpty());
}

void TestSoakEdits::everyWritableMemberOccurs()
{
    SoakRandom random(7);
    SoakEdits edits(random);
    QSet<QString> seen;
    QSet<QString> nulls;
    Assistant assistant;
    for (int round = 0; round < 150; ++round) {
        for (const QString &key : SoakEdits::editableKeys()) {
            if (const std::optional<QJsonValue> value = edits.newValue(assistant, key)) {
                collectPaths(key, *value, seen);
                if (value->isNull())
                    nulls.insert(key);
                assistant.setValue(key, *value);
            }
        }
    }
    for (const FieldSpec &spec : AssistantSchema::fields()) {
        if (spec.readOnly || spec.type == FieldType::Untyped)
            continue;
        QVERIFY2(seen.contains(spec.path), qPrintable(spec.path));
        if (spec.isTopLevel() && spec.nullable)
            QVERIFY2(nulls.contains(spec.path), qPrintable(spec.path)); // cleared as well as set
    }
}

void TestSoakEdits::createDraftsAreValid()
{
    SoakRandom random(99);
    SoakEdits edits(random);
    for (int i = 0; i < 200; ++i) {
        const Assistant draft = edits.draftForCreate(QStringLiteral("Soak %1").arg(i));
        QCOMPARE(draft.name(), QStringLiteral("Soak %1").arg(i));
        const QList<ValidationIssue> issues = Validation::validateCreate(draft);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
    }
}

void TestSoakEdits::sameSeedSameDraws()
{
    SoakRandom first(42);
    SoakRandom second(42);
    SoakEdits a(first);
    SoakEdits b(second);
    QCOMPARE(a.draftForCreate(QStringLiteral("x")).json(), b.draftForCreate(QStringLiteral("x")).json());
    QVERIFY(SoakRandom::derive(42, QStringLiteral("A1")) != SoakRandom::derive(42, QStringLiteral("B1")));
    QCOMPARE(SoakRandom::derive(42, QStringLiteral("A1")), SoakRandom::derive(42, QStringLiteral("A1")));
}

QTEST_GUILESS_MAIN(TestSoakEdits)
#include "TestSoakEdits.moc"
