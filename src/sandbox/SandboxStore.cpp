// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxStore.h"

#include "core/JsonText.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

// PRAGMA application_id of a sandbox database ("RVXS"), so that a file of another program is told apart.
constexpr int kApplicationId = 0x52565853;
// PRAGMA user_version: 1 held the assistants only (files from then have application_id 0); 2 adds phone
// numbers and calls.
constexpr int kSchemaVersion = 2;

struct TableShape
{
    const char *name;
    QStringList columns;
    const char *create;
};

const QList<TableShape> &tables()
{
    static const QList<TableShape> shapes = {
        {"assistants",
         {QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("json"), QStringLiteral("version")},
         "CREATE TABLE IF NOT EXISTS assistants (id TEXT PRIMARY KEY, position INTEGER NOT NULL, json TEXT NOT "
         "NULL, version INTEGER NOT NULL)"},
        {"phone_numbers",
         {QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("json")},
         "CREATE TABLE IF NOT EXISTS phone_numbers (id TEXT PRIMARY KEY, position INTEGER NOT NULL, json TEXT NOT "
         "NULL)"},
        {"calls",
         {QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("json")},
         "CREATE TABLE IF NOT EXISTS calls (id TEXT PRIMARY KEY, position INTEGER NOT NULL, json TEXT NOT NULL)"},
    };
    return shapes;
}

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SandboxStore)
};

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// What is wrong with the file, in words, from SQLite's primary result code.
QString describe(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (error.nativeErrorCode().toInt()) {
    case 26: // SQLITE_NOTADB
        return Text::tr("it is not a SQLite database (%1)").arg(text);
    case 11: // SQLITE_CORRUPT
        return Text::tr("it is damaged (%1)").arg(text);
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Text::tr("another program keeps it locked (%1)").arg(text);
    case 14: // SQLITE_CANTOPEN
        return Text::tr("it cannot be opened (%1)").arg(text);
    case 8: // SQLITE_READONLY
        return Text::tr("it cannot be written (%1)").arg(text);
    case 3: // SQLITE_PERM
    case 23: // SQLITE_AUTH
        return Text::tr("access to it is denied (%1)").arg(text);
    case 10: // SQLITE_IOERR
        return Text::tr("it cannot be read (%1)").arg(text);
    default:
        return text;
    }
}

QString idOf(const QJsonObject &item)
{
    return item.value(u"id").toString();
}

QByteArray compact(const QJsonObject &item)
{
    return QJsonDocument(item).toJson(QJsonDocument::Compact);
}

// Commits on success, rolls back otherwise: the database never keeps half a write.
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

const QJsonObject *SandboxStore::Documents::find(const QString &id) const
{
    const auto it = index.constFind(id);
    return it == index.constEnd() ? nullptr : &items.at(*it);
}

void SandboxStore::Documents::clear()
{
    items.clear();
    index.clear();
    lastPosition = 0;
}

void SandboxStore::Documents::append(const QJsonObject &item)
{
    index.insert(idOf(item), items.size());
    items.append(item);
}

void SandboxStore::Documents::replace(const QJsonObject &item)
{
    items[index.value(idOf(item))] = item;
}

void SandboxStore::Documents::remove(const QString &id)
{
    const qsizetype removed = index.take(id);
    items.removeAt(removed);
    for (qsizetype i = removed; i < items.size(); ++i)
        index[idOf(items.at(i))] = i;
}

QString SandboxStore::problem(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt();
    m_locked = m_locked || code == 5 || code == 6; // SQLITE_BUSY, SQLITE_LOCKED
    return describe(error);
}

SandboxStore::SandboxStore()
{
    // Each store has its own connection: tests run several servers in one process.
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("revox-sandbox-%1").arg(counter.fetchAndAddRelaxed(1));
}

SandboxStore::~SandboxStore()
{
    close();
}

bool SandboxStore::open(const QString &path, QString *error, Journal journal)
{
    close();
    m_path = path;
    m_journal = journal;
    m_locked = false;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    // Short: a file another program keeps locked is reported, not waited for.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!m_db.open()) {
        setError(error, problem(m_db.lastError()));
        close();
        return false;
    }
    // Everything is read before anything is written: a file found wanting is left as it was.
    const bool ready = checkSchema(error) && load(error) && prepareSchema(error);
    if (!ready)
        close();
    return ready;
}

void SandboxStore::close()
{
    m_entries.clear();
    m_index.clear();
    m_lastVersion = 0;
    m_lastPosition = 0;
    m_openedVersion = 0;
    m_phoneNumbers.clear();
    m_calls.clear();
    m_prepared.clear(); // before the connection they were made on goes
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SandboxStore::exec(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return setError(error, problem(query.lastError()));
    return true;
}

bool SandboxStore::checkSchema(QString *error)
{
    QSqlQuery query(m_db);
    const auto pragma = [&query](const QString &name, int *value) {
        if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
            return false;
        *value = query.value(0).toInt();
        return true;
    };
    int applicationId = 0;
    int version = 0;
    if (!pragma(QStringLiteral("application_id"), &applicationId) || !pragma(QStringLiteral("user_version"), &version)
        || !query.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")))
        return setError(error, problem(query.lastError()));
    QStringList present;
    while (query.next())
        present.append(query.value(0).toString());
    if (query.lastError().isValid())
        return setError(error, problem(query.lastError()));
    m_openedVersion = 0;
    if (present.isEmpty() && applicationId == 0)
        return true; // a new file

    QStringList ours;
    for (const TableShape &shape : tables())
        ours.append(QLatin1String(shape.name));
    QStringList foreign;
    for (const QString &table : std::as_const(present)) {
        if (!ours.contains(table))
            foreign.append(table);
    }
    const bool legacy = applicationId == 0 && present.contains(QStringLiteral("assistants")) && foreign.isEmpty();
    if (applicationId != kApplicationId && !legacy) {
        return setError(error,
                        foreign.isEmpty() ? Text::tr("it is the database of another program")
                                          : Text::tr("it is the database of another program (it holds the tables %1)")
                                                .arg(foreign.join(QLatin1String(", "))));
    }
    if (version > kSchemaVersion)
        return setError(
            error,
            Text::tr("it was written by a newer version of the sandbox (schema %1; this one reads up to %2)")
                .arg(version)
                .arg(kSchemaVersion));
    for (const TableShape &shape : tables()) {
        const QString name = QLatin1String(shape.name);
        if (!present.contains(name))
            continue;
        if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(name)))
            return setError(error, problem(query.lastError()));
        QStringList columns;
        while (query.next())
            columns.append(query.value(1).toString());
        QStringList missing;
        for (const QString &column : shape.columns) {
            if (!columns.contains(column))
                missing.append(column);
        }
        if (!missing.isEmpty())
            return setError(error,
                            Text::tr("its table %1 lacks the columns %2").arg(name, missing.join(QLatin1String(", "))));
    }
    m_openedVersion = legacy ? 1 : version;
    return true;
}

bool SandboxStore::prepareSchema(QString *error)
{
    // WAL keeps every commit atomic and durable enough for a sandbox, without an fsync per write.
    if (!m_path.isEmpty() && m_journal == Journal::WriteAhead
        && !(exec(QStringLiteral("PRAGMA journal_mode=WAL"), error)
             && exec(QStringLiteral("PRAGMA synchronous=NORMAL"), error)))
        return false;
    if (!m_path.isEmpty() && m_journal == Journal::Rollback
        && !exec(QStringLiteral("PRAGMA journal_mode=DELETE"), error))
        return false;
    // IMMEDIATE takes the write lock now: a file another connection keeps locked for writing fails here,
    // at open, rather than at the first save.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    QSqlQuery query(m_db);
    int applicationId = 0;
    int version = 0;
    bool ok = query.exec(QStringLiteral("PRAGMA application_id")) && query.next();
    applicationId = query.value(0).toInt();
    ok = ok && query.exec(QStringLiteral("PRAGMA user_version")) && query.next();
    version = query.value(0).toInt();
    for (const TableShape &shape : tables())
        ok = ok && exec(QLatin1String(shape.create), error);
    // Written only when they differ: opening a sound file changes none of its bytes.
    if (ok && applicationId != kApplicationId)
        ok = exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), error);
    if (ok && version != kSchemaVersion)
        ok = exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion), error);
    if (!ok || !exec(QStringLiteral("COMMIT"), error)) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        if (error && error->isEmpty())
            *error = problem(query.lastError());
        return false;
    }
    return true;
}

bool SandboxStore::load(QString *error)
{
    QSqlQuery exists(m_db);
    const auto hasTable = [&exists](const QString &name) {
        exists.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
        exists.addBindValue(name);
        return exists.exec() && exists.next();
    };
    if (hasTable(QStringLiteral("assistants"))) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, json, version, position FROM assistants ORDER BY position")))
            return setError(error, problem(query.lastError()));
        while (query.next()) {
            const QByteArray json = query.value(1).toByteArray();
            const QJsonObject object = JsonText::read(json).object();
            Entry entry = entryFor(object, query.value(2).toLongLong());
            entry.id = query.value(0).toString(); // the row's key wins over a damaged document
            m_index.insert(entry.id, m_entries.size());
            m_lastVersion = std::max(m_lastVersion, entry.version);
            m_lastPosition = std::max(m_lastPosition, query.value(3).toLongLong());
            m_entries.append(std::move(entry));
        }
        // next() is false at the end and on an error alike; a damaged page shows here.
        if (query.lastError().isValid())
            return setError(error, problem(query.lastError()));
    }
    for (Documents *documents : {&m_phoneNumbers, &m_calls}) {
        if (hasTable(documents->table) && !loadDocuments(*documents, error))
            return false;
    }
    if (exists.lastError().isValid())
        return setError(error, problem(exists.lastError()));
    return true;
}

bool SandboxStore::loadDocuments(Documents &documents, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, json, position FROM %1 ORDER BY position").arg(documents.table)))
        return setError(error, problem(query.lastError()));
    while (query.next()) {
        QJsonObject item = JsonText::read(query.value(1).toByteArray()).object();
        item.insert(u"id", query.value(0).toString()); // the row's key wins over a damaged document
        documents.append(item);
        documents.lastPosition = std::max(documents.lastPosition, query.value(2).toLongLong());
    }
    if (query.lastError().isValid())
        return setError(error, problem(query.lastError()));
    return true;
}

SandboxStore::Entry SandboxStore::entryFor(const QJsonObject &json, qint64 version) const
{
    return {.id = json.value(u"id").toString(),
            .json = compact(json),
            .version = version,
            .listed = json.value(u"type").toString() != QLatin1String("sub-assistant")};
}

const SandboxStore::Entry *SandboxStore::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_entries.at(*it);
}

QByteArray SandboxStore::listJson() const
{
    qsizetype total = 32;
    for (const Entry &entry : m_entries)
        total += entry.json.size() + 1;
    QByteArray out;
    out.reserve(total);
    out += "{\"assistants\":[";
    bool first = true;
    for (const Entry &entry : m_entries) {
        if (!entry.listed)
            continue;
        if (!first)
            out += ',';
        out += entry.json;
        first = false;
    }
    out += "]}";
    return out;
}

bool SandboxStore::execOne(const QString &sql, const QVariantList &values, QString *error)
{
    // A single statement is a transaction of its own in SQLite: stored whole or not at all. Each is parsed once
    // per open, not once per request.
    auto [it, added] = m_prepared.try_emplace(sql, m_db);
    QSqlQuery &query = it->second;
    if (added && !query.prepare(sql)) {
        const QString problem = query.lastError().text();
        m_prepared.erase(it);
        return setError(error, Text::tr("Cannot save the change: %1").arg(problem));
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return setError(error, Text::tr("Cannot save the change: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return setError(error, Text::tr("Cannot save the change: the row is missing."));
    return true;
}

qint64 SandboxStore::insert(const QJsonObject &json, QString *error)
{
    Entry entry = entryFor(json, m_lastVersion + 1);
    if (entry.id.isEmpty() || m_index.contains(entry.id)) {
        setError(error, Text::tr("The assistant id is missing or already taken."));
        return 0;
    }
    if (!execOne(QStringLiteral("INSERT INTO assistants (id, position, json, version) VALUES (?, ?, ?, ?)"),
                 {entry.id, m_lastPosition + 1, entry.json, entry.version}, error))
        return 0;
    ++m_lastPosition;
    m_lastVersion = entry.version;
    m_index.insert(entry.id, m_entries.size());
    m_entries.append(std::move(entry));
    return m_lastVersion;
}

qint64 SandboxStore::update(const QJsonObject &json, QString *error)
{
    Entry entry = entryFor(json, m_lastVersion + 1);
    const auto it = m_index.constFind(entry.id);
    if (it == m_index.constEnd()) {
        setError(error, Text::tr("No assistant has the id %1.").arg(entry.id));
        return 0;
    }
    if (!execOne(QStringLiteral("UPDATE assistants SET json = ?, version = ? WHERE id = ?"),
                 {entry.json, entry.version, entry.id}, error))
        return 0;
    m_lastVersion = entry.version;
    m_entries[*it] = std::move(entry);
    return m_lastVersion;
}

bool SandboxStore::remove(const QString &id, QString *error)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd())
        return setError(error, Text::tr("No assistant has the id %1.").arg(id));

    // The numbers that routed their calls to it answer nothing any more, as on the real API.
    QList<QJsonObject> unrouted;
    for (const QJsonObject &number : std::as_const(m_phoneNumbers.items)) {
        if (number.value(u"inbound_assistant_id").toString() == id) {
            QJsonObject changed = number;
            changed.insert(u"inbound_assistant_id", QJsonValue::Null);
            unrouted.append(changed);
        }
    }
    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return setError(error, Text::tr("Cannot start a transaction: %1").arg(m_db.lastError().text()));
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM assistants WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || query.numRowsAffected() != 1)
        return setError(error, Text::tr("Cannot save the change: %1").arg(query.lastError().text()));
    query.prepare(QStringLiteral("UPDATE phone_numbers SET json = ? WHERE id = ?"));
    for (const QJsonObject &number : std::as_const(unrouted)) {
        query.bindValue(0, compact(number));
        query.bindValue(1, idOf(number));
        if (!query.exec())
            return setError(error, Text::tr("Cannot save the change: %1").arg(query.lastError().text()));
    }
    if (!transaction.commit())
        return setError(error, Text::tr("Cannot save the change: %1").arg(m_db.lastError().text()));

    const qsizetype removed = *it;
    m_entries.removeAt(removed);
    m_index.remove(id);
    for (qsizetype i = removed; i < m_entries.size(); ++i)
        m_index[m_entries.at(i).id] = i;
    for (const QJsonObject &number : std::as_const(unrouted))
        m_phoneNumbers.replace(number);
    return true;
}

bool SandboxStore::replaceAll(const QList<QJsonObject> &assistants, QString *error)
{
    QList<Entry> entries;
    entries.reserve(assistants.size());
    QHash<QString, qsizetype> index;
    index.reserve(assistants.size());
    qint64 version = m_lastVersion;
    for (const QJsonObject &json : assistants) {
        Entry entry = entryFor(json, ++version);
        if (entry.id.isEmpty() || index.contains(entry.id))
            return setError(error, Text::tr("Assistant %1 has a missing or repeated id.").arg(entries.size()));
        index.insert(entry.id, entries.size());
        entries.append(std::move(entry));
    }

    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return setError(error, Text::tr("Cannot start a transaction: %1").arg(m_db.lastError().text()));
    if (!exec(QStringLiteral("DELETE FROM assistants"), error))
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO assistants (id, position, json, version) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries.at(i);
        query.bindValue(0, entry.id);
        query.bindValue(1, qint64(i + 1));
        query.bindValue(2, entry.json);
        query.bindValue(3, entry.version);
        if (!query.exec())
            return setError(error, Text::tr("Cannot save the assistants: %1").arg(query.lastError().text()));
    }
    if (!transaction.commit())
        return setError(error, Text::tr("Cannot save the assistants: %1").arg(m_db.lastError().text()));
    m_entries = std::move(entries);
    m_index = std::move(index);
    m_lastVersion = version;
    m_lastPosition = m_entries.size();
    return true;
}

bool SandboxStore::insertDocument(Documents &documents, const QJsonObject &item, QString *error)
{
    const QString id = idOf(item);
    if (id.isEmpty() || documents.find(id))
        return setError(error, Text::tr("The id %1 is missing or already taken.").arg(id));
    if (!execOne(QStringLiteral("INSERT INTO %1 (id, position, json) VALUES (?, ?, ?)").arg(documents.table),
                 {id, documents.lastPosition + 1, compact(item)}, error))
        return false;
    ++documents.lastPosition;
    documents.append(item);
    return true;
}

bool SandboxStore::updateDocument(Documents &documents, const QJsonObject &item, QString *error)
{
    const QString id = idOf(item);
    if (!documents.find(id))
        return setError(error, Text::tr("Nothing has the id %1.").arg(id));
    if (!execOne(QStringLiteral("UPDATE %1 SET json = ? WHERE id = ?").arg(documents.table), {compact(item), id},
                 error))
        return false;
    documents.replace(item);
    return true;
}

bool SandboxStore::replaceDocuments(Documents &documents, const QList<QJsonObject> &items, QString *error)
{
    QSet<QString> ids;
    for (const QJsonObject &item : items) {
        if (idOf(item).isEmpty() || ids.contains(idOf(item)))
            return setError(error, Text::tr("Item %1 has a missing or repeated id.").arg(ids.size()));
        ids.insert(idOf(item));
    }
    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return setError(error, Text::tr("Cannot start a transaction: %1").arg(m_db.lastError().text()));
    if (!exec(QStringLiteral("DELETE FROM %1").arg(documents.table), error))
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO %1 (id, position, json) VALUES (?, ?, ?)").arg(documents.table));
    for (qsizetype i = 0; i < items.size(); ++i) {
        query.bindValue(0, idOf(items.at(i)));
        query.bindValue(1, qint64(i + 1));
        query.bindValue(2, compact(items.at(i)));
        if (!query.exec())
            return setError(error, Text::tr("Cannot save the change: %1").arg(query.lastError().text()));
    }
    if (!transaction.commit())
        return setError(error, Text::tr("Cannot save the change: %1").arg(m_db.lastError().text()));
    documents.clear();
    for (const QJsonObject &item : items)
        documents.append(item);
    documents.lastPosition = items.size();
    return true;
}

bool SandboxStore::updatePhoneNumber(const QJsonObject &number, QString *error)
{
    return updateDocument(m_phoneNumbers, number, error);
}

bool SandboxStore::removePhoneNumber(const QString &id, QString *error)
{
    if (!m_phoneNumbers.find(id))
        return setError(error, Text::tr("No phone number has the id %1.").arg(id));
    if (!execOne(QStringLiteral("DELETE FROM phone_numbers WHERE id = ?"), {id}, error))
        return false;
    m_phoneNumbers.remove(id);
    return true;
}

bool SandboxStore::replacePhoneNumbers(const QList<QJsonObject> &numbers, QString *error)
{
    return replaceDocuments(m_phoneNumbers, numbers, error);
}

bool SandboxStore::insertCall(const QJsonObject &call, QString *error)
{
    return insertDocument(m_calls, call, error);
}

bool SandboxStore::updateCall(const QJsonObject &call, QString *error)
{
    return updateDocument(m_calls, call, error);
}
