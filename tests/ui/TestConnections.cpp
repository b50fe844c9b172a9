// SPDX-License-Identifier: GPL-3.0-or-later
// Connections through the real window and dialogs, against sandboxes on loopback: a key is checked with
// GET /auth-status before anything is stored (a refused key keeps no connection and no secret, with the
// message at the key field and the dialog open), and an accepted one labels the connection with the e-mail
// of GET /users/me, in the menu, the box and the strip. Editing and changing the key check it as well.
#include "core/SecretStore.h"
#include "support/AppFixture.h"
#include "ui/Banner.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

void type(QDialog *dialog, const char *name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QLabel *keyMessage(QDialog *dialog)
{
    return dialog->findChild<QLabel *>(u"connectionKeyMessage"_s);
}

} // namespace

class TestConnections : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refusedKeyKeepsNoConnection();
    void acceptedKeyLabelsTheConnection();
    void editingChecksTheKeyAgain();
    void changedKeyIsCheckedBeforeItIsStored();

private:
    std::unique_ptr<AppFixture> m_app;
    std::unique_ptr<SandboxServer> m_account; // another Revox account, with a key of its own
};

void TestConnections::init()
{
    m_app = std::make_unique<AppFixture>();
    QVERIFY(m_app->start());
    m_app->createWindow();
    QVERIFY(m_app->showWindow());
    QVERIFY(m_app->load() >= 0);
    m_account = std::make_unique<SandboxServer>();
    SandboxServer::Options options;
    options.apiKey = u"right-key"_s;
    options.seedCount = 2;
    QVERIFY(m_account->start(options));
}

void TestConnections::cleanup()
{
    const QStringList unexpected = m_app->prompter().unexpected();
    m_app.reset();
    m_account.reset();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
}

void TestConnections::refusedKeyKeepsNoConnection()
{
    const qsizetype profilesBefore = m_app->window()->connections().all().size();
    QSignalSpy written(&m_app->secrets(), &SecretStore::writeFinished);
    bool stayedOpen = false;
    QString message;
    m_app->prompter().handleDialog(u"connectionDialog"_s, [&](QDialog *dialog) {
        type(dialog, "connectionName", u"Acme"_s);
        type(dialog, "connectionBaseUrl", m_account->baseUrl().toString());
        type(dialog, "connectionApiKey", u"wrong-key"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(keyMessage(dialog)->text().contains(u"refused"_s), 10000);
        message = keyMessage(dialog)->text();
        stayedOpen = dialog->isVisible();
        // The key field has the focus, its text selected for typing again.
        QCOMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit *>(u"connectionApiKey"_s));
        QVERIFY(okButton(dialog)->isEnabled()); // it may be tried again
        dialog->reject();
    });
    m_app->action("actionAddConnection")->trigger();
    QVERIFY(stayedOpen);
    QVERIFY2(message.startsWith(u"API key:"_s), qPrintable(message));
    QCOMPARE(m_app->window()->connections().all().size(), profilesBefore);
    QCOMPARE(m_app->window()->currentConnectionId(), ConnectionProfile::sandboxId());
    // The store answers in order: once a read asked now has its answer, a write asked before would have too.
    QSignalSpy read(&m_app->secrets(), &SecretStore::readFinished);
    m_app->secrets().read(u"after the dialog"_s);
    QVERIFY(read.wait(10000));
    QCOMPARE(written.size(), 0);
    m_app->settings().sync();
    QFile file(m_app->settings().fileName()); // no file at all is fine too: nothing was written
    const QByteArray settings = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    QVERIFY(!settings.contains("Acme"));
    QVERIFY(!settings.contains("wrong-key"));
    // The key was asked about, and nothing else.
    const QList<SandboxRequestRecord> requests = m_account->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().path, u"/api/auth-status"_s);
}

void TestConnections::acceptedKeyLabelsTheConnection()
{
    QSignalSpy loaded(m_app->window(), &MainWindow::loadFinished);
    m_app->prompter().handleDialog(u"connectionDialog"_s, [&](QDialog *dialog) {
        type(dialog, "connectionName", u"Acme"_s);
        type(dialog, "connectionBaseUrl", m_account->baseUrl().toString());
        type(dialog, "connectionApiKey", u"wrong-key"_s);
        dialog->findChild<QCheckBox *>(u"connectionProduction"_s)->setChecked(true);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(keyMessage(dialog)->text().contains(u"refused"_s), 10000);
        // Typed again, right this time: the dialog closes once the server took it.
        type(dialog, "connectionApiKey", u"right-key"_s);
        QTest::keyClick(dialog->findChild<QLineEdit *>(u"connectionApiKey"_s), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    });
    m_app->action("actionAddConnection")->trigger();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.last().first().toInt(), 2);

    const ConnectionProfile profile = m_app->window()->connections().all().last();
    QCOMPARE(profile.name, u"Acme"_s);
    QCOMPARE(profile.email, u"sandbox@example.com"_s);
    QCOMPARE(m_app->window()->currentConnectionId(), profile.id);
    // Labelled wherever the connection is named.
    auto *menuEntry = m_app->window()->findChild<QAction *>(u"connection:%1"_s.arg(profile.id));
    QVERIFY2(menuEntry->text().contains(u"sandbox@example.com"_s), qPrintable(menuEntry->text()));
    auto *combo = m_app->window()->findChild<QComboBox *>(u"connectionCombo"_s);
    QVERIFY(combo->currentText().contains(u"sandbox@example.com"_s));
    auto *strip = m_app->window()->findChild<QLabel *>(u"connectionIndicator"_s);
    QVERIFY2(strip->text().contains(u"sandbox@example.com"_s) && strip->text().contains(u"PRODUCTION"_s),
             qPrintable(strip->text()));
    // The e-mail is in the profile; the key only in the secret store.
    m_app->settings().sync();
    QFile file(m_app->settings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray settings = file.readAll();
    QVERIFY(settings.contains("sandbox@example.com"));
    QVERIFY(!settings.contains("right-key"));
    QSignalSpy read(&m_app->secrets(), &SecretStore::readFinished);
    m_app->secrets().read(profile.id);
    QVERIFY(read.wait(1000));
    QCOMPARE(read.first().at(1).toString(), u"right-key"_s);
}

void TestConnections::editingChecksTheKeyAgain()
{
    const ConnectionProfile profile = m_app->window()->connections().add(u"Acme"_s, m_account->baseUrl(), false);
    m_app->secrets().write(profile.id, u"right-key"_s);
    QVERIFY(m_app->load(profile.id) == 2);

    // Another server, where the key in use is not valid: refused, nothing changes.
    SandboxServer elsewhere;
    SandboxServer::Options options;
    options.apiKey = u"other-key"_s;
    QVERIFY(elsewhere.start(options));
    QString message;
    m_app->prompter().handleDialog(u"connectionDialog"_s, [&](QDialog *dialog) {
        QVERIFY(dialog->findChild<QLineEdit *>(u"connectionApiKey"_s)->text().isEmpty()); // never shown
        type(dialog, "connectionBaseUrl", elsewhere.baseUrl().toString());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!keyMessage(dialog)->text().contains(u"Checking"_s), 10000);
        message = keyMessage(dialog)->text();
        QVERIFY(dialog->isVisible());
    });
    m_app->action("actionEditConnection")->trigger();
    QVERIFY2(message.contains(u"refused"_s), qPrintable(message));
    QCOMPARE(m_app->window()->connections().find(profile.id)->baseUrl, m_account->baseUrl());
    QCOMPARE(elsewhere.requests().size(), 1);
    QCOMPARE(elsewhere.requests().first().header("authorization"), QByteArray("Bearer right-key"));

    // Left as it was, the key checks out and the connection gets its label.
    m_app->prompter().handleDialog(u"connectionDialog"_s, [&](QDialog *dialog) {
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
    });
    m_app->action("actionEditConnection")->trigger();
    QTRY_COMPARE(m_app->window()->connections().find(profile.id)->email, u"sandbox@example.com"_s);
}

void TestConnections::changedKeyIsCheckedBeforeItIsStored()
{
    const ConnectionProfile profile = m_app->window()->connections().add(u"Acme"_s, m_account->baseUrl(), false);
    m_app->secrets().write(profile.id, u"right-key"_s);
    QVERIFY(m_app->load(profile.id) == 2);
    QSignalSpy written(&m_app->secrets(), &SecretStore::writeFinished);
    m_app->prompter().handleDialog(u"apiKeyDialog"_s, [](QDialog *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        input->setTextValue(u"wrong-key"_s);
        input->accept();
    });
    m_app->action("actionChangeKey")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->errorBanner()->isVisible(), 10000);
    QVERIFY2(m_app->errorBanner()->text().contains(u"refused"_s)
                 && m_app->errorBanner()->text().contains(u"not stored"_s),
             qPrintable(m_app->errorBanner()->text()));
    QCOMPARE(written.size(), 0);
    QSignalSpy read(&m_app->secrets(), &SecretStore::readFinished);
    m_app->secrets().read(profile.id);
    QVERIFY(read.wait(1000));
    QCOMPARE(read.first().at(1).toString(), u"right-key"_s);
}

QTEST_MAIN(TestConnections)
#include "TestConnections.moc"
