// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

// Sandbox data files gone bad, made for real on disk, as a disk error, a sync tool or another program leaves
// them: the cases the sandbox must refuse, or set aside and start afresh from.
namespace BadDataFiles {

enum class Kind {
    RandomBytes, // not a database at all
    Truncated, // a sandbox file cut in half
    Locked, // a sandbox file another connection holds an exclusive transaction on
    OtherProgram, // a SQLite database of another program
    WrongColumns, // an "assistants" table of another shape
    NewerSchema, // a sandbox file from a later version
    Directory, // a directory where the file should be
    Unreadable, // no permission to read it (meaningless as root, who reads everything)
};

inline bool isRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

// Closes its connection (ending the transaction) when it goes.
class Lock
{
public:
    explicit Lock(const QString &path)
        : m_name(QStringLiteral("bad-data-lock-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_held = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN EXCLUSIVE"));
    }
    ~Lock()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isHeld() const { return m_held; }

private:
    QString m_name;
    bool m_held = false;
};

// A sound sandbox file, closed cleanly (no -wal beside it), with `count` generated assistants.
inline bool makeSoundFile(const QString &path, int count = 30)
{
    SandboxServer server;
    SandboxServer::Options options;
    options.dataPath = path;
    options.seedCount = count;
    QString error;
    if (!server.start(options, &error)) {
        qWarning("cannot make a sandbox file: %s", qPrintable(error));
        return false;
    }
    server.stop();
    return QFileInfo::exists(path) && !QFileInfo::exists(path + QStringLiteral("-wal"));
}

inline bool runSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("bad-data-sql");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements)
            ok = ok && QSqlQuery(db).exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Makes the bad file at `path`; `template_` is a sound sandbox file to start from. A Locked file comes with
// its lock, to be kept until the test is done with the file.
inline bool make(Kind kind, const QString &path, const QString &template_, std::unique_ptr<Lock> *lock)
{
    switch (kind) {
    case Kind::RandomBytes: {
        QByteArray bytes(16 * 1024, Qt::Uninitialized);
        QRandomGenerator random(1234);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
    case Kind::Truncated: {
        if (!QFile::copy(template_, path))
            return false;
        QFile file(path);
        return file.resize(file.size() / 2);
    }
    case Kind::Locked:
        if (!QFile::copy(template_, path))
            return false;
        *lock = std::make_unique<Lock>(path);
        return (*lock)->isHeld();
    case Kind::OtherProgram:
        return runSql(path,
                      {QStringLiteral("CREATE TABLE notes (title TEXT, body TEXT)"),
                       QStringLiteral("INSERT INTO notes VALUES ('groceries', 'milk')")});
    case Kind::WrongColumns:
        return runSql(path,
                      {QStringLiteral("CREATE TABLE assistants (id TEXT, body TEXT)"),
                       QStringLiteral("INSERT INTO assistants VALUES ('a', '{}')")});
    case Kind::NewerSchema:
        return QFile::copy(template_, path) && runSql(path, {QStringLiteral("PRAGMA user_version = 99")});
    case Kind::Directory:
        return QDir().mkpath(path) && QFile(path + QStringLiteral("/inside.txt")).open(QIODevice::WriteOnly);
    case Kind::Unreadable:
        return QFile::copy(template_, path) && QFile::setPermissions(path, QFileDevice::WriteOwner);
    }
    return false;
}

// What the sandbox's message says of each.
inline QString problemOf(Kind kind)
{
    switch (kind) {
    case Kind::RandomBytes:
        return QStringLiteral("it is not a SQLite database");
    case Kind::Truncated:
        return QStringLiteral("it is damaged");
    case Kind::Locked:
        return QStringLiteral("another program keeps it locked");
    case Kind::OtherProgram:
        return QStringLiteral("it is the database of another program (it holds the tables notes)");
    case Kind::WrongColumns:
        return QStringLiteral("its table assistants lacks the columns position, json, version");
    case Kind::NewerSchema:
        return QStringLiteral("it was written by a newer version of the sandbox (schema 99");
    case Kind::Directory:
    case Kind::Unreadable:
        return QStringLiteral("it cannot be opened");
    }
    return {};
}

// The file's bytes, or for a directory the names in it.
inline QByteArray contentOf(const QString &path)
{
    if (QFileInfo(path).isDir())
        return QDir(path).entryList(QDir::Files).join(u'\n').toUtf8();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // Unreadable on purpose: read it with the permission lent for a moment.
        const QFileDevice::Permissions permissions = file.permissions();
        QFile::setPermissions(path, permissions | QFileDevice::ReadOwner);
        const bool opened = file.open(QIODevice::ReadOnly);
        const QByteArray bytes = opened ? file.readAll() : QByteArray();
        file.close();
        QFile::setPermissions(path, permissions);
        return bytes;
    }
    return file.readAll();
}

// The files in `dir` named like a set-aside copy of `path`.
inline QStringList setAside(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().entryList({info.completeBaseName() + QStringLiteral("-damaged-*")},
                                QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace BadDataFiles

Q_DECLARE_METATYPE(BadDataFiles::Kind)
