// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DraftStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

class AssistantEditor;
class Banner;
class Prompter;
class QTimer;
class QWidget;

// Keeps every open editor's unsaved state on disk (DraftStore) within a second of each change, offers the
// drafts an earlier session left behind, and restores the ones the user picks. Drafts it cannot read are
// set aside and reported once; an editor whose draft cannot be written says so once (saving still works).
class DraftKeeper : public QObject
{
    Q_OBJECT

public:
    // `drafts` may be null (nothing is kept); `banner` offers what was left behind.
    DraftKeeper(DraftStore *drafts, Prompter *prompter, Banner *banner, QWidget *window);

    // The connection whose drafts are kept and offered; hides the offer of the previous one.
    void setConnection(const QString &connectionId);
    // Where the server's copy of an assistant is found (the loaded list): restored drafts take their unchanged
    // secrets back from it (DraftStore::rehydrated).
    void setServerCopies(std::function<std::optional<Assistant>(const QString &id)> lookup);

    // Follows the editor's changes (typing, undo, redo, a save's outcome) until it is destroyed.
    void watch(AssistantEditor *editor);
    // Writes the editor's draft now, or removes it when nothing is left unsaved.
    void write(AssistantEditor *editor);
    // The editor closes: its edits were saved, or the user chose to discard them.
    void forget(AssistantEditor *editor);
    // Offers, in the banner, the drafts of the connection that no open editor shows.
    void offer(const QStringList &openIds);
    // The banner's action: which drafts to restore or discard (DraftRestoreDialog).
    void review(const QStringList &openIds);
    // Sets aside the draft files that cannot be read (DraftStore::setAsideUnreadable) and says how many and
    // where they are (fileNote). Once at start: those moved are not found again.
    void setAsideUnreadable();

signals:
    // Open an editor on the draft's own base and put its edits on top: the save then merges what changed.
    void restoreRequested(const Draft &draft);
    // What was done about draft files that could not be read, for people.
    void fileNote(const QString &text);

private:
    QList<Draft> leftBehind(const QStringList &openIds) const;

    DraftStore *m_drafts;
    Prompter *m_prompter;
    Banner *m_banner;
    QWidget *m_window;
    QString m_connection;
    std::function<std::optional<Assistant>(const QString &id)> m_serverCopy;
    bool m_offerWaitsForKeys = false;
    QHash<AssistantEditor *, QTimer *> m_timers;
    QSet<AssistantEditor *> m_unprotected; // told that their drafts cannot be written, until one is again
};
