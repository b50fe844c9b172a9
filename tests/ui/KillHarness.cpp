// SPDX-License-Identifier: GPL-3.0-or-later
// The app in the middle of an edit, for tests to kill: the same window, sandbox and draft store as
// revox-studio, an editor open with a change typed, then it waits for SIGKILL.
//   revox-kill-harness <sandbox.sqlite> <drafts dir> <settings.ini> <text to type> [options]
//     --open ID       the assistant to edit (default: the first row)
//     --keychain      keys in the OS keychain as revox-studio keeps them (KeychainSecretStore, with its
//                     session-only fallback), drafts sealed with them (SecretSealer)
//     --header TEXT   also types TEXT into the value of the first tool's second header
//     --journal FILE  keeps the change journal in FILE, as revox-studio keeps it
//     --save          then saves, against a server that stores the PATCH and holds back its answer: READY comes
//                     once the journal holds the save's entry, written before the request left
#include "core/AssistantProxyModel.h"
#include "core/AssistantTableModel.h"
#include "core/DraftStore.h"
#include "core/RevoxClient.h"
#include "core/SecretSealer.h"
#include "core/SecretStore.h"
#include "journal/JournalStore.h"
#include "keychain/KeychainSecretStore.h"
#include "sandbox/SandboxServer.h"
#include "ui/MainWindow.h"
#include "ui/editor/AssistantEditor.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace {

// As a user types it: in the cell's own editor, then Enter.
void typeIntoCell(AssistantEditor *editor, const QString &path, const QString &text)
{
    editor->focusField(path);
    auto *table = editor->findChild<QTableWidget *>(QStringLiteral("custom_tools[].headers"));
    table->editItem(table->currentItem());
    if (auto *line = table->viewport()->findChild<QLineEdit *>()) {
        line->selectAll();
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption open(QStringLiteral("open"), QStringLiteral("Assistant to edit."), QStringLiteral("id"));
    const QCommandLineOption keychain(QStringLiteral("keychain"), QStringLiteral("Keys in the OS keychain."));
    const QCommandLineOption header(QStringLiteral("header"), QStringLiteral("Header value to type."),
                                    QStringLiteral("text"));
    const QCommandLineOption journalFile(QStringLiteral("journal"), QStringLiteral("Change journal file."),
                                         QStringLiteral("file"));
    const QCommandLineOption save(QStringLiteral("save"), QStringLiteral("Save, and wait for the answer forever."));
    parser.addOptions({open, keychain, header, journalFile, save});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: revox-kill-harness <sandbox.sqlite> <drafts dir> <settings.ini> <text> "
                               "[--open ID] [--keychain] [--header TEXT] [--journal FILE] [--save]\n";
        return 2;
    }
    SandboxServer sandbox;
    SandboxServer::Options options;
    options.dataPath = args.at(0);
    QString error;
    if (!sandbox.start(options, &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    QNetworkAccessManager network;
    RevoxClient client(&network);
    std::unique_ptr<SecretStore> secrets;
    if (parser.isSet(keychain))
        secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("Revox Studio"));
    else
        secrets = std::make_unique<MemorySecretStore>();
    QSettings settings(args.at(2), QSettings::IniFormat);
    SecretSealer sealer(parser.isSet(keychain) ? secrets.get() : nullptr);
    DraftStore drafts(args.at(1), &sealer);
    std::unique_ptr<JournalStore> journal;
    if (parser.isSet(journalFile)) {
        journal = std::make_unique<JournalStore>(parser.value(journalFile), &sealer);
        journal->open();
    }
    MainWindow window(&client, secrets.get(), &settings, &drafts, {sandbox.baseUrl(), sandbox.apiKey(), QString()});
    window.setJournal(journal.get());
    window.show();

    const QString text = args.at(3);
    QObject::connect(&window, &MainWindow::loadFinished, &app, [&](int count) {
        if (count <= 0)
            QApplication::exit(1);
        auto *table = window.findChild<QTableView *>(QStringLiteral("assistantTable"));
        table->selectionModel()->clearSelection();
        const int row = parser.isSet(open) ? window.model()->rowOf(parser.value(open)) : 0;
        table->selectRow(window.proxy()->mapFromSource(window.model()->index(row, 0)).row());
        window.findChild<QAction *>(QStringLiteral("actionOpen"))->trigger();
        auto *editor = window.findChild<AssistantEditor *>();
        if (parser.isSet(header))
            typeIntoCell(editor, QStringLiteral("custom_tools[0].headers[1].value"), parser.value(header));
        auto *prompt = editor->findChild<QPlainTextEdit *>(QStringLiteral("prompt"));
        prompt->moveCursor(QTextCursor::End);
        QTest::keyClicks(prompt, text); // typed like a user, through the widget
        // Ready once the draft on disk holds the edit; the test then kills this process.
        auto *poll = new QTimer(&app);
        QObject::connect(poll, &QTimer::timeout, &app, [&, editor, poll, text] {
            const std::optional<Draft> draft = drafts.load(ConnectionProfile::sandboxId(), editor->assistantId());
            if (!draft || !draft->edited.prompt().endsWith(text))
                return;
            if (parser.isSet(save) && !editor->isSaving()) {
                // The server stores the PATCH, then holds its answer back: the app is killed waiting for it.
                SandboxFault stall;
                stall.kind = SandboxFault::Kind::StallBeforeHeaders;
                stall.delayMs = 600000;
                stall.method = QStringLiteral("PATCH");
                stall.times = -1;
                sandbox.addFault(stall);
                settings.setValue(QStringLiteral("editor/skipReview"), true);
                editor->save();
                return;
            }
            if (parser.isSet(save)) {
                // Ready when the entry is in the journal, and the server has taken the PATCH it announced.
                const QList<qint64> ids
                    = journal ? journal->ids({.assistantId = editor->assistantId()}) : QList<qint64>();
                if (ids.isEmpty() || journal->entry(ids.constFirst())->status != JournalEntry::Status::Pending)
                    return;
                const QList<SandboxRequestRecord> requests = sandbox.requests();
                if (std::none_of(requests.cbegin(), requests.cend(),
                                 [](const SandboxRequestRecord &r) { return r.method == u"PATCH"; }))
                    return;
            }
            poll->stop();
            QTextStream(stdout) << "READY " << editor->assistantId() << Qt::endl;
        });
        poll->start(50);
    });
    window.activateConnection(ConnectionProfile::sandboxId());
    return app.exec();
}
