// SPDX-License-Identifier: GPL-3.0-or-later
// The floors and seams the architecture relies on (docs/ARCHITECTURE.md), checked on the sources: the core,
// the sandbox, the keychain and the command-line tool know no widget; the windows and the command-line tool
// save and create only through SaveJob and CreateJob, ask the
// user only through Prompter, and take their settings from their owner instead of a global QSettings().
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// Declared before the rules: moc loses its way in their raw strings and would not see the class after them.
class TestSourceRules : public QObject
{
    Q_OBJECT

private slots:
    void rulesHold_data();
    void rulesHold();
    void rulesFindWhatTheyBan();
};

namespace {

struct Rule
{
    const char *name;
    QStringList folders; // under src/
    QString pattern;
    QStringList allowedFiles; // file names where the pattern is the point
};

const QList<Rule> &rules()
{
    static const QList<Rule> list = {
        {"core, journal, sandbox, keychain and the command-line tool know no widget",
         {QStringLiteral("core"), QStringLiteral("journal"), QStringLiteral("sandbox"), QStringLiteral("keychain"),
          QStringLiteral("cli")},
         QStringLiteral(R"(#include\s*[<"](QtWidgets|QtGui|QWidget|QDialog|QMessageBox|ui/))"),
         {}},
        {"windows and the command-line tool write through the jobs",
         {QStringLiteral("ui"), QStringLiteral("studio"), QStringLiteral("cli")},
         QStringLiteral(R"((->|\.)(createAssistant|updateAssistant|deleteAssistant|cloneAssistant)\s*\()"),
         {}},
        {"windows ask through Prompter",
         {QStringLiteral("ui")},
         QStringLiteral(R"(QMessageBox::(question|warning|information|critical|about)\s*\(|QInputDialog::get\w+\s*\()"
                        R"(|(\.|->)exec\(\s*\))"),
         {QStringLiteral("MessageBoxPrompter.cpp")}},
        {"settings are passed in", {QStringLiteral("ui")}, QStringLiteral(R"(QSettings\s*\(\s*\))"), {}},
    };
    return list;
}

} // namespace

void TestSourceRules::rulesHold_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < rules().size(); ++i)
        QTest::newRow(rules().at(i).name) << i;
}

void TestSourceRules::rulesHold()
{
    QFETCH(int, index);
    const Rule &rule = rules().at(index);
    const QRegularExpression pattern(rule.pattern);
    QVERIFY(pattern.isValid());
    QStringList findings;
    int files = 0;
    for (const QString &folder : rule.folders) {
        QDirIterator it(QStringLiteral(REVOX_SOURCE_DIR "/src/") + folder,
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            if (rule.allowedFiles.contains(it.fileName()))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (qsizetype line = 0; line < lines.size(); ++line) {
                if (pattern.match(lines.at(line)).hasMatch())
                    findings.append(QStringLiteral("%1:%2: %3").arg(path).arg(line + 1).arg(lines.at(line).trimmed()));
            }
        }
    }
    QVERIFY2(files > 0, "no source found");
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
}

void TestSourceRules::rulesFindWhatTheyBan()
{
    const QStringList banned = {
        QStringLiteral("#include <QWidget>"),
        QStringLiteral("#include \"ui/Banner.h\""),
        QStringLiteral("m_client->updateAssistant(id, patch, etag);"),
        QStringLiteral("RevoxCall *call = client.createAssistant(body);"),
        QStringLiteral("RevoxCall *call = m_client->deleteAssistant(id);"),
        QStringLiteral("if (QMessageBox::question(this, title, text) == QMessageBox::Yes)"),
        QStringLiteral("dialog.exec();"),
        QStringLiteral("box->exec( );"),
        QStringLiteral("QInputDialog::getText(this, a, b)"),
        QStringLiteral("QSettings().value(key)"),
    };
    for (const QString &line : banned) {
        const bool found = std::any_of(rules().cbegin(), rules().cend(), [&line](const Rule &rule) {
            return QRegularExpression(rule.pattern).match(line).hasMatch();
        });
        QVERIFY2(found, qPrintable(line));
    }
    // What stays allowed: a menu popped up at a place, settings given by the owner.
    for (const QString &line : {QStringLiteral("m_columnsMenu->exec(header->mapToGlobal(pos));"),
                                QStringLiteral("m_settings->value(key)"), QStringLiteral("return app.exec();")}) {
        const Rule &ui = rules().at(2);
        QVERIFY2(!QRegularExpression(ui.pattern).match(line).hasMatch() || line.startsWith(u"return app"),
                 qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestSourceRules)
#include "TestSourceRules.moc"
