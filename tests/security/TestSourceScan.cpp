// SPDX-License-Identifier: GPL-3.0-or-later
// Fails on any source line that turns TLS certificate checks off: ignoreSslErrors(), VerifyNone,
// setPeerVerifyMode(... VerifyNone ...). Scans src/ and tests/, this file alone excepted: it has to name
// what it looks for. Comments count too: a commented-out bypass is one keystroke from live.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Finding
{
    QString file;
    int line = 0;
    QString text;
};

// The banned patterns, matched on the text with whitespace (line breaks included) squeezed out, so a
// call split over lines is still found.
const QList<QRegularExpression> &patterns()
{
    static const QList<QRegularExpression> list = {
        QRegularExpression(QStringLiteral("ignoreSslErrors")),
        QRegularExpression(QStringLiteral("VerifyNone")),
        QRegularExpression(QStringLiteral("setPeerVerifyMode\\([^;]*VerifyNone")),
    };
    return list;
}

QList<Finding> scanText(const QString &file, const QString &text)
{
    // Map each character of the squeezed text back to its line.
    QString squeezed;
    QList<int> lineOf;
    int line = 1;
    for (const QChar c : text) {
        if (c == u'\n')
            ++line;
        if (c.isSpace())
            continue;
        squeezed.append(c);
        lineOf.append(line);
    }
    QList<Finding> findings;
    for (const QRegularExpression &pattern : patterns()) {
        QRegularExpressionMatchIterator it = pattern.globalMatch(squeezed);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const int at = lineOf.at(match.capturedStart());
            findings.append({file, at, text.section(u'\n', at - 1, at - 1).trimmed()});
        }
    }
    return findings;
}

bool isSource(const QString &path)
{
    static const QStringList suffixes = {QStringLiteral(".cpp"), QStringLiteral(".h"),   QStringLiteral(".hpp"),
                                         QStringLiteral(".cc"),  QStringLiteral(".cxx"), QStringLiteral(".mm"),
                                         QStringLiteral(".qml"), QStringLiteral(".js"),  QStringLiteral(".py")};
    return std::any_of(suffixes.begin(), suffixes.end(), [&path](const QString &s) { return path.endsWith(s); });
}

} // namespace

class TestSourceScan : public QObject
{
    Q_OBJECT

private slots:
    void findsBannedCalls_data();
    void findsBannedCalls();
    void sourceTreeHasNoTlsBypass();
};

void TestSourceScan::findsBannedCalls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("findings");
    QTest::addColumn<int>("line");

    QTest::newRow("ignoreSslErrors()") << QStringLiteral("void f(QNetworkReply *r)\n{\n    r->ignoreSslErrors();\n}")
                                       << 1 << 3;
    QTest::newRow("ignoreSslErrors(list)") << QStringLiteral("reply->ignoreSslErrors(expected);") << 1 << 1;
    QTest::newRow("connected to sslErrors")
        << QStringLiteral("connect(reply, &QNetworkReply::sslErrors,\n        reply, qOverload<>(&QNetworkReply::"
                          "ignoreSslErrors));")
        << 1 << 2;
    // VerifyNone alone, and again inside setPeerVerifyMode(): two patterns, two findings.
    QTest::newRow("setPeerVerifyMode") << QStringLiteral(
        "QSslConfiguration c;\nc.setPeerVerifyMode(QSslSocket::VerifyNone);")
                                       << 2 << 2;
    QTest::newRow("split over lines") << QStringLiteral(
        "config.setPeerVerifyMode(\n    QSslSocket::\n        VerifyNone);")
                                      << 2 << 1;
    QTest::newRow("in a comment") << QStringLiteral("// socket.setPeerVerifyMode(QSslSocket::VerifyNone);") << 2 << 1;
    QTest::newRow("verification kept") << QStringLiteral("c.setPeerVerifyMode(QSslSocket::VerifyPeer);") << 0 << 0;
    QTest::newRow("errors reported") << QStringLiteral(
        "connect(reply, &QNetworkReply::sslErrors, this, &Client::onSslErrors);")
                                     << 0 << 0;
}

void TestSourceScan::findsBannedCalls()
{
    QFETCH(QString, text);
    QFETCH(int, findings);
    QFETCH(int, line);
    const QList<Finding> found = scanText(QStringLiteral("sample.cpp"), text);
    QCOMPARE(found.size(), findings);
    for (const Finding &finding : found)
        QVERIFY2(finding.line >= line, qPrintable(finding.text)); // a split call is reported from where it starts
    if (findings > 0)
        QVERIFY(std::any_of(found.cbegin(), found.cend(), [line](const Finding &f) { return f.line == line; }));
}

void TestSourceScan::sourceTreeHasNoTlsBypass()
{
    const QDir root(QStringLiteral(REVOX_SOURCE_DIR));
    const QString self = QDir::cleanPath(root.filePath(QStringLiteral("tests/security/TestSourceScan.cpp")));
    QStringList scanned;
    QList<Finding> findings;
    for (const char *top : {"src", "tests"}) {
        QDirIterator it(root.filePath(QLatin1String(top)), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = QDir::cleanPath(it.next());
            if (path == self || !isSource(path))
                continue;
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            findings += scanText(root.relativeFilePath(path), QString::fromUtf8(file.readAll()));
            scanned.append(root.relativeFilePath(path));
        }
    }
    QVERIFY2(scanned.size() >= 50,
             qPrintable(QStringLiteral("only %1 source files found under %2").arg(scanned.size()).arg(root.path())));
    // The scanner's neighbours are scanned like any other file.
    QVERIFY(scanned.contains(QStringLiteral("tests/security/SecretScanner.cpp")));
    QVERIFY(scanned.contains(QStringLiteral("tests/security/TestKeyCanary.cpp")));
    QStringList report;
    for (const Finding &finding : std::as_const(findings))
        report.append(QStringLiteral("%1:%2: %3").arg(finding.file).arg(finding.line).arg(finding.text));
    QVERIFY2(findings.isEmpty(), qPrintable(QLatin1String("TLS verification turned off:\n") + report.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSourceScan)
#include "TestSourceScan.moc"
