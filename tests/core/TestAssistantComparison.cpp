// SPDX-License-Identifier: GPL-3.0-or-later
// AssistantComparison: two assistants field by field in catalogue order, what differs, and copying a field.
#include "core/AssistantComparison.h"
#include "core/AssistantPatch.h"

#include <QJsonArray>
#include <QTest>

class TestAssistantComparison : public QObject
{
    Q_OBJECT

private slots:
    void rowsInCatalogueOrder();
    void copyingAFieldTakesItWhole();
};

void TestAssistantComparison::rowsInCatalogueOrder()
{
    const Assistant left(QJsonObject{{QStringLiteral("id"), QStringLiteral("a")},
                                     {QStringLiteral("name"), QStringLiteral("North")},
                                     {QStringLiteral("prompt"), QStringLiteral("Same")},
                                     {QStringLiteral("max_call_duration_secs"), 600},
                                     {QStringLiteral("webhook_url"), QJsonValue::Null},
                                     {QStringLiteral("stt_model"), QStringLiteral("nova-3")}});
    const Assistant right(QJsonObject{{QStringLiteral("id"), QStringLiteral("b")},
                                      {QStringLiteral("name"), QStringLiteral("South")},
                                      {QStringLiteral("prompt"), QStringLiteral("Same")},
                                      {QStringLiteral("max_call_duration_secs"), 600.0}});
    const AssistantComparison comparison(left, right);
    QStringList keys;
    QStringList differing;
    for (const AssistantComparison::Row &row : comparison.rows()) {
        keys.append(row.key);
        if (row.differs)
            differing.append(row.key);
    }
    QVERIFY(!keys.contains(QStringLiteral("id"))); // read-only: always different, never copied
    QCOMPARE(keys.first(), QStringLiteral("name"));
    QCOMPARE(keys.last(), QStringLiteral("stt_model")); // unknown keys last
    QVERIFY(keys.indexOf(QStringLiteral("prompt")) < keys.indexOf(QStringLiteral("voice")));
    // 600 and 600.0 are equal, so are null and absent.
    QCOMPARE(differing, (QStringList{QStringLiteral("name"), QStringLiteral("stt_model")}));
    QCOMPARE(comparison.differenceCount(), 2);
    QCOMPARE(comparison.rows().first().label, QStringLiteral("Name"));
    QCOMPARE(comparison.rows().first().page, FieldPage::General);
}

void TestAssistantComparison::copyingAFieldTakesItWhole()
{
    const Assistant from(QJsonObject{{QStringLiteral("id"), QStringLiteral("a")},
                                     {QStringLiteral("faq_items"),
                                      QJsonArray{QJsonObject{{QStringLiteral("question"), QStringLiteral("Q")},
                                                             {QStringLiteral("answer"), QStringLiteral("A")},
                                                             {QStringLiteral("id"), QStringLiteral("faq-of-a")}}}}});
    const Assistant to(QJsonObject{{QStringLiteral("id"), QStringLiteral("b")},
                                   {QStringLiteral("webhook_url"), QStringLiteral("https://b.example.com")}});
    const Assistant copied = AssistantComparison::withField(to, from, QStringLiteral("faq_items"));
    QCOMPARE(AssistantPatch::between(to, copied).body(),
             (QJsonObject{{QStringLiteral("faq_items"),
                           QJsonArray{QJsonObject{{QStringLiteral("question"), QStringLiteral("Q")},
                                                  {QStringLiteral("answer"), QStringLiteral("A")}}}}}));
    // Absent on the other side: cleared here.
    const Assistant cleared = AssistantComparison::withField(to, from, QStringLiteral("webhook_url"));
    QCOMPARE(AssistantPatch::between(to, cleared).body(),
             (QJsonObject{{QStringLiteral("webhook_url"), QJsonValue::Null}}));
    QCOMPARE(cleared.id(), QStringLiteral("b"));
}

QTEST_GUILESS_MAIN(TestAssistantComparison)
#include "TestAssistantComparison.moc"
