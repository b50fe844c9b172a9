// SPDX-License-Identifier: GPL-3.0-or-later
// AssistantSearch: find in every text field of every assistant — the catalogue's texts only (no secret, no
// read-only value), each match with its field, line and place, in list and catalogue order; and enough
// assistants that the search runs on every core.
#include "core/AssistantSearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Assistant make(const QString &id, const QString &name, const QString &prompt, const QJsonArray &faq = {},
               const QJsonArray &tools = {})
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("prompt"), prompt},
                     {QStringLiteral("organization_id"), QStringLiteral("org_clinic")}};
    if (!faq.isEmpty())
        json.insert(QStringLiteral("faq_items"), faq);
    if (!tools.isEmpty())
        json.insert(QStringLiteral("custom_tools"), tools);
    return Assistant(json);
}

QJsonObject faq(const QString &question, const QString &answer)
{
    return {{QStringLiteral("question"), question},
            {QStringLiteral("answer"), answer},
            {QStringLiteral("id"), QStringLiteral("clinic-faq")}};
}

QList<AssistantSummary> summaries(const QList<Assistant> &assistants)
{
    QList<AssistantSummary> list;
    for (const Assistant &assistant : assistants)
        list.append(AssistantSummary(assistant));
    return list;
}

QStringList paths(const QList<AssistantSearch::Hit> &hits)
{
    QStringList list;
    for (const AssistantSearch::Hit &hit : hits)
        list.append(hit.assistantId + u':' + hit.path);
    return list;
}

} // namespace

class TestAssistantSearch : public QObject
{
    Q_OBJECT

private slots:
    void findsInEveryTextFieldInOrder();
    void linesAndPlaces();
    void secretsAndReadOnlyValuesAreNotSearched();
    void regexWholeWordAndCase();
    void manyAssistantsAcrossCores();
    void cutShortButCounted();
    void invalidPatternFindsNothing();
};

void TestAssistantSearch::findsInEveryTextFieldInOrder()
{
    const QJsonArray tools{QJsonObject{{QStringLiteral("name"), QStringLiteral("book")},
                                       {QStringLiteral("description"), QStringLiteral("Books at the clinic.")},
                                       {QStringLiteral("url"), QStringLiteral("https://clinic.example.com/book")}}};
    const AssistantSearch search(summaries({
        make(QStringLiteral("a"), QStringLiteral("North clinic"), QStringLiteral("No match here."),
             {faq(QStringLiteral("Where?"), QStringLiteral("At the clinic.")),
              faq(QStringLiteral("Clinic hours?"), QStringLiteral("9 to 5, clinic days."))},
             tools),
        make(QStringLiteral("b"), QStringLiteral("Dentist"), QStringLiteral("Nothing.")),
        make(QStringLiteral("c"), QStringLiteral("Other"), QStringLiteral("Call the clinic.")),
    }));
    const AssistantSearch::Result result = search.find(TextPattern(QStringLiteral("clinic"), {}));
    // By assistant, then field in catalogue order; a list item's fields together, items in order. The
    // organization id holds "clinic" too, but it is read-only: not a text people write.
    QCOMPARE(paths(result.hits),
             (QStringList{u"a:name"_s, u"a:custom_tools[0].description"_s, u"a:custom_tools[0].url"_s,
                          u"a:faq_items[0].answer"_s, u"a:faq_items[1].question"_s, u"a:faq_items[1].answer"_s,
                          u"c:prompt"_s}));
    QCOMPARE(result.assistantsSearched, 3);
    QCOMPARE(result.assistantsMatched, 2);
    QCOMPARE(result.matches, 7);
    QVERIFY(!result.truncated);
    QCOMPARE(result.assistantIds, (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(result.catalogPaths,
             (QStringList{u"name"_s, u"prompt"_s, u"custom_tools[].description"_s, u"custom_tools[].url"_s,
                          u"faq_items[].question"_s, u"faq_items[].answer"_s}));
    QCOMPARE(result.hits.first().assistantName, QStringLiteral("North clinic"));
    QCOMPARE(result.hits.at(4).catalogPath, QStringLiteral("faq_items[].question"));
}

void TestAssistantSearch::linesAndPlaces()
{
    const QString prompt = QStringLiteral("First line.\nThe clinic opens at 9.\n") + QString(200, u'x')
        + QStringLiteral(" clinic ") + QString(200, u'y');
    const Assistant assistant = make(QStringLiteral("a"), QStringLiteral("A"), prompt);
    const QList<AssistantSearch::Hit> hits
        = AssistantSearch::findIn(assistant, TextPattern(QStringLiteral("clinic"), {}));
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).line, QStringLiteral("The clinic opens at 9."));
    QCOMPARE(hits.at(0).lineNumber, 2);
    QCOMPARE(hits.at(0).lineStart, 4);
    QCOMPARE(hits.at(0).start, prompt.indexOf(QStringLiteral("clinic")));
    QCOMPARE(hits.at(0).length, 6);
    // A long line is cut around the match, and says so.
    const AssistantSearch::Hit &long_ = hits.at(1);
    QCOMPARE(long_.lineNumber, 3);
    QVERIFY(long_.line.startsWith(QStringLiteral("…")));
    QVERIFY(long_.line.endsWith(QStringLiteral("…")));
    QVERIFY(long_.line.size() < 140);
    QCOMPARE(long_.line.mid(long_.lineStart, long_.length), QStringLiteral("clinic"));
}

void TestAssistantSearch::secretsAndReadOnlyValuesAreNotSearched()
{
    const QJsonArray tools{
        QJsonObject{{QStringLiteral("name"), QStringLiteral("book")},
                    {QStringLiteral("headers"),
                     QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("Authorization")},
                                            {QStringLiteral("value"), QStringLiteral("token-42")}}}}}};
    const Assistant assistant = make(QStringLiteral("token-42"), QStringLiteral("A"), QStringLiteral("p"),
                                     {faq(QStringLiteral("q"), QStringLiteral("a"))}, tools);
    const AssistantSearch search(summaries({assistant}));
    QVERIFY(search.find(TextPattern(QStringLiteral("token-42"), {})).hits.isEmpty());
    QVERIFY(search.find(TextPattern(QStringLiteral("clinic-faq"), {})).hits.isEmpty()); // a FAQ item's id
    QCOMPARE(paths(search.find(TextPattern(QStringLiteral("Authorization"), {})).hits),
             QStringList{QStringLiteral("token-42:custom_tools[0].headers[0].key")});
}

void TestAssistantSearch::regexWholeWordAndCase()
{
    const AssistantSearch search(summaries({make(QStringLiteral("a"), QStringLiteral("Clinics"),
                                                 QStringLiteral("Open 9:30-17:00, clinic closed on Sunday."))}));
    const auto count = [&search](const QString &text, TextPattern::Options options) {
        return search.find(TextPattern(text, options)).matches;
    };
    QCOMPARE(count(QStringLiteral("clinic"), {}), 2);
    QCOMPARE(count(QStringLiteral("clinic"), {.wholeWord = true}), 1);
    QCOMPARE(count(QStringLiteral("Clinic"), {.caseSensitive = true}), 1);
    QCOMPARE(count(QStringLiteral("\\d{1,2}:\\d{2}"), {.regex = true}), 2);
}

void TestAssistantSearch::manyAssistantsAcrossCores()
{
    QList<Assistant> assistants;
    for (int i = 0; i < 3000; ++i)
        assistants.append(make(QStringLiteral("id%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("A%1").arg(i),
                               i % 3 == 0 ? QStringLiteral("needle %1").arg(i) : QStringLiteral("hay")));
    const AssistantSearch search(summaries(assistants));
    QCOMPARE(search.assistantCount(), 3000);
    const AssistantSearch::Result result = search.find(TextPattern(QStringLiteral("needle"), {}));
    QCOMPARE(result.assistantsMatched, 1000);
    QCOMPARE(result.hits.size(), 1000);
    // In list order, whatever core found them.
    for (int i = 0; i < result.hits.size(); ++i)
        QCOMPARE(result.hits.at(i).assistantId, QStringLiteral("id%1").arg(3 * i, 4, 10, QLatin1Char('0')));
}

void TestAssistantSearch::cutShortButCounted()
{
    QList<Assistant> assistants;
    for (int i = 0; i < 50; ++i)
        assistants.append(make(QString::number(i), QStringLiteral("A"), QStringLiteral("a a a a")));
    const AssistantSearch::Result result
        = AssistantSearch(summaries(assistants)).find(TextPattern(QStringLiteral("a"), {}), 30);
    QCOMPARE(result.hits.size(), 30);
    QCOMPARE(result.matches, 50 * 5); // the name too
    QCOMPARE(result.assistantsMatched, 50);
    QCOMPARE(result.assistantIds.size(), 50); // all of them, though the hits stop at the seventh
    QVERIFY(result.truncated);
}

void TestAssistantSearch::invalidPatternFindsNothing()
{
    const AssistantSearch search(summaries({make(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("(x"))}));
    const AssistantSearch::Result result = search.find(TextPattern(QStringLiteral("(x"), {.regex = true}));
    QVERIFY(result.hits.isEmpty());
    QCOMPARE(result.matches, 0);
    QCOMPARE(result.assistantsSearched, 1);
}

QTEST_GUILESS_MAIN(TestAssistantSearch)
#include "TestAssistantSearch.moc"
