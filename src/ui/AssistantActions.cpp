// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantActions.h"

#include "AssistantListPage.h"
#include "ConnectionController.h"
#include "Prompter.h"
#include "SaveCoordinator.h"
#include "core/AssistantTableModel.h"
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
                                   ConnectionController *connections, SaveCoordinator *saves, Prompter *prompter,
                                   QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_model(model)
    , m_list(list)
    , m_connections(connections)
    , m_saves(saves)
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
    const QString name = nameOf(id);
    emit message(tr("Cloning “%1”…").arg(name), 0);
    RevoxCall *call = m_client->cloneAssistant(id);
    connect(call, &RevoxCall::finished, this, [this, call, name] {
        emit message({}, 0);
        if (!call->succeeded()) {
            emit failed(tr("“%1” could not be cloned. %2").arg(name, call->error().message()));
            return;
        }
        m_model->replaceAssistant(call->assistant());
        emit added(call->assistant().id());
        emit message(tr("Cloned “%1” as “%2”.").arg(name, call->assistant().name()), kStatusMessageMs);
    });
}

void AssistantActions::deleteSelected()
{
    const QStringList ids = m_list->selectedIds();
    if (ids.isEmpty())
        return;
    const QString connection = m_connections->current().name;
    Prompter::Question question{
        .id = QStringLiteral("deleteConfirmation"),
        .icon = QMessageBox::Warning,
        .title = ids.size() == 1 ? tr("Delete Assistant") : tr("Delete Assistants"),
        .choices
        = {{QStringLiteral("confirmDelete"), tr("Delete"), QMessageBox::DestructiveRole}, Prompter::cancelChoice()},
        .defaultChoice = Prompter::cancel};
    if (ids.size() == 1) {
        question.text = tr("Delete the assistant “%1” from %2?").arg(nameOf(ids.first()), connection);
        question.informativeText
            = tr("ID: %1\nCalls that use this assistant will stop working. This cannot be undone.").arg(ids.first());
    } else {
        QStringList names;
        for (qsizetype i = 0; i < ids.size() && i < kNamesListed; ++i)
            names.append(QStringLiteral("• ") + nameOf(ids.at(i)));
        if (ids.size() > kNamesListed)
            names.append(tr("… and %n more", nullptr, int(ids.size() - kNamesListed)));
        question.text = tr("Delete the selected assistants (%n) from %1?", nullptr, int(ids.size())).arg(connection);
        question.informativeText
            = names.join(u'\n') + tr("\n\nCalls that use these assistants will stop working. This cannot be undone.");
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
    RevoxCall *call = m_client->deleteAssistant(id);
    connect(call, &RevoxCall::finished, this, [this, call, id, name, pending, failures, total] {
        // 404: somebody deleted it already; the outcome the user asked for holds.
        if (!call->succeeded() && call->error().httpStatus() != 404) {
            failures->append(tr("“%1” could not be deleted. %2").arg(name, call->error().message()));
        } else {
            emit deleted(id);
            m_model->removeAssistant(id);
        }
        if (--*pending > 0)
            return;
        if (!failures->isEmpty())
            emit failed(failures->join(u'\n'));
        const int done = total - int(failures->size());
        if (total == 1 && done == 1)
            emit message(tr("Deleted “%1”.").arg(name), kStatusMessageMs);
        else if (done > 0)
            emit message(tr("Assistants deleted: %n.", nullptr, done), kStatusMessageMs);
    });
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
