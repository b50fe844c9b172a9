// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"

#include <QDateTime>
#include <QList>
#include <QMetaObject>
#include <QString>

#include <memory>
#include <optional>

class SecretSealer;

// The unsaved state of one editor: what the server held when editing began (`base`) and the user's
// version (`edited`). Enough to restore the editor after a crash and to merge with later server changes.
struct Draft
{
    QString connectionId;
    QString assistantId;
    Assistant base;
    Assistant edited;
    QDateTime savedAt;
};

// Drafts on disk, one file per connection and assistant, written atomically (QSaveFile) and readable by
// the user only. No API key is ever part of a draft, and no secret field (the catalogue's `secret` mark)
// is kept in clear: the SecretSealer turns the server's values into keyed digests and seals what the user
// typed (or withholds it, without a keychain). A loaded draft holds those placeholders until
// rehydrated() puts the values back from the server's copy.
class DraftStore
{
public:
    // Without a sealer the store makes its own, whose keys last for this session only.
    explicit DraftStore(const QString &directory, SecretSealer *sealer = nullptr);
    ~DraftStore();
    DraftStore(const DraftStore &) = delete;
    DraftStore &operator=(const DraftStore &) = delete;

    // Drafts of earlier versions (format 1, secrets in clear) are rewritten as soon as `sealer` is ready.
    void setSealer(SecretSealer *sealer);
    SecretSealer *sealer() const { return m_sealer; }

    QString directory() const { return m_directory; }
    bool save(const Draft &draft, QString *error = nullptr);
    bool remove(const QString &connectionId, const QString &assistantId);
    std::optional<Draft> load(const QString &connectionId, const QString &assistantId) const;
    // Every readable draft of a connection, oldest first; unreadable files are skipped, never deleted.
    QList<Draft> drafts(const QString &connectionId) const;

    // Draft files of any connection that cannot be read (damaged, cut short, not a draft) are moved, as they
    // are, into damagedDirectory() with the time (DamagedFile): the user is told once, and they are never
    // deleted. A draft of a newer version stays where it is, for that version.
    struct Unreadable
    {
        int moved = 0; // now in damagedDirectory()
        QStringList notMoved; // could not be moved: left where they are (and found again next time)
    };
    Unreadable setAsideUnreadable();
    QString damagedDirectory() const;

    QString pathFor(const QString &connectionId, const QString &assistantId) const;

    // The draft with its secrets back, for an editor: unchanged ones from `server` (the assistant as the
    // server holds it now) where it still has them, typed ones opened with the sealer's key. A value
    // that cannot come back stays a placeholder: the merge then sees it changed on the server.
    Draft rehydrated(const Draft &draft, const Assistant &server) const;
    // Rewrites every draft of an earlier format in the current one, secrets moved out; returns how many.
    int migrate();

private:
    QString connectionDirectory(const QString &connectionId) const;

    QString m_directory;
    std::unique_ptr<SecretSealer> m_ownSealer;
    SecretSealer *m_sealer = nullptr;
    QMetaObject::Connection m_migrateWhenReady;
};
