// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DraftStore.h"
#include "support/DiskFaults.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

Draft makeDraft(const QString &connection, const QString &id, const QString &name)
{
    Assistant base(QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("name"), QStringLiteral("old")},
                               {QStringLiteral("first_sentence_delay_ms"), -9007199254740991LL}});
    Assistant edited = base;
    edited.setName(name);
    return {connection, id, base, edited, QDateTime::currentDateTimeUtc()};
}

} // namespace

class TestDraftStore : public QObject
{
    Q_OBJECT
private slots:
    void saveLoadRemove();
    void userOnlyPermissions();
    void perConnection();
    void hostileIdsStayInside();
    void unreadableFilesAreSkippedNotDeleted();
    void unreadableFilesAreSetAsideOnce();
    void draftsOfANewerVersionStay();
    void unwritableFolderIsSaid();
};

void TestDraftStore::saveLoadRemove()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    const Draft draft = makeDraft(QStringLiteral("sandbox"), QStringLiteral("a1"), QStringLiteral("new name"));
    QString error;
    QVERIFY2(store.save(draft, &error), qPrintable(error));
    const std::optional<Draft> loaded = store.load(QStringLiteral("sandbox"), QStringLiteral("a1"));
    QVERIFY(loaded);
    QCOMPARE(loaded->edited, draft.edited);
    QCOMPARE(loaded->base, draft.base);
    QCOMPARE(loaded->edited.firstSentenceDelayMs(), std::optional<qint64>(-9007199254740991LL));
    QCOMPARE(loaded->savedAt.toMSecsSinceEpoch(), draft.savedAt.toMSecsSinceEpoch());

    // Saving again replaces the file atomically; no temporary files are left behind.
    QVERIFY(store.save(makeDraft(QStringLiteral("sandbox"), QStringLiteral("a1"), QStringLiteral("newer"))));
    QCOMPARE(store.load(QStringLiteral("sandbox"), QStringLiteral("a1"))->edited.name(), QStringLiteral("newer"));
    QCOMPARE(QDir(QFileInfo(store.pathFor(QStringLiteral("sandbox"), QStringLiteral("a1"))).path())
                 .entryList(QDir::Files | QDir::Hidden)
                 .size(),
             1);

    QVERIFY(store.remove(QStringLiteral("sandbox"), QStringLiteral("a1")));
    QVERIFY(!store.load(QStringLiteral("sandbox"), QStringLiteral("a1")));
    QVERIFY(store.remove(QStringLiteral("sandbox"), QStringLiteral("a1"))); // already gone is fine
}

void TestDraftStore::userOnlyPermissions()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    QVERIFY(store.save(makeDraft(QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("n"))));
    const QFile::Permissions file = QFile::permissions(store.pathFor(QStringLiteral("c"), QStringLiteral("a")));
    QCOMPARE(file & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
    QVERIFY(file & QFile::ReadOwner);
    const QFile::Permissions folder = QFile::permissions(store.directory());
    QCOMPARE(folder & (QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther), QFile::Permissions());
}

void TestDraftStore::perConnection()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QVERIFY(store.save(makeDraft(QStringLiteral("sandbox"), QStringLiteral("a"), QStringLiteral("1"))));
    QVERIFY(store.save(makeDraft(QStringLiteral("sandbox"), QStringLiteral("b"), QStringLiteral("2"))));
    QVERIFY(store.save(makeDraft(QStringLiteral("prod"), QStringLiteral("a"), QStringLiteral("3"))));
    QCOMPARE(store.drafts(QStringLiteral("sandbox")).size(), 2);
    QCOMPARE(store.drafts(QStringLiteral("prod")).size(), 1);
    QCOMPARE(store.drafts(QStringLiteral("prod")).first().edited.name(), QStringLiteral("3"));
    QCOMPARE(store.load(QStringLiteral("sandbox"), QStringLiteral("a"))->edited.name(), QStringLiteral("1"));
    QVERIFY(store.drafts(QStringLiteral("other")).isEmpty());
}

void TestDraftStore::hostileIdsStayInside()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    for (const QString &id : {QStringLiteral("../../etc/passwd"), QStringLiteral("a/b"), QStringLiteral("..")}) {
        QVERIFY(store.save(makeDraft(QStringLiteral("../x"), id, QStringLiteral("n"))));
        QVERIFY(QFileInfo(store.pathFor(QStringLiteral("../x"), id)).canonicalFilePath().startsWith(store.directory()));
    }
    QCOMPARE(store.drafts(QStringLiteral("../x")).size(), 3);
}

void TestDraftStore::unreadableFilesAreSkippedNotDeleted()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QVERIFY(store.save(makeDraft(QStringLiteral("c"), QStringLiteral("good"), QStringLiteral("n"))));
    const QString bad = store.pathFor(QStringLiteral("c"), QStringLiteral("bad"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"version\":1,\"base\":");
    file.close();
    QCOMPARE(store.drafts(QStringLiteral("c")).size(), 1);
    QVERIFY(QFile::exists(bad));
}

void TestDraftStore::unreadableFilesAreSetAsideOnce()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    QVERIFY(store.save(makeDraft(QStringLiteral("c"), QStringLiteral("good"), QStringLiteral("n"))));
    const QByteArray good = DiskFaults::contentOf(store.pathFor(QStringLiteral("c"), QStringLiteral("good")));
    const QString cut = store.pathFor(QStringLiteral("c"), QStringLiteral("cut"));
    const QString noise = store.pathFor(QStringLiteral("d"), QStringLiteral("noise"));
    QVERIFY(QDir().mkpath(QFileInfo(noise).path()));
    QVERIFY(DiskFaults::writeFile(cut, good.left(good.size() / 2)));
    QVERIFY(DiskFaults::writeFile(noise, DiskFaults::randomBytes(500)));

    const DraftStore::Unreadable unreadable = store.setAsideUnreadable();
    QCOMPARE(unreadable.moved, 2);
    QCOMPARE(unreadable.notMoved, QStringList());
    QVERIFY(!QFile::exists(cut));
    QVERIFY(!QFile::exists(noise));
    const QStringList aside = QDir(store.damagedDirectory()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(aside.size(), 2);
    QList<QByteArray> contents;
    for (const QString &name : aside) {
        QVERIFY2(name.contains(QStringLiteral("-damaged-")), qPrintable(name));
        contents.append(DiskFaults::contentOf(store.damagedDirectory() + u'/' + name));
    }
    QVERIFY(contents.contains(good.left(good.size() / 2)));
    QVERIFY(contents.contains(DiskFaults::randomBytes(500)));
    // The sound draft stays; the next look finds nothing more, and never lists what was set aside.
    QCOMPARE(store.drafts(QStringLiteral("c")).size(), 1);
    QCOMPARE(store.setAsideUnreadable().moved, 0);
    QCOMPARE(store.migrate(), 0);
    QCOMPARE(QDir(store.damagedDirectory()).entryList(QDir::Files).size(), 2);
}

void TestDraftStore::draftsOfANewerVersionStay()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    const QString newer = store.pathFor(QStringLiteral("c"), QStringLiteral("newer"));
    QVERIFY(QDir().mkpath(QFileInfo(newer).path()));
    QVERIFY(DiskFaults::writeFile(newer, R"({"version": 99, "a field of tomorrow": true})"));
    QCOMPARE(store.setAsideUnreadable().moved, 0);
    QVERIFY(QFile::exists(newer)); // for the version that wrote it
}

void TestDraftStore::unwritableFolderIsSaid()
{
    QTemporaryDir dir;
    QString how;
    DraftStore store(DiskFaults::unwritableFolder(dir.path(), &how) + QStringLiteral("/drafts"));
    QString error;
    QVERIFY2(!store.save(makeDraft(QStringLiteral("c"), QStringLiteral("a1"), QStringLiteral("n")), &error),
             qPrintable(how));
    QVERIFY2(!error.isEmpty(), qPrintable(how));
    QVERIFY(!store.load(QStringLiteral("c"), QStringLiteral("a1")));
    QFile::setPermissions(dir.filePath(QStringLiteral("read-only")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "TestDraftStore.moc"
