// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Banner.h"

#include <QStringList>

// What the app did about its own files (issue 19): a sandbox database, the settings or drafts it could not
// read and set aside, settings it cannot save. Several can happen at one start; each note is a paragraph of
// one banner, so none hides another. Once dismissed, the next note starts it afresh.
class FileNotesBanner : public Banner
{
    Q_OBJECT

public:
    explicit FileNotesBanner(QWidget *parent = nullptr);

    // An empty note, or one already shown, changes nothing.
    void add(const QString &note);
    // The notes shown now; none once dismissed.
    QStringList notes() const;

private:
    QStringList m_notes;
};
