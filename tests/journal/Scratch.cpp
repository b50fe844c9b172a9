#undef QT_NO_CAST_FROM_ASCII
#undef QT_USE_QSTRINGBUILDER
#include "core/SecretSealer.h"
#include "journal/JournalIndex.h"
#include "journal/JournalStore.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    SecretSealer sealer(nullptr);
    JournalStore store(dir.filePath("j.sqlite"), &sealer);
    store.open();
    QStringList words{"greeting", "clinic", "dental",  "reminder", "voice",    "speed",
                      "prompt",   "hours",  "opening", "booking",  "calendar", "patients"};
    QList<JournalEntry> batch;
    QElapsedTimer t;
    t.start();
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < 100000; ++i) {
        JournalEntry e;
        e.connectionId = i % 10 == 0 ? "prod" : "sandbox";
        e.connectionName = e.connectionId;
        e.started = QDateTime::currentDateTimeUtc().addSecs(-100000 + i);
        e.finished = e.started;
        e.status = JournalEntry::Status::Succeeded;
        e.assistantId = QString("asst_%1").arg(i % 1000);
        e.assistantName = QString("Oak Hill Dental Care %1").arg(i % 1000);
        QString key = i % 3 == 0 ? "prompt" : "name";
        e.fields = {key};
        QString b, a;
        for (int w = 0; w < (key == "prompt" ? 400 : 4); ++w) {
            b += words[rng->bounded(12)] + " ";
            a += words[rng->bounded(12)] + " ";
        }
        e.before.insert(key, b);
        e.after.insert(key, a);
        e.request = e.after;
        batch.append(e);
        if (batch.size() == 5000) {
            store.appendAll(batch);
            batch.clear();
        }
    }
    printf("fill %lld ms\n", t.elapsed());
    for (QString q : {"d", "de", "den", "dent", "denta", "dental", "dental c", "zzz"}) {
        JournalFilter f;
        f.connectionId = "sandbox";
        f.text = q;
        t.restart();
        auto ids = store.ids(f);
        printf("%s: %lld rows %lld ms\n", qPrintable(q), ids.size(), t.elapsed());
        f.connectionId.clear();
        t.restart();
        ids = store.ids(f);
        printf("  all conns: %lld rows %lld ms\n", ids.size(), t.elapsed());
    }
    JournalIndex index;
    t.restart();
    index.load(store);
    printf("index load %lld ms\n", t.elapsed());
    for (QString q : {"d", "de", "den", "dent", "denta", "dental", "dental c", "zzz", "hours", "oak 5"}) {
        JournalFilter f;
        f.connectionId = "sandbox";
        f.text = q;
        QElapsedTimer u;
        u.start();
        auto ids = index.ids(f);
        printf("IDX %s: %lld rows %.1f ms\n", qPrintable(q), ids.size(), u.nsecsElapsed() / 1e6);
    }
    for (QString q : {"hours", "zzz", "d"}) {
        JournalFilter f;
        f.text = q;
        QElapsedTimer u;
        u.start();
        auto ids = index.ids(f);
        printf("IDX fresh %s: %lld rows %.1f ms\n", qPrintable(q), ids.size(), u.nsecsElapsed() / 1e6);
        JournalFilter g;
        g.text = "x";
        index.ids(g);
    }
    JournalFilter f;
    f.assistantId = "asst_5";
    t.restart();
    auto ids = store.ids(f);
    printf("assistant: %lld rows %lld ms\n", ids.size(), t.elapsed());
    JournalEntry e = batch.isEmpty() ? JournalEntry() : batch.first();
    QList<qint64> times;
    for (int i = 0; i < 200; ++i) {
        JournalEntry x;
        x.connectionId = "sandbox";
        x.assistantId = "asst_1";
        x.assistantName = "n";
        x.fields = {"name"};
        x.started = QDateTime::currentDateTimeUtc();
        x.before.insert("name", "a");
        x.after.insert("name", "b");
        x.request = x.after;
        QElapsedTimer u;
        u.start();
        store.append(x);
        times.append(u.nsecsElapsed());
    }
    std::sort(times.begin(), times.end());
    printf("append median %.3f ms\n", times[100] / 1e6);
    printf("file size %lld MB\n", QFileInfo(dir.filePath("j.sqlite")).size() / 1000000);
}
