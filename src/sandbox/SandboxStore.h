// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

// The sandbox's assistants: one SQLite row each (id, position, json, version), mirrored in memory so that
// reads never touch the disk. Every write runs in its own transaction and reaches the mirror only once it
// is committed, so a crash or a failed write leaves both as they were.
class SandboxStore
{
public:
    struct Entry
    {
        QString id;
        QByteArray json; // compact
        qint64 version = 0; // the ETag; unique across the store, grows with every write
        bool listed = true; // false for sub-assistants, which GET /assistants hides like the real API
    };

    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    // `path` empty: a private in-memory database.
    bool open(const QString &path, QString *error = nullptr);
    void close();

    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const Entry *find(const QString &id) const;
    const QList<Entry> &entries() const { return m_entries; } // insertion order
    // {"assistants":[…]} of the listed entries, joined from the stored bytes without re-encoding.
    QByteArray listJson() const;

    // Each returns the entry's new version, or 0 with `error` set. `json` must carry its "id".
    qint64 insert(const QJsonObject &json, QString *error = nullptr);
    qint64 update(const QJsonObject &json, QString *error = nullptr);
    bool remove(const QString &id, QString *error = nullptr);
    // Replaces the whole content in one transaction (sample data, generated data sets).
    bool replaceAll(const QList<QJsonObject> &assistants, QString *error = nullptr);

private:
    bool exec(const QString &sql, QString *error);
    // One statement changing exactly one row, committed on its own.
    bool execInTransaction(const QString &sql, const QVariantList &values, QString *error);
    bool load(QString *error);
    Entry entryFor(const QJsonObject &json, qint64 version) const;

    QString m_connectionName;
    QSqlDatabase m_db;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index; // id → position in m_entries
    qint64 m_lastVersion = 0;
    qint64 m_lastPosition = 0;
};
