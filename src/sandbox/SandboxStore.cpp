// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxStore.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SandboxStore", text);
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
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

bool SandboxStore::open(const QString &path, QString *error)
{
    close();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    if (!m_db.open()) {
        setError(error, tr("Cannot open the database %1: %2").arg(path, m_db.lastError().text()));
        close();
        return false;
    }
    // WAL keeps every commit atomic and durable enough for a sandbox, without an fsync per write.
    const bool ready = (path.isEmpty()
                        || (exec(QStringLiteral("PRAGMA journal_mode=WAL"), error)
                            && exec(QStringLiteral("PRAGMA synchronous=NORMAL"), error)))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS assistants (id TEXT PRIMARY KEY, position INTEGER NOT "
                               "NULL, json TEXT NOT NULL, version INTEGER NOT NULL)"),
                error)
        && load(error);
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
        return setError(error, tr("Database error: %1").arg(query.lastError().text()));
    return true;
}

bool SandboxStore::load(QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, json, version, position FROM assistants ORDER BY position")))
        return setError(error, tr("Cannot read the assistants: %1").arg(query.lastError().text()));
    while (query.next()) {
        const QByteArray json = query.value(1).toByteArray();
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        Entry entry = entryFor(object, query.value(2).toLongLong());
        entry.id = query.value(0).toString(); // the row's key wins over a damaged document
        m_index.insert(entry.id, m_entries.size());
        m_lastVersion = std::max(m_lastVersion, entry.version);
        m_lastPosition = std::max(m_lastPosition, query.value(3).toLongLong());
        m_entries.append(std::move(entry));
    }
    return true;
}

SandboxStore::Entry SandboxStore::entryFor(const QJsonObject &json, qint64 version) const
{
    return {.id = json.value(u"id").toString(),
            .json = QJsonDocument(json).toJson(QJsonDocument::Compact),
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

bool SandboxStore::execInTransaction(const QString &sql, const QVariantList &values, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return setError(error, tr("Cannot start a transaction: %1").arg(m_db.lastError().text()));
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return setError(error, tr("Cannot save the change: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return setError(error, tr("Cannot save the change: the row is missing."));
    if (!transaction.commit())
        return setError(error, tr("Cannot save the change: %1").arg(m_db.lastError().text()));
    return true;
}

qint64 SandboxStore::insert(const QJsonObject &json, QString *error)
{
    Entry entry = entryFor(json, m_lastVersion + 1);
    if (entry.id.isEmpty() || m_index.contains(entry.id)) {
        setError(error, tr("The assistant id is missing or already taken."));
        return 0;
    }
    if (!execInTransaction(QStringLiteral("INSERT INTO assistants (id, position, json, version) VALUES (?, ?, ?, ?)"),
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
        setError(error, tr("No assistant has the id %1.").arg(entry.id));
        return 0;
    }
    if (!execInTransaction(QStringLiteral("UPDATE assistants SET json = ?, version = ? WHERE id = ?"),
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
        return setError(error, tr("No assistant has the id %1.").arg(id));
    if (!execInTransaction(QStringLiteral("DELETE FROM assistants WHERE id = ?"), {id}, error))
        return false;
    const qsizetype removed = *it;
    m_entries.removeAt(removed);
    m_index.remove(id);
    for (qsizetype i = removed; i < m_entries.size(); ++i)
        m_index[m_entries.at(i).id] = i;
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
            return setError(error, tr("Assistant %1 has a missing or repeated id.").arg(entries.size()));
        index.insert(entry.id, entries.size());
        entries.append(std::move(entry));
    }

    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return setError(error, tr("Cannot start a transaction: %1").arg(m_db.lastError().text()));
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
            return setError(error, tr("Cannot save the assistants: %1").arg(query.lastError().text()));
    }
    if (!transaction.commit())
        return setError(error, tr("Cannot save the assistants: %1").arg(m_db.lastError().text()));
    m_entries = std::move(entries);
    m_index = std::move(index);
    m_lastVersion = version;
    m_lastPosition = m_entries.size();
    return true;
}
