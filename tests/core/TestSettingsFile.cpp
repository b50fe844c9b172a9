// SPDX-License-Identifier: GPL-3.0-or-later
// Settings files gone bad, made for real on disk (issue 19): the app starts from the defaults with a note that
// names both files, and the damaged file is kept byte for byte — Qt would otherwise rewrite it at the first
// change from the few keys it understood. One that cannot be moved is never written.
#include "core/SettingsFile.h"
#include "support/DiskFaults.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A settings file as the app writes it: connections, the window's geometry, the table's columns.
QByteArray soundSettings(const QString &scratch)
{
    {
        QSettings settings(scratch, QSettings::IniFormat);
        settings.setValue(u"mainWindow/geometry"_s, QByteArray("\x01\xd9\xd0\xcb\x00\x03", 6));
        settings.setValue(u"mainWindow/tableHeader"_s, QByteArray(40, '\x02'));
        settings.beginWriteArray(u"connections"_s);
        settings.setArrayIndex(0);
        settings.setValue(u"id"_s, u"5f0c…"_s);
        settings.setValue(u"name"_s, u"Production"_s);
        settings.setValue(u"baseUrl"_s, u"https://api.getrevox.com"_s);
        settings.endArray();
        settings.setValue(u"connections/current"_s, u"5f0c…"_s);
        // What Qt escapes when it writes: nothing of it may read as damage.
        settings.setValue(u"find/last search"_s, u"line 1\nline 2 ; = [x] \"quoted\" é 日本"_s);
        settings.setValue(u"columns/hidden"_s, QStringList{u"id"_s, u""_s, u"a,b"_s});
        settings.setValue(u"window/empty"_s, QString());
        settings.setValue(u"window/size"_s, QSize(1280, 760));
    }
    return DiskFaults::contentOf(scratch);
}

} // namespace

class TestSettingsFile : public QObject
{
    Q_OBJECT

private slots:
    void soundFileIsReadAsItIs();
    void missingFileStartsFromDefaultsSilently();
    void unreadableFileIsSetAside_data();
    void unreadableFileIsSetAside();
    void fileThatCannotBeMovedIsNeverWritten();
    void settingsThatCannotBeSavedAreSaid();
};

void TestSettingsFile::soundFileIsReadAsItIs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"settings.ini"_s);
    const QByteArray bytes = soundSettings(path);
    {
        const SettingsFile file(path);
        QCOMPARE(file.note(), QString());
        QVERIFY(!file.isTemporary());
        QCOMPARE(file.settings().value(u"connections/1/name"_s).toString(), u"Production"_s);
    }
    QCOMPARE(DiskFaults::contentOf(path), bytes);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"settings.ini"_s});
}

void TestSettingsFile::missingFileStartsFromDefaultsSilently()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"new/settings.ini"_s);
    {
        const SettingsFile file(path);
        QCOMPARE(file.note(), QString());
        QVERIFY(file.settings().allKeys().isEmpty());
        file.settings().setValue(u"a"_s, 1);
    }
    QCOMPARE(QSettings(path, QSettings::IniFormat).value(u"a"_s).toInt(), 1);
}

void TestSettingsFile::unreadableFileIsSetAside_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("problem");
    QTest::newRow("random bytes") << u"random"_s << u"it is damaged"_s;
    QTest::newRow("truncated in a section's name") << u"truncated"_s << u"it is damaged"_s;
    QTest::newRow("zeros, as a crash can leave it") << u"zeros"_s << u"it is damaged"_s;
    QTest::newRow("a folder in its place") << u"folder"_s << u"it cannot be opened"_s;
    if (!DiskFaults::isRoot()) // root reads any file
        QTest::newRow("no permission to read it") << u"unreadable"_s << u"it cannot be opened"_s;
}

void TestSettingsFile::unreadableFileIsSetAside()
{
    QFETCH(QString, kind);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"settings.ini"_s);
    const QByteArray sound = soundSettings(dir.filePath(u"scratch.ini"_s));
    QByteArray bytes;
    if (kind == u"random") {
        bytes = DiskFaults::randomBytes(4096);
    } else if (kind == u"truncated") {
        bytes = sound.left(sound.indexOf("[mainWindow]") + 6);
    } else if (kind == u"zeros") {
        bytes = QByteArray(sound.size(), '\0');
    } else if (kind == u"unreadable") {
        bytes = sound;
    }
    if (kind == u"folder") {
        QVERIFY(QDir().mkpath(path));
        QVERIFY(DiskFaults::writeFile(path + u"/inside.txt"_s, "kept"));
    } else {
        QVERIFY(DiskFaults::writeFile(path, bytes));
    }
    if (kind == u"unreadable")
        QVERIFY(QFile::setPermissions(path, QFile::WriteOwner));

    QString setAsideTo;
    {
        const SettingsFile file(path);
        setAsideTo = file.setAsideTo();
        QVERIFY2(setAsideTo.startsWith(dir.filePath(u"settings-damaged-"_s)), qPrintable(setAsideTo));
        QVERIFY(setAsideTo.endsWith(u".ini"_s));
        QVERIFY(!file.isTemporary());
        const QString note = file.note();
        QVERIFY2(note.contains(QDir::toNativeSeparators(path)) && note.contains(problem)
                     && note.contains(QDir::toNativeSeparators(setAsideTo)) && note.contains(u"default settings"_s),
                 qPrintable(note));
        // The defaults, and a fresh file for what changes now.
        QVERIFY(file.settings().allKeys().isEmpty());
        file.settings().setValue(u"mainWindow/geometry"_s, QByteArray("new"));
    }
    QCOMPARE(QSettings(path, QSettings::IniFormat).value(u"mainWindow/geometry"_s).toByteArray(), QByteArray("new"));
    if (kind == u"folder") {
        QCOMPARE(DiskFaults::contentOf(setAsideTo + u"/inside.txt"_s), QByteArray("kept"));
    } else {
        if (kind == u"unreadable")
            QVERIFY(QFile::setPermissions(setAsideTo, QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(DiskFaults::contentOf(setAsideTo), bytes); // byte for byte
    }
    // Opened again, the new file is sound: nothing more to say.
    QCOMPARE(SettingsFile(path).note(), QString());
}

void TestSettingsFile::fileThatCannotBeMovedIsNeverWritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"config"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/settings.ini"_s;
    const QByteArray sound = soundSettings(dir.filePath(u"scratch.ini"_s));
    const QByteArray bytes = sound.left(sound.indexOf("[mainWindow]") + 6);
    QVERIFY(DiskFaults::writeFile(path, bytes));
    const DiskFaults::FrozenFolder frozen(folder);
    if (!frozen.isFrozen())
        QSKIP(qPrintable(u"No folder here keeps its files from being moved: "_s + frozen.how()));

    {
        const SettingsFile file(path);
        QVERIFY(file.isTemporary());
        QCOMPARE(file.setAsideTo(), QString());
        QVERIFY2(file.note().contains(QDir::toNativeSeparators(path)) && file.note().contains(u"left as it is"_s),
                 qPrintable(file.note()));
        QVERIFY(file.settings().allKeys().isEmpty());
        // Changes live for the session, elsewhere.
        file.settings().setValue(u"mainWindow/geometry"_s, QByteArray("new"));
        file.settings().sync();
        QCOMPARE(file.settings().value(u"mainWindow/geometry"_s).toByteArray(), QByteArray("new"));
    }
    QCOMPARE(DiskFaults::contentOf(path), bytes);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{u"settings.ini"_s});
}

void TestSettingsFile::settingsThatCannotBeSavedAreSaid()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString how;
    const QString path = DiskFaults::unwritableFolder(dir.path(), &how) + u"/settings.ini"_s;
    const SettingsFile file(path);
    QVERIFY2(file.isTemporary(), qPrintable(how));
    QVERIFY2(file.note().contains(u"cannot be saved"_s) && file.note().contains(QDir::toNativeSeparators(path)),
             qPrintable(file.note()));
    file.settings().setValue(u"a"_s, 1);
    QCOMPARE(file.settings().value(u"a"_s).toInt(), 1); // this session still has it
}

QTEST_GUILESS_MAIN(TestSettingsFile)
#include "TestSettingsFile.moc"
