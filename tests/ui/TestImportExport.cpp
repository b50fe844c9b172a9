// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export Selected… and File ▸ Import… (issue 15 in the app), through the real window and its widgets
// against the sandbox: the bundle revox-studio-cli reads and writes, a tool credential in it only when the user
// asks (the file readable by its owner alone either way); an import that sends nothing before the preview every
// bulk change has, creates through CreateJob and updates through SaveJob in one batch (one journal batch); the
// rules for a name already taken; a secret redacted on export refused, naming its tool and header, until a value
// is typed; and a file that is no bundle refused with why.
#include "core/AssistantBundle.h"
#include "core/AssistantPatch.h"
#include "core/AssistantProxyModel.h"
#include "core/AssistantTableModel.h"
#include "core/BatchSave.h"
#include "core/SecretFields.h"
#include "journal/JournalStore.h"
#include "support/AppFixture.h"
#include "ui/MainWindow.h"
#include "ui/bulk/BulkActions.h"
#include "ui/bulk/BulkPreviewPage.h"
#include "ui/bulk/ImportDialog.h"
#include "ui/bulk/ImportOptionsPage.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using NameTaken = ImportPlan::NameTaken;

namespace {

const QString kCanary = QStringLiteral("Bearer rvx_EXPORTCANARY_41c9e2");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool ownerOnly(const QString &path)
{
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    return QFileInfo::exists(path) && !(QFileInfo(path).permissions() & others);
}

} // namespace

class TestImportExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void exportHoldsCredentialsOnlyWhenAsked();
    void importSendsNothingBeforeThePreview();
    void namesTakenByTheChosenRule();
    void redactedCredentialRefusedUntilTyped();
    void fileThatIsNoBundleIsRefusedWithWhy();

private:
    MainWindow *window() const { return m_app->window(); }
    QTableView *table() const { return m_app->table(); }
    QString path(const QString &name) const { return m_app->dir().filePath(name); }
    // Ctrl+clicks these rows, as a user selects them.
    void select(const QStringList &ids);
    // A key on the table, the window active (a dialog shown and gone may have taken that from it).
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers);
    // An assistant with custom tools, the canary in its first tool's first header; the table shows it.
    QString plantCanary();
    // Ctrl+Shift+X: `secrets` answers the question about credentials (none when there are none), `file` is
    // chosen in the file dialog.
    void exportSelected(const QString &file, const QString &secrets);
    // Ctrl+I on `file`: the import window, or null.
    ImportDialog *importFile(const QString &file);
    // A bundle of these assistants, with their secrets, as another account's export would be.
    void writeBundle(const QString &file, const QList<Assistant> &assistants);
    bool preview(ImportDialog *dialog, int count);
    bool apply(ImportDialog *dialog);
    void chooseNameTaken(ImportDialog *dialog, NameTaken rule);
    QStringList resultTexts(ImportDialog *dialog) const;

    std::unique_ptr<AppFixture> m_app;
};

void TestImportExport::init()
{
    m_app = std::make_unique<AppFixture>();
    QVERIFY(m_app->startOnSandbox());
}

void TestImportExport::cleanup()
{
    const QStringList unexpected = m_app->prompter().unexpected();
    m_app.reset();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
}

void TestImportExport::select(const QStringList &ids)
{
    table()->setFocus();
    table()->clearSelection();
    const AssistantProxyModel *proxy = window()->proxy();
    for (const QString &id : ids) {
        const QModelIndex index = proxy->mapFromSource(window()->model()->index(window()->model()->rowOf(id), 0));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          table()->visualRect(index).center());
    }
}

void TestImportExport::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QTest::keyClick(table(), key, modifiers);
}

QString TestImportExport::plantCanary()
{
    const QList<Assistant> all = m_app->server().serverAssistants();
    const auto withTools = std::find_if(all.cbegin(), all.cend(), [](const Assistant &assistant) {
        return !assistant.customTools().isEmpty() && !assistant.customTools().first().headers.isEmpty();
    });
    if (withTools == all.cend())
        return {};
    QList<CustomTool> tools = withTools->customTools();
    tools.first().headers.first().value = kCanary;
    Assistant changed = *withTools;
    changed.setCustomTools(tools);
    AssistantPatch patch;
    patch.insert(QStringLiteral("custom_tools"), changed.value(QStringLiteral("custom_tools")));
    if (!m_app->server().patchOnServer(withTools->id(), patch) || m_app->load() <= 0)
        return {};
    return withTools->id();
}

void TestImportExport::exportSelected(const QString &file, const QString &secrets)
{
    if (!secrets.isEmpty())
        m_app->prompter().answer(QStringLiteral("exportSecretsQuestion"), secrets);
    if (secrets != Prompter::cancel)
        m_app->prompter().handleDialog(QStringLiteral("exportBundleDialog"), [file](QDialog *dialog) {
            auto *files = qobject_cast<QFileDialog *>(dialog);
            QVERIFY(files);
            QCOMPARE(files->acceptMode(), QFileDialog::AcceptSave);
            files->selectFile(file);
            QMetaObject::invokeMethod(files, "accept", Qt::DirectConnection); // as the Save button does
        });
    press(Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
}

ImportDialog *TestImportExport::importFile(const QString &file)
{
    m_app->prompter().handleDialog(QStringLiteral("importBundleDialog"), [file](QDialog *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        QVERIFY(files);
        QCOMPARE(files->acceptMode(), QFileDialog::AcceptOpen);
        files->selectFile(file);
        QMetaObject::invokeMethod(files, "accept", Qt::DirectConnection); // as the Open button does
    });
    press(Qt::Key_I, Qt::ControlModifier);
    ImportDialog *dialog = window()->bulkActions()->importDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestImportExport::writeBundle(const QString &file, const QList<Assistant> &assistants)
{
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(AssistantBundle::write(assistants, false));
}

bool TestImportExport::preview(ImportDialog *dialog, int count)
{
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("importPreview"));
    if (!button || !button->isEnabled())
        return false;
    QTest::keyClick(button, Qt::Key_Space);
    return QTest::qWaitFor([dialog, count] { return dialog->previewPage()->preview().size() == count; }, 20000);
}

bool TestImportExport::apply(ImportDialog *dialog)
{
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("bulkApply"));
    if (!button || !button->isEnabled())
        return false;
    button->click();
    return QTest::qWaitFor(
        [dialog] {
            return dialog->batch() && !dialog->batch()->isRunning()
                && dialog->batch()->finishedCount() == dialog->batch()->total();
        },
        60000);
}

void TestImportExport::chooseNameTaken(ImportDialog *dialog, NameTaken rule)
{
    auto *back = dialog->findChild<QPushButton *>(QStringLiteral("bulkBack"));
    if (back->isVisible())
        back->click();
    auto *choice = dialog->findChild<QComboBox *>(QStringLiteral("importNameTaken"));
    choice->setCurrentIndex(choice->findData(int(rule)));
}

QStringList TestImportExport::resultTexts(ImportDialog *dialog) const
{
    QStringList texts;
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("bulkPreviewList"));
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        texts.append(list->topLevelItem(row)->text(0) + QStringLiteral(": ") + list->topLevelItem(row)->text(1));
    return texts;
}

void TestImportExport::exportHoldsCredentialsOnlyWhenAsked()
{
    const QString withCanary = plantCanary();
    QVERIFY(!withCanary.isEmpty());
    const QString other
        = m_app->tableIds().constFirst() == withCanary ? m_app->tableIds().at(1) : m_app->tableIds().constFirst();
    select({withCanary, other});

    // Included on request: the credential is in the file, which only its owner may read.
    const QString clear = path(QStringLiteral("clear.json"));
    exportSelected(clear, QStringLiteral("includeSecrets"));
    QVERIFY(readAll(clear).contains(kCanary.toUtf8()));
    QVERIFY(ownerOnly(clear));
    QVERIFY2(window()->statusBar()->currentMessage().contains(QStringLiteral("in clear")),
             qPrintable(window()->statusBar()->currentMessage()));
    // The bundle revox-studio-cli reads: the two assistants, without what the server owns.
    const AssistantBundle::Read read = AssistantBundle::read(readAll(clear), clear);
    QVERIFY(read.issues.isEmpty());
    QCOMPARE(read.entries.size(), 2);
    QStringList names;
    for (const AssistantBundle::Entry &entry : read.entries) {
        names.append(entry.assistant.name());
        QVERIFY(!entry.assistant.contains(QStringLiteral("id")));
        QVERIFY(entry.redacted.isEmpty());
    }
    QCOMPARE(
        QSet<QString>(names.cbegin(), names.cend()),
        (QSet<QString>{window()->model()->assistant(withCanary)->name(), window()->model()->assistant(other)->name()}));
    // Byte for byte what the command line's export writes of them, in the table's order.
    QList<Assistant> inTableOrder;
    for (const QString &id : m_app->tableIds()) {
        if (id == withCanary || id == other)
            inTableOrder.append(*window()->model()->assistant(id));
    }
    QCOMPARE(readAll(clear), AssistantBundle::write(inTableOrder, false));

    // Redacted (the default answer): no credential in the file, a marker naming each instead.
    const QString redacted = path(QStringLiteral("redacted.json"));
    exportSelected(redacted, QStringLiteral("redactSecrets"));
    const QByteArray bytes = readAll(redacted);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains("EXPORTCANARY"));
    QVERIFY(bytes.contains("\"$redacted\""));
    QVERIFY(ownerOnly(redacted));
    const Prompter::Question asked = m_app->prompter().asked().last();
    QCOMPARE(asked.id, QStringLiteral("exportSecretsQuestion"));
    QCOMPARE(asked.defaultChoice, QStringLiteral("redactSecrets"));

    // Cancel at the question writes nothing and asks for no file.
    const QString none = path(QStringLiteral("none.json"));
    exportSelected(none, Prompter::cancel);
    QVERIFY(!QFileInfo::exists(none));

    // Without a selection the action is off.
    table()->clearSelection();
    QVERIFY(!m_app->action("actionExportSelected")->isEnabled());
}

void TestImportExport::importSendsNothingBeforeThePreview()
{
    const QList<Assistant> server = m_app->server().serverAssistants();
    Assistant changed = server.at(0);
    changed.setPrompt(QStringLiteral("A prompt brought from another account."));
    const Assistant same = server.at(1);
    Assistant added = server.at(2);
    added.setName(QStringLiteral("Imported Reception"));
    added.setPrompt(QStringLiteral("You answer for the imported reception."));
    const QString file = path(QStringLiteral("bundle.json"));
    writeBundle(file, {changed, same, added});
    const int rows = window()->model()->rowCount();

    ImportDialog *dialog = importFile(file);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("importNamesTaken"))->text(),
             QStringLiteral("2 name(s) in the file are taken here."));
    chooseNameTaken(dialog, NameTaken::Update);
    m_app->sandbox().clearRequests();
    QVERIFY(preview(dialog, 3));
    QCOMPARE(resultTexts(dialog),
             (QStringList{changed.name() + QStringLiteral(": Will change"),
                          same.name() + QStringLiteral(": Unchanged: it holds the bundle's values already."),
                          added.name() + QStringLiteral(": Will be created")}));
    QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("bulkTotals"))
                 ->text()
                 .startsWith(QStringLiteral("1 will be created · 1 will change · 1 unchanged")),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("bulkTotals"))->text()));
    // The update's PATCH is the changed field alone.
    QCOMPARE(dialog->previewPage()->preview().items().at(0).patch.body(),
             (QJsonObject{{QStringLiteral("prompt"), changed.prompt()}}));
    QVERIFY(m_app->server().requests(QStringLiteral("POST")).isEmpty());
    QVERIFY(m_app->server().requests(QStringLiteral("PATCH")).isEmpty());

    QVERIFY(apply(dialog));
    BatchSave *batch = dialog->batch();
    QCOMPARE(batch->count(BatchSave::Status::Created), 1);
    QCOMPARE(batch->count(BatchSave::Status::Saved), 1);
    QCOMPARE(m_app->server().requests(QStringLiteral("POST")).size(), 1);
    const QList<SandboxRequestRecord> patches = m_app->server().requests(QStringLiteral("PATCH"));
    QCOMPARE(patches.size(), 1);
    QVERIFY(patches.first().path.endsWith(changed.id()));
    QCOMPARE(QJsonDocument::fromJson(patches.first().body).object(),
             (QJsonObject{{QStringLiteral("prompt"), changed.prompt()}}));
    const QString newId = batch->results().at(1).assistantId;
    const std::optional<Assistant> created = m_app->server().serverAssistant(newId);
    QVERIFY(created);
    QCOMPARE(created->name(), added.name());
    QCOMPARE(created->prompt(), added.prompt());
    QCOMPARE(created->value(QStringLiteral("voice")), added.value(QStringLiteral("voice")));
    // The table shows both.
    QCOMPARE(window()->model()->rowCount(), rows + 1);
    QCOMPARE(window()->model()->assistant(newId)->name(), added.name());
    QCOMPARE(window()->model()->assistant(changed.id())->prompt(), changed.prompt());

    // One journal batch: the create and the update.
    const QList<JournalEntry> entries = m_app->journal()->entries({});
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries.at(0).batchId != 0);
    QCOMPARE(entries.at(0).batchId, entries.at(1).batchId);
    QList<JournalEntry::Operation> operations{entries.at(0).operation, entries.at(1).operation};
    std::sort(operations.begin(), operations.end());
    QCOMPARE(operations,
             (QList<JournalEntry::Operation>{JournalEntry::Operation::Create, JournalEntry::Operation::Update}));
    QCOMPARE(m_app->journal()->batch(entries.at(0).batchId)->description,
             QStringLiteral("Import of bundle.json (2 assistant(s))"));
}

void TestImportExport::namesTakenByTheChosenRule()
{
    const QList<Assistant> server = m_app->server().serverAssistants();
    const QString file = path(QStringLiteral("taken.json"));
    writeBundle(file, {server.at(0), server.at(1)});
    ImportDialog *dialog = importFile(file);
    QVERIFY(dialog);

    // By default a taken name stops its assistant, saying what to choose; nothing can be applied.
    QVERIFY(preview(dialog, 2));
    for (const QString &text : resultTexts(dialog)) {
        QVERIFY2(text.contains(QStringLiteral("exists already"))
                     && text.contains(QStringLiteral("When a name is taken")),
                 qPrintable(text));
    }
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("bulkApply"))->isEnabled());

    chooseNameTaken(dialog, NameTaken::Skip);
    QVERIFY(preview(dialog, 2));
    QCOMPARE(resultTexts(dialog).first(),
             server.at(0).name() + QStringLiteral(": Left out: an assistant of that name exists."));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("bulkApply"))->isEnabled());

    chooseNameTaken(dialog, NameTaken::Rename);
    QVERIFY(preview(dialog, 2));
    QCOMPARE(resultTexts(dialog),
             (QStringList{server.at(0).name() + QStringLiteral(" (2): Will be created"),
                          server.at(1).name() + QStringLiteral(" (2): Will be created")}));
    m_app->sandbox().clearRequests();
    QVERIFY(apply(dialog));
    QCOMPARE(dialog->batch()->count(BatchSave::Status::Created), 2);
    QCOMPARE(m_app->server().requests(QStringLiteral("POST")).size(), 2);
    QCOMPARE(m_app->server().serverAssistant(dialog->batch()->results().at(0).assistantId)->name(),
             server.at(0).name() + QStringLiteral(" (2)"));
    // The originals are as they were.
    QCOMPARE(m_app->server().serverAssistant(server.at(0).id())->json(), server.at(0).json());
}

void TestImportExport::redactedCredentialRefusedUntilTyped()
{
    const QString id = plantCanary();
    QVERIFY(!id.isEmpty());
    select({id});
    const QString file = path(QStringLiteral("redacted.json"));
    exportSelected(file, QStringLiteral("redactSecrets"));
    QVERIFY(!readAll(file).contains("EXPORTCANARY"));

    ImportDialog *dialog = importFile(file);
    QVERIFY(dialog);
    chooseNameTaken(dialog, NameTaken::Rename);
    auto *redacted = dialog->findChild<QTableWidget *>(QStringLiteral("importRedacted"));
    QVERIFY(redacted);
    QVERIFY(redacted->rowCount() >= 1);
    const QString first = redacted->item(0, 1)->text();
    QVERIFY2(first.startsWith(QStringLiteral("custom tool “")) && first.contains(QStringLiteral("header “")),
             qPrintable(first));

    // Not typed: refused, naming the tool and the header; nothing can be sent.
    m_app->sandbox().clearRequests();
    QVERIFY(preview(dialog, 1));
    const QString refused = resultTexts(dialog).first();
    QVERIFY2(refused.contains(first) && refused.contains(QStringLiteral("redacted on export")), qPrintable(refused));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("bulkApply"))->isEnabled());

    // Typed (the canary where it was): created with the values typed.
    chooseNameTaken(dialog, NameTaken::Rename);
    QStringList typed;
    for (int row = 0; row < redacted->rowCount(); ++row) {
        auto *value = dialog->findChild<QLineEdit *>(QStringLiteral("redactedValue:%1").arg(row));
        QVERIFY(value);
        QCOMPARE(value->echoMode(), QLineEdit::Password);
        typed.append(row == 0 ? kCanary : QStringLiteral("typed-%1").arg(row));
        value->setFocus();
        QTest::keyClicks(value, typed.last());
    }
    QVERIFY(preview(dialog, 1));
    QVERIFY2(resultTexts(dialog).first().endsWith(QStringLiteral("Will be created")),
             qPrintable(resultTexts(dialog).first()));
    QVERIFY(m_app->server().requests(QStringLiteral("POST")).isEmpty());
    QVERIFY(apply(dialog));
    QCOMPARE(dialog->batch()->count(BatchSave::Status::Created), 1);
    const std::optional<Assistant> created
        = m_app->server().serverAssistant(dialog->batch()->results().first().assistantId);
    QVERIFY(created);
    QStringList held;
    SecretFields::visit(created->json(), [&held](const SecretLocation &, const QString &value) {
        if (!value.isEmpty())
            held.append(value);
    });
    QCOMPARE(held, typed);
    QCOMPARE(created->customTools().first().headers.first().value, kCanary);
}

void TestImportExport::fileThatIsNoBundleIsRefusedWithWhy()
{
    const auto refused = [this](const QByteArray &content, const QString &reason) {
        const QString file = path(QStringLiteral("bad.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(content);
        out.close();
        m_app->prompter().answer(QStringLiteral("importProblem"), QStringLiteral("ok"));
        QVERIFY(!importFile(file));
        const Prompter::Question asked = m_app->prompter().asked().last();
        QCOMPARE(asked.id, QStringLiteral("importProblem"));
        QCOMPARE(asked.text, QStringLiteral("Nothing can be imported from %1.").arg(QDir::toNativeSeparators(file)));
        QVERIFY2(asked.informativeText.contains(reason), qPrintable(asked.informativeText));
    };
    refused("{\"format\": \"revox-studio-bundle\", \"assistants\": [", QStringLiteral("not valid JSON (at byte"));
    refused("{\"assistants\": []}", QStringLiteral("not a bundle of assistants"));
    refused("{\"format\": \"revox-studio-bundle\", \"version\": 1, \"assistants\": []}",
            QStringLiteral("The bundle holds no assistant."));
    QVERIFY(m_app->server().requests(QStringLiteral("POST")).isEmpty());

    // A bundle with one item that is no assistant: the rest can be imported, and the window says what is left out.
    const QString file = path(QStringLiteral("partly.json"));
    QJsonObject root
        = QJsonDocument::fromJson(AssistantBundle::write({m_app->server().serverAssistants().first()}, false)).object();
    QJsonArray items = root.value(u"assistants").toArray();
    items.prepend(42);
    root.insert(QStringLiteral("assistants"), items);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();
    ImportDialog *dialog = importFile(file);
    QVERIFY(dialog);
    auto *problems = dialog->findChild<QListWidget *>(QStringLiteral("importProblems"));
    QVERIFY(problems);
    QCOMPARE(problems->count(), 1);
    QVERIFY2(problems->item(0)->text().contains(QStringLiteral("assistants[0]: not an assistant")),
             qPrintable(problems->item(0)->text()));
    chooseNameTaken(dialog, NameTaken::Rename);
    QVERIFY(preview(dialog, 1));
}

QTEST_MAIN(TestImportExport)
#include "TestImportExport.moc"
