// SPDX-License-Identifier: GPL-3.0-or-later
// What the journal tests share: entries made by hand, and a scan of a file's bytes for a value.
#pragma once

#include "journal/JournalEntry.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace JournalTestData {

// An edit of one field of one assistant, done.
inline JournalEntry edit(const QString &assistantId, const QString &key, const QJsonValue &before,
                         const QJsonValue &after, const QString &connectionId = QStringLiteral("sandbox"))
{
    JournalEntry entry;
    entry.connectionId = connectionId;
    entry.connectionName = connectionId == u"sandbox" ? QStringLiteral("Sandbox") : connectionId;
    entry.started = QDateTime::currentDateTimeUtc();
    entry.finished = entry.started;
    entry.operation = JournalEntry::Operation::Update;
    entry.status = JournalEntry::Status::Succeeded;
    entry.assistantId = assistantId;
    entry.assistantName = QStringLiteral("Assistant %1").arg(assistantId);
    entry.fields = {key};
    if (!before.isUndefined())
        entry.before.insert(key, before);
    if (!after.isUndefined())
        entry.after.insert(key, after);
    entry.request = entry.after;
    entry.httpStatus = 200;
    return entry;
}

// Every byte of a file and its SQLite companions (-wal, -shm), to search for what must not be there.
inline QByteArray bytesOf(const QString &path)
{
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace JournalTestData
