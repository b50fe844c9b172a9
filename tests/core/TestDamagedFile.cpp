// SPDX-License-Identifier: GPL-3.0-or-later
// The one rule for local files gone bad (core/DamagedFile), on real files: renamed with the time, kept byte for
// byte with their permissions and their companions, never overwriting another copy, never deleted.
#include "core/DamagedFile.h"
#include "support/DiskFaults.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDamagedFile : public QObject
{
    Q_OBJECT

private slots:
    void keepsBytesAndPermissions();
    void namesNeverCollide();
    void companionsGoAlong();
    void keptInAFolderOfItsOwn();
    void aFileThatCannotBeMovedStays();
};

namespace {

const QDateTime kNow = QDateTime::fromString(u"2025-03-04T09:15:02"_s, Qt::ISODate);

} // namespace

void TestDamagedFile::keepsBytesAndPermissions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"Revox Studio.conf"_s);
    const QByteArray bytes = DiskFaults::randomBytes(3000);
    QVERIFY(DiskFaults::writeFile(path, bytes));
    const QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
    QVERIFY(QFile::setPermissions(path, permissions));

    QString error;
    const QString moved = DamagedFile::setAside(path, {.now = kNow}, &error);
    QVERIFY2(!moved.isEmpty(), qPrintable(error));
    QCOMPARE(moved, dir.filePath(u"Revox Studio-damaged-20250304-091502.conf"_s));
    QCOMPARE(DiskFaults::contentOf(moved), bytes);
    QCOMPARE(QFile::permissions(moved) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser), permissions);
    QVERIFY(!QFileInfo::exists(path));

    // A name without a suffix keeps none.
    QVERIFY(DiskFaults::writeFile(dir.filePath(u"notes"_s), "x"));
    QCOMPARE(DamagedFile::setAside(dir.filePath(u"notes"_s), {.now = kNow}),
             dir.filePath(u"notes-damaged-20250304-091502"_s));
}

void TestDamagedFile::namesNeverCollide()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sandbox.sqlite"_s);
    QStringList moved;
    for (int i = 0; i < 3; ++i) {
        QVERIFY(DiskFaults::writeFile(path, QByteArray::number(i)));
        QVERIFY(DiskFaults::writeFile(path + u"-wal"_s, "log " + QByteArray::number(i)));
        QString error;
        moved.append(
            QFileInfo(DamagedFile::setAside(path, {.companions = DamagedFile::sqliteCompanions(), .now = kNow}, &error))
                .fileName());
        QVERIFY2(!moved.last().isEmpty(), qPrintable(error));
    }
    QCOMPARE(moved,
             (QStringList{u"sandbox-damaged-20250304-091502.sqlite"_s, u"sandbox-damaged-20250304-091502-2.sqlite"_s,
                          u"sandbox-damaged-20250304-091502-3.sqlite"_s}));
    // Each with its own bytes and its log beside it.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(DiskFaults::contentOf(dir.filePath(moved.at(i))), QByteArray::number(i));
        QCOMPARE(DiskFaults::contentOf(dir.filePath(moved.at(i) + u"-wal"_s)), "log " + QByteArray::number(i));
    }
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
}

void TestDamagedFile::companionsGoAlong()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"journal.sqlite"_s);
    QVERIFY(DiskFaults::writeFile(path, "db"));
    QVERIFY(DiskFaults::writeFile(path + u"-shm"_s, "shm"));
    QVERIFY(DiskFaults::writeFile(path + u"-journal"_s, "journal"));
    // A name taken only by a companion of an earlier copy is skipped too: the logs never mix.
    QVERIFY(DiskFaults::writeFile(dir.filePath(u"journal-damaged-20250304-091502.sqlite-wal"_s), "older log"));

    const QString moved = DamagedFile::setAside(path, {.companions = DamagedFile::sqliteCompanions(), .now = kNow});
    QCOMPARE(moved, dir.filePath(u"journal-damaged-20250304-091502-2.sqlite"_s));
    QCOMPARE(DiskFaults::contentOf(moved + u"-shm"_s), QByteArray("shm"));
    QCOMPARE(DiskFaults::contentOf(moved + u"-journal"_s), QByteArray("journal"));
    QVERIFY(!QFileInfo::exists(moved + u"-wal"_s)); // it had none
    QCOMPARE(DiskFaults::contentOf(dir.filePath(u"journal-damaged-20250304-091502.sqlite-wal"_s)),
             QByteArray("older log"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 4);
}

void TestDamagedFile::keptInAFolderOfItsOwn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"drafts/c1/a1.json"_s);
    QVERIFY(QDir().mkpath(dir.filePath(u"drafts/c1"_s)));
    QVERIFY(DiskFaults::writeFile(path, "{\"version\": 2, \"ba"));
    const QString into = dir.filePath(u"drafts/damaged"_s);

    const QString moved = DamagedFile::setAside(path, {.into = into, .now = kNow});
    QCOMPARE(moved, into + u"/a1-damaged-20250304-091502.json"_s);
    QCOMPARE(DiskFaults::contentOf(moved), QByteArray("{\"version\": 2, \"ba"));
    QVERIFY(!QFileInfo::exists(path));
}

void TestDamagedFile::aFileThatCannotBeMovedStays()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"settings.ini"_s);
    const QByteArray bytes = DiskFaults::randomBytes(100);
    QVERIFY(DiskFaults::writeFile(path, bytes));

    // Into a folder that cannot be made (for root too: a path through a regular file).
    QVERIFY(DiskFaults::writeFile(dir.filePath(u"plain"_s), "a file"));
    QString error;
    QCOMPARE(DamagedFile::setAside(path, {.into = dir.filePath(u"plain/damaged"_s)}, &error), QString());
    QVERIFY2(error.contains(QDir::toNativeSeparators(dir.filePath(u"plain/damaged"_s))), qPrintable(error));
    QCOMPARE(DiskFaults::contentOf(path), bytes);

    // Beside itself, in a folder whose entries cannot be renamed.
    {
        const DiskFaults::FrozenFolder frozen(dir.path());
        if (!frozen.isFrozen()) {
            qInfo("Not tried in a frozen folder: %s", qPrintable(frozen.how()));
        } else {
            error.clear();
            QCOMPARE(DamagedFile::setAside(path, {}, &error), QString());
            QVERIFY2(error.startsWith(u"it cannot be moved to "_s), qPrintable(error));
        }
    }
    QCOMPARE(DiskFaults::contentOf(path), bytes);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{u"plain"_s, u"settings.ini"_s}));
}

QTEST_GUILESS_MAIN(TestDamagedFile)
#include "TestDamagedFile.moc"
