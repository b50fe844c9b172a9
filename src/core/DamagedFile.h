// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// The one rule for a local file the app cannot use — a database, the settings, a draft: it is renamed with
// the time, so its bytes and permissions stay as they were, and the app starts something new in its place.
// Nothing here deletes; a file that cannot be moved stays where it is.
namespace DamagedFile {

struct Options
{
    // Files that belong with it, named by what follows its name ("-wal"): moved along under the new name, so
    // the copy stays whole. One that cannot be moved stays, under its old name.
    QStringList companions;
    // The folder to keep it in, made when missing; empty: beside it. Same file system: it stays a rename.
    QString into;
    QDateTime now = QDateTime::currentDateTime();
};

// The files SQLite keeps beside a database.
QStringList sqliteCompanions();

// Whether something is at `path` (a dangling link too); false when its folder cannot be searched.
bool exists(const QString &path);

// Renames `path` to "<name>-damaged-<yyyyMMdd-HHmmss>.<suffix>" (with "-2", "-3"… when that or one of its
// companions' names is taken). Returns the new path, or an empty string with *error saying why not.
QString setAside(const QString &path, const Options &options = {}, QString *error = nullptr);

} // namespace DamagedFile
