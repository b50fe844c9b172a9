// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantActions.h"

#include "AssistantListPage.h"
#include "ConnectionController.h"
#include "Prompter.h"
#include "SaveCoordinator.h"
#include "core/AssistantTableModel.h"
#include "core/PhoneNumberDirectory.h"
#include "core/RevoxCall.h"
#include "core/CloneJob.h"
#include "core/DeleteJob.h"
#include "core/RevoxClient.h"

#include <QClipboard>
#include <QGuiApplication>

namespace {

constexpr int kStatusMessageMs = 5000;

} // namespace

AssistantActions::AssistantActions(RevoxClient *client, AssistantTableModel *model, AssistantListPage *list,
                                   ConnectionController *connections, SaveCoordinator *saves,
                                   PhoneNumberDirectory *numbers, Prompter *prompter, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_model(model)
    , m_list(list)
    , m_connections(connections)
    , m_saves(saves)
    , m_numbers(numbers)
    , m_prompter(prompter)
    , m_window(window)
{
    connect(m_saves, &SaveCoordinator::created, this, &AssistantActions::onCreated);
}

void AssistantActions::newAssistant()
{
    m_saves->newAssistant([this] {
        QSet<QString> ids;
        for (int row = 0; row < m_model->rowCount(); ++row)
            ids.insert(m_model->summaryAt(row).id());
        return ids;
    });
}

void AssistantActions::onCreated(const Assistant &created, const QList<AssistantSummary> &listed)
{
    if (!listed.isEmpty())
        m_model->setSummaries(listed);
    m_model->replaceAssistant(created);
    emit added(created.id());
}

void AssistantActions::cloneSelected()
{
    const QString id = m_list->selectedId();
    if (id.isEmpty())
        return;
    const std::optional<Assistant> source = m_model->assistant(id);
    if (!source)
        return;
    const QString name = source->name();
    emit message(tr("Cloning “%1”…").arg(name), 0);
    auto *job = new CloneJob(m_client, *source, this);
    connect(job, &CloneJob::finished, this, [this, name](const CloneResult &result) {
        emit message({}, 0);
        if (!result.clone) {
            emit failed(tr("“%1” could not be cloned. %2").arg(name, result.error.message()));
            return;
        }
        m_model->replaceAssistant(*result.clone);
        emit added(result.clone->id());
        emit message(tr("Cloned “%1” as “%2”.").arg(name, result.clone->name()), kStatusMessageMs);
    });
    emit cloning(job);
    job->start();
}

void AssistantActions::deleteSelected()
{
    const QString id = m_list->selectedId();
    if (id.isEmpty() || m_deleteAsking)
        return;
    const QString name = m_model->summaryAt(m_model->rowOf(id)).name();
    // The numbers it answers are named in the question: read them fresh, someone may have routed one.
    m_deleteAsking = true;
    emit message(tr("Checking which phone numbers reach “%1”…").arg(name), 0);
    const QString connection = m_connections->current().id;
    connect(
        m_numbers, &PhoneNumberDirectory::settled, this,
        [this, id, name, connection] {
            m_deleteAsking = false;
            emit message({}, 0);
            if (m_connections->current().id == connection) // not when another account is live now
                confirmDelete(id, name);
        },
        Qt::SingleShotConnection);
    m_numbers->reload();
}

void AssistantActions::confirmDelete(const QString &id, const QString &name)
{
    QString numbers;
    if (m_numbers->state() == PhoneNumberDirectory::State::Loaded) {
        const QList<PhoneNumberInfo> routed = m_numbers->routedTo(id);
        QStringList lines;
        for (const PhoneNumberInfo &number : routed)
            lines.append(QStringLiteral("• ")
                         + (number.label.isEmpty() ? number.phoneNumber
                                                   : QStringLiteral("%1 (%2)").arg(number.phoneNumber, number.label)));
        if (!routed.isEmpty())
            numbers = tr("It answers the inbound calls of %n phone number(s), which would then reach no assistant:",
                         nullptr, int(routed.size()))
                + u'\n' + lines.join(u'\n') + QStringLiteral("\n\n");
    } else {
        numbers = tr("The phone numbers could not be read (%1): any that route their calls to it would reach no "
                     "assistant.")
                      .arg(m_numbers->error().message())
            + QStringLiteral("\n\n");
    }
    const Prompter::Question question{
        .id = QStringLiteral("deleteConfirmation"),
        .icon = QMessageBox::Warning,
        .title = tr("Delete Assistant"),
        .text = tr("Delete the assistant “%1” from %2?").arg(name, m_connections->current().name),
        .informativeText
        = numbers + tr("ID: %1\nCalls that use this assistant will stop working. This cannot be undone.").arg(id),
        .choices
        = {{QStringLiteral("confirmDelete"), tr("Delete"), QMessageBox::DestructiveRole}, Prompter::cancelChoice()},
        .defaultChoice = Prompter::cancel};
    if (m_prompter->ask(m_window, question) != u"confirmDelete")
        return;

    // It reads the assistant whole first, so that what goes can be kept (the change journal keeps it).
    auto *job = new DeleteJob(m_client, id, this);
    connect(job, &DeleteJob::finished, this, [this, id, name](const DeleteResult &result) {
        // Already gone: somebody deleted it first; the outcome the user asked for holds.
        if (!result.succeeded()) {
            emit failed(tr("“%1” could not be deleted. %2").arg(name, result.error.message()));
            return;
        }
        emit deleted(id);
        m_model->removeAssistant(id);
        emit message(tr("Deleted “%1”.").arg(name), kStatusMessageMs);
        m_numbers->reload(); // its numbers answer no assistant now
    });
    emit deleting(job);
    job->start();
}

void AssistantActions::copySelectedId()
{
    const QString id = m_list->selectedId();
    if (id.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(id);
    emit message(tr("Copied ID %1").arg(id), kStatusMessageMs);
}
