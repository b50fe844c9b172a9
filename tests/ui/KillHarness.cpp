// SPDX-License-Identifier: GPL-3.0-or-later
// The app in the middle of an edit, for TestNoLostEdits to kill: the same window, sandbox and draft store
// as revox-studio, an editor open with a change typed, then it waits for SIGKILL.
//   revox-kill-harness <sandbox.sqlite> <drafts dir> <settings.ini> <text to type>
#include "core/DraftStore.h"
#include "core/RevoxClient.h"
#include "core/SecretStore.h"
#include "sandbox/SandboxServer.h"
#include "ui/MainWindow.h"
#include "ui/editor/AssistantEditor.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        QTextStream(stderr) << "usage: revox-kill-harness <sandbox.sqlite> <drafts dir> <settings.ini> <text>\n";
        return 2;
    }
    SandboxServer sandbox;
    SandboxServer::Options options;
    options.dataPath = args.at(1);
    QString error;
    if (!sandbox.start(options, &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    QNetworkAccessManager network;
    RevoxClient client(&network);
    MemorySecretStore secrets;
    QSettings settings(args.at(3), QSettings::IniFormat);
    DraftStore drafts(args.at(2));
    MainWindow window(&client, &secrets, &settings, &drafts, {sandbox.baseUrl(), sandbox.apiKey(), QString()});
    window.show();

    QObject::connect(&window, &MainWindow::loadFinished, &app, [&](int count) {
        if (count <= 0)
            QApplication::exit(1);
        auto *table = window.findChild<QTableView *>(QStringLiteral("assistantTable"));
        table->selectionModel()->clearSelection();
        table->selectRow(0);
        window.findChild<QAction *>(QStringLiteral("actionOpen"))->trigger();
        auto *editor = window.findChild<AssistantEditor *>();
        auto *prompt = editor->findChild<QPlainTextEdit *>(QStringLiteral("prompt"));
        prompt->moveCursor(QTextCursor::End);
        QTest::keyClicks(prompt, args.at(4)); // typed like a user, through the widget
        // Ready once the draft on disk holds the edit; the test then kills this process.
        auto *poll = new QTimer(&app);
        QObject::connect(poll, &QTimer::timeout, &app, [&drafts, editor, poll, &args] {
            const std::optional<Draft> draft = drafts.load(ConnectionProfile::sandboxId(), editor->assistantId());
            if (draft && draft->edited.prompt().endsWith(args.at(4))) {
                poll->stop();
                QTextStream(stdout) << "READY " << editor->assistantId() << Qt::endl;
            }
        });
        poll->start(50);
    });
    window.activateConnection(ConnectionProfile::sandboxId());
    return app.exec();
}
