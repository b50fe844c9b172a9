// SPDX-License-Identifier: GPL-3.0-or-later
// TextPattern: what find and replace match (plain text, regular expressions, case, whole words), how
// replacements expand captures, and the messages for patterns that cannot be used.
#include "core/TextPattern.h"

#include <QTest>

using Matches = QList<std::pair<qsizetype, qsizetype>>;
Q_DECLARE_METATYPE(TextPattern::Options)

class TestTextPattern : public QObject
{
    Q_OBJECT

private slots:
    void matchesIn_data();
    void matchesIn();
    void replaced_data();
    void replaced();
    void problems_data();
    void problems();
    void replacementProblems_data();
    void replacementProblems();
    void jsonRoundTrip();
};

namespace {

TextPattern::Options options(bool regex, bool caseSensitive = false, bool wholeWord = false)
{
    return {.regex = regex, .caseSensitive = caseSensitive, .wholeWord = wholeWord};
}

} // namespace

void TestTextPattern::matchesIn_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<TextPattern::Options>("options");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Matches>("expected");

    QTest::newRow("plain, any case") << "clinic" << options(false) << "Clinic and clinics" << Matches{{0, 6}, {11, 6}};
    QTest::newRow("plain, match case") << "clinic" << options(false, true) << "Clinic and clinics" << Matches{{11, 6}};
    QTest::newRow("plain, whole word") << "clinic" << options(false, false, true) << "Clinic and clinics"
                                       << Matches{{0, 6}};
    QTest::newRow("plain text is not an expression") << "a.c" << options(false) << "abc a.c" << Matches{{4, 3}};
    QTest::newRow("whole word around punctuation")
        << "Dr." << options(false, false, true) << "Dr. Who, Dr.No" << Matches{{0, 3}, {9, 3}};
    QTest::newRow("whole word, letters beyond ASCII")
        << "café" << options(false, false, true) << "cafés café" << Matches{{6, 4}};
    QTest::newRow("regex") << "\\d+" << options(true) << "9 to 17" << Matches{{0, 1}, {5, 2}};
    QTest::newRow("regex, any case") << "open(ing)?" << options(true) << "Opening and OPEN" << Matches{{0, 7}, {12, 4}};
    QTest::newRow("no match") << "zebra" << options(false) << "Opening hours" << Matches{};
}

void TestTextPattern::matchesIn()
{
    QFETCH(QString, pattern);
    QFETCH(TextPattern::Options, options);
    QFETCH(QString, text);
    QFETCH(Matches, expected);
    const TextPattern find(pattern, options);
    QVERIFY2(find.isValid(), qPrintable(find.problem()));
    QCOMPARE(find.matchesIn(text), expected);
    QCOMPARE(find.matches(text), !expected.isEmpty());
}

void TestTextPattern::replaced_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<TextPattern::Options>("options");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("count");

    QTest::newRow("plain, every match") << "Mon" << options(false) << "Mon, mon, Monday"
                                        << "Tue"
                                        << "Tue, Tue, Tueday" << 3;
    QTest::newRow("plain replacement is literal") << "9" << options(false) << "at 9"
                                                  << "\\1 $1"
                                                  << "at \\1 $1" << 1;
    QTest::newRow("regex captures, backslash") << "(\\d{1,2}):(\\d{2})" << options(true) << "from 9:30 to 17:00"
                                               << "\\1h\\2"
                                               << "from 9h30 to 17h00" << 2;
    QTest::newRow("regex captures, dollar") << "(\\w+)@(\\w+)\\.com" << options(true) << "mail anna@clinic.com"
                                            << "$2: $1"
                                            << "mail clinic: anna" << 1;
    QTest::newRow("whole match and two-digit group")
        << "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)" << options(true) << "abcdefghijk!"
        << "[\\0|\\11]"
        << "[abcdefghijk|k]!" << 1;
    QTest::newRow("escapes in the replacement") << "; " << options(true) << "a; b"
                                                << "\\n\\t$$\\\\"
                                                << "a\n\t$\\b" << 1;
    QTest::newRow("an unmatched optional group is empty") << "open(ing)?" << options(true) << "open now"
                                                          << "[$1]"
                                                          << "[] now" << 1;
    QTest::newRow("whole word keeps longer words") << "fax" << options(false, false, true) << "fax, faxes, FAX"
                                                   << "e-mail"
                                                   << "e-mail, faxes, e-mail" << 2;
    QTest::newRow("match case") << "Revox" << options(false, true) << "Revox revox"
                                << "R"
                                << "R revox" << 1;
    QTest::newRow("no match, same text") << "zzz" << options(true) << "abc"
                                         << "x"
                                         << "abc" << 0;
}

void TestTextPattern::replaced()
{
    QFETCH(QString, pattern);
    QFETCH(TextPattern::Options, options);
    QFETCH(QString, text);
    QFETCH(QString, replacement);
    QFETCH(QString, expected);
    QFETCH(int, count);
    const TextPattern find(pattern, options);
    QVERIFY2(find.isValid(), qPrintable(find.problem()));
    QVERIFY2(find.replacementProblem(replacement).isEmpty(), qPrintable(find.replacementProblem(replacement)));
    int replacedCount = -1;
    QCOMPARE(find.replaced(text, replacement, &replacedCount), expected);
    QCOMPARE(replacedCount, count);
}

void TestTextPattern::problems_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<TextPattern::Options>("options");
    QTest::addColumn<QString>("words"); // a regular expression the message must match

    QTest::newRow("empty") << "" << options(false) << "Type the text to find";
    QTest::newRow("unclosed group") << "(clinic" << options(true)
                                    << "regular expression is not valid: .*missing closing parenthesis.*character 8";
    QTest::newRow("nothing to repeat") << "*a" << options(true) << "not valid: .*quantifier.*character 1";
    QTest::newRow("matches empty text") << "a*" << options(true) << "matches empty text";
    QTest::newRow("plain text with brackets is fine") << "(clinic" << options(false) << "";
}

void TestTextPattern::problems()
{
    QFETCH(QString, pattern);
    QFETCH(TextPattern::Options, options);
    QFETCH(QString, words);
    const TextPattern find(pattern, options);
    if (words.isEmpty()) {
        QVERIFY2(find.isValid(), qPrintable(find.problem()));
        return;
    }
    QVERIFY(!find.isValid());
    QVERIFY2(QRegularExpression(words, QRegularExpression::CaseInsensitiveOption).match(find.problem()).hasMatch(),
             qPrintable(find.problem()));
    QVERIFY(find.matchesIn(QStringLiteral("a clinic")).isEmpty());
    QCOMPARE(find.replaced(QStringLiteral("a clinic"), QStringLiteral("x")), QStringLiteral("a clinic"));
}

void TestTextPattern::replacementProblems_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QString>("problem");

    QTest::newRow("group that exists") << "(a)(b)" << true << "\\2\\1"
                                       << "";
    QTest::newRow("group beyond") << "(a)(b)" << true << "$3"
                                  << "The replacement refers to group 3, but the regular expression has only 2.";
    QTest::newRow("an expression without groups")
        << "ab" << true << "$1"
        << "The replacement refers to group 1, but the regular expression has no groups in parentheses.";
    QTest::newRow("plain text has no groups") << "ab" << false << "$3"
                                              << "";
}

void TestTextPattern::replacementProblems()
{
    QFETCH(QString, pattern);
    QFETCH(bool, regex);
    QFETCH(QString, replacement);
    QFETCH(QString, problem);
    QCOMPARE(TextPattern(pattern, options(regex)).replacementProblem(replacement), problem);
}

void TestTextPattern::jsonRoundTrip()
{
    const TextPattern pattern(QStringLiteral("(\\d+) min"), options(true, true, true));
    const std::optional<TextPattern> back = TextPattern::fromJson(pattern.toJson());
    QVERIFY(back);
    QCOMPARE(*back, pattern);
    QCOMPARE(back->matchesIn(QStringLiteral("in 15 min")), (Matches{{3, 6}}));
    QVERIFY(!TextPattern::fromJson(QJsonObject{{QStringLiteral("regex"), true}}));
}

QTEST_GUILESS_MAIN(TestTextPattern)
#include "TestTextPattern.moc"
