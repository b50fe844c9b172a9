// SPDX-License-Identifier: GPL-3.0-or-later
// Secret values on screen: masked wherever the app shows them (editor, review, conflict and draft dialogs)
// until the user asks to see them; what is sent stays exact.
#include "../core/SecretTestData.h"
#include "core/AssistantMerge.h"
#include "core/SecretPlaceholder.h"
#include "support/ScriptedPrompter.h"
#include "ui/ConflictDialog.h"
#include "ui/DraftRestoreDialog.h"
#include "ui/editor/AssistantEditor.h"
#include "ui/editor/ReviewChangesDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTest>

using namespace SecretTestData;

namespace {

// Everything a dialog shows as text: its lists and its text boxes.
QString shownText(const QWidget *dialog)
{
    QStringList texts;
    for (const QPlainTextEdit *edit : dialog->findChildren<QPlainTextEdit *>())
        texts.append(edit->toPlainText());
    for (const QListWidget *list : dialog->findChildren<QListWidget *>()) {
        for (int row = 0; row < list->count(); ++row)
            texts.append(list->item(row)->text());
    }
    return texts.join(u'\n');
}

// The user's version: a new Authorization for check_availability, typed.
Assistant withTypedToken()
{
    return withHeader(assistant(), 0, 0, typedCanary);
}

QString shownCell(QTableWidget *table, int row)
{
    auto *delegate = qobject_cast<QStyledItemDelegate *>(table->itemDelegateForColumn(1));
    return delegate->displayText(table->model()->index(row, 1).data(), QLocale());
}

} // namespace

class TestSecretMasking : public QObject
{
    Q_OBJECT
private slots:
    void reviewDialogMasksUntilRevealed();
    void reviewDialogWithoutSecretsOffersNoReveal();
    void conflictDialogMasksAsTheEditorDoes();
    void draftDialogMasks();
    void editorShowsAPlaceholderInWords();
};

void TestSecretMasking::reviewDialogMasksUntilRevealed()
{
    ReviewChangesDialog dialog(assistant(), withTypedToken());
    QVERIFY(!shownText(&dialog).contains(typedCanary));
    QVERIFY(!shownText(&dialog).contains(serverCanary));
    const QString body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reviewPatchBody"))->toPlainText();
    QVERIFY2(body.contains(QStringLiteral("check_availability")) && body.contains(QString(12, QChar(0x2022))),
             qPrintable(body)); // the shape of the body stays readable
    QVERIFY(!body.contains(
        QStringLiteral("application/json"))); // every value the catalogue marks, not only the changed one
    // What is sent is exact.
    QVERIFY(dialog.patch().toJson().contains(typedCanary.toUtf8()));
    QCOMPARE(dialog.patch(), AssistantPatch::between(assistant(), withTypedToken()));

    auto *reveal = dialog.findChild<QAbstractButton *>(QStringLiteral("reviewRevealSecrets"));
    QVERIFY(reveal && !reveal->isHidden());
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(shownText(&dialog).contains(typedCanary));
    QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("reviewPatchBody"))
                ->toPlainText()
                .contains(QStringLiteral("application/json")));
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(!shownText(&dialog).contains(typedCanary));
}

void TestSecretMasking::reviewDialogWithoutSecretsOffersNoReveal()
{
    Assistant edited = assistant();
    edited.setPrompt(QStringLiteral("Another prompt."));
    ReviewChangesDialog dialog(assistant(), edited);
    QVERIFY(dialog.findChild<QAbstractButton *>(QStringLiteral("reviewRevealSecrets"))->isHidden());
    QVERIFY(shownText(&dialog).contains(QStringLiteral("Another prompt.")));
}

void TestSecretMasking::conflictDialogMasksAsTheEditorDoes()
{
    const Assistant theirs = withHeader(assistant(), 0, 0, QStringLiteral("Bearer rvx_THEIRCANARY_5f1a"));
    AssistantMerge merge(assistant(), withTypedToken(), theirs);
    QCOMPARE(merge.conflicts(), QStringList{QStringLiteral("custom_tools")});
    ConflictDialog dialog(merge);
    for (const QString &secret : {serverCanary, typedCanary, QStringLiteral("rvx_THEIRCANARY_5f1a")})
        QVERIFY2(!shownText(&dialog).contains(secret), qPrintable(secret));
    QVERIFY(shownText(&dialog).contains(QStringLiteral("\"Authorization\""))); // which header, not its value
    auto *reveal = dialog.findChild<QAbstractButton *>(QStringLiteral("conflictRevealSecrets"));
    QVERIFY(reveal);
    reveal->click();
    for (const QString &secret : {serverCanary, typedCanary, QStringLiteral("rvx_THEIRCANARY_5f1a")})
        QVERIFY2(shownText(&dialog).contains(secret), qPrintable(secret));

    // A conflict without secrets has nothing to reveal.
    Assistant mine = assistant();
    mine.setName(QStringLiteral("Mine"));
    Assistant server = assistant();
    server.setName(QStringLiteral("Theirs"));
    AssistantMerge names(assistant(), mine, server);
    ConflictDialog plain(names);
    QVERIFY(!plain.findChild<QAbstractButton *>(QStringLiteral("conflictRevealSecrets")));
}

void TestSecretMasking::draftDialogMasks()
{
    const Draft draft{QStringLiteral("sandbox"), QStringLiteral("a1"), assistant(), withTypedToken(),
                      QDateTime::currentDateTimeUtc()};
    ScriptedPrompter prompter;
    DraftRestoreDialog dialog({draft}, &prompter);
    const QString details = dialog.findChild<QPlainTextEdit *>(QStringLiteral("draftDetails"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Header value")), qPrintable(details)); // says what changed
    QVERIFY(!details.contains(typedCanary));
    QVERIFY(!details.contains(serverCanary));
}

void TestSecretMasking::editorShowsAPlaceholderInWords()
{
    // A draft whose typed value was not kept, restored into an editor.
    const Assistant edited = withHeader(assistant(), 1, 0, SecretPlaceholder::withheld().toString());
    AssistantEditor editor(assistant(), nullptr);
    editor.setEdited(edited);
    editor.show();
    QVERIFY(editor.focusField(QStringLiteral("custom_tools[1].headers[0].value")));
    auto *table = editor.findChild<QTableWidget *>(QStringLiteral("custom_tools[].headers"));
    QVERIFY(shownCell(table, 0).contains(QStringLiteral("type it again")));
    editor.findChild<QAbstractButton *>(QStringLiteral("custom_tools[].headers.reveal"))->click();
    QVERIFY2(!shownCell(table, 0).contains(QStringLiteral("revox-secret")), qPrintable(shownCell(table, 0)));
    const Validation::Review review = editor.review(); // the save waits, and says why at the field
    QCOMPARE(review.blocking.size(), 1);
    QCOMPARE(review.blocking.first().path, QStringLiteral("custom_tools[1].headers[0].value"));
    QVERIFY2(review.blocking.first().message.contains(QStringLiteral("type it again")),
             qPrintable(review.blocking.first().message));

    // Opening the cell and leaving it empty keeps the placeholder; typing replaces it.
    const auto typeInCell = [table](const QString &text) {
        table->setCurrentCell(0, 1);
        table->editItem(table->item(0, 1));
        auto *line = table->viewport()->findChild<QLineEdit *>();
        QVERIFY(line);
        QCOMPARE(line->text(), QString()); // never the placeholder's text
        QCOMPARE(line->echoMode(), QLineEdit::Normal); // revealed above
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(!table->viewport()->findChild<QLineEdit *>()); // closed
    };
    typeInCell(QString());
    QCOMPARE(editor.edited(), edited);
    typeInCell(QStringLiteral("k-3"));
    QCOMPARE(editor.edited().customTools().at(1).headers.at(0).value, QStringLiteral("k-3"));
    QVERIFY(editor.review().canSave());
}

QTEST_MAIN(TestSecretMasking)
#include "TestSecretMasking.moc"
