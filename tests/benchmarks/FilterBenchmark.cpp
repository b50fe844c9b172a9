// SPDX-License-Identifier: GPL-3.0-or-later
// filter and sort: the real main window with the whole list loaded from the sandbox, shown offscreen,
// typing in its search box and sorting through its table header. Each step is timed until the
// events it posted (relayout, repaint) are handled.
#include "BenchReport.h"
#include "BenchSupport.h"
#include "BenchWindow.h"
#include "Benchmarks.h"

#include "core/AssistantProxyModel.h"
#include "core/AssistantTableModel.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

namespace {

constexpr double kKeystrokeBudgetMs = 30;
constexpr double kSortBudgetMs = 100;
// What someone looking for one clinic types: the generated names read "Oak Hill Dental Care (Portland) – …".
const QString kQuery = QStringLiteral("dental care");

double timed(const std::function<void()> &step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    QCoreApplication::sendPostedEvents(); // deferred layouts and the repaint the step asked for
    QCoreApplication::processEvents();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

void Benchmarks::filter(const BenchOptions &options, BenchReport &report)
{
    BenchWindow bench(options.assistants);
    if (!bench.sandboxStarted() || !bench.show() || !bench.load()) {
        report.fail(QStringLiteral("filter"), bench.error());
        return;
    }
    QLineEdit *search = bench.searchBox();
    QTableView *table = bench.table();
    QSortFilterProxyModel *proxy = bench.window()->proxy();
    const int total = bench.window()->model()->rowCount();
    search->setFocus();
    QCoreApplication::processEvents();

    // typing[i]: the times of keystroke i over the runs; erasing likewise, backspacing from the end.
    QList<QList<double>> typing(kQuery.size());
    QList<QList<double>> erasing(kQuery.size());
    int matches = -1;
    for (int run = 0; run < options.runs; ++run) {
        for (qsizetype i = 0; i < kQuery.size(); ++i)
            typing[i].append(timed([&] { QTest::keyClick(search, kQuery.at(i).toLatin1()); }));
        matches = proxy->rowCount();
        for (qsizetype i = 0; i < kQuery.size(); ++i)
            erasing[i].append(timed([&] { QTest::keyClick(search, Qt::Key_Backspace); }));
        if (proxy->rowCount() != total) {
            report.fail(QStringLiteral("filter"),
                        QStringLiteral("erasing the query left %1 of %2 rows").arg(proxy->rowCount()).arg(total));
            return;
        }
    }
    if (matches <= 0 || matches >= total) {
        report.fail(QStringLiteral("filter"),
                    QStringLiteral("the query “%1” matched %2 of %3 rows: not a real search")
                        .arg(kQuery)
                        .arg(matches)
                        .arg(total));
        return;
    }
    QList<double> typingMedians;
    QList<double> erasingMedians;
    QStringList perKey;
    for (qsizetype i = 0; i < kQuery.size(); ++i) {
        typingMedians.append(Bench::median(typing.at(i)));
        erasingMedians.append(Bench::median(erasing.at(i)));
        perKey.append(QStringLiteral("%1:%2").arg(kQuery.at(i)).arg(typingMedians.last(), 0, 'f', 1));
    }
    const QString rows = QStringLiteral("N=%1").arg(QLocale::c().toString(total));
    Bench::say(QStringLiteral("filter %1, typing “%2” (%3 matches), ms per key: %4")
                   .arg(rows, kQuery)
                   .arg(matches)
                   .arg(perKey.join(u' ')));
    report.add(QStringLiteral("filter"), rows + QStringLiteral(": typing, slowest keystroke"),
               Bench::maximum(typingMedians), QStringLiteral("ms"), kKeystrokeBudgetMs,
               QStringLiteral("“%1”, median of %2 runs per key").arg(kQuery).arg(options.runs));
    report.add(QStringLiteral("filter"), rows + QStringLiteral(": typing, median keystroke"),
               Bench::median(typingMedians), QStringLiteral("ms"), kKeystrokeBudgetMs);
    report.add(QStringLiteral("filter"), rows + QStringLiteral(": backspacing, slowest keystroke"),
               Bench::maximum(erasingMedians), QStringLiteral("ms"), kKeystrokeBudgetMs);

    // Sorting: a click on a header, both directions, on the columns whose keys differ in kind.
    const QList<AssistantTableModel::Column> columns
        = {AssistantTableModel::Column::Name,     AssistantTableModel::Column::Voice,
           AssistantTableModel::Column::LlmModel, AssistantTableModel::Column::FaqItems,
           AssistantTableModel::Column::Updated,  AssistantTableModel::Column::Id};
    // The first sort by a column pays for reading its keys out of every row; the later ones reuse them.
    double slowest = 0;
    double slowestFirst = 0;
    QString slowestName;
    QString slowestFirstName;
    QStringList perColumn;
    for (const AssistantTableModel::Column column : columns) {
        // Start from another column, so the first sort of each is a real one (the name is sorted at load).
        table->sortByColumn(int(AssistantTableModel::Column::FirstSentenceMode), Qt::AscendingOrder);
        QCoreApplication::processEvents();
        QList<double> times;
        const int sorts = std::max(options.runs, 2) + 1;
        for (int run = 0; run < sorts; ++run) {
            const Qt::SortOrder order = run % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
            times.append(timed([&] { table->sortByColumn(int(column), order); }));
        }
        const double first = times.takeFirst();
        const double time = Bench::median(times);
        const QString name = AssistantTableModel::fieldPath(column);
        perColumn.append(QStringLiteral("%1:%2/%3").arg(name).arg(first, 0, 'f', 1).arg(time, 0, 'f', 1));
        if (time > slowest) {
            slowest = time;
            slowestName = name;
        }
        if (first > slowestFirst) {
            slowestFirst = first;
            slowestFirstName = name;
        }
    }
    Bench::say(QStringLiteral("sort %1, ms per column (first sort/later sorts): %2").arg(rows, perColumn.join(u' ')));
    report.add(QStringLiteral("filter"), rows + QStringLiteral(": sort by a column, slowest"), slowest,
               QStringLiteral("ms"), kSortBudgetMs,
               QStringLiteral("%1; first/later: %2").arg(slowestName, perColumn.join(u' ')));
    report.add(QStringLiteral("filter"), rows + QStringLiteral(": first sort by a column, slowest"), slowestFirst,
               QStringLiteral("ms"), kSortBudgetMs, slowestFirstName);
}
