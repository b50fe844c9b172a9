// SPDX-License-Identifier: GPL-3.0-or-later
// ImportPlan, the rules both revox-studio-cli import and the app's Import… follow: what each assistant of a
// bundle becomes against the account's list (create, rename, skip, update, stop), which rules stop one and which
// are only said; a secret redacted on export stops its assistant until AssistantBundle::fill puts a value there;
// and the preview (BulkPreview::fromImport) those plans become before anything is sent.
#include "core/AssistantBundle.h"
#include "core/BulkPreview.h"
#include "core/ImportPlan.h"
#include "core/SecretFields.h"
#include "core/SecretPlaceholder.h"

#include <QJsonArray>
#include <QTest>

using Action = ImportPlan::Item::Action;
using NameTaken = ImportPlan::NameTaken;

namespace {

const QString kFile = QStringLiteral("bundle.json");
const QString kHint = QStringLiteral("choose how");

QJsonObject assistant(const QString &name, const QString &prompt, const QString &token = {})
{
    QJsonObject json{{QStringLiteral("name"), name}, {QStringLiteral("prompt"), prompt}};
    if (!token.isEmpty())
        json.insert(
            QStringLiteral("custom_tools"),
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("book_slot")},
                                   {QStringLiteral("description"), QStringLiteral("Books a slot")},
                                   {QStringLiteral("url"), QStringLiteral("https://api.example.com/book")},
                                   {QStringLiteral("method"), QStringLiteral("POST")},
                                   {QStringLiteral("headers"),
                                    QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("Authorization")},
                                                           {QStringLiteral("value"), token}}}}}});
    return json;
}

AssistantSummary existing(const QString &id, const QString &name, const QString &prompt)
{
    QJsonObject json = assistant(name, prompt);
    json.insert(QStringLiteral("id"), id);
    return AssistantSummary(Assistant(json));
}

QList<AssistantBundle::Entry> entriesOf(const QList<QJsonObject> &assistants, bool redact = false)
{
    QList<Assistant> list;
    for (const QJsonObject &json : assistants)
        list.append(Assistant(json));
    const AssistantBundle::Read read = AssistantBundle::read(AssistantBundle::write(list, redact), kFile);
    return read.entries;
}

} // namespace

class TestImportPlan : public QObject
{
    Q_OBJECT

private slots:
    void namesTakenByRule_data();
    void namesTakenByRule();
    void namesRepeatedInTheBundleAreRenamed();
    void updateNeedsOneAssistantOfThatName();
    void serverRulesStopEditorRulesAreNotes();
    void redactedSecretStopsUntilFilled();
    void previewOfAPlan();
    void ruleWords();
};

void TestImportPlan::namesTakenByRule_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("name");
    QTest::newRow("stop") << int(NameTaken::Stop) << int(Action::Stop) << QStringLiteral("Reception");
    QTest::newRow("rename") << int(NameTaken::Rename) << int(Action::Create) << QStringLiteral("Reception (3)");
    QTest::newRow("skip") << int(NameTaken::Skip) << int(Action::Skip) << QStringLiteral("Reception");
    QTest::newRow("update") << int(NameTaken::Update) << int(Action::Update) << QStringLiteral("Reception");
}

void TestImportPlan::namesTakenByRule()
{
    QFETCH(int, rule);
    QFETCH(int, action);
    QFETCH(QString, name);
    const QList<AssistantSummary> account{
        existing(QStringLiteral("a1"), QStringLiteral("Reception"), QStringLiteral("Old prompt.")),
        existing(QStringLiteral("a2"), QStringLiteral("Reception (2)"), QStringLiteral("Another."))};
    const QList<ImportPlan::Item> plan
        = ImportPlan::plan(entriesOf({assistant(QStringLiteral("Reception"), QStringLiteral("New prompt.")),
                                      assistant(QStringLiteral("Billing"), QStringLiteral("Bills."))}),
                           account, NameTaken(rule), kFile, kHint);
    QCOMPARE(plan.size(), 2);
    const ImportPlan::Item &clash = plan.first();
    QCOMPARE(int(clash.action), action);
    QCOMPARE(clash.name, name);
    switch (clash.action) {
    case Action::Stop:
        QCOMPARE(clash.issues.size(), 1);
        QCOMPARE(clash.issues.first().text(),
                 QStringLiteral("bundle.json: assistants[0].name: an assistant named “Reception” exists already (a1): "
                                "choose how"));
        break;
    case Action::Create:
        QCOMPARE(clash.wanted.name(), name); // "(2)" is taken too
        QVERIFY(!clash.existing);
        break;
    case Action::Skip:
        QCOMPARE(clash.existing->id(), QStringLiteral("a1"));
        break;
    case Action::Update:
        // The account's assistant with every field of the bundle's.
        QCOMPARE(clash.existing->id(), QStringLiteral("a1"));
        QCOMPARE(clash.wanted.id(), QStringLiteral("a1"));
        QCOMPARE(clash.wanted.prompt(), QStringLiteral("New prompt."));
        break;
    }
    // A name nobody has is created whatever the rule.
    QCOMPARE(plan.at(1).action, Action::Create);
    QCOMPARE(plan.at(1).name, QStringLiteral("Billing"));
    QVERIFY(plan.at(1).issues.isEmpty());
}

void TestImportPlan::namesRepeatedInTheBundleAreRenamed()
{
    const QList<ImportPlan::Item> plan
        = ImportPlan::plan(entriesOf({assistant(QStringLiteral("Billing"), QStringLiteral("One.")),
                                      assistant(QStringLiteral("Billing"), QStringLiteral("Two."))}),
                           QList<AssistantSummary>(), NameTaken::Stop, kFile, kHint);
    QCOMPARE(plan.at(0).name, QStringLiteral("Billing"));
    QCOMPARE(plan.at(1).name, QStringLiteral("Billing (2)"));
    QCOMPARE(plan.at(1).action, Action::Create);
}

void TestImportPlan::updateNeedsOneAssistantOfThatName()
{
    const QList<ImportPlan::Item> plan
        = ImportPlan::plan(entriesOf({assistant(QStringLiteral("Reception"), QStringLiteral("New."))}),
                           {existing(QStringLiteral("a1"), QStringLiteral("Reception"), QStringLiteral("1")),
                            existing(QStringLiteral("a2"), QStringLiteral("Reception"), QStringLiteral("2"))},
                           NameTaken::Update, kFile, kHint);
    QCOMPARE(plan.first().action, Action::Stop);
    QCOMPARE(plan.first().issues.first().message,
             QStringLiteral("“Reception”: 2 assistants have that name; update needs one"));
}

void TestImportPlan::serverRulesStopEditorRulesAreNotes()
{
    QJsonObject badSpeed = assistant(QStringLiteral("Fast"), QStringLiteral("Quick."));
    badSpeed.insert(QStringLiteral("max_call_duration_secs"), -5); // the server's own range
    QJsonObject badUrl = assistant(QStringLiteral("Hooked"), QStringLiteral("Hooks."));
    badUrl.insert(QStringLiteral("webhook_url"), QStringLiteral("not a url")); // a format: the editor's rule
    const QList<ImportPlan::Item> plan
        = ImportPlan::plan(entriesOf({badSpeed, badUrl}), QList<AssistantSummary>(), NameTaken::Stop, kFile, kHint);
    QCOMPARE(plan.at(0).action, Action::Stop);
    QCOMPARE(plan.at(0).issues.size(), 1);
    QCOMPARE(plan.at(0).issues.first().field, QStringLiteral("assistants[0].max_call_duration_secs"));
    QVERIFY2(plan.at(0).issues.first().message.startsWith(QStringLiteral("“Fast”: ")),
             qPrintable(plan.at(0).issues.first().message));
    QCOMPARE(plan.at(1).action, Action::Create);
    QVERIFY(plan.at(1).issues.isEmpty());
    QCOMPARE(plan.at(1).notes.size(), 1);
    QCOMPARE(plan.at(1).notes.first().field, QStringLiteral("assistants[1].webhook_url"));
}

void TestImportPlan::redactedSecretStopsUntilFilled()
{
    QList<AssistantBundle::Entry> entries = entriesOf(
        {assistant(QStringLiteral("Booker"), QStringLiteral("Books."), QStringLiteral("Bearer canary"))}, true);
    AssistantBundle::Entry &entry = entries.first();
    QCOMPARE(entry.redacted.size(), 1);
    const AssistantBundle::Redacted secret = entry.redacted.first();
    QCOMPARE(secret.path, QStringLiteral("custom_tools[0].headers[0].value"));
    QCOMPARE(secret.description, QStringLiteral("custom tool “book_slot”, header “Authorization”"));

    // Refused, naming the tool and the header, and never sent as a value.
    QList<ImportPlan::Item> plan = ImportPlan::plan(entries, QList<AssistantSummary>(), NameTaken::Stop, kFile, kHint);
    QCOMPARE(plan.first().action, Action::Stop);
    QCOMPARE(plan.first().issues.size(), 1);
    QCOMPARE(plan.first().issues.first().field, QStringLiteral("assistants[0].custom_tools[0].headers[0].value"));
    QVERIFY2(plan.first().issues.first().message.startsWith(secret.description),
             qPrintable(plan.first().issues.first().message));
    QVERIFY(SecretPlaceholder::isPlaceholder(entry.assistant.customTools().first().headers.first().value));

    // An empty value leaves it as it is; a value fills it and lifts the refusal.
    QVERIFY(AssistantBundle::fill(entry, secret.path, QString()));
    QCOMPARE(entry.redacted.size(), 1);
    QVERIFY(!AssistantBundle::fill(entry, QStringLiteral("custom_tools[3].headers[0].value"), QStringLiteral("x")));
    QVERIFY(AssistantBundle::fill(entry, secret.path, QStringLiteral("Bearer filled-in")));
    QVERIFY(entry.redacted.isEmpty());
    QVERIFY(entry.issues.isEmpty());
    QCOMPARE(entry.assistant.customTools().first().headers.first().value, QStringLiteral("Bearer filled-in"));
    plan = ImportPlan::plan(entries, QList<AssistantSummary>(), NameTaken::Stop, kFile, kHint);
    QCOMPARE(plan.first().action, Action::Create);
}

void TestImportPlan::previewOfAPlan()
{
    const QList<AssistantSummary> account{
        existing(QStringLiteral("a1"), QStringLiteral("Reception"), QStringLiteral("Old prompt.")),
        existing(QStringLiteral("a2"), QStringLiteral("Billing"), QStringLiteral("Bills.")),
        existing(QStringLiteral("a3"), QStringLiteral("Sales"), QStringLiteral("Sells."))};
    QList<ImportPlan::Item> plan
        = ImportPlan::plan(entriesOf({assistant(QStringLiteral("Reception"), QStringLiteral("New prompt.")),
                                      assistant(QStringLiteral("Billing"), QStringLiteral("Bills.")),
                                      assistant(QStringLiteral("Support"), QStringLiteral("Helps."))}),
                           account, NameTaken::Update, kFile, kHint);
    plan.append(ImportPlan::plan(entriesOf({assistant(QStringLiteral("Sales"), QStringLiteral("Sells more."))}),
                                 account, NameTaken::Skip, kFile, kHint));
    plan.append(ImportPlan::plan(
        entriesOf({assistant(QStringLiteral("Booker"), QStringLiteral("Books."), QStringLiteral("Bearer canary"))},
                  true),
        account, NameTaken::Skip, kFile, kHint));
    const BulkPreview preview = BulkPreview::fromImport(plan);
    QCOMPARE(preview.size(), 5);
    QCOMPARE(preview.count(BulkPreview::Status::WillChange), 2);
    QCOMPARE(preview.creates(), 1);

    const BulkPreview::Item &update = preview.items().at(0);
    QCOMPARE(update.status, BulkPreview::Status::WillChange);
    QVERIFY(!update.creates());
    QCOMPARE(update.id(), QStringLiteral("a1"));
    QCOMPARE(update.patch.body(), (QJsonObject{{QStringLiteral("prompt"), QStringLiteral("New prompt.")}}));

    const BulkPreview::Item &same = preview.items().at(1);
    QCOMPARE(same.status, BulkPreview::Status::Unchanged);
    QVERIFY(!same.reason.isEmpty());

    const BulkPreview::Item &create = preview.items().at(2);
    QCOMPARE(create.status, BulkPreview::Status::WillChange);
    QVERIFY(create.creates());
    QCOMPARE(create.name(), QStringLiteral("Support"));
    QCOMPARE(create.patch.body().value(u"name").toString(), QStringLiteral("Support"));
    QVERIFY(!create.changes.isEmpty());

    const BulkPreview::Item &skipped = preview.items().at(3);
    QCOMPARE(skipped.status, BulkPreview::Status::Unchanged);
    QCOMPARE(skipped.id(), QStringLiteral("a3"));
    QVERIFY(skipped.patch.isEmpty());
    QVERIFY(skipped.reason.startsWith(QStringLiteral("Left out")));

    const BulkPreview::Item &refused = preview.items().at(4);
    QCOMPARE(refused.status, BulkPreview::Status::Invalid);
    QCOMPARE(refused.name(), QStringLiteral("Booker"));
    QVERIFY(refused.problems.first().message.contains(QStringLiteral("header “Authorization”")));
    // What a preview shows holds no secret value: the redacted one is a placeholder.
    SecretFields::visit(refused.after.json(), [](const SecretLocation &, const QString &value) {
        QVERIFY(SecretPlaceholder::isPlaceholder(value));
    });
}

void TestImportPlan::ruleWords()
{
    QCOMPARE(ImportPlan::nameTakenFrom(QString()), NameTaken::Stop);
    QCOMPARE(ImportPlan::nameTakenFrom(QStringLiteral("rename")), NameTaken::Rename);
    QCOMPARE(ImportPlan::nameTakenFrom(QStringLiteral("skip")), NameTaken::Skip);
    QCOMPARE(ImportPlan::nameTakenFrom(QStringLiteral("update")), NameTaken::Update);
    QVERIFY(!ImportPlan::nameTakenFrom(QStringLiteral("merge")));
}

QTEST_GUILESS_MAIN(TestImportPlan)
#include "TestImportPlan.moc"
