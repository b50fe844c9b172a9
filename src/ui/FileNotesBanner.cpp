// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileNotesBanner.h"

FileNotesBanner::FileNotesBanner(QWidget *parent)
    : Banner(parent)
{
    setObjectName(QStringLiteral("fileNotesBanner"));
}

void FileNotesBanner::add(const QString &note)
{
    if (isHidden())
        m_notes.clear(); // dismissed: what it said was read
    if (note.isEmpty() || m_notes.contains(note))
        return;
    m_notes.append(note);
    showMessage(Kind::Warning, m_notes.join(QStringLiteral("\n\n")));
}

QStringList FileNotesBanner::notes() const
{
    return isHidden() ? QStringList() : m_notes;
}
