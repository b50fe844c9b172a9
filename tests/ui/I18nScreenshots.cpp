// SPDX-License-Identifier: GPL-3.0-or-later
// The README's screenshots of issue 17, staged on the sandbox's sample data: the real main window in French, in
// the dark theme, with the command palette, then left on screen for scripts/i18n-screenshots.sh to capture under
// Xvfb. Prints "GEOMETRY x y w h" (the window to crop to) and "READY", then waits to be killed.
//   revox-i18n-screenshots --scene NAME [--language en|fr] [--theme system|light|dark]
// Scenes: list (the assistant table), editor (an editor with a changed field and a problem under another),
// palette (Ctrl+K with a few letters typed), conflict (the conflict dialog over the window).
#include "core/AssistantMerge.h"
#include "core/AssistantProxyModel.h"
#include "core/AssistantTableModel.h"
#include "core/LanguageSetup.h"
#include "support/AppFixture.h"
#include "ui/CommandPalette.h"
#include "ui/ConflictDialog.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/editor/AssistantEditor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDoubleSpinBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextStream>

namespace {

const QString kShown = QStringLiteral("Brightsmile Dental – Appointment Reminders");

void say(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

int rowOf(AppFixture &app, const QString &name)
{
    for (int row = 0; row < app.window()->proxy()->rowCount(); ++row) {
        if (app.window()->proxy()->index(row, 0).data().toString() == name)
            return row;
    }
    return 0;
}

// An editor on its General page: the voice speed changed (its page marked), the webhook URL not a web address (a
// problem, said under the field).
AssistantEditor *stageEditor(AppFixture &app)
{
    AssistantEditor *editor = app.openEditor(rowOf(app, kShown));
    editor->focusField(QStringLiteral("voice.speed"));
    auto *speed = editor->findChild<QDoubleSpinBox *>(QStringLiteral("voice.speed"));
    speed->selectAll();
    QTest::keyClicks(speed, QLocale().toString(1.1, 'f', 2));
    QTest::keyClick(speed, Qt::Key_Tab);
    editor->focusField(QStringLiteral("webhook_url"));
    auto *webhook = editor->findChild<QLineEdit *>(QStringLiteral("webhook_url"));
    webhook->selectAll();
    QTest::keyClicks(webhook, QStringLiteral("example.com/hook"));
    return editor;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption scene(QStringLiteral("scene"), QStringLiteral("What to show."), QStringLiteral("name"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("en or fr."), QStringLiteral("code"),
                                      QStringLiteral("en"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("system, light or dark."),
                                   QStringLiteral("name"), QStringLiteral("light"));
    parser.addOptions({scene, language, theme});
    parser.process(application);

    LanguageSetup languageSetup;
    languageSetup.install(parser.value(language));
    AppFixture app;
    QString error;
    if (!app.start({}, &error)) {
        say(QStringLiteral("ERROR ") + error);
        return 1;
    }
    app.settings().setValue(Theme::settingsKey, parser.value(theme));
    MainWindow *window = app.createWindow();
    window->setGeometry(0, 0, 1400, 860);
    app.showWindow();
    if (app.load() <= 0 || !app.waitForVoices()) {
        say(QStringLiteral("ERROR the list did not load"));
        return 1;
    }

    QWidget *shown = window;
    const QString name = parser.value(scene);
    if (name == u"list") {
        app.table()->selectRow(rowOf(app, kShown));
        app.table()->setFocus();
    } else if (name == u"editor") {
        stageEditor(app);
    } else if (name == u"palette") {
        stageEditor(app);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::ControlModifier);
        auto *palette = window->findChild<CommandPalette *>();
        QTest::qWaitForWindowActive(palette);
        QTest::keyClicks(palette->findChild<QLineEdit *>(QStringLiteral("paletteSearch")),
                         parser.value(language) == u"fr" ? QStringLiteral("vitesse") : QStringLiteral("speed"));
    } else if (name == u"conflict") {
        const QString id = window->proxy()->index(rowOf(app, kShown), 0).data(AssistantTableModel::IdRole).toString();
        const Assistant base = *window->model()->assistant(id);
        QJsonObject mine = base.json();
        mine.insert(QStringLiteral("first_sentence"), QStringLiteral("Hi, this is Sam from Brightsmile Dental."));
        QJsonObject theirs = base.json();
        theirs.insert(QStringLiteral("first_sentence"),
                      QStringLiteral("Hello! Sam here, calling from Brightsmile Dental about your visit."));
        static AssistantMerge merge(base, *Assistant::fromJson(mine), *Assistant::fromJson(theirs));
        auto *dialog = new ConflictDialog(merge, window);
        dialog->resize(1000, 520);
        dialog->show();
        QTest::qWaitForWindowExposed(dialog);
    } else {
        say(QStringLiteral("ERROR unknown scene %1").arg(name));
        return 1;
    }
    QTest::qWait(700); // painted, icons in
    const QRect frame = shown->frameGeometry();
    say(QStringLiteral("GEOMETRY %1 %2 %3 %4").arg(frame.x()).arg(frame.y()).arg(frame.width()).arg(frame.height()));
    say(QStringLiteral("READY"));
    return application.exec();
}
