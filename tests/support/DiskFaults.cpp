// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiskFaults.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace DiskFaults {

namespace {

#ifdef Q_OS_LINUX
bool setImmutable(const QString &path, bool on)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    int flags = 0;
    bool done = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (done) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        done = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return done;
}
#endif

} // namespace

bool isRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

QByteArray randomBytes(int size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString unwritableFolder(const QString &parent, QString *how)
{
    if (isRoot()) {
        const QString file = QDir(parent).filePath(QStringLiteral("a-file-not-a-folder"));
        writeFile(file, "not a folder\n");
        if (how)
            *how = QStringLiteral("a path through a regular file (running as root)");
        return file + QStringLiteral("/data");
    }
    const QString folder = QDir(parent).filePath(QStringLiteral("read-only"));
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    if (how)
        *how = QStringLiteral("a read-only folder");
    return folder;
}

FrozenFolder::FrozenFolder(const QString &path)
    : m_path(path)
{
    if (!isRoot()) {
        m_frozen = QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner);
        m_how = QStringLiteral("a read-only folder");
        return;
    }
#ifdef Q_OS_LINUX
    m_immutable = setImmutable(path, true);
#endif
    m_frozen = m_immutable;
    m_how = m_immutable ? QStringLiteral("an immutable folder (running as root)")
                        : QStringLiteral("none: root cannot make a folder immutable here");
}

FrozenFolder::~FrozenFolder()
{
#ifdef Q_OS_LINUX
    if (m_immutable)
        setImmutable(m_path, false);
#endif
    if (!isRoot())
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace DiskFaults
