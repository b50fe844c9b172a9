// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// The sandbox's SQLite file as a file: setting aside one that cannot be used. Nothing here deletes.
namespace SandboxDataFile {

// Whether something is at `path`; false too when its directory cannot be searched.
bool exists(const QString &path);

// Renames `path` to "<name>-damaged-<yyyyMMdd-HHmmss>.<suffix>" in the same directory (with "-2", "-3"…
// when that is taken), and the -wal, -shm and -journal files SQLite keeps beside it along with it, so the
// copy stays whole. A rename: the bytes and the permissions are those of the original. Returns the new
// path, or an empty string with `error` saying why not.
QString moveAside(const QString &path, const QDateTime &now, QString *error = nullptr);

} // namespace SandboxDataFile
