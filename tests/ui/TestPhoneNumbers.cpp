// SPDX-License-Identifier: GPL-3.0-or-later
// The phone numbers around an assistant, through the real window against the sandbox's sample numbers:
// the Calls page lists which numbers reach the assistant; a number is routed to it and away again after a
// confirmation (PATCH /phone-numbers/{id}), every open editor follows, the server holds the change; a
// refused change is said; deleting an assistant that still answers numbers names them in the question.
#include "core/RevoxCall.h"
#include "core/RevoxClient.h"
#include "support/AppFixture.h"
#include "ui/MainWindow.h"
#include "ui/editor/AssistantEditor.h"

#include <QAction>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

const QString kBrightsmile = u"0ac7a593-f056-5dc5-a762-3d80b7d98152"_s; // answers +15125550142
const QString kZinc = u"3727389b-5dc3-512b-a4a0-9ab1ec06ad16"_s; // answers none
const QString kFrontDesk = u"5b0e7c1a-3f4d-4a8e-9c2b-7d6f1e0a9b31"_s; // +15125550142 → Brightsmile
const QString kParis = u"9f3d2b7e-6a15-4c08-b4e1-0c8a5d9e2f67"_s; // +33184880123 → nobody
const QString kQuickFixLine = u"c2a94f60-8e17-4b5d-a3c9-1f2e6d7b8a04"_s; // +18885550177 → QuickFix

} // namespace

class TestPhoneNumbers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void callsPageListsTheNumbersThatReachIt();
    void routeHereAndAwayAgain();
    void routingTakesANumberFromAnotherAssistant();
    void refusedChangeIsSaid();
    void deleteNamesTheNumbersFirst();

private:
    AssistantEditor *openEditor(const QString &id);
    QTreeWidget *numbers(AssistantEditor *editor) const;
    QTreeWidgetItem *row(AssistantEditor *editor, const QString &numberId) const;
    // Selects the number's row with the keyboard, as a user would.
    void select(AssistantEditor *editor, const QString &numberId);
    QString routedOnServer(const QString &numberId); // inbound_assistant_id, read by a colleague
    QList<SandboxRequestRecord> patches() const;

    std::unique_ptr<AppFixture> m_app;
};

void TestPhoneNumbers::init()
{
    m_app = std::make_unique<AppFixture>();
    QVERIFY(m_app->startOnSandbox());
}

void TestPhoneNumbers::cleanup()
{
    const QStringList unexpected = m_app->prompter().unexpected();
    m_app.reset();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
}

AssistantEditor *TestPhoneNumbers::openEditor(const QString &id)
{
    m_app->tabs()->setCurrentIndex(0);
    AssistantEditor *editor = m_app->openEditor(int(m_app->tableIds().indexOf(id)));
    if (editor) // the numbers are read once, for every editor
        QTest::qWaitFor([this, editor] { return numbers(editor)->topLevelItemCount() > 0; }, 10000);
    return editor;
}

QTreeWidget *TestPhoneNumbers::numbers(AssistantEditor *editor) const
{
    return editor->findChild<QTreeWidget *>(u"phoneNumbers"_s);
}

QTreeWidgetItem *TestPhoneNumbers::row(AssistantEditor *editor, const QString &numberId) const
{
    QTreeWidget *tree = numbers(editor);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == numberId)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

void TestPhoneNumbers::select(AssistantEditor *editor, const QString &numberId)
{
    QTreeWidget *tree = numbers(editor);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Home);
    for (int guard = 0; guard < tree->topLevelItemCount() && tree->currentItem() != row(editor, numberId); ++guard)
        QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(tree->currentItem(), row(editor, numberId));
}

QString TestPhoneNumbers::routedOnServer(const QString &numberId)
{
    RevoxCall *call = m_app->server().colleague().listPhoneNumbers();
    QString routed = u"(unread)"_s;
    QSignalSpy finished(call, &RevoxCall::finished);
    connect(call, &RevoxCall::finished, this, [&] {
        for (const PhoneNumberInfo &number : call->phoneNumbers()) {
            if (number.id == numberId)
                routed = number.inboundAssistantId;
        }
    });
    finished.wait(10000);
    return routed;
}

QList<SandboxRequestRecord> TestPhoneNumbers::patches() const
{
    QList<SandboxRequestRecord> found;
    for (const SandboxRequestRecord &record : m_app->sandbox().requests()) {
        if (record.method == u"PATCH" && record.path.startsWith(u"/api/phone-numbers/"_s))
            found.append(record);
    }
    return found;
}

void TestPhoneNumbers::callsPageListsTheNumbersThatReachIt()
{
    AssistantEditor *editor = openEditor(kBrightsmile);
    QVERIFY(editor);
    auto *summary = editor->findChild<QLabel *>(u"phoneNumbersSummary"_s);
    QVERIFY2(summary->text().contains(u"+15125550142 (Brightsmile front desk)"_s), qPrintable(summary->text()));
    QTreeWidget *tree = numbers(editor);
    QCOMPARE(tree->topLevelItemCount(), 4);
    // Its own first, marked; the others say whom they reach.
    QCOMPARE(tree->topLevelItem(0)->data(0, Qt::UserRole).toString(), kFrontDesk);
    QVERIFY(tree->topLevelItem(0)->font(0).bold());
    QCOMPARE(tree->topLevelItem(0)->text(2), u"this assistant"_s);
    QVERIFY2(row(editor, kQuickFixLine)->text(2).startsWith(u"QuickFix"_s),
             qPrintable(row(editor, kQuickFixLine)->text(2)));
    QCOMPARE(row(editor, kParis)->text(2), u"no assistant"_s);
    // Buttons follow the selection: a number of its own can only be routed away.
    select(editor, kFrontDesk);
    QVERIFY(!editor->findChild<QPushButton *>(u"phoneNumberRouteHere"_s)->isEnabled());
    QVERIFY(editor->findChild<QPushButton *>(u"phoneNumberRouteAway"_s)->isEnabled());
    select(editor, kParis);
    QVERIFY(editor->findChild<QPushButton *>(u"phoneNumberRouteHere"_s)->isEnabled());
    QVERIFY(!editor->findChild<QPushButton *>(u"phoneNumberRouteAway"_s)->isEnabled());
    // The list was read once, with the editor; no change was sent.
    int reads = 0;
    for (const SandboxRequestRecord &record : m_app->sandbox().requests())
        reads += record.path == u"/api/phone-numbers" ? 1 : 0;
    QCOMPARE(reads, 1);
    QVERIFY(patches().isEmpty());
}

void TestPhoneNumbers::routeHereAndAwayAgain()
{
    AssistantEditor *editor = openEditor(kZinc);
    QVERIFY(editor);
    auto *summary = editor->findChild<QLabel *>(u"phoneNumbersSummary"_s);
    QVERIFY(summary->text().startsWith(u"No phone number"_s));
    auto *routeHere = editor->findChild<QPushButton *>(u"phoneNumberRouteHere"_s);
    auto *routeAway = editor->findChild<QPushButton *>(u"phoneNumberRouteAway"_s);

    // Asked first; Cancel sends nothing.
    select(editor, kParis);
    m_app->prompter().answer(u"routePhoneNumber"_s, Prompter::cancel);
    QTest::mouseClick(routeHere, Qt::LeftButton);
    const Prompter::Question asked = m_app->prompter().asked().last();
    QVERIFY2(asked.text.contains(u"+33184880123"_s) && asked.text.contains(u"Le Petit Zinc"_s), qPrintable(asked.text));
    QVERIFY(patches().isEmpty());

    // Confirmed: PATCH inbound_assistant_id, the panel follows the answer, the server holds it.
    m_app->prompter().answer(u"routePhoneNumber"_s, u"confirmRoute"_s);
    QTest::mouseClick(routeHere, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(row(editor, kParis)->text(2) == u"this assistant"_s, 10000);
    QCOMPARE(patches().size(), 1);
    QCOMPARE(patches().first().path, u"/api/phone-numbers/"_s + kParis);
    QCOMPARE(QJsonDocument::fromJson(patches().first().body).object(),
             (QJsonObject{{u"inbound_assistant_id"_s, kZinc}}));
    QVERIFY2(summary->text().contains(u"+33184880123"_s), qPrintable(summary->text()));
    QCOMPARE(routedOnServer(kParis), kZinc);
    QCOMPARE(numbers(editor)->currentItem(), row(editor, kParis)); // the selection stays
    QVERIFY(routeAway->isEnabled());

    // And away again: null, nobody answers it.
    m_app->prompter().answer(u"unroutePhoneNumber"_s, u"confirmUnroute"_s);
    QTest::mouseClick(routeAway, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(row(editor, kParis)->text(2) == u"no assistant"_s, 10000);
    QCOMPARE(patches().size(), 2);
    QCOMPARE(QJsonDocument::fromJson(patches().last().body).object(),
             (QJsonObject{{u"inbound_assistant_id"_s, QJsonValue::Null}}));
    QCOMPARE(routedOnServer(kParis), QString());
    QVERIFY(summary->text().startsWith(u"No phone number"_s));
}

void TestPhoneNumbers::routingTakesANumberFromAnotherAssistant()
{
    AssistantEditor *brightsmile = openEditor(kBrightsmile);
    AssistantEditor *zinc = openEditor(kZinc);
    QVERIFY(brightsmile && zinc);
    select(zinc, kFrontDesk);
    m_app->prompter().answer(u"routePhoneNumber"_s, u"confirmRoute"_s);
    QTest::mouseClick(zinc->findChild<QPushButton *>(u"phoneNumberRouteHere"_s), Qt::LeftButton);
    // The question said whom the number reaches now.
    QVERIFY2(m_app->prompter().asked().last().informativeText.contains(u"Brightsmile"_s),
             qPrintable(m_app->prompter().asked().last().informativeText));
    QTRY_VERIFY_WITH_TIMEOUT(row(zinc, kFrontDesk)->text(2) == u"this assistant"_s, 10000);
    // The other open editor follows at once.
    QVERIFY2(row(brightsmile, kFrontDesk)->text(2).startsWith(u"Le Petit Zinc"_s),
             qPrintable(row(brightsmile, kFrontDesk)->text(2)));
    QVERIFY(brightsmile->findChild<QLabel *>(u"phoneNumbersSummary"_s)->text().startsWith(u"No phone number"_s));
    QCOMPARE(routedOnServer(kFrontDesk), kZinc);
}

void TestPhoneNumbers::refusedChangeIsSaid()
{
    AssistantEditor *editor = openEditor(kZinc);
    QVERIFY(editor);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 404;
    fault.method = u"PATCH"_s;
    fault.pathPattern = u"^/api/phone-numbers/"_s;
    m_app->sandbox().addFault(fault);
    select(editor, kParis);
    m_app->prompter().answer(u"routePhoneNumber"_s, u"confirmRoute"_s);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"phoneNumberRouteHere"_s), Qt::LeftButton);
    auto *problem = editor->findChild<QLabel *>(u"phoneNumbersProblem"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!problem->isHidden(), 10000);
    QVERIFY2(problem->text().startsWith(u"+33184880123"_s) && problem->text().contains(u"no longer on the account"_s),
             qPrintable(problem->text()));
    QCOMPARE(row(editor, kParis)->text(2), u"no assistant"_s);
    QVERIFY(editor->findChild<QPushButton *>(u"phoneNumberRouteHere"_s)->isEnabled()); // may be tried again
}

void TestPhoneNumbers::deleteNamesTheNumbersFirst()
{
    QTableView *table = m_app->table();
    const auto ask = [&](const QString &id) -> QString {
        m_app->tabs()->setCurrentIndex(0);
        table->selectRow(int(m_app->tableIds().indexOf(id)));
        const qsizetype before = m_app->prompter().asked().size();
        m_app->prompter().answer(u"deleteConfirmation"_s, Prompter::cancel);
        m_app->action("actionDelete")->trigger();
        if (!QTest::qWaitFor([&] { return m_app->prompter().asked().size() == before + 1; }, 10000))
            return u"(not asked)"_s;
        const Prompter::Question question = m_app->prompter().asked().last();
        return question.text + u'\n' + question.informativeText;
    };
    const QString brightsmile = ask(kBrightsmile);
    QVERIFY2(brightsmile.contains(u"+15125550142 (Brightsmile front desk)"_s)
                 && brightsmile.contains(u"1 phone number"_s),
             qPrintable(brightsmile));
    const QString zinc = ask(kZinc);
    QVERIFY2(!zinc.contains(u"phone number"_s), qPrintable(zinc));
    QVERIFY(m_app->tableIds().contains(kBrightsmile)); // cancelled: nothing deleted

    // A number routed a moment ago by a colleague is named too: the list is read fresh for the question.
    PhoneNumberUpdate update;
    update.inboundAssistantId = kZinc;
    QSignalSpy routed(m_app->server().colleague().updatePhoneNumber(kParis, update), &RevoxCall::finished);
    QVERIFY(routed.wait(10000));
    const QString zincNow = ask(kZinc);
    QVERIFY2(zincNow.contains(u"+33184880123"_s), qPrintable(zincNow));
}

QTEST_MAIN(TestPhoneNumbers)
#include "TestPhoneNumbers.moc"
