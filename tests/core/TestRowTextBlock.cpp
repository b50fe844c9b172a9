// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RowTextBlock.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

class TestRowTextBlock : public QObject
{
    Q_OBJECT
private slots:
    void keepsEachRowsText();
    void agreesWithAListThroughManyEdits();
};

void TestRowTextBlock::keepsEachRowsText()
{
    RowTextBlock block;
    block.append(u"alpha");
    block.append(u"");
    block.append(u"gamma");
    QCOMPARE(block.rows(), 3);
    QCOMPARE(block.at(0), u"alpha");
    QCOMPARE(block.at(1), u"");
    QCOMPARE(block.at(2), u"gamma");
    block.replace(0, u"a much longer alpha");
    block.remove(1);
    QCOMPARE(block.rows(), 2);
    QCOMPARE(block.at(0), u"a much longer alpha");
    QCOMPARE(block.at(1), u"gamma");
    block.clear();
    QCOMPARE(block.rows(), 0);
}

void TestRowTextBlock::agreesWithAListThroughManyEdits()
{
    // Replacing and removing leaves unused characters behind and compacts now and then: whatever the
    // order of edits, every row must read back what a plain list holds.
    QRandomGenerator random(20261121);
    RowTextBlock block;
    QStringList expected;
    for (int step = 0; step < 5000; ++step) {
        const QString text = QString(int(random.bounded(40)), QChar(u'a' + random.bounded(26))) + QString::number(step);
        const int action = expected.isEmpty() ? 0 : int(random.bounded(3));
        if (action == 0) {
            block.append(text);
            expected.append(text);
        } else if (action == 1) {
            const auto row = qsizetype(random.bounded(int(expected.size())));
            block.replace(row, text);
            expected[row] = text;
        } else {
            const auto row = qsizetype(random.bounded(int(expected.size())));
            block.remove(row);
            expected.removeAt(row);
        }
        QCOMPARE(block.rows(), expected.size());
        if (step % 97 == 0) {
            for (qsizetype row = 0; row < expected.size(); ++row)
                QCOMPARE(block.at(row), expected.at(row));
        }
    }
    for (qsizetype row = 0; row < expected.size(); ++row)
        QCOMPARE(block.at(row), expected.at(row));
}

QTEST_GUILESS_MAIN(TestRowTextBlock)
#include "TestRowTextBlock.moc"
