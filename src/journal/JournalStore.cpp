// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalStore.h"

#include "JournalSearchRow.h"
#include "JournalText.h"
#include "core/DamagedFile.h"
#include "core/JsonText.h"
#include "core/SecretSealer.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

constexpr int kFormatVersion = 1;
// SQLite's primary result codes that mean "this file cannot be used now": set it aside.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

// Values are kept as plain JSON text: a canary scan of the file sees everything it holds.
QString text(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString text(const QJsonArray &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonDocument parsed(const QVariant &value)
{
    return value.isNull() ? QJsonDocument() : JsonText::read(value.toString().toUtf8());
}

QVariant msecs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromMsecs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// A null QString binds as SQL NULL; the text columns hold "" instead.
QVariant textOf(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

JournalEntry::Status statusFromName(const QString &name)
{
    for (const JournalEntry::Status status : {JournalEntry::Status::Pending, JournalEntry::Status::Succeeded,
                                              JournalEntry::Status::Failed, JournalEntry::Status::Unknown}) {
        if (JournalEntry::statusName(status) == name)
            return status;
    }
    return JournalEntry::Status::Unknown;
}

// What lists show of an entry, in the order headerFrom() reads it; `table` prefixes the columns in a join.
QString headerColumns(const QString &table = {})
{
    static const QStringList columns{
        QStringLiteral("id"),        QStringLiteral("connection_id"), QStringLiteral("connection_name"),
        QStringLiteral("started"),   QStringLiteral("finished"),      QStringLiteral("operation"),
        QStringLiteral("status"),    QStringLiteral("assistant_id"),  QStringLiteral("assistant_name"),
        QStringLiteral("source_id"), QStringLiteral("related_entry"), QStringLiteral("batch_id"),
        QStringLiteral("fields"),    QStringLiteral("http_status"),   QStringLiteral("message"),
        QStringLiteral("checked"),   QStringLiteral("summary")};
    if (table.isEmpty())
        return columns.join(QStringLiteral(", "));
    QStringList prefixed;
    for (const QString &column : columns)
        prefixed.append(table + u'.' + column);
    return prefixed.join(QStringLiteral(", "));
}

class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
        , m_open(db.transaction())
    { }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

} // namespace

JournalStore::JournalStore(const QString &path, SecretSealer *sealer, QObject *parent)
    : JournalStore(path, sealer, Options(), parent)
{ }

JournalStore::JournalStore(const QString &path, SecretSealer *sealer, const Options &options, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_options(options)
{
    if (!sealer) {
        m_ownSealer = std::make_unique<SecretSealer>(nullptr);
        sealer = m_ownSealer.get();
    }
    m_sealer = sealer;
    // Each store has its own connection: tests and benchmarks open several in one process.
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("revox-journal-%1").arg(counter.fetchAndAddRelaxed(1));
}

JournalStore::~JournalStore()
{
    close();
}

QString JournalStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.sqlite");
}

// --- opening ---------------------------------------------------------------------------------

bool JournalStore::open()
{
    close();
    m_openingProblem.clear();
    QString problem;
    Failure failure = Failure::None;
    if (openFile(&problem, &failure))
        return true;
    if (failure != Failure::Unusable) {
        m_openingProblem = tr("The change journal %1 cannot be opened: %2. Changes are saved, but not recorded.")
                               .arg(QDir::toNativeSeparators(m_path), problem);
        return false;
    }
    const QString aside = setAsideFile();
    if (aside.isEmpty()) {
        m_openingProblem = tr("The change journal %1 cannot be used (%2) and cannot be moved aside. Changes are "
                              "saved, but not recorded.")
                               .arg(QDir::toNativeSeparators(m_path), problem);
        return false;
    }
    QString again;
    if (!openFile(&again, &failure)) {
        m_openingProblem = tr("The change journal %1 could not be used (%2); it was set aside as %3, but a new one "
                              "cannot be started either: %4. Changes are saved, but not recorded.")
                               .arg(QDir::toNativeSeparators(m_path), problem, QDir::toNativeSeparators(aside), again);
        return false;
    }
    m_openingProblem = tr("The change journal %1 could not be used (%2). It was set aside as %3, kept as it was, "
                          "and a new journal was started.")
                           .arg(QDir::toNativeSeparators(m_path), problem, QDir::toNativeSeparators(aside));
    return true;
}

bool JournalStore::openFile(QString *problem, Failure *failure)
{
    *failure = Failure::Other;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *problem = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    if (!info.exists()) {
        // Created empty by us first, so that SQLite (which copies the file's mode to its -wal and -shm) never
        // makes it readable by others, not even for a moment.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly)) {
            *problem = file.errorString();
            return false;
        }
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    restrictPermissions();

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    if (!m_db.open()) {
        *problem = m_db.lastError().text();
        *failure = classify(m_db.lastError());
        close();
        return false;
    }
    QSqlQuery version(m_db);
    // The first read: a file that is not a database, or a damaged one, fails here.
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        *problem = version.lastError().text();
        *failure = version.lastError().type() == QSqlError::NoError ? Failure::Unusable : classify(version.lastError());
        close();
        return false;
    }
    const int format = version.value(0).toInt();
    version.finish();
    if (format == 0) {
        // Ours are made with a version; a file without one holding tables is another program's.
        QSqlQuery tables(m_db);
        if (!tables.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !tables.next()
            || tables.value(0).toInt() > 0) {
            *problem = tables.lastError().type() != QSqlError::NoError ? tables.lastError().text()
                                                                       : tr("it is not a change journal");
            *failure = Failure::Unusable;
            close();
            return false;
        }
    }
    if (format > kFormatVersion) {
        *problem = tr("it was written by a newer version of Revox Studio");
        *failure = Failure::Unusable;
        close();
        return false;
    }
    // WAL: a commit is one append to the log, no fsync (synchronous=NORMAL): an entry survives the app being
    // killed the moment after; a power cut may lose the last entries, never the file.
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"), problem, failure)
        || !exec(QStringLiteral("PRAGMA synchronous=NORMAL"), problem, failure)
        || (format == 0 && !createSchema(problem))) {
        if (*failure != Failure::Unusable)
            *failure = Failure::Unusable;
        close();
        return false;
    }
    // Another program's database, or one missing our tables.
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("SELECT id, search, summary FROM entries ORDER BY id DESC LIMIT 1"))
        || !probe.exec(QStringLiteral("SELECT id, before, after, request, unstored FROM entry_values LIMIT 1"))
        || !probe.exec(QStringLiteral("SELECT id, description, revert_of FROM batches LIMIT 1"))) {
        *problem
            = probe.lastError().type() == QSqlError::ConnectionError || classify(probe.lastError()) != Failure::Other
            ? probe.lastError().text()
            : tr("it is not a change journal");
        *failure = Failure::Unusable;
        close();
        return false;
    }
    probe.finish();
    QString error;
    QSqlQuery stopped(m_db);
    stopped.prepare(QStringLiteral("UPDATE entries SET status = :unknown, message = :message WHERE status = :pending"));
    stopped.bindValue(QStringLiteral(":unknown"), JournalEntry::statusName(JournalEntry::Status::Unknown));
    stopped.bindValue(QStringLiteral(":pending"), JournalEntry::statusName(JournalEntry::Status::Pending));
    stopped.bindValue(QStringLiteral(":message"),
                      tr("Revox Studio stopped before the answer came: the server may or may not hold this change."));
    if (!stopped.exec() || !prepareStatements()) {
        *problem
            = stopped.lastError().type() != QSqlError::NoError ? stopped.lastError().text() : m_db.lastError().text();
        *failure = Failure::Unusable;
        close();
        return false;
    }
    restrictPermissions();
    m_open = true;
    *failure = Failure::None;
    return true;
}

bool JournalStore::createSchema(QString *problem)
{
    Transaction transaction(m_db);
    const QStringList statements{
        QStringLiteral("CREATE TABLE entries ("
                       "id INTEGER PRIMARY KEY AUTOINCREMENT, connection_id TEXT NOT NULL, "
                       "connection_name TEXT NOT NULL, started INTEGER NOT NULL, finished INTEGER, "
                       "operation TEXT NOT NULL, status TEXT NOT NULL, assistant_id TEXT NOT NULL, "
                       "assistant_name TEXT NOT NULL, source_id TEXT NOT NULL, related_entry INTEGER, "
                       "batch_id INTEGER, fields TEXT NOT NULL, http_status INTEGER, message TEXT NOT NULL, "
                       "checked INTEGER, summary TEXT NOT NULL, assistant_search TEXT NOT NULL, "
                       "search TEXT NOT NULL)"),
        // The values live apart, so that listing and filtering read a narrow table.
        QStringLiteral("CREATE TABLE entry_values (id INTEGER PRIMARY KEY, before TEXT, after TEXT, request TEXT, "
                       "unstored TEXT)"),
        QStringLiteral("CREATE TABLE batches (id INTEGER PRIMARY KEY AUTOINCREMENT, connection_id TEXT NOT NULL, "
                       "description TEXT NOT NULL, started INTEGER NOT NULL, finished INTEGER, revert_of INTEGER)"),
        QStringLiteral("CREATE INDEX entries_by_connection ON entries (connection_id)"),
        QStringLiteral("CREATE INDEX entries_by_assistant ON entries (assistant_id)"),
        QStringLiteral("CREATE INDEX entries_by_source ON entries (source_id)"),
        QStringLiteral("CREATE INDEX entries_by_batch ON entries (batch_id)"),
        QStringLiteral("CREATE INDEX entries_by_status ON entries (status)"),
        QStringLiteral("CREATE INDEX entries_by_time ON entries (started)"),
        QStringLiteral("PRAGMA user_version = %1").arg(kFormatVersion),
    };
    for (const QString &statement : statements) {
        if (!exec(statement, problem))
            return false;
    }
    if (!transaction.commit()) {
        *problem = m_db.lastError().text();
        return false;
    }
    return true;
}

bool JournalStore::prepareStatements()
{
    m_insertEntry = std::make_unique<QSqlQuery>(m_db);
    m_insertData = std::make_unique<QSqlQuery>(m_db);
    m_updateEntry = std::make_unique<QSqlQuery>(m_db);
    m_updateData = std::make_unique<QSqlQuery>(m_db);
    return m_insertEntry->prepare(QStringLiteral(
               "INSERT INTO entries (connection_id, connection_name, started, finished, operation, status, "
               "assistant_id, assistant_name, source_id, related_entry, batch_id, fields, http_status, message, "
               "checked, summary, assistant_search, search) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
               "?, ?)"))
        && m_insertData->prepare(
            QStringLiteral("INSERT INTO entry_values (id, before, after, request, unstored) VALUES (?, ?, ?, ?, ?)"))
        && m_updateEntry->prepare(QStringLiteral(
            "UPDATE entries SET finished = ?, status = ?, assistant_id = ?, assistant_name = ?, fields = ?, "
            "http_status = ?, message = ?, checked = ?, summary = ?, assistant_search = ?, search = ? WHERE id = ?"))
        && m_updateData->prepare(
            QStringLiteral("UPDATE entry_values SET before = ?, after = ?, request = ?, unstored = ? WHERE id = ?"));
}

void JournalStore::close()
{
    m_open = false;
    m_insertEntry.reset();
    m_insertData.reset();
    m_updateEntry.reset();
    m_updateData.reset();
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString JournalStore::setAsideFile()
{
    close();
    // The log and its index belong to the file: they go with it, under the names SQLite would look for.
    const QString target = DamagedFile::setAside(m_path, {.companions = DamagedFile::sqliteCompanions()});
    if (!target.isEmpty())
        m_setAside.append(target);
    return target;
}

void JournalStore::restrictPermissions() const
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(m_path + suffix))
            QFile::setPermissions(m_path + suffix, QFile::ReadOwner | QFile::WriteOwner);
    }
}

JournalStore::Failure JournalStore::classify(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok && (code == kSqliteBusy || code == kSqliteLocked || code == kSqliteCorrupt || code == kSqliteNotADatabase))
        return Failure::Unusable;
    return Failure::Other;
}

bool JournalStore::exec(const QString &sql, QString *error, Failure *failure) const
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    if (failure)
        *failure = classify(query.lastError());
    return false;
}

// --- writing ---------------------------------------------------------------------------------

bool JournalStore::write(const std::function<bool(QString *, Failure *)> &write, const QString &what)
{
    QString error;
    Failure failure = Failure::Other;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!m_open) {
            error = m_openingProblem.isEmpty() ? tr("the journal is not open") : m_openingProblem;
            break;
        }
        {
            Transaction transaction(m_db);
            if (!transaction.isOpen()) {
                error = m_db.lastError().text();
                failure = classify(m_db.lastError());
            } else if (write(&error, &failure)) {
                if (transaction.commit())
                    return true;
                error = m_db.lastError().text();
                failure = classify(m_db.lastError());
            }
        }
        if (failure != Failure::Unusable || attempt > 0)
            break;
        // Damaged or locked for longer than a write may wait: set it aside and carry on in a new file.
        const QString problem = error;
        const QString aside = setAsideFile();
        Failure reopenFailure = Failure::None;
        QString again;
        if (aside.isEmpty() || !openFile(&again, &reopenFailure)) {
            error = aside.isEmpty() ? tr("%1; the file cannot be moved aside").arg(problem)
                                    : tr("%1; set aside as %2, but a new journal cannot be started: %3")
                                          .arg(problem, QDir::toNativeSeparators(aside), again);
            break;
        }
        emit this->problem(tr("The change journal could not be written (%1). It was set aside as %2, kept as it "
                              "was, and a new journal was started.")
                               .arg(problem, QDir::toNativeSeparators(aside)));
        emit reopened();
    }
    emit problem(tr("The change journal did not record %1: %2").arg(what, error));
    return false;
}

JournalEntry JournalStore::redacted(const JournalEntry &entry) const
{
    JournalEntry result = entry;
    result.before = m_sealer->redacted(entry.before);
    result.after = m_sealer->redacted(entry.after);
    result.request = m_sealer->redacted(entry.request);
    QJsonArray unstored;
    for (const QJsonValue &value : entry.unstored) {
        QJsonObject field = value.toObject();
        const QString key = field.value(u"key").toString();
        if (field.contains(u"stored"))
            field.insert(QStringLiteral("stored"), m_sealer->redacted({{key, field.value(u"stored")}}).value(key));
        if (field.contains(u"sent"))
            field.insert(QStringLiteral("sent"), m_sealer->redacted({{key, field.value(u"sent")}}).value(key));
        unstored.append(field);
    }
    result.unstored = unstored;
    result.summary = JournalText::summary(result);
    return result;
}

bool JournalStore::writeEntry(JournalEntry &entry, bool isNew, QString *error, Failure *failure)
{
    const QString search = JournalText::searchText(entry);
    const QString assistantSearch = JournalFilter::folded(entry.assistantName + u' ' + entry.assistantId);
    const QVariant after = entry.after == entry.request && !entry.request.isEmpty()
        ? QVariant(QMetaType(QMetaType::QString)) // the usual case: stored as sent, kept once
        : QVariant(text(entry.after));
    const auto failed = [error, failure](const QSqlQuery &query) {
        *error = query.lastError().text();
        *failure = classify(query.lastError());
        return false;
    };
    if (isNew) {
        QSqlQuery &insert = *m_insertEntry;
        const QVariantList values{textOf(entry.connectionId),
                                  textOf(entry.connectionName),
                                  msecs(entry.started),
                                  msecs(entry.finished),
                                  JournalEntry::operationName(entry.operation),
                                  JournalEntry::statusName(entry.status),
                                  textOf(entry.assistantId),
                                  textOf(entry.assistantName),
                                  textOf(entry.sourceId),
                                  idOrNull(entry.relatedEntry),
                                  idOrNull(entry.batchId),
                                  textOf(entry.fields.join(u' ')),
                                  entry.httpStatus ? QVariant(entry.httpStatus) : QVariant(QMetaType(QMetaType::Int)),
                                  textOf(entry.message),
                                  msecs(entry.checked),
                                  textOf(entry.summary),
                                  textOf(assistantSearch),
                                  textOf(search)};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec())
            return failed(insert);
        entry.id = insert.lastInsertId().toLongLong();
        QSqlQuery &data = *m_insertData;
        data.bindValue(0, entry.id);
        data.bindValue(1, text(entry.before));
        data.bindValue(2, after);
        data.bindValue(3, text(entry.request));
        data.bindValue(4, text(entry.unstored));
        return data.exec() || failed(data);
    }
    QSqlQuery &update = *m_updateEntry;
    const QVariantList values{msecs(entry.finished),
                              JournalEntry::statusName(entry.status),
                              textOf(entry.assistantId),
                              textOf(entry.assistantName),
                              textOf(entry.fields.join(u' ')),
                              entry.httpStatus ? QVariant(entry.httpStatus) : QVariant(QMetaType(QMetaType::Int)),
                              textOf(entry.message),
                              msecs(entry.checked),
                              textOf(entry.summary),
                              textOf(assistantSearch),
                              textOf(search),
                              entry.id};
    for (int i = 0; i < values.size(); ++i)
        update.bindValue(i, values.at(i));
    if (!update.exec())
        return failed(update);
    QSqlQuery &data = *m_updateData;
    data.bindValue(0, text(entry.before));
    data.bindValue(1, after);
    data.bindValue(2, text(entry.request));
    data.bindValue(3, text(entry.unstored));
    data.bindValue(4, entry.id);
    return data.exec() || failed(data);
}

qint64 JournalStore::append(const JournalEntry &entry)
{
    JournalEntry stored = redacted(entry);
    stored.id = 0;
    const bool written
        = write([this, &stored](QString *error, Failure *failure) { return writeEntry(stored, true, error, failure); },
                tr("a change to “%1”").arg(entry.assistantName));
    if (!written)
        return 0;
    emit entryChanged(stored.id);
    return stored.id;
}

bool JournalStore::update(JournalEntry &entry)
{
    JournalEntry stored = redacted(entry);
    bool found = false;
    const bool written = write(
        [this, &stored, &found](QString *error, Failure *failure) {
            if (!writeEntry(stored, false, error, failure))
                return false;
            found = m_updateEntry->numRowsAffected() > 0;
            return true;
        },
        tr("the outcome of a change to “%1”").arg(entry.assistantName));
    // A journal started afresh meanwhile no longer has the entry: write it whole, outcome included.
    if (written && !found) {
        entry.id = append(entry);
        return entry.id != 0;
    }
    if (written)
        emit entryChanged(stored.id);
    return written;
}

bool JournalStore::appendAll(QList<JournalEntry> &entries)
{
    QList<JournalEntry> stored;
    stored.reserve(entries.size());
    for (const JournalEntry &entry : std::as_const(entries))
        stored.append(redacted(entry));
    const bool written = write(
        [this, &stored](QString *error, Failure *failure) {
            for (JournalEntry &entry : stored) {
                if (!writeEntry(entry, true, error, failure))
                    return false;
            }
            return true;
        },
        tr("%n change(s)", nullptr, int(entries.size())));
    if (!written)
        return false;
    for (qsizetype i = 0; i < entries.size(); ++i)
        entries[i].id = stored.at(i).id;
    return true;
}

qint64 JournalStore::beginBatch(const JournalBatch &batch)
{
    qint64 id = 0;
    const bool written = write(
        [this, &batch, &id](QString *error, Failure *failure) {
            QSqlQuery query(m_db);
            query.prepare(
                QStringLiteral("INSERT INTO batches (connection_id, description, started, finished, revert_of) "
                               "VALUES (?, ?, ?, ?, ?)"));
            query.bindValue(0, textOf(batch.connectionId));
            query.bindValue(1, textOf(batch.description));
            query.bindValue(2, msecs(batch.started.isValid() ? batch.started : QDateTime::currentDateTimeUtc()));
            query.bindValue(3, msecs(batch.finished));
            query.bindValue(4, idOrNull(batch.revertOf));
            if (!query.exec()) {
                *error = query.lastError().text();
                *failure = classify(query.lastError());
                return false;
            }
            id = query.lastInsertId().toLongLong();
            return true;
        },
        tr("the batch “%1”").arg(batch.description));
    if (written)
        emit batchChanged(id);
    return written ? id : 0;
}

bool JournalStore::finishBatch(qint64 batchId)
{
    const bool written = write(
        [this, batchId](QString *error, Failure *failure) {
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral("UPDATE batches SET finished = ? WHERE id = ?"));
            query.bindValue(0, QDateTime::currentMSecsSinceEpoch());
            query.bindValue(1, batchId);
            if (query.exec())
                return true;
            *error = query.lastError().text();
            *failure = classify(query.lastError());
            return false;
        },
        tr("the end of a batch"));
    if (written)
        emit batchChanged(batchId);
    return written;
}

int JournalStore::prune(const JournalRetention &retention, const QDateTime &now)
{
    int removed = 0;
    write(
        [this, &retention, &now, &removed](QString *error, Failure *failure) {
            const auto failed = [error, failure](const QSqlQuery &query) {
                *error = query.lastError().text();
                *failure = classify(query.lastError());
                return false;
            };
            // The newest `entries` are kept whatever their age: only ids at or below the one just older go.
            QSqlQuery newest(m_db);
            newest.prepare(QStringLiteral("SELECT id FROM entries ORDER BY id DESC LIMIT 1 OFFSET ?"));
            newest.bindValue(0, retention.entries);
            if (!newest.exec())
                return failed(newest);
            if (!newest.next())
                return true; // no more than `entries` in all
            const qint64 threshold = newest.value(0).toLongLong();
            newest.finish();
            const qint64 cutoff = retention.cutoff(now).toMSecsSinceEpoch();
            QSqlQuery values(m_db);
            values.prepare(QStringLiteral("DELETE FROM entry_values WHERE id IN (SELECT id FROM entries WHERE id <= ? "
                                          "AND started < ?)"));
            values.bindValue(0, threshold);
            values.bindValue(1, cutoff);
            if (!values.exec())
                return failed(values);
            QSqlQuery entries(m_db);
            entries.prepare(QStringLiteral("DELETE FROM entries WHERE id <= ? AND started < ?"));
            entries.bindValue(0, threshold);
            entries.bindValue(1, cutoff);
            if (!entries.exec())
                return failed(entries);
            removed = entries.numRowsAffected();
            QSqlQuery batches(m_db);
            if (!batches.exec(QStringLiteral("DELETE FROM batches WHERE finished IS NOT NULL AND id NOT IN (SELECT "
                                             "batch_id FROM entries WHERE batch_id IS NOT NULL)")))
                return failed(batches);
            return true;
        },
        tr("the removal of old entries"));
    return removed;
}

// --- reading ---------------------------------------------------------------------------------

JournalEntry JournalStore::headerFrom(const QSqlQuery &query)
{
    JournalEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.connectionId = query.value(1).toString();
    entry.connectionName = query.value(2).toString();
    entry.started = fromMsecs(query.value(3));
    entry.finished = fromMsecs(query.value(4));
    entry.operation
        = JournalEntry::operationFromName(query.value(5).toString()).value_or(JournalEntry::Operation::Update);
    entry.status = statusFromName(query.value(6).toString());
    entry.assistantId = query.value(7).toString();
    entry.assistantName = query.value(8).toString();
    entry.sourceId = query.value(9).toString();
    entry.relatedEntry = query.value(10).toLongLong();
    entry.batchId = query.value(11).toLongLong();
    entry.fields = query.value(12).toString().split(u' ', Qt::SkipEmptyParts);
    entry.httpStatus = query.value(13).toInt();
    entry.message = query.value(14).toString();
    entry.checked = fromMsecs(query.value(15));
    entry.summary = query.value(16).toString();
    return entry;
}

std::optional<JournalEntry> JournalStore::entry(qint64 id) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, v.before, v.after, v.request, v.unstored FROM entries e LEFT JOIN "
                                 "entry_values v ON v.id = e.id WHERE e.id = ?")
                      .arg(headerColumns(QStringLiteral("e"))));
    query.bindValue(0, id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    JournalEntry entry = headerFrom(query);
    entry.before = parsed(query.value(17)).object();
    entry.request = parsed(query.value(19)).object();
    entry.after = query.value(18).isNull() ? entry.request : parsed(query.value(18)).object();
    entry.unstored = parsed(query.value(20)).array();
    return entry;
}

QString JournalStore::whereClause(const JournalFilter &filter, QList<QVariant> *values) const
{
    QStringList conditions;
    if (!filter.connectionId.isEmpty()) {
        // One assistant's or one batch's entries are few: their own index finds them; the connection's (most of
        // the journal, often) must not be chosen instead ("+" keeps SQLite from using an index for a term).
        const bool narrower = !filter.assistantId.isEmpty() || filter.batchId;
        conditions.append(narrower ? QStringLiteral("+connection_id = ?") : QStringLiteral("connection_id = ?"));
        values->append(filter.connectionId);
    }
    if (!filter.assistantId.isEmpty()) {
        conditions.append(QStringLiteral("(assistant_id = ? OR source_id = ?)"));
        values->append(filter.assistantId);
        values->append(filter.assistantId);
    }
    const QString assistantText = JournalFilter::folded(filter.assistantText);
    if (!assistantText.isEmpty()) {
        conditions.append(QStringLiteral("instr(assistant_search, ?) > 0"));
        values->append(assistantText);
    }
    if (filter.operation) {
        conditions.append(QStringLiteral("operation = ?"));
        values->append(JournalEntry::operationName(*filter.operation));
    }
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("started >= ?"));
        values->append(filter.from.startOfDay().toMSecsSinceEpoch());
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("started < ?"));
        values->append(filter.to.addDays(1).startOfDay().toMSecsSinceEpoch());
    }
    if (filter.batchId) {
        conditions.append(QStringLiteral("batch_id = ?"));
        values->append(filter.batchId);
    }
    for (const QString &word : filter.words()) {
        conditions.append(QStringLiteral("instr(search, ?) > 0"));
        values->append(word);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QList<qint64> JournalStore::ids(const JournalFilter &filter) const
{
    QList<qint64> result;
    if (!m_open)
        return result;
    QList<QVariant> values;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM entries%1 ORDER BY id DESC").arg(whereClause(filter, &values)));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

QList<JournalEntry> JournalStore::headers(const QList<qint64> &ids) const
{
    QList<JournalEntry> result;
    if (!m_open || ids.isEmpty())
        return result;
    QStringList list;
    list.reserve(ids.size());
    for (const qint64 id : ids)
        list.append(QString::number(id)); // numbers: nothing to escape
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM entries WHERE id IN (%2)").arg(headerColumns(), list.join(u','))))
        return result;
    QHash<qint64, JournalEntry> byId;
    while (query.next()) {
        JournalEntry entry = headerFrom(query);
        byId.insert(entry.id, entry);
    }
    for (const qint64 id : ids) {
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            result.append(*it);
    }
    return result;
}

QList<JournalEntry> JournalStore::entries(const JournalFilter &filter) const
{
    QList<JournalEntry> result;
    for (const qint64 id : ids(filter)) {
        if (std::optional<JournalEntry> found = entry(id))
            result.append(*found);
    }
    return result;
}

QList<JournalEntry> JournalStore::unresolved(const QString &connectionId) const
{
    QList<JournalEntry> result;
    if (!m_open)
        return result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM entries WHERE status = ? AND checked IS NULL AND connection_id = ? "
                                 "ORDER BY id"));
    query.bindValue(0, JournalEntry::statusName(JournalEntry::Status::Unknown));
    query.bindValue(1, connectionId);
    if (!query.exec())
        return result;
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    for (const qint64 id : std::as_const(ids)) {
        if (std::optional<JournalEntry> found = entry(id))
            result.append(*found);
    }
    return result;
}

QList<qint64> JournalStore::changeIdsAfter(const JournalEntry &entry, int limit) const
{
    QList<qint64> ids;
    if (!m_open || entry.assistantId.isEmpty())
        return ids;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM entries WHERE assistant_id = ? AND connection_id = ? AND id > ? AND "
                                 "status = ? AND operation IN (?, ?) ORDER BY id%1")
                      .arg(limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    query.bindValue(0, entry.assistantId);
    query.bindValue(1, entry.connectionId);
    query.bindValue(2, entry.id);
    query.bindValue(3, JournalEntry::statusName(JournalEntry::Status::Succeeded));
    query.bindValue(4, JournalEntry::operationName(JournalEntry::Operation::Update));
    query.bindValue(5, JournalEntry::operationName(JournalEntry::Operation::Revert));
    if (!query.exec())
        return ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<JournalEntry> JournalStore::changesAfter(const JournalEntry &entry) const
{
    QList<JournalEntry> result;
    for (const qint64 id : changeIdsAfter(entry)) {
        if (std::optional<JournalEntry> found = this->entry(id))
            result.append(*found);
    }
    return result;
}

bool JournalStore::hasChangesAfter(const JournalEntry &entry) const
{
    return !changeIdsAfter(entry, 1).isEmpty();
}

std::optional<JournalBatch> JournalStore::batch(qint64 id) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, connection_id, description, started, finished, revert_of FROM batches WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return JournalBatch{.id = query.value(0).toLongLong(),
                        .connectionId = query.value(1).toString(),
                        .description = query.value(2).toString(),
                        .started = fromMsecs(query.value(3)),
                        .finished = fromMsecs(query.value(4)),
                        .revertOf = query.value(5).toLongLong()};
}

QList<JournalEntry> JournalStore::batchEntries(qint64 batchId) const
{
    JournalFilter filter;
    filter.batchId = batchId;
    QList<JournalEntry> result = entries(filter);
    std::reverse(result.begin(), result.end());
    return result;
}

QList<std::pair<QString, QString>> JournalStore::connections() const
{
    QList<std::pair<QString, QString>> result;
    if (!m_open)
        return result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // SQLite takes the bare column from the row that holds the maximum: the latest name.
    if (!query.exec(QStringLiteral(
            "SELECT connection_id, connection_name, MAX(id) FROM entries GROUP BY connection_id ORDER BY 1")))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString()});
    return result;
}

qint64 JournalStore::count() const
{
    if (!m_open)
        return 0;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM entries")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool JournalStore::forEachSearchRow(qint64 afterId, const std::function<void(const JournalSearchRow &)> &row,
                                    int limit) const
{
    if (!m_open)
        return false;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, connection_id, assistant_id, source_id, operation, started, batch_id, "
                                 "assistant_search, search FROM entries WHERE id > ? ORDER BY id%1")
                      .arg(limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    query.bindValue(0, afterId);
    if (!query.exec())
        return false;
    // Operations and connections repeat: one shared string each.
    QHash<QString, JournalEntry::Operation> operations;
    for (const JournalEntry::Operation operation : JournalEntry::allOperations())
        operations.insert(JournalEntry::operationName(operation), operation);
    QSet<QString> connections;
    JournalSearchRow item;
    while (query.next()) {
        item.id = query.value(0).toLongLong();
        const QString connection = query.value(1).toString();
        auto known = connections.constFind(connection);
        if (known == connections.constEnd())
            known = connections.insert(connection);
        item.connectionId = *known;
        item.assistantId = query.value(2).toString();
        item.sourceId = query.value(3).toString();
        item.operation = operations.value(query.value(4).toString(), JournalEntry::Operation::Update);
        item.started = query.value(5).toLongLong();
        item.batchId = query.value(6).toLongLong();
        item.assistantText = query.value(7).toString();
        item.text = query.value(8).toString();
        row(item);
    }
    return true;
}

bool JournalStore::exportJsonLines(const JournalFilter &filter, QIODevice *device, QString *error) const
{
    QList<qint64> selected = ids(filter);
    std::reverse(selected.begin(), selected.end());
    for (const qint64 id : std::as_const(selected)) {
        const std::optional<JournalEntry> found = entry(id);
        if (!found)
            continue;
        const QByteArray line = QJsonDocument(found->toJson()).toJson(QJsonDocument::Compact) + '\n';
        if (device->write(line) != line.size()) {
            if (error)
                *error = device->errorString();
            return false;
        }
    }
    return true;
}
