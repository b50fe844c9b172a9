// SPDX-License-Identifier: GPL-3.0-or-later
#include "DamagedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DamagedFile)
};

} // namespace

namespace DamagedFile {

QStringList sqliteCompanions()
{
    return {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
}

bool exists(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

QString setAside(const QString &path, const Options &options, QString *error)
{
    const QFileInfo info(path);
    const QDir folder(options.into.isEmpty() ? info.absolutePath() : options.into);
    if (!folder.exists() && !QDir().mkpath(folder.absolutePath())) {
        if (error)
            *error = Text::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder.absolutePath()));
        return {};
    }
    const QString stamp = QLocale::c().toString(options.now, u"yyyyMMdd-HHmmss");
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    const QString base = folder.absoluteFilePath(info.completeBaseName() + QLatin1String("-damaged-") + stamp);
    QString target;
    for (int n = 1; target.isEmpty(); ++n) {
        const QString candidate = base + (n == 1 ? QString() : u'-' + QString::number(n)) + suffix;
        bool taken = exists(candidate);
        for (const QString &companion : options.companions)
            taken = taken || exists(candidate + companion);
        if (!taken)
            target = candidate;
    }
    QFile file(path);
    if (!file.rename(target)) {
        if (error)
            *error = Text::tr("it cannot be moved to %1: %2").arg(QDir::toNativeSeparators(target), file.errorString());
        return {};
    }
    for (const QString &companion : options.companions) {
        if (exists(path + companion))
            QFile::rename(path + companion, target + companion);
    }
    return target;
}

} // namespace DamagedFile
