// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkActions.h"

#include "AssistantPicker.h"
#include "BulkEditDialog.h"
#include "CompareDialog.h"
#include "FindAllDialog.h"
#include "ImportDialog.h"
#include "core/AssistantSchema.h"
#include "core/AssistantTableModel.h"
#include "core/BatchSave.h"
#include "ui/AssistantListPage.h"
#include "ui/ConnectionController.h"
#include "ui/EditorTabs.h"
#include "ui/Prompter.h"
#include "ui/editor/AssistantEditor.h"

#include <QKeySequence>

namespace {

constexpr int kStatusMessageMs = 8000;
constexpr int kShowSavedMs = 100;

void bringUp(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace

BulkActions::BulkActions(RevoxClient *client, AssistantTableModel *model, AssistantListPage *list, EditorTabs *tabs,
                         ConnectionController *connections, Prompter *prompter, QSettings *settings, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_model(model)
    , m_list(list)
    , m_tabs(tabs)
    , m_connections(connections)
    , m_prompter(prompter)
    , m_settings(settings)
    , m_window(window)
{
    m_showSaved.setSingleShot(true);
    m_showSaved.setInterval(kShowSavedMs);
    connect(&m_showSaved, &QTimer::timeout, this, &BulkActions::showSaved);
    // A list loaded anew (another connection, a refresh) already holds what the server has: copies still waiting
    // are dropped, never added to a list they do not belong to.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_showSaved.stop();
        m_savedCopies.clear();
    });
}

BulkEditDialog *BulkActions::editDialog() const
{
    return qobject_cast<BulkEditDialog *>(m_batchWindow.data());
}

ImportDialog *BulkActions::importDialog() const
{
    return qobject_cast<ImportDialog *>(m_batchWindow.data());
}

FindAllDialog *BulkActions::findDialog() const
{
    return m_find;
}

CompareDialog *BulkActions::compareDialog() const
{
    return m_compare;
}

QList<Assistant> BulkActions::assistants(const QStringList &ids) const
{
    QList<Assistant> list;
    list.reserve(ids.size());
    for (const QString &id : ids) {
        if (const std::optional<Assistant> assistant = m_model->assistant(id))
            list.append(*assistant);
    }
    return list;
}

std::optional<Assistant> BulkActions::current(const QString &id) const
{
    if (const AssistantEditor *editor = m_tabs->editorFor(id))
        return editor->edited();
    return m_model->assistant(id);
}

void BulkActions::setVoices(const QList<VoiceInfo> &voices)
{
    m_voices = voices;
    if (BulkEditDialog *edit = editDialog())
        edit->setVoices(voices);
}

void BulkActions::editSelected()
{
    const QStringList ids = m_list->selectedIds();
    if (ids.isEmpty()) {
        emit message(tr("Select the assistants to change first: click one, then Shift+click or Ctrl+click others, "
                        "or press %1 for all.")
                         .arg(QKeySequence(QKeySequence::SelectAll).toString(QKeySequence::NativeText)),
                     kStatusMessageMs);
        return;
    }
    openBulkEditor(assistants(ids), std::nullopt);
}

bool BulkActions::mayOpenBatchWindow()
{
    if (m_batchWindow && m_batchWindow->isApplying()) {
        emit message(tr("Changes are still being saved: wait for them, or cancel them, before starting others."),
                     kStatusMessageMs);
        bringUp(m_batchWindow);
        return false;
    }
    if (m_batchWindow)
        m_batchWindow->close();
    return true;
}

BatchApplyDialog::Context BulkActions::batchContext() const
{
    const ConnectionProfile &connection = m_connections->current();
    return {.client = m_client,
            .connectionName = connection.name,
            .production = connection.production,
            .settings = m_settings,
            .prompter = m_prompter,
            .accountSize = m_model->rowCount()};
}

void BulkActions::showBatchWindow(BatchApplyDialog *window)
{
    m_batchWindow = window;
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &BatchApplyDialog::saved, this, &BulkActions::onSaved);
    connect(window, &BatchApplyDialog::openRequested, this, [this](const QString &id) { openAt(id, QString()); });
    connect(window, &BatchApplyDialog::batchStarted, this, [this](BatchSave *batch) {
        connect(batch, &BatchSave::finished, this, &BulkActions::showSaved); // the list is whole when the batch ends
        emit batchStarted(batch);
    });
    bringUp(window);
}

void BulkActions::openBulkEditor(const QList<Assistant> &chosen, const std::optional<BulkEdit> &preview)
{
    if (chosen.isEmpty() || !mayOpenBatchWindow())
        return;
    auto *edit = new BulkEditDialog(batchContext(), chosen, m_window);
    edit->setVoices(m_voices);
    if (preview)
        edit->previewEdit(*preview);
    showBatchWindow(edit);
}

void BulkActions::importBundle(const QString &fileName, const AssistantBundle::Read &bundle)
{
    if (!mayOpenBatchWindow())
        return;
    BatchApplyDialog::Context context = batchContext();
    QSet<QString> ids;
    for (const AssistantSummary &summary : m_model->summaries())
        ids.insert(summary.id());
    context.knownIds = ids; // so that a create whose answer was lost is looked for, never posted twice
    showBatchWindow(new ImportDialog(context, fileName, bundle, m_model->summaries(), m_window));
}

void BulkActions::onSaved(const Assistant &copy)
{
    m_savedCopies.append(copy);
    if (!m_showSaved.isActive())
        m_showSaved.start();
    // An editor without edits follows the server; one with edits keeps the copy its edits were made on.
    if (AssistantEditor *editor = m_tabs->editorFor(copy.id()))
        editor->showServerCopy(copy);
}

void BulkActions::showSaved()
{
    m_showSaved.stop();
    if (!m_savedCopies.isEmpty())
        m_model->replaceAssistants(std::exchange(m_savedCopies, {}));
}

void BulkActions::openAt(const QString &id, const QString &path)
{
    const std::optional<Assistant> assistant = m_model->assistant(id);
    if (!assistant) {
        emit message(tr("That assistant is no longer in the list."), kStatusMessageMs);
        return;
    }
    AssistantEditor *editor = m_tabs->open(*assistant);
    m_window->raise();
    m_window->activateWindow();
    if (!path.isEmpty())
        editor->focusField(path);
}

void BulkActions::findInAll()
{
    if (!m_find) {
        m_find = new FindAllDialog(m_model, m_window);
        connect(m_find, &FindAllDialog::openRequested, this, &BulkActions::openAt);
        connect(m_find, &FindAllDialog::replaceRequested, this,
                [this](const QStringList &ids, const BulkEdit &edit) { openBulkEditor(assistants(ids), edit); });
    }
    bringUp(m_find);
}

void BulkActions::compare()
{
    if (auto *editor = qobject_cast<AssistantEditor *>(m_tabs->currentWidget())) {
        QList<AssistantPicker::Choice> choices;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const AssistantSummary &summary = m_model->summaryAt(row);
            if (summary.id() != editor->assistantId())
                choices.append({summary.id(), summary.name()});
        }
        AssistantPicker picker(tr("Compare “%1” with…").arg(editor->edited().name()), choices, m_window);
        if (m_prompter->exec(&picker) != QDialog::Accepted || picker.chosenId().isEmpty())
            return;
        showComparison(editor->assistantId(), picker.chosenId());
        return;
    }
    const QStringList ids = m_list->selectedIds();
    if (ids.size() != 2) {
        emit message(tr("Select two assistants to compare: click one, then Ctrl+click the other."), kStatusMessageMs);
        return;
    }
    showComparison(ids.at(0), ids.at(1));
}

void BulkActions::showComparison(const QString &leftId, const QString &rightId)
{
    if (m_compare)
        m_compare->close();
    m_compare = new CompareDialog(
        leftId, rightId, [this](const QString &id) { return current(id); }, m_window);
    m_compare->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_compare, &CompareDialog::copyRequested, this, &BulkActions::copyField);
    bringUp(m_compare);
}

void BulkActions::copyField(const QString &key, const QString &fromId, const QString &toId)
{
    const std::optional<Assistant> from = current(fromId);
    const std::optional<Assistant> target = m_model->assistant(toId);
    if (!from || !target) {
        m_compare->showNote(tr("That assistant is no longer in the list."));
        return;
    }
    // An ordinary edit in the other's editor: undoable there, saved only when the user saves it.
    AssistantEditor *editor = m_tabs->open(*target);
    editor->takeField(key, *from);
    m_compare->refresh();
    m_compare->showNote(tr("Copied “%1” into the editor of “%2”. Check it there and save it (Ctrl+Z there undoes "
                           "it).")
                            .arg(AssistantSchema::displayLabel(key), editor->edited().name()));
    bringUp(m_compare);
}

bool BulkActions::confirmLeaving(const QString &what)
{
    return !m_batchWindow || m_batchWindow->confirmLeaving(what);
}

void BulkActions::closeAll()
{
    for (QWidget *window : std::initializer_list<QWidget *>{m_batchWindow, m_compare}) {
        if (window)
            window->close();
    }
    if (m_find) {
        m_find->close();
        m_find->deleteLater();
    }
}
