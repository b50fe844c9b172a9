// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

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
// the user only. No API key is ever part of a draft.
class DraftStore
{
public:
    explicit DraftStore(const QString &directory);

    QString directory() const { return m_directory; }
    bool save(const Draft &draft, QString *error = nullptr);
    bool remove(const QString &connectionId, const QString &assistantId);
    std::optional<Draft> load(const QString &connectionId, const QString &assistantId) const;
    // Every readable draft of a connection, oldest first; unreadable files are skipped, never deleted.
    QList<Draft> drafts(const QString &connectionId) const;

    QString pathFor(const QString &connectionId, const QString &assistantId) const;

private:
    QString connectionDirectory(const QString &connectionId) const;

    QString m_directory;
};
