// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ConnectionProfile.h"
#include "core/SecretStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestConnectionProfiles : public QObject
{
    Q_OBJECT
private slots:
    void sandboxIsBuiltInAndFirst();
    void addUpdateRemovePersist();
    void memorySecretStoreAnswersInOrder();
};

void TestConnectionProfiles::sandboxIsBuiltInAndFirst()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ConnectionProfiles profiles(settings);
    QCOMPARE(profiles.all().size(), 1);
    QVERIFY(profiles.all().first().isSandbox());
    QCOMPARE(profiles.currentId(), ConnectionProfile::sandboxId()); // a first start lands on the sandbox
    profiles.remove(ConnectionProfile::sandboxId());
    QCOMPARE(profiles.all().size(), 1);
}

void TestConnectionProfiles::addUpdateRemovePersist()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    QString prodId;
    {
        QSettings settings(path, QSettings::IniFormat);
        ConnectionProfiles profiles(settings);
        const ConnectionProfile staging
            = profiles.add(QStringLiteral("Staging"), QUrl(QStringLiteral("https://staging.example/api")), false);
        prodId = profiles
                     .add(QStringLiteral("Prod"), QUrl(QStringLiteral("https://www.getrevox.com/api")), true,
                          QStringLiteral("alice@clinic.com"))
                     .id;
        QVERIFY(staging.id != prodId);
        ConnectionProfile renamed = staging;
        renamed.name = QStringLiteral("Staging EU");
        renamed.email = QStringLiteral("bob@clinic.com");
        profiles.update(renamed);
        profiles.setCurrentId(prodId);
    }
    {
        QSettings settings(path, QSettings::IniFormat);
        ConnectionProfiles profiles(settings);
        QCOMPARE(profiles.all().size(), 3);
        QCOMPARE(profiles.all().at(1).name, QStringLiteral("Staging EU"));
        QCOMPARE(profiles.all().at(1).email, QStringLiteral("bob@clinic.com")); // the label of the key's user
        QVERIFY(profiles.find(prodId)->production);
        QCOMPARE(profiles.find(prodId)->email, QStringLiteral("alice@clinic.com"));
        QCOMPARE(profiles.currentId(), prodId);
        profiles.remove(prodId);
        QCOMPARE(profiles.currentId(), ConnectionProfile::sandboxId());
        QVERIFY(!profiles.find(prodId));
    }
    QSettings settings(path, QSettings::IniFormat);
    QCOMPARE(ConnectionProfiles(settings).all().size(), 2);
}

void TestConnectionProfiles::memorySecretStoreAnswersInOrder()
{
    MemorySecretStore store;
    QVERIFY(!store.isPersistent());
    QSignalSpy read(&store, &SecretStore::readFinished);
    QSignalSpy written(&store, &SecretStore::writeFinished);
    store.read(QStringLiteral("a"));
    store.write(QStringLiteral("a"), QStringLiteral("k1"));
    store.read(QStringLiteral("a"));
    QCOMPARE(read.size(), 0); // asynchronous, like a keychain
    QTRY_COMPARE(read.size(), 2);
    QCOMPARE(read.at(0).at(1).toString(), QString()); // missing reads as empty, without error
    QCOMPARE(read.at(1).at(1).toString(), QStringLiteral("k1"));
    QCOMPARE(written.size(), 1);
    store.remove(QStringLiteral("a"));
    store.read(QStringLiteral("a"));
    QTRY_COMPARE(read.size(), 3);
    QCOMPARE(read.at(2).at(1).toString(), QString());
}

QTEST_GUILESS_MAIN(TestConnectionProfiles)
#include "TestConnectionProfiles.moc"
