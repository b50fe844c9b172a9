// SPDX-License-Identifier: GPL-3.0-or-later
// The {{variables}} a test call asks values for: found in the prompt and the first sentence, each once, in
// the order of first use; malformed ones left to Validation.
#include "core/Assistant.h"
#include "core/PromptVariables.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPromptVariables : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void promptThenFirstSentence();
};

void TestPromptVariables::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("none") << u"Hello there."_s << QStringList();
    QTest::newRow("one") << u"Hello {{first_name}}."_s << QStringList{u"first_name"_s};
    QTest::newRow("spaces inside") << u"Hello {{ first_name }}."_s << QStringList{u"first_name"_s};
    QTest::newRow("each once, in order") << u"{{b}} {{a}} {{b}}"_s << QStringList{u"b"_s, u"a"_s};
    QTest::newRow("dotted") << u"{{patient.name}}"_s << QStringList{u"patient.name"_s};
    QTest::newRow("malformed left out") << u"{{1x}} {{}} {{ok}} {{not closed"_s << QStringList{u"ok"_s};
    QTest::newRow("single braces") << u"{name}"_s << QStringList();
}

void TestPromptVariables::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QCOMPARE(PromptVariables::find(text), names);
}

void TestPromptVariables::promptThenFirstSentence()
{
    const Assistant assistant(QJsonObject{{u"prompt"_s, u"Call {{first_name}} about {{date}}."_s},
                                          {u"first_sentence"_s, u"Hi {{first_name}}, it is {{clinic}}."_s},
                                          {u"end_of_call_sentence"_s, u"Bye {{not_asked}}"_s}});
    QCOMPARE(PromptVariables::of(assistant), (QStringList{u"first_name"_s, u"date"_s, u"clinic"_s}));
    QCOMPARE(PromptVariables::of(Assistant(QJsonObject{{u"first_sentence"_s, QJsonValue::Null}})), QStringList());
}

QTEST_GUILESS_MAIN(TestPromptVariables)
#include "TestPromptVariables.moc"
