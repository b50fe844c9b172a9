// SPDX-License-Identifier: GPL-3.0-or-later
// BulkPreview: per assistant, what a bulk edit would send — the minimal PATCH, the changes in words, and the
// rules the result breaks (strict on what changed, never on what the server already holds).
#include "core/BulkPreview.h"

#include <QJsonArray>
#include <QTest>

namespace {

Assistant make(const QString &id, const QString &prompt, const QJsonValue &webhook = QJsonValue(QJsonValue::Null))
{
    return Assistant(QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("name"), QString(QStringLiteral("Assistant ") + id)},
                                 {QStringLiteral("prompt"), prompt},
                                 {QStringLiteral("webhook_url"), QJsonValue(webhook)}});
}

} // namespace

class TestBulkPreview : public QObject
{
    Q_OBJECT

private slots:
    void statusPatchAndChanges();
    void ruleHeldByTheServerDoesNotBlock();
    void manyInListOrder();
    void fromPairs();
};

void TestBulkPreview::statusPatchAndChanges()
{
    const BulkEdit edit({BulkOperation::replaceText(QStringLiteral("prompt"),
                                                    TextPattern(QStringLiteral("Hello {{(\\w+)}}"), {.regex = true}),
                                                    QStringLiteral("Hi {{\\1}}")),
                         BulkOperation::replaceText(QStringLiteral("prompt"), TextPattern(QStringLiteral("BREAK"), {}),
                                                    QStringLiteral("{{broken"))});
    const BulkPreview preview = BulkPreview::compute(
        {make(QStringLiteral("1"), QStringLiteral("Hello {{first_name}}.")),
         make(QStringLiteral("2"), QStringLiteral("Bye.")), make(QStringLiteral("3"), QStringLiteral("BREAK it"))},
        edit);
    QCOMPARE(preview.size(), 3);
    const BulkPreview::Item &changing = preview.items().at(0);
    QCOMPARE(changing.status, BulkPreview::Status::WillChange);
    QCOMPARE(changing.id(), QStringLiteral("1"));
    QCOMPARE(changing.patch.body(), (QJsonObject{{QStringLiteral("prompt"), QStringLiteral("Hi {{first_name}}.")}}));
    QCOMPARE(changing.changes.size(), 1);
    QVERIFY2(changing.changes.first().startsWith(QStringLiteral("Prompt:")), qPrintable(changing.changes.first()));
    QVERIFY(changing.problems.isEmpty());

    QCOMPARE(preview.items().at(1).status, BulkPreview::Status::Unchanged);
    QVERIFY(preview.items().at(1).patch.isEmpty());

    const BulkPreview::Item &invalid = preview.items().at(2);
    QCOMPARE(invalid.status, BulkPreview::Status::Invalid);
    QCOMPARE(invalid.problems.size(), 1);
    QCOMPARE(invalid.problems.first().path, QStringLiteral("prompt"));
    QVERIFY2(invalid.problems.first().message.startsWith(QStringLiteral("Prompt")),
             qPrintable(invalid.problems.first().message));

    QCOMPARE(preview.count(BulkPreview::Status::WillChange), 1);
    QCOMPARE(preview.count(BulkPreview::Status::Unchanged), 1);
    QCOMPARE(preview.count(BulkPreview::Status::Invalid), 1);
}

void TestBulkPreview::ruleHeldByTheServerDoesNotBlock()
{
    // The server holds a webhook that is no URL; changing the prompt is still fine.
    const BulkPreview preview
        = BulkPreview::compute({make(QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("not a url"))},
                               BulkEdit({BulkOperation::appendText(QStringLiteral("prompt"), QStringLiteral("b"))}));
    QCOMPARE(preview.items().first().status, BulkPreview::Status::WillChange);
    QCOMPARE(preview.items().first().patch.keys(), QStringList{QStringLiteral("prompt")});
}

void TestBulkPreview::manyInListOrder()
{
    QList<Assistant> assistants;
    for (int i = 0; i < 500; ++i)
        assistants.append(make(QString::number(i), i % 2 ? QStringLiteral("odd") : QStringLiteral("even")));
    const BulkPreview preview = BulkPreview::compute(
        assistants,
        BulkEdit({BulkOperation::replaceText(QStringLiteral("prompt"), TextPattern(QStringLiteral("odd"), {}),
                                             QStringLiteral("odd!"))}));
    QCOMPARE(preview.size(), 500);
    for (int i = 0; i < 500; ++i) {
        QCOMPARE(preview.items().at(i).id(), QString::number(i));
        QCOMPARE(preview.items().at(i).status,
                 i % 2 ? BulkPreview::Status::WillChange : BulkPreview::Status::Unchanged);
    }
}

void TestBulkPreview::fromPairs()
{
    const Assistant before = make(QStringLiteral("1"), QStringLiteral("a"));
    Assistant after = before;
    after.setName(QString());
    const BulkPreview preview = BulkPreview::fromPairs({{before, after}, {before, before}});
    QCOMPARE(preview.items().at(0).status, BulkPreview::Status::Invalid);
    QCOMPARE(preview.items().at(0).problems.first().path, QStringLiteral("name"));
    QCOMPARE(preview.items().at(1).status, BulkPreview::Status::Unchanged);
}

QTEST_GUILESS_MAIN(TestBulkPreview)
#include "TestBulkPreview.moc"
