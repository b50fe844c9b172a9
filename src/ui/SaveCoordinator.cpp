// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveCoordinator.h"

#include "NewAssistantDialog.h"
#include "core/AssistantSchema.h"
#include "core/CreateJob.h"
#include "core/SaveJob.h"
#include "editor/AssistantEditor.h"

namespace {

constexpr int kStatusMessageMs = 5000;

QString labels(const QStringList &keys)
{
    QStringList result;
    for (const QString &key : keys)
        result.append(AssistantSchema::displayLabel(key));
    return result.join(QStringLiteral(", "));
}

} // namespace

SaveCoordinator::SaveCoordinator(RevoxClient *client, Prompter *prompter, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_window(window)
    , m_resolver(prompter, window)
{ }

void SaveCoordinator::save(AssistantEditor *editor)
{
    emit message(tr("Saving “%1”…").arg(editor->base().name()), 0);
    // A child of the editor: closing the editor ends its save. It merges against what the editor assumes the
    // server holds (a field put back from the history: what that change left there).
    auto *job = new SaveJob(m_client, editor->mergeBase(), editor->edited(), &m_resolver, editor);
    connect(job, &SaveJob::finished, this, [this, editor](const SaveResult &result) {
        editor->finishSave(result);
        emit message(savedMessage(result), result.succeeded() ? kStatusMessageMs : 0);
        emit saveFinished(editor, result);
    });
    emit saving(editor, job);
    job->start();
}

QString SaveCoordinator::uncertainAdvice(const CreateResult &result) const
{
    if (result.suspects.isEmpty())
        return tr("The server may have created it before the answer was lost. Press Create again: Revox Studio "
                  "checks the list first and creates it only if it is not there.");
    // Found in the list, but changed since they were created: ours, renamed by someone, cannot be told apart.
    QStringList names;
    for (const Assistant &suspect : result.suspects)
        names.append(QStringLiteral("“%1”").arg(suspect.name()));
    return tr("The server may have created it before the answer was lost, and someone may have changed it since: "
              "%n assistant(s) appeared meanwhile and were changed afterwards (%1). Look at them in the list; "
              "press Create again to create it all the same.",
              nullptr, int(result.suspects.size()))
        .arg(names.join(QStringLiteral(", ")));
}

QString SaveCoordinator::savedMessage(const SaveResult &result) const
{
    QString text;
    if (result.outcome == SaveResult::Outcome::Saved)
        text = result.unstored.isEmpty()
            ? tr("Saved “%1”.").arg(result.answer->name())
            : tr("Saved “%1”, but not every field: see the editor.").arg(result.answer->name());
    else if (result.outcome == SaveResult::Outcome::NothingToSave)
        text = tr("Nothing left to save: the server already holds these values.");
    else
        return {};
    if (!result.takenFromServer.isEmpty())
        text += u' ' + tr("Took in changes made elsewhere to %1.").arg(labels(result.takenFromServer));
    return text;
}

void SaveCoordinator::newAssistant(const std::function<QSet<QString>()> &knownIds)
{
    if (m_newDialog) {
        m_newDialog->raise();
        m_newDialog->activateWindow();
        return;
    }
    auto *dialog = new NewAssistantDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_newDialog = dialog;
    // One job for every attempt of this dialog: it remembers a create whose answer was lost.
    auto *job = new CreateJob(m_client, dialog);
    emit creating(job);
    connect(dialog, &NewAssistantDialog::submitted, job, [dialog, job, knownIds](const Assistant &draft) {
        dialog->setBusy(true);
        job->setKnownIds(knownIds());
        job->submit(draft);
    });
    connect(job, &CreateJob::finished, dialog, [this, dialog](const CreateResult &result) {
        switch (result.outcome) {
        case CreateResult::Outcome::Created:
            emit created(*result.assistant, {});
            emit message(tr("Created “%1”.").arg(result.assistant->name()), kStatusMessageMs);
            dialog->accept();
            return;
        case CreateResult::Outcome::Recovered:
            emit created(*result.assistant, result.listed.value_or(QList<AssistantSummary>()));
            emit message(tr("Created “%1” (its answer was lost on the way, but the server has it).")
                             .arg(result.assistant->name()),
                         kStatusMessageMs);
            dialog->accept();
            return;
        case CreateResult::Outcome::NotCreated:
            dialog->showError(result.listed && result.error.mayHaveBeenApplied()
                                  ? result.error.message() + u'\n' + tr("It was not created. You can try again.")
                                  : result.error.message());
            return;
        case CreateResult::Outcome::Uncertain:
            dialog->showError(result.error.message() + u'\n' + uncertainAdvice(result));
            return;
        }
    });
    dialog->open();
}
