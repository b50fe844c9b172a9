// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Local files gone bad and folders that refuse writes, made for real on disk. Tests may run as root (in CI
// containers), whom permissions do not stop: each failure here is one that holds for root too, or says
// that it cannot be made.
namespace DiskFaults {

bool isRoot();

// `size` bytes from a fixed seed: the same on every run.
QByteArray randomBytes(int size, quint32 seed = 1234);
bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray contentOf(const QString &path); // empty when it cannot be read

// A folder path under `parent` in which nothing can be written or made: a read-only folder for an ordinary
// user; for root, a path through a regular file (nothing can be made under a file). *how names which.
QString unwritableFolder(const QString &parent, QString *how = nullptr);

// Keeps the entries of a folder from being renamed or added while it lives: read-only for an ordinary user,
// immutable for root where the file system and the capabilities allow it (chattr +i). isFrozen() is false
// when neither could be done.
class FrozenFolder
{
public:
    explicit FrozenFolder(const QString &path);
    ~FrozenFolder();
    FrozenFolder(const FrozenFolder &) = delete;
    FrozenFolder &operator=(const FrozenFolder &) = delete;

    bool isFrozen() const { return m_frozen; }
    QString how() const { return m_how; }

private:
    QString m_path;
    bool m_frozen = false;
    bool m_immutable = false;
    QString m_how;
};

} // namespace DiskFaults
