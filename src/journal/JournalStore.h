// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalBatch.h"
#include "JournalEntry.h"
#include "JournalFilter.h"
#include "JournalRetention.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QSqlQuery;
class SecretSealer;

// The change journal on disk: one SQLite file (readable by its owner only) holding every write this machine
// made to any connection, each entry under its connection's id. Values go in redacted by the SecretSealer,
// so no secret is ever written, not even sealed; API keys never reach it.
//
// Writing never fails a save. A file that cannot be used — damaged, another program's, of a newer version,
// locked by another process past the busy timeout — is renamed with the time (never deleted) and a new
// journal is started; problem() says so once. When even that fails, append() returns 0 and the caller tells
// the user that the entry was not recorded.
class JournalStore : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int busyTimeoutMs = 2000; // how long a write waits for another process's lock
    };

    // Without a sealer the store makes its own, whose keys last for this session only.
    JournalStore(const QString &path, SecretSealer *sealer, QObject *parent = nullptr);
    JournalStore(const QString &path, SecretSealer *sealer, const Options &options, QObject *parent = nullptr);
    ~JournalStore() override;

    // journal.sqlite in the user's data directory.
    static QString defaultPath();

    // Opens the file, or starts a new one in place of a file it cannot use. Entries left pending by an
    // earlier session (the app stopped before their answer) become Unknown. False when no journal could be
    // opened at all; openingProblem() says why, or what was set aside.
    bool open();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    QString openingProblem() const { return m_openingProblem; }
    QStringList setAsideFiles() const { return m_setAside; } // renamed this session
    SecretSealer *sealer() const { return m_sealer; }

    // --- writing ---
    // Writes a new entry (redacted; its summary made here) and returns its id; 0 when it was not written.
    qint64 append(const JournalEntry &entry);
    // Rewrites an entry's outcome and values (same redaction); false when it was not written. When the journal
    // was started afresh since the entry was appended, it is written whole again and `entry.id` changes.
    bool update(JournalEntry &entry);
    // Many entries in one transaction (imports, benchmarks); their ids are set. False: none was written.
    bool appendAll(QList<JournalEntry> &entries);
    qint64 beginBatch(const JournalBatch &batch); // 0 when not written
    bool finishBatch(qint64 batchId);
    // Drops what the retention no longer keeps; returns how many entries went.
    int prune(const JournalRetention &retention, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // --- reading ---
    std::optional<JournalEntry> entry(qint64 id) const;
    // The ids of the entries the filter lets through, newest first: one pass over a narrow table.
    QList<qint64> ids(const JournalFilter &filter) const;
    // The entries with these ids, in that order, without their values (before, after, request): for lists.
    QList<JournalEntry> headers(const QList<qint64> &ids) const;
    // Whole entries, newest first.
    QList<JournalEntry> entries(const JournalFilter &filter) const;
    // Unknown entries of a connection nobody checked against the server yet, oldest first.
    QList<JournalEntry> unresolved(const QString &connectionId) const;
    // The field changes (Update, Revert) that succeeded on the same assistant after `entry`, oldest first.
    QList<JournalEntry> changesAfter(const JournalEntry &entry) const;
    bool hasChangesAfter(const JournalEntry &entry) const; // changesAfter() is not empty, read cheaply
    std::optional<JournalBatch> batch(qint64 id) const;
    QList<JournalEntry> batchEntries(qint64 batchId) const; // whole, oldest first
    // Connections that have entries: id and the latest name, by id.
    QList<std::pair<QString, QString>> connections() const;
    qint64 count() const;
    // What filters look at, for each entry with an id above `afterId`, oldest first (JournalIndex); at most
    // `limit` entries when it is positive. False when the journal could not be read.
    bool forEachSearchRow(qint64 afterId, const std::function<void(const struct JournalSearchRow &)> &row,
                          int limit = 0) const;

    // Writes each entry the filter lets through as one JSON object per line (JSON Lines), oldest first.
    bool exportJsonLines(const JournalFilter &filter, QIODevice *device, QString *error = nullptr) const;

signals:
    void entryChanged(qint64 id); // appended or updated
    void batchChanged(qint64 id);
    // The file was set aside and a new journal started: what was read before no longer applies.
    void reopened();
    // A problem the user must hear of: a file set aside, an entry not written. Once per occurrence.
    void problem(const QString &text);

private:
    enum class Failure { None, Unusable, Other }; // Unusable: set the file aside and start again

    bool openFile(QString *problem, Failure *failure);
    void close();
    bool createSchema(QString *problem);
    QString setAsideFile();
    void restrictPermissions() const;
    bool exec(const QString &sql, QString *error = nullptr, Failure *failure = nullptr) const;
    bool prepareStatements();
    // Runs `write` in a transaction; on an unusable file sets it aside, starts again and runs it once more.
    bool write(const std::function<bool(QString *error, Failure *failure)> &write, const QString &what);
    bool writeEntry(JournalEntry &entry, bool isNew, QString *error, Failure *failure);
    JournalEntry redacted(const JournalEntry &entry) const;
    QList<qint64> changeIdsAfter(const JournalEntry &entry, int limit = 0) const;
    QString whereClause(const JournalFilter &filter, QList<QVariant> *values) const;
    static Failure classify(const class QSqlError &error);
    static JournalEntry headerFrom(const QSqlQuery &query);

    QString m_path;
    Options m_options;
    std::unique_ptr<SecretSealer> m_ownSealer;
    SecretSealer *m_sealer = nullptr; // outlives the store
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_openingProblem;
    QStringList m_setAside;
    std::unique_ptr<QSqlQuery> m_insertEntry;
    std::unique_ptr<QSqlQuery> m_insertData;
    std::unique_ptr<QSqlQuery> m_updateEntry;
    std::unique_ptr<QSqlQuery> m_updateData;
};
