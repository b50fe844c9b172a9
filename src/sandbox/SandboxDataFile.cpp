// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxDataFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace {

// What SQLite may keep next to a database, which belongs with it.
const char *const kCompanions[] = {"-wal", "-shm", "-journal"};

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SandboxDataFile)
};

} // namespace

namespace SandboxDataFile {

bool exists(const QString &path)
{
    return QFileInfo(path).exists() || QFileInfo(path).isSymLink();
}

QString moveAside(const QString &path, const QDateTime &now, QString *error)
{
    const QFileInfo info(path);
    const QString stamp = QLocale::c().toString(now, u"yyyyMMdd-HHmmss");
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    const QString base = info.absoluteDir().filePath(info.completeBaseName() + QLatin1String("-damaged-") + stamp);
    QString target;
    for (int n = 1; target.isEmpty(); ++n) {
        const QString candidate = base + (n == 1 ? QString() : u'-' + QString::number(n)) + suffix;
        bool taken = exists(candidate);
        for (const char *companion : kCompanions)
            taken = taken || exists(candidate + QLatin1String(companion));
        if (!taken)
            target = candidate;
    }
    QFile file(path);
    if (!file.rename(target)) {
        if (error)
            *error = Text::tr("Cannot move %1 to %2: %3").arg(path, target, file.errorString());
        return {};
    }
    // The journal files go with it; one that cannot be moved stays, under its old name, for the user.
    for (const char *companion : kCompanions) {
        const QString from = path + QLatin1String(companion);
        if (exists(from))
            QFile::rename(from, target + QLatin1String(companion));
    }
    return target;
}

} // namespace SandboxDataFile
