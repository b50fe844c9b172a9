// SPDX-License-Identifier: GPL-3.0-or-later
// The windows of issue 14 staged for the README's screenshots: the real main window on the sandbox's sample
// assistants, driven through its widgets as a user would, then left on screen for scripts/bulk-screenshots.sh
// to capture under Xvfb. Prints "GEOMETRY x y w h" (the window to crop to) and "READY", then waits to be killed.
//   revox-bulk-screenshots --scene editor|preview|results|find|compare
#include "core/AssistantPatch.h"
#include "core/AssistantTableModel.h"
#include "core/BatchSave.h"
#include "core/RevoxClient.h"
#include "support/AppFixture.h"
#include "ui/MainWindow.h"
#include "ui/bulk/BulkActions.h"
#include "ui/bulk/BulkEditDialog.h"
#include "ui/bulk/BulkEditorPage.h"
#include "ui/bulk/BulkFieldPanel.h"
#include "ui/bulk/BulkPreviewPage.h"
#include "ui/bulk/CompareDialog.h"
#include "ui/bulk/FindAllDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QTreeWidget>

namespace {

const QStringList kChosen = {QStringLiteral("Brightsmile Dental – Appointment Reminders"),
                             QStringLiteral("Evergreen Insurance – Renewal Check-in"),
                             QStringLiteral("Greenleaf Veterinary – Vaccination Reminders (draft)"),
                             QStringLiteral("Lumen Fitness – Membership Win-back"),
                             QStringLiteral("Northgate Recovery – Payment Reminder (Stage 1)"),
                             QStringLiteral("QuickFix Plumbing – After-Hours Line")};

void say(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

void select(AppFixture &app, const QStringList &names)
{
    QTableView *table = app.table();
    table->setFocus();
    table->clearSelection();
    const QAbstractItemModel *proxy = table->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (names.contains(proxy->index(row, 0).data().toString()))
            QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                              table->visualRect(proxy->index(row, 0)).center());
    }
}

// The bulk editor with two changes: a regular-expression replace in the prompts, and the voice speed set
// through the editor's own voice page on the template.
BulkEditDialog *stageEditor(AppFixture &app)
{
    select(app, kChosen);
    app.action("actionEditSelected")->trigger();
    BulkEditDialog *dialog = app.window()->bulkActions()->editDialog();
    BulkEditorPage *editor = dialog->editorPage();
    BulkFieldPanel *prompt = editor->showField(QStringLiteral("prompt"));
    auto *how = prompt->findChild<QComboBox *>(QStringLiteral("bulkOperation"));
    how->setCurrentIndex(how->findData(int(BulkOperation::Kind::ReplaceText)));
    QWidget *page = prompt->findChild<QWidget *>(QStringLiteral("bulkKind:replaceText"));
    QTest::keyClicks(page->findChild<QLineEdit *>(QStringLiteral("bulkFind")),
                     QStringLiteral("arrive (\\d+) minutes early"));
    page->findChild<QCheckBox *>(QStringLiteral("bulkRegex"))->click();
    QTest::keyClicks(page->findChild<QLineEdit *>(QStringLiteral("bulkReplace")),
                     QStringLiteral("arrive $1 minutes early and check in at the desk"));
    editor->showField(QStringLiteral("voice"));
    auto *speed = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("voice.speed"));
    speed->setFocus();
    speed->selectAll();
    QTest::keyClicks(speed, QStringLiteral("1.1"));
    return dialog;
}

bool waitFor(const std::function<bool()> &done)
{
    return QTest::qWaitFor(done, 30000);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption scene(QStringLiteral("scene"), QStringLiteral("What to show."), QStringLiteral("name"));
    parser.addOption(scene);
    parser.process(application);

    AppFixture app;
    QString error;
    if (!app.start({}, &error)) {
        say(QStringLiteral("ERROR ") + error);
        return 1;
    }
    MainWindow *window = app.createWindow();
    window->setGeometry(0, 0, 1600, 1000);
    app.showWindow();
    if (app.load() <= 0 || !app.waitForVoices()) {
        say(QStringLiteral("ERROR the list did not load"));
        return 1;
    }

    QWidget *shown = nullptr;
    const QString name = parser.value(scene);
    if (name == u"editor") {
        shown = stageEditor(app);
    } else if (name == u"preview" || name == u"results") {
        BulkEditDialog *dialog = stageEditor(app);
        dialog->findChild<QPushButton *>(QStringLiteral("bulkPreviewButton"))->click();
        waitFor([dialog] { return dialog->previewPage()->preview().size() == kChosen.size(); });
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("bulkPreviewList"));
        list->setCurrentItem(list->topLevelItem(0));
        if (name == u"results") {
            // A colleague's change since the preview (a conflict), and one assistant the server turns away.
            const QList<BatchSave::Entry> entries = dialog->previewPage()->entries();
            AssistantPatch colleague;
            QJsonObject voice = entries.at(2).base.value(QStringLiteral("voice")).toObject();
            voice.insert(QStringLiteral("speed"), 0.95);
            colleague.insert(QStringLiteral("voice"), voice);
            app.server().patchOnServer(entries.at(2).base.id(), colleague);
            SandboxFault rejected;
            rejected.kind = SandboxFault::Kind::Status;
            rejected.status = 422;
            rejected.method = QStringLiteral("PATCH");
            rejected.pathPattern = QStringLiteral("/api/assistants/%1$").arg(entries.at(4).base.id());
            rejected.body = R"({"message": "Validation failed", "errors": [{"field": "voice.speed",)"
                            R"( "message": "is above what this voice supports"}]})";
            app.sandbox().addFault(rejected);
            dialog->findChild<QPushButton *>(QStringLiteral("bulkApply"))->click();
            waitFor([dialog] { return dialog->batch() && !dialog->batch()->isRunning(); });
        }
        shown = dialog;
    } else if (name == u"find") {
        app.action("actionFindAll")->trigger();
        FindAllDialog *dialog = app.window()->bulkActions()->findDialog();
        dialog->findChild<QCheckBox *>(QStringLiteral("findAllRegex"))->click();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("findAllText")),
                         QStringLiteral("confirm(s|ed)? (the|your) (\\w+)"));
        dialog->findNow();
        waitFor([dialog] { return dialog->isIdle() && dialog->result().matches > 0; });
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("findAllReplacement")),
                         QStringLiteral("double-check$1 $2 $3"));
        shown = dialog;
    } else if (name == u"compare") {
        // A second clinic made from the first, with a few fields of its own.
        QString original;
        for (const AssistantSummary &summary : app.window()->model()->summaries()) {
            if (summary.name() == kChosen.at(0))
                original = summary.id();
        }
        const CallOutcome clone = SandboxFixture::await(app.server().colleague().cloneAssistant(original));
        AssistantPatch own;
        own.insert(QStringLiteral("name"), QStringLiteral("Brightsmile Dental – Dallas Reminders"));
        own.insert(QStringLiteral("max_call_duration_secs"), 420);
        own.insert(QStringLiteral("transfer_phone_number"), QStringLiteral("+12145550188"));
        QJsonObject voice = clone.assistant.value(QStringLiteral("voice")).toObject();
        voice.insert(QStringLiteral("speed"), 1.1);
        own.insert(QStringLiteral("voice"), voice);
        app.server().patchOnServer(clone.assistant.id(), own);
        app.load();
        select(app, {kChosen.at(0), QStringLiteral("Brightsmile Dental – Dallas Reminders")});
        app.action("actionCompare")->trigger();
        CompareDialog *dialog = app.window()->bulkActions()->compareDialog();
        auto *table = dialog->findChild<QTreeWidget *>(QStringLiteral("compareTable"));
        for (int row = 0; row < table->topLevelItemCount(); ++row) {
            if (table->topLevelItem(row)->data(0, Qt::UserRole).toString() == u"max_call_duration_secs")
                table->setCurrentItem(table->topLevelItem(row));
        }
        shown = dialog;
    } else {
        say(QStringLiteral("ERROR unknown scene %1").arg(name));
        return 1;
    }
    QTest::qWait(500); // painted
    if (qEnvironmentVariableIsSet("DEBUG_GEOMETRY")) {
        QWidget *panels = shown->findChild<QWidget *>(QStringLiteral("bulkPanels"));
        QTextStream(stderr) << "panels " << panels->geometry().height() << " hint " << panels->sizeHint().height()
                            << Qt::endl;
        for (QWidget *w : panels->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            QTextStream(stderr) << w->objectName() << " vis " << w->isVisible() << " h " << w->height() << " hint "
                                << w->sizeHint().height() << Qt::endl;
        QWidget *p = panels->findChild<QWidget *>(QStringLiteral("bulkPanel:voice"));
        for (QWidget *w : p->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            QTextStream(stderr) << "  " << w->metaObject()->className() << " " << w->objectName() << " vis "
                                << w->isVisible() << " h " << w->height() << " hint " << w->sizeHint().height()
                                << Qt::endl;
    }
    const QRect frame = shown->frameGeometry();
    say(QStringLiteral("GEOMETRY %1 %2 %3 %4").arg(frame.x()).arg(frame.y()).arg(frame.width()).arg(frame.height()));
    say(QStringLiteral("READY"));
    return application.exec();
}
