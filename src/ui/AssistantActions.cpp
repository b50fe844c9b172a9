// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantActions.h"

#include "AssistantListPage.h"
#include "ConnectionController.h"
#include "Prompter.h"
#include "SaveCoordinator.h"
#include "core/AssistantTableModel.h"
#include "core/CloneJob.h"
#include "core/DeleteJob.h"
#include "core/PhoneNumberDirectory.h"
#include "core/RevoxCall.h"
#include "core/RevoxClient.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeySequence>

namespace {

constexpr int kStatusMessageMs = 5000;
constexpr int kOpenWithoutAsking = 10; // more editors than that at once: ask first
constexpr qsizetype kNamesListed = 10; // names shown in a question about many assistants

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

QString AssistantActions::nameOf(const QString &id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? id : m_model->summaryAt(row).name();
}

bool AssistantActions::confirmOpening(int count)
{
    if (count <= kOpenWithoutAsking)
        return true;
    const Prompter::Question question{
        .id = QStringLiteral("openManyConfirmation"),
        .icon = QMessageBox::Question,
        .title = tr("Open Assistants"),
        .text = tr("Open every selected assistant (%n), each in a tab of its own?", nullptr, count),
        .informativeText = tr("To change many assistants at once, Edit ▸ Edit Selected… (%1) is quicker.")
                               .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E).toString(QKeySequence::NativeText)),
        .choices = {{QStringLiteral("confirmOpen"), tr("Open All"), QMessageBox::AcceptRole}, Prompter::cancelChoice()},
        .defaultChoice = QStringLiteral("confirmOpen")};
    return m_prompter->ask(m_window, question) == u"confirmOpen";
}

void AssistantActions::cloneSelected()
{
    const QStringList ids = m_list->selectedIds();
    if (ids.isEmpty())
        return;
    if (ids.size() > 1) {
        // Each clone is a new assistant on the server (a POST, never repeated): worth a question when many.
        const Prompter::Question question{
            .id = QStringLiteral("cloneManyConfirmation"),
            .icon = QMessageBox::Question,
            .title = tr("Clone Assistants"),
            .text = tr("Clone every selected assistant (%n) on %1?", nullptr, int(ids.size()))
                        .arg(m_connections->current().name),
            .informativeText = tr("Each clone is a new assistant."),
            .choices
            = {{QStringLiteral("confirmClone"), tr("Clone"), QMessageBox::AcceptRole}, Prompter::cancelChoice()},
            .defaultChoice = QStringLiteral("confirmClone")};
        if (m_prompter->ask(m_window, question) != u"confirmClone")
            return;
    }
    for (const QString &id : ids)
        clone(id);
}

void AssistantActions::clone(const QString &id)
{
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
    const QStringList ids = m_list->selectedIds();
    if (ids.isEmpty() || m_deleteAsking)
        return;
    // The numbers they answer are named in the question: read them fresh, someone may have routed one.
    m_deleteAsking = true;
    emit message(ids.size() == 1 ? tr("Checking which phone numbers reach “%1”…").arg(nameOf(ids.first()))
                                 : tr("Checking which phone numbers reach the selected assistants…"),
                 0);
    const QString connection = m_connections->current().id;
    connect(
        m_numbers, &PhoneNumberDirectory::settled, this,
        [this, ids, connection] {
            m_deleteAsking = false;
            emit message({}, 0);
            if (m_connections->current().id == connection) // not when another account is live now
                confirmDelete(ids);
        },
        Qt::SingleShotConnection);
    m_numbers->reload();
}

QString AssistantActions::numbersReaching(const QStringList &ids) const
{
    if (m_numbers->state() != PhoneNumberDirectory::State::Loaded)
        return tr("The phone numbers could not be read (%1): any that route their calls to them would reach no "
                  "assistant.")
                   .arg(m_numbers->error().message())
            + QStringLiteral("\n\n");
    QStringList lines;
    for (const QString &id : ids) {
        for (const PhoneNumberInfo &number : m_numbers->routedTo(id))
            lines.append(QStringLiteral("• ")
                         + (number.label.isEmpty() ? number.phoneNumber
                                                   : QStringLiteral("%1 (%2)").arg(number.phoneNumber, number.label)));
    }
    if (lines.isEmpty())
        return {};
    return tr("They answer the inbound calls of %n phone number(s), which would then reach no assistant:", nullptr,
              int(lines.size()))
        + u'\n' + lines.join(u'\n') + QStringLiteral("\n\n");
}

void AssistantActions::confirmDelete(const QStringList &ids)
{
    const QString connection = m_connections->current().name;
    Prompter::Question question{
        .id = QStringLiteral("deleteConfirmation"),
        .icon = QMessageBox::Warning,
        .title = ids.size() == 1 ? tr("Delete Assistant") : tr("Delete Assistants"),
        .choices
        = {{QStringLiteral("confirmDelete"), tr("Delete"), QMessageBox::DestructiveRole}, Prompter::cancelChoice()},
        .defaultChoice = Prompter::cancel};
    const QString numbers = numbersReaching(ids);
    if (ids.size() == 1) {
        question.text = tr("Delete the assistant “%1” from %2?").arg(nameOf(ids.first()), connection);
        question.informativeText = numbers
            + tr("ID: %1\nCalls that use this assistant will stop working. This cannot be undone.").arg(ids.first());
    } else {
        QStringList names;
        for (qsizetype i = 0; i < ids.size() && i < kNamesListed; ++i)
            names.append(QStringLiteral("• ") + nameOf(ids.at(i)));
        if (ids.size() > kNamesListed)
            names.append(tr("… and %n more", nullptr, int(ids.size() - kNamesListed)));
        question.text = tr("Delete the selected assistants (%n) from %1?", nullptr, int(ids.size())).arg(connection);
        question.informativeText = names.join(u'\n') + QStringLiteral("\n\n") + numbers
            + tr("Calls that use these assistants will stop working. This cannot be undone.");
    }
    if (m_prompter->ask(m_window, question) != u"confirmDelete")
        return;

    auto pending = std::make_shared<int>(int(ids.size()));
    auto failures = std::make_shared<QStringList>();
    for (const QString &id : ids)
        remove(id, nameOf(id), pending, failures);
}

void AssistantActions::remove(const QString &id, const QString &name, const std::shared_ptr<int> &pending,
                              const std::shared_ptr<QStringList> &failures)
{
    const int total = *pending;
    // It reads the assistant whole first, so that what goes can be kept (the change journal keeps it).
    auto *job = new DeleteJob(m_client, id, this);
    connect(job, &DeleteJob::finished, this, [this, id, name, pending, failures, total](const DeleteResult &result) {
        // Already gone: somebody deleted it first; the outcome the user asked for holds.
        if (!result.succeeded()) {
            failures->append(tr("“%1” could not be deleted. %2").arg(name, result.error.message()));
        } else {
            emit deleted(id);
            m_model->removeAssistant(id);
        }
        if (--*pending > 0)
            return;
        m_numbers->reload(); // the numbers of what went answer no assistant now
        if (!failures->isEmpty())
            emit failed(failures->join(u'\n'));
        const int done = total - int(failures->size());
        if (total == 1 && done == 1)
            emit message(tr("Deleted “%1”.").arg(name), kStatusMessageMs);
        else if (done > 0)
            emit message(tr("Assistants deleted: %n.", nullptr, done), kStatusMessageMs);
    });
    emit deleting(job);
    job->start();
}

void AssistantActions::copySelectedId()
{
    const QStringList ids = m_list->selectedIds();
    if (ids.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(ids.join(u'\n'));
    emit message(ids.size() == 1 ? tr("Copied ID %1").arg(ids.first())
                                 : tr("Copied the IDs (%n), one per line.", nullptr, int(ids.size())),
                 kStatusMessageMs);
}
