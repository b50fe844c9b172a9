// SPDX-License-Identifier: GPL-3.0-or-later
// journal: the change journal with 100,000 entries in it (issue 13). Appending one more entry as the recorder
// does (redaction, summary, two inserts, one commit); the History page of an assistant with 10,000 entries
// opened in an editor; and the Changes window over all 100,000, typing in its search box. For comparison,
// the same text filter run in SQLite instead of the window's index in memory.
#include "BenchReport.h"
#include "BenchSupport.h"
#include "Benchmarks.h"

#include "core/SecretSealer.h"
#include "journal/JournalStore.h"
#include "ui/editor/AssistantEditor.h"
#include "ui/history/ChangesWindow.h"
#include "ui/history/HistoryPage.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLineEdit>
#include <QLocale>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr double kAppendBudgetMs = 1;
constexpr double kHistoryBudgetMs = 100;
constexpr double kKeystrokeBudgetMs = 100;
const QString kHot = QStringLiteral("asst_hot");
// What someone looking for the change that broke the greeting types.
const QString kQuery = QStringLiteral("opening hours");

double timed(const std::function<void()> &step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    QCoreApplication::sendPostedEvents(); // deferred layouts and the repaint the step asked for
    QCoreApplication::processEvents();
    return timer.nsecsElapsed() / 1e6;
}

// Entries like a busy team's: renames, prompt rewrites (a page of text), voices, FAQ, tools with credentials.
class EntryMaker
{
public:
    explicit EntryMaker(quint32 seed)
        : m_random(seed)
    { }

    JournalEntry make(const QString &assistantId, const QDateTime &started)
    {
        static const QStringList towns{QStringLiteral("Portland"), QStringLiteral("Austin"), QStringLiteral("Leeds"),
                                       QStringLiteral("Lyon"),     QStringLiteral("Bern"),   QStringLiteral("Osaka")};
        static const QStringList kinds{QStringLiteral("Dental Care"), QStringLiteral("Physiotherapy"),
                                       QStringLiteral("Auto Repair"), QStringLiteral("Veterinary"),
                                       QStringLiteral("Hair Studio")};
        JournalEntry entry;
        // One assistant's history is on one connection; the others' spread over two.
        entry.connectionId
            = assistantId == kHot || m_random.bounded(10) < 7 ? QStringLiteral("sandbox") : QStringLiteral("prod-acme");
        entry.connectionName = entry.connectionId == u"sandbox" ? QStringLiteral("Sandbox") : QStringLiteral("Acme");
        entry.started = started;
        entry.finished = started.addMSecs(180);
        entry.status = JournalEntry::Status::Succeeded;
        entry.httpStatus = 200;
        entry.assistantId = assistantId;
        entry.assistantName = QStringLiteral("%1 %2 (%3) – reminders")
                                  .arg(pick(QStringList{QStringLiteral("Oak Hill"), QStringLiteral("Riverside"),
                                                        QStringLiteral("Northgate"), QStringLiteral("Maple")}),
                                       pick(kinds), pick(towns));
        const int kind = int(m_random.bounded(100));
        QString key;
        QJsonValue before;
        QJsonValue after;
        if (kind < 35) {
            key = QStringLiteral("name");
            before = entry.assistantName;
            after = QString(entry.assistantName + QStringLiteral(" v2"));
        } else if (kind < 60) {
            key = QStringLiteral("prompt");
            before = text(220);
            after = text(220);
        } else if (kind < 75) {
            key = QStringLiteral("first_sentence");
            before = text(14);
            after = text(14);
        } else if (kind < 85) {
            key = QStringLiteral("voice");
            before = QJsonObject{{QStringLiteral("provider"), QStringLiteral("cartesia")},
                                 {QStringLiteral("id"), QStringLiteral("voice-%1").arg(m_random.bounded(90))},
                                 {QStringLiteral("speed"), 1.0}};
            after = QJsonObject{{QStringLiteral("provider"), QStringLiteral("cartesia")},
                                {QStringLiteral("id"), QStringLiteral("voice-%1").arg(m_random.bounded(90))},
                                {QStringLiteral("speed"), 1.1}};
        } else if (kind < 95) {
            key = QStringLiteral("faq_items");
            before = faq(4);
            after = faq(5);
        } else {
            key = QStringLiteral("custom_tools");
            before = tools(QStringLiteral("Bearer old-%1").arg(m_random.generate()));
            after = tools(QStringLiteral("Bearer new-%1").arg(m_random.generate()));
        }
        entry.fields = {key};
        entry.before.insert(key, before);
        entry.after.insert(key, after);
        entry.request = entry.after;
        return entry;
    }

private:
    QString pick(const QStringList &list) { return list.at(int(m_random.bounded(list.size()))); }

    QString text(int words)
    {
        static const QStringList vocabulary{
            QStringLiteral("greet"),      QStringLiteral("the"),         QStringLiteral("caller"),
            QStringLiteral("confirm"),    QStringLiteral("appointment"), QStringLiteral("opening"),
            QStringLiteral("hours"),      QStringLiteral("parking"),     QStringLiteral("insurance"),
            QStringLiteral("reschedule"), QStringLiteral("politely"),    QStringLiteral("never"),
            QStringLiteral("promise"),    QStringLiteral("prices"),      QStringLiteral("and"),
            QStringLiteral("ask"),        QStringLiteral("for"),         QStringLiteral("date"),
            QStringLiteral("of"),         QStringLiteral("birth"),       QStringLiteral("spell"),
            QStringLiteral("names"),      QStringLiteral("slowly"),      QStringLiteral("transfer"),
            QStringLiteral("urgent"),     QStringLiteral("cases"),       QStringLiteral("to"),
            QStringLiteral("reception")};
        QStringList result;
        for (int i = 0; i < words; ++i)
            result.append(pick(vocabulary));
        return result.join(u' ') + u'.';
    }

    QJsonArray faq(int count)
    {
        QJsonArray items;
        for (int i = 0; i < count; ++i)
            items.append(QJsonObject{{QStringLiteral("question"), text(8)}, {QStringLiteral("answer"), text(20)}});
        return items;
    }

    static QJsonArray tools(const QString &secret)
    {
        return {QJsonObject{{QStringLiteral("name"), QStringLiteral("book_slot")},
                            {QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("url"), QStringLiteral("https://api.example.com/book")},
                            {QStringLiteral("headers"),
                             QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("Authorization")},
                                                    {QStringLiteral("value"), secret}}}}}};
    }

    QRandomGenerator m_random;
};

} // namespace

void Benchmarks::journal(const BenchOptions &options, BenchReport &report)
{
    const QString name = QStringLiteral("journal");
    const int total = options.smoke ? 2000 : 100000;
    const int hot = options.smoke ? 200 : 10000;
    QTemporaryDir dir;
    SecretSealer sealer(nullptr);
    JournalStore store(dir.filePath(QStringLiteral("journal.sqlite")), &sealer);
    if (!store.open()) {
        report.fail(name, store.openingProblem());
        return;
    }

    // The journal of a busy team: `hot` entries for one assistant, the rest over 2,000 others, ~170 days.
    EntryMaker maker(13);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QElapsedTimer fill;
    fill.start();
    QList<JournalEntry> chunk;
    for (int i = 0; i < total; ++i) {
        const QString id
            = i % (total / hot) == 0 ? kHot : QStringLiteral("asst_%1").arg(i % 2000, 4, 10, QLatin1Char('0'));
        chunk.append(maker.make(id, now.addSecs(-qint64(total - i) * 147)));
        if (chunk.size() == 5000 || i == total - 1) {
            if (!store.appendAll(chunk)) {
                report.fail(name, QStringLiteral("the journal could not be filled"));
                return;
            }
            chunk.clear();
        }
    }
    const QString rows = QStringLiteral("N=%1").arg(QLocale::c().toString(store.count()));
    const qint64 bytes = QFileInfo(store.path()).size() + QFileInfo(store.path() + QStringLiteral("-wal")).size();
    Bench::say(QStringLiteral("journal %1 filled in %2 s, %3 on disk")
                   .arg(rows)
                   .arg(fill.elapsed() / 1000.0, 0, 'f', 1)
                   .arg(Bench::mib(bytes)));
    report.add(name, rows + QStringLiteral(": size on disk"), bytes / 1048576.0, QStringLiteral("MiB"));

    // Appending: what the recorder does before each request leaves, one entry at a time.
    QList<double> appends;
    const int count = options.smoke ? 50 : 500;
    for (int i = 0; i < count; ++i) {
        const JournalEntry entry = maker.make(QStringLiteral("asst_%1").arg(i % 2000, 4, 10, QLatin1Char('0')), now);
        QElapsedTimer timer;
        timer.start();
        const qint64 id = store.append(entry);
        appends.append(timer.nsecsElapsed() / 1e6);
        if (!id) {
            report.fail(name, QStringLiteral("an append failed"));
            return;
        }
    }
    std::sort(appends.begin(), appends.end());
    const double p95 = appends.at(qsizetype(appends.size() * 0.95));
    Bench::say(QStringLiteral("append with %1 present: median %2 ms, 95th percentile %3 ms, slowest %4 ms")
                   .arg(rows)
                   .arg(Bench::median(appends), 0, 'f', 3)
                   .arg(p95, 0, 'f', 3)
                   .arg(Bench::maximum(appends), 0, 'f', 3));
    report.add(name, rows + QStringLiteral(": append an entry, median"), Bench::median(appends), QStringLiteral("ms"),
               kAppendBudgetMs,
               QStringLiteral("%1 appends, one commit each; 95th percentile %2 ms").arg(count).arg(p95, 0, 'f', 2));

    // The History page of the assistant with `hot` entries, in an editor shown offscreen.
    Assistant assistant(QJsonObject{{QStringLiteral("id"), kHot},
                                    {QStringLiteral("name"), QStringLiteral("Oak Hill Dental Care")},
                                    {QStringLiteral("prompt"), QStringLiteral("Greet the caller.")}});
    AssistantEditor editor(assistant, nullptr);
    editor.resize(1280, 760);
    editor.show();
    if (!QTest::qWaitForWindowExposed(&editor, 10000)) {
        report.fail(name, QStringLiteral("the editor was not shown"));
        return;
    }
    QList<double> opens;
    int historyRows = 0;
    for (int run = 0; run < options.runs; ++run) {
        auto *page = new HistoryPage(&store, QStringLiteral("sandbox"), kHot, &editor);
        editor.addSidePage(page, QStringLiteral("History"));
        opens.append(timed([&] { editor.showSidePage(page); }));
        historyRows = page->table()->model()->rowCount();
    }
    const int hotRows = int(store.ids({.connectionId = QStringLiteral("sandbox"), .assistantId = kHot}).size());
    if (historyRows != hotRows || historyRows == 0) {
        report.fail(name, QStringLiteral("the History page listed %1 of %2 entries").arg(historyRows).arg(hotRows));
        return;
    }
    const QString history
        = QStringLiteral("History page of an assistant with %1 entries").arg(QLocale::c().toString(hotRows));
    Bench::say(QStringLiteral("%1: opened in %2 ms (median of %3)")
                   .arg(history)
                   .arg(Bench::median(opens), 0, 'f', 1)
                   .arg(options.runs));
    report.add(name, history + QStringLiteral(": open"), Bench::median(opens), QStringLiteral("ms"), kHistoryBudgetMs,
               QStringLiteral("page shown and painted, median of %1").arg(options.runs));

    // The Changes window over the whole journal.
    ChangesWindow changes(&store);
    changes.resize(1200, 760);
    const double opening = timed([&] {
        changes.show();
        QTest::qWaitForWindowExposed(&changes, 10000);
    });
    auto *connection = changes.findChild<QComboBox *>(QStringLiteral("changesConnection"));
    connection->setCurrentIndex(connection->findData(QString())); // all connections: every entry
    const int all = changes.table()->model()->rowCount();
    if (all != store.count()) {
        report.fail(name, QStringLiteral("the Changes window lists %1 of %2 entries").arg(all).arg(store.count()));
        return;
    }
    report.add(name, rows + QStringLiteral(": Changes window opened"), opening, QStringLiteral("ms"), std::nullopt,
               QStringLiteral("reads every entry's filter facts into memory once"));
    auto *search = changes.findChild<QLineEdit *>(QStringLiteral("changesSearch"));
    search->setFocus();
    QCoreApplication::processEvents();
    QList<QList<double>> typing(kQuery.size());
    QList<QList<double>> erasing(kQuery.size());
    int matches = -1;
    for (int run = 0; run < options.runs; ++run) {
        for (qsizetype i = 0; i < kQuery.size(); ++i)
            typing[i].append(timed([&] { QTest::keyClick(search, kQuery.at(i).toLatin1()); }));
        matches = changes.table()->model()->rowCount();
        for (qsizetype i = 0; i < kQuery.size(); ++i)
            erasing[i].append(timed([&] { QTest::keyClick(search, Qt::Key_Backspace); }));
    }
    if (matches <= 0 || matches >= all || changes.table()->model()->rowCount() != all) {
        report.fail(
            name, QStringLiteral("“%1” matched %2 of %3 entries: not a real search").arg(kQuery).arg(matches).arg(all));
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
    Bench::say(QStringLiteral("Changes window %1, typing “%2” (%3 matches), ms per key: %4")
                   .arg(rows, kQuery)
                   .arg(matches)
                   .arg(perKey.join(u' ')));
    report.add(
        name, rows + QStringLiteral(": Changes window, slowest keystroke"), Bench::maximum(typingMedians),
        QStringLiteral("ms"), kKeystrokeBudgetMs,
        QStringLiteral("“%1” (%2 matches), median of %3 runs per key").arg(kQuery).arg(matches).arg(options.runs));
    report.add(name, rows + QStringLiteral(": Changes window, median keystroke"), Bench::median(typingMedians),
               QStringLiteral("ms"), kKeystrokeBudgetMs);
    report.add(name, rows + QStringLiteral(": Changes window, slowest backspace"), Bench::maximum(erasingMedians),
               QStringLiteral("ms"), kKeystrokeBudgetMs);

    // For comparison: the same filter run in SQLite, one query per keystroke (the History page's way).
    QList<double> sqlKeys;
    for (qsizetype i = 1; i <= kQuery.size(); ++i) {
        const JournalFilter filter{.text = kQuery.left(i)};
        sqlKeys.append(Bench::medianMs(options.runs, [&] { store.ids(filter); }));
    }
    report.add(name, rows + QStringLiteral(": same filter in SQLite, slowest keystroke"), Bench::maximum(sqlKeys),
               QStringLiteral("ms"), std::nullopt, QStringLiteral("ids only, no window: for comparison"));
}
