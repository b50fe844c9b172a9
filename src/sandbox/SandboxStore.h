// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <map>

class QSqlError;

// The sandbox's data in one SQLite database: assistants, phone numbers and calls, a row each (id, position,
// json; assistants also a version), mirrored in memory so that reads never touch the disk. Every write runs
// in its own transaction and reaches the mirror only once it is committed, so a crash or a failed write
// leaves both as they were.
//
// open() reads everything and checks the file before it writes anything to it: a file that is not a
// database, belongs to another program, is damaged, unreadable or locked is left byte for byte as it was,
// and the error says which of these it is.
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

    // How long open() waits for another connection's lock before it calls the file locked.
    static constexpr int busyTimeoutMs = 1000;

    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    // How commits reach the file. WriteAhead (WAL) is the usual one; Rollback keeps no file beside the
    // database between transactions, for a store made where another program still holds the old file open:
    // when that program closes, SQLite deletes the -wal and -shm files of the path it opened, by name.
    enum class Journal { WriteAhead, Rollback };

    // `path` empty: a private in-memory database.
    bool open(const QString &path, QString *error = nullptr, Journal journal = Journal::WriteAhead);
    void close();
    // Whether the last open() failed because another connection kept the file locked past busyTimeoutMs.
    bool wasLocked() const { return m_locked; }
    // The schema the file had before open() brought it up to date: 0 a new file, 1 assistants only (phone
    // numbers and calls came later), 2 the current one.
    int openedVersion() const { return m_openedVersion; }

    // --- Assistants ------------------------------------------------------------------------------
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const Entry *find(const QString &id) const;
    const QList<Entry> &entries() const { return m_entries; } // insertion order
    // {"assistants":[…]} of the listed entries, joined from the stored bytes without re-encoding.
    QByteArray listJson() const;

    // Each returns the entry's new version, or 0 with `error` set. `json` must carry its "id".
    qint64 insert(const QJsonObject &json, QString *error = nullptr);
    qint64 update(const QJsonObject &json, QString *error = nullptr);
    // Also clears inbound_assistant_id of the phone numbers that named it, in the same transaction.
    bool remove(const QString &id, QString *error = nullptr);
    // Replaces the whole content in one transaction (sample data, generated data sets).
    bool replaceAll(const QList<QJsonObject> &assistants, QString *error = nullptr);

    // --- Phone numbers and calls: JSON objects by their "id", in insertion order -------------------
    const QList<QJsonObject> &phoneNumbers() const { return m_phoneNumbers.items; }
    const QJsonObject *findPhoneNumber(const QString &id) const { return m_phoneNumbers.find(id); }
    bool updatePhoneNumber(const QJsonObject &number, QString *error = nullptr);
    bool removePhoneNumber(const QString &id, QString *error = nullptr);
    bool replacePhoneNumbers(const QList<QJsonObject> &numbers, QString *error = nullptr);

    const QList<QJsonObject> &calls() const { return m_calls.items; }
    const QJsonObject *findCall(const QString &id) const { return m_calls.find(id); }
    bool insertCall(const QJsonObject &call, QString *error = nullptr);
    bool updateCall(const QJsonObject &call, QString *error = nullptr);

private:
    // The mirror of one table of JSON objects.
    struct Documents
    {
        QString table;
        QList<QJsonObject> items;
        QHash<QString, qsizetype> index; // id → position in items
        qint64 lastPosition = 0;

        const QJsonObject *find(const QString &id) const;
        void clear();
        void append(const QJsonObject &item);
        void replace(const QJsonObject &item);
        void remove(const QString &id);
    };

    // What is wrong with the file, in words; notes a lock.
    QString problem(const QSqlError &error);
    bool exec(const QString &sql, QString *error);
    // One statement changing exactly one row, committed on its own.
    bool execOne(const QString &sql, const QVariantList &values, QString *error);
    bool checkSchema(QString *error); // reads only
    bool prepareSchema(QString *error); // writes, once the file proved sound
    bool load(QString *error);
    bool loadDocuments(Documents &documents, QString *error);
    Entry entryFor(const QJsonObject &json, qint64 version) const;
    bool insertDocument(Documents &documents, const QJsonObject &item, QString *error);
    bool updateDocument(Documents &documents, const QJsonObject &item, QString *error);
    bool replaceDocuments(Documents &documents, const QList<QJsonObject> &items, QString *error);

    QString m_connectionName;
    QString m_path;
    int m_openedVersion = 0;
    Journal m_journal = Journal::WriteAhead;
    bool m_locked = false;
    QSqlDatabase m_db;
    std::map<QString, QSqlQuery> m_prepared; // execOne's statements, by their SQL
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index; // id → position in m_entries
    qint64 m_lastVersion = 0;
    qint64 m_lastPosition = 0;
    Documents m_phoneNumbers{.table = QStringLiteral("phone_numbers")};
    Documents m_calls{.table = QStringLiteral("calls")};
};
