// SPDX-License-Identifier: GPL-3.0-or-later
#include "DraftKeeper.h"

#include "Banner.h"
#include "DraftRestoreDialog.h"
#include "Prompter.h"
#include "core/SecretSealer.h"
#include "editor/AssistantEditor.h"

#include <QDir>
#include <QTimer>
#include <QUndoStack>

namespace {

// The promise (README) is a draft on disk within a second of each change. The timer starts at the first
// change and takes half of it, so that a burst of typing is written once; the other half is room for the
// write itself on a loaded machine. TestNoLostEdits::draftReachesTheDiskWithinASecond holds it to this.
constexpr int kDraftDelayMs = 500;

} // namespace

DraftKeeper::DraftKeeper(DraftStore *drafts, Prompter *prompter, Banner *banner, QWidget *window)
    : QObject(window)
    , m_drafts(drafts)
    , m_prompter(prompter)
    , m_banner(banner)
    , m_window(window)
{
    m_banner->setObjectName(QStringLiteral("draftBanner"));
}

void DraftKeeper::setConnection(const QString &connectionId)
{
    m_connection = connectionId;
    m_banner->hide();
}

void DraftKeeper::watch(AssistantEditor *editor)
{
    auto *timer = new QTimer(editor);
    timer->setSingleShot(true);
    timer->setInterval(kDraftDelayMs);
    m_timers.insert(editor, timer);
    connect(timer, &QTimer::timeout, this, [this, editor] { write(editor); });
    // Not restarted while typing: the draft is never older than the delay and its write.
    const auto schedule = [timer] {
        if (!timer->isActive())
            timer->start();
    };
    connect(editor->undoStack(), &QUndoStack::indexChanged, timer, schedule);
    connect(editor, &AssistantEditor::modifiedChanged, timer, schedule);
    connect(editor, &QObject::destroyed, this, [this, editor] {
        m_timers.remove(editor);
        m_unprotected.remove(editor);
    });
}

void DraftKeeper::write(AssistantEditor *editor)
{
    if (QTimer *timer = m_timers.value(editor))
        timer->stop();
    if (!m_drafts)
        return;
    if (!editor->isModified()) {
        m_drafts->remove(m_connection, editor->assistantId());
        return;
    }
    QString error;
    if (m_drafts->save(
            {m_connection, editor->assistantId(), editor->base(), editor->edited(), QDateTime::currentDateTimeUtc()},
            &error)) {
        if (m_unprotected.remove(editor))
            editor->hideDraftWarning();
        return;
    }
    // Once, not at every keystroke; saving to the server does not need the draft.
    if (m_unprotected.contains(editor))
        return;
    m_unprotected.insert(editor);
    editor->showDraftWarning(tr("Your edits are not protected: no draft of them can be written to %1 (%2), so a "
                                "crash would lose them. Saving to the server still works.")
                                 .arg(QDir::toNativeSeparators(m_drafts->directory()), error));
}

void DraftKeeper::setAsideUnreadable()
{
    if (!m_drafts)
        return;
    const DraftStore::Unreadable unreadable = m_drafts->setAsideUnreadable();
    QStringList notes;
    if (unreadable.moved > 0)
        notes.append(tr("%n draft(s) of unsaved edits could not be read (damaged or cut short). They were moved, as "
                        "they were, to %1: Revox Studio never deletes them.",
                        nullptr, unreadable.moved)
                         .arg(QDir::toNativeSeparators(m_drafts->damagedDirectory())));
    if (!unreadable.notMoved.isEmpty())
        notes.append(tr("%n draft(s) of unsaved edits could not be read, nor moved aside; they were left in %1.",
                        nullptr, int(unreadable.notMoved.size()))
                         .arg(QDir::toNativeSeparators(m_drafts->directory())));
    if (!notes.isEmpty())
        emit fileNote(notes.join(u' '));
}

void DraftKeeper::forget(AssistantEditor *editor)
{
    if (QTimer *timer = m_timers.value(editor))
        timer->stop();
    if (m_drafts)
        m_drafts->remove(m_connection, editor->assistantId());
}

QList<Draft> DraftKeeper::leftBehind(const QStringList &openIds) const
{
    QList<Draft> drafts;
    if (!m_drafts)
        return drafts;
    for (const Draft &draft : m_drafts->drafts(m_connection)) {
        if (!openIds.contains(draft.assistantId))
            drafts.append(draft);
    }
    return drafts;
}

void DraftKeeper::setServerCopies(std::function<std::optional<Assistant>(const QString &id)> lookup)
{
    m_serverCopy = std::move(lookup);
}

void DraftKeeper::offer(const QStringList &openIds)
{
    // Typed secrets in drafts open with the keychain's key: offer them once the keychain answered.
    if (m_drafts && !m_drafts->sealer()->isReady()) {
        if (!m_offerWaitsForKeys) {
            m_offerWaitsForKeys = true;
            connect(
                m_drafts->sealer(), &SecretSealer::ready, this,
                [this, openIds] {
                    m_offerWaitsForKeys = false;
                    offer(openIds);
                },
                Qt::SingleShotConnection);
        }
        return;
    }
    QStringList names;
    for (const Draft &draft : leftBehind(openIds))
        names.append(QStringLiteral("“%1”").arg(draft.edited.name()));
    if (names.isEmpty())
        return;
    m_banner->showMessage(
        Banner::Kind::Warning,
        names.size() == 1
            ? tr("Unsaved edits of %1 were kept from an earlier session.").arg(names.first())
            : tr("Unsaved edits of %n assistant(s) were kept from an earlier session: %1.", nullptr, int(names.size()))
                  .arg(names.join(QStringLiteral(", "))),
        tr("Review…"));
}

void DraftKeeper::review(const QStringList &openIds)
{
    // Secrets come back from the server's copy where it still holds them, typed ones from the sealer.
    QList<Draft> drafts;
    for (const Draft &draft : leftBehind(openIds)) {
        const std::optional<Assistant> server = m_serverCopy ? m_serverCopy(draft.assistantId) : std::nullopt;
        drafts.append(m_drafts->rehydrated(draft, server.value_or(Assistant())));
    }
    DraftRestoreDialog dialog(drafts, m_prompter, m_window);
    if (m_prompter->exec(&dialog) != QDialog::Accepted)
        return;
    for (const Draft &draft : dialog.toDiscard())
        m_drafts->remove(draft.connectionId, draft.assistantId);
    QStringList stillOpen = openIds;
    for (const Draft &draft : dialog.toRestore()) {
        emit restoreRequested(draft);
        stillOpen.append(draft.assistantId);
    }
    m_banner->hide();
    offer(stillOpen); // what was left for later is offered again
}
