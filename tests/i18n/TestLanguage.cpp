// SPDX-License-Identifier: GPL-3.0-or-later
// The language the system asks for, as a French user starts the app: this process runs with
// LANG=fr_FR.UTF-8 (set in main, before Qt reads it), so LanguageSetup picks French as revox-studio's main()
// does — French menus, French validation messages with French numbers, dates in the French format — and
// View ▸ Language overrides it. The real executables are started the same way: revox-studio --smoke-test
// and --help, and revox-studio-cli, whose messages are French while what scripts read (--json keys and
// values, files) stays as it is.
#include "core/LanguageSetup.h"
#include "core/LocaleFormat.h"
#include "support/AppFixture.h"
#include "ui/MainWindow.h"
#include "ui/editor/AssistantEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

QStringList menuTitles(const MainWindow *window)
{
    QStringList titles;
    for (const QAction *action : window->menuBar()->actions())
        titles.append(action->text());
    return titles;
}

// The environment of a user whose system speaks `lang` and nothing else.
QProcessEnvironment environmentFor(const QString &lang, const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s})
        env.remove(name);
    env.insert(u"LANG"_s, lang);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.remove(u"REVOX_API_KEY"_s);
    env.remove(u"REVOX_BASE_URL"_s);
    // Settings, drafts and the journal of this run only: never the user's own.
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    return env;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = u"did not finish"_s;
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void systemLanguageGivesFrenchMenus();
    void validationMessagesAreFrench();
    void datesAndNumbersUseTheLocale();
    void languageMenuOverridesTheSystem();
    void studioExecutableFollowsLang();
    void cliFollowsLang();
    void cliKeepsWhatScriptsRead();

private:
    AppFixture m_app;
    LanguageSetup m_language;
    QTemporaryDir m_home;
};

void TestLanguage::initTestCase()
{
    QCOMPARE(qEnvironmentVariable("LANG"), u"fr_FR.UTF-8"_s);
    QCOMPARE(QLocale::system().language(), QLocale::French);
    QVERIFY(m_app.start());
    // What revox-studio's main() does: the settings hold no choice, so the system's language.
    QVERIFY(LanguageSetup::chosen(m_app.settings()).isEmpty());
    QCOMPARE(m_language.install(m_app.settings()), u"fr"_s);
    QVERIFY2(m_language.hasQtTranslation(), "Qt's own French (qt6-translations-l10n)");
    m_app.createWindow();
    QVERIFY(m_app.showWindow());
    QVERIFY(m_app.load() > 0);
}

void TestLanguage::cleanup()
{
    const QStringList unexpected = m_app.prompter().unexpected();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
}

void TestLanguage::systemLanguageGivesFrenchMenus()
{
    QCOMPARE(menuTitles(m_app.window()),
             (QStringList{u"&Fichier"_s, u"&Édition"_s, u"&Affichage"_s, u"&Connexion"_s, u"Ai&de"_s}));
    QCOMPARE(m_app.action("actionNew")->text(), u"&Nouvel assistant…"_s);
    QCOMPARE(m_app.action("actionEditSelected")->text(), u"&Modifier la sélection…"_s);
    QCOMPARE(m_app.action("actionChanges")->text(), u"&Modifications…"_s);
    // The table's header and the count under it.
    const QString header = m_app.table()->model()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString();
    QCOMPARE(header, u"Nom"_s);
}

void TestLanguage::validationMessagesAreFrench()
{
    AssistantEditor *editor = m_app.openEditor(0);
    QVERIFY(editor);
    auto *webhook = editor->findChild<QLineEdit *>(u"webhook_url"_s);
    QVERIFY(webhook);
    QVERIFY(editor->focusField(u"webhook_url"_s));
    webhook->selectAll();
    QTest::keyClicks(webhook, u"example.com/hook"_s);
    QTRY_VERIFY2(editor->fieldMessage(u"webhook_url"_s).contains(u"n’est pas une adresse web valide"_s),
                 qPrintable(editor->fieldMessage(u"webhook_url"_s)));

    // A number in a rule, in French: a decimal comma.
    auto *provider = editor->findChild<QComboBox *>(u"voice.provider"_s);
    auto *speed = editor->findChild<QDoubleSpinBox *>(u"voice.speed"_s);
    QVERIFY(provider && speed);
    // A speed Cartesia allows, then a provider that does not: ElevenLabs goes to 1.2.
    const auto choose = [provider](const QString &value) {
        provider->setFocus();
        const int target = provider->findData(value);
        for (int guard = 0; provider->currentIndex() != target && guard < 20; ++guard)
            QTest::keyClick(provider, provider->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        return provider->currentIndex() == target;
    };
    QVERIFY(choose(u"cartesia"_s));
    speed->setValue(1.4);
    QVERIFY(choose(u"elevenlabs"_s));
    QTRY_VERIFY2(editor->fieldMessage(u"voice.speed"_s).contains(u"(0,7 à 1,2)"_s),
                 qPrintable(editor->fieldMessage(u"voice.speed"_s)));
    QVERIFY2(editor->review().blocking.size() >= 2, "both block saving");
    editor->undoStack()->setIndex(0);
    QTRY_VERIFY(!editor->isModified());
}

void TestLanguage::datesAndNumbersUseTheLocale()
{
    const QDateTime when(QDate(2026, 12, 5), QTime(14, 3, 7));
    QCOMPARE(LocaleFormat::dateTime(when), u"05/12/2026 14:03:07"_s);
    QCOMPARE(LocaleFormat::timeOfDay(when), u"14:03:07"_s);
    QCOMPARE(QLocale().toString(1234567), u"1\u202f234\u202f567"_s);
}

void TestLanguage::languageMenuOverridesTheSystem()
{
    // View ▸ Language ▸ English, then a restart: English whatever LANG says.
    m_app.settings().setValue(LanguageSetup::settingsKey, u"en"_s);
    QCOMPARE(m_language.install(m_app.settings()), u"en"_s);
    m_app.createWindow();
    QCOMPARE(menuTitles(m_app.window()).first(), u"&File"_s);
    m_app.settings().remove(LanguageSetup::settingsKey);
    QCOMPARE(m_language.install(m_app.settings()), u"fr"_s);
}

void TestLanguage::studioExecutableFollowsLang()
{
    const QProcessEnvironment french = environmentFor(u"fr_FR.UTF-8"_s, m_home.path());
    const Run help = run(QStringLiteral(REVOX_STUDIO_EXE), {u"--help"_s}, french);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(u"Éditeur de bureau"_s) && help.out.contains(u"Utilisation"_s), qPrintable(help.out));

    const Run smoke = run(QStringLiteral(REVOX_STUDIO_EXE),
                          {u"--smoke-test"_s, u"--sandbox-data"_s, m_home.filePath(u"sandbox.sqlite"_s)}, french);
    QCOMPARE(smoke.exitCode, 0);
    QVERIFY2(smoke.out.contains(u"assistants listés"_s), qPrintable(smoke.out + smoke.err));

    const Run english = run(QStringLiteral(REVOX_STUDIO_EXE), {u"--help"_s}, environmentFor(u"C"_s, m_home.path()));
    QVERIFY2(english.out.contains(u"Desktop editor"_s), qPrintable(english.out));
}

void TestLanguage::cliFollowsLang()
{
    const QString missing = m_home.filePath(u"no-such-folder"_s);
    const Run french
        = run(QStringLiteral(REVOX_CLI_EXE), {u"validate"_s, missing}, environmentFor(u"fr_FR.UTF-8"_s, m_home.path()));
    QVERIFY2(french.err.contains(missing + u"\u00a0: dossier inexistant"_s), qPrintable(french.err));
    const Run english
        = run(QStringLiteral(REVOX_CLI_EXE), {u"validate"_s, missing}, environmentFor(u"C"_s, m_home.path()));
    QVERIFY2(english.err.contains(missing + u": no such folder"_s), qPrintable(english.err));

    const Run help
        = run(QStringLiteral(REVOX_CLI_EXE), {u"pull"_s, u"--help"_s}, environmentFor(u"fr_FR.UTF-8"_s, m_home.path()));
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(u"Usage\u00a0: revox-studio-cli pull [OPTIONS] DIR"_s), qPrintable(help.out));
    QVERIFY2(help.out.contains(u"Récupérer les assistants dont le nom"_s), qPrintable(help.out));
    QVERIFY2(!help.out.contains(u"Utilisation\u00a0:"_s), "Qt's own usage line is left out, in French too");
}

void TestLanguage::cliKeepsWhatScriptsRead()
{
    const QString folder = m_home.filePath(u"assistants"_s);
    const QStringList arguments{u"pull"_s, u"--sandbox"_s, u"--sandbox-data"_s, m_home.filePath(u"cli.sqlite"_s),
                                folder};
    const Run french = run(QStringLiteral(REVOX_CLI_EXE), arguments, environmentFor(u"fr_FR.UTF-8"_s, m_home.path()));
    QCOMPARE(french.exitCode, 0);
    // The summary's counts in French, each with its own plural: "7 ajoutés, …, 0 conflit, …".
    QVERIFY2(french.out.contains(u" ajoutés, "_s) && french.out.contains(u" 0 conflit, "_s), qPrintable(french.out));

    const Run json
        = run(QStringLiteral(REVOX_CLI_EXE),
              {u"status"_s, u"--json"_s, u"--sandbox"_s, u"--sandbox-data"_s, m_home.filePath(u"cli.sqlite"_s), folder},
              environmentFor(u"fr_FR.UTF-8"_s, m_home.path()));
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(json.out));
    QCOMPARE(document.value(u"command"_s).toString(), u"status"_s);
    const QJsonArray assistants = document.value(u"assistants"_s).toArray();
    QVERIFY(!assistants.isEmpty());
    for (const QJsonValue &assistant : assistants)
        QCOMPARE(assistant.toObject().value(u"status"_s).toString(), u"unchanged"_s);
}

int main(int argc, char *argv[])
{
    // Before Qt reads the environment: a French system and nothing more precise.
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        qunsetenv(name);
    qputenv("LANG", "fr_FR.UTF-8");
    QApplication app(argc, argv);
    TestLanguage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestLanguage.moc"
