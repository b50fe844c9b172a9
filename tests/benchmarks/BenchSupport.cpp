// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include "SandboxProcess.h"

#include "core/RevoxCall.h"
#include "core/RevoxClient.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <malloc.h>

namespace {

qint64 statusKiB(QByteArrayView field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field) && line.size() > field.size() && line.at(field.size()) == ':')
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double clockMs(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

} // namespace

namespace Bench {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

double medianMs(int runs, const std::function<void()> &body, const std::function<void()> &prepare)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        if (prepare)
            prepare();
        QElapsedTimer timer;
        timer.start();
        body();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    return median(times);
}

qint64 residentBytes()
{
    return statusKiB("VmRSS") * 1024;
}

qint64 peakResidentBytes()
{
    return statusKiB("VmHWM") * 1024;
}

void trimHeap()
{
    malloc_trim(0);
}

double threadCpuMs()
{
    return clockMs(CLOCK_THREAD_CPUTIME_ID);
}

double processCpuMs()
{
    return clockMs(CLOCK_PROCESS_CPUTIME_ID);
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    // processEvents(flags, maxTime) drops WaitForMoreEvents and never blocks: waiting through it spun a core
    // that the server and Qt's network thread being measured needed. This blocks between events instead; the
    // timer wakes it to look at the clock.
    QElapsedTimer timer;
    timer.start();
    QTimer wake;
    wake.start(50);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

QByteArray get(const QUrl &url, const QString &key, QString *error)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    request.setTransferTimeout(120000);
    QNetworkReply *reply = nam.get(request);
    bool finished = false;
    QObject::connect(reply, &QNetworkReply::finished, reply, [&finished] { finished = true; });
    if (!waitUntil([&finished] { return finished; }, 180000)) {
        reply->abort();
        *error = QStringLiteral("GET %1: no answer").arg(url.toString());
        delete reply;
        return {};
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray body = reply->readAll();
    if (status != 200) {
        *error = QStringLiteral("GET %1: HTTP %2 %3").arg(url.toString()).arg(status).arg(reply->errorString());
        body.clear();
    }
    delete reply;
    return body;
}

QByteArray sandboxListBytes(int count, QString *error)
{
    SandboxServer sandbox;
    SandboxServer::Options options;
    options.seedCount = count;
    if (!sandbox.start(options, error))
        return {};
    QUrl url = sandbox.baseUrl();
    url.setPath(url.path() + QStringLiteral("/assistants"));
    QByteArray body = get(url, sandbox.apiKey(), error);
    // The copy detaches from the network buffers, so what the caller holds is exactly the body.
    return QByteArray(body.constData(), body.size());
}

CallOutcome finish(RevoxCall *call, int timeoutMs)
{
    CallOutcome outcome;
    bool done = false;
    QObject::connect(call, &RevoxCall::finished, call, [call, &outcome, &done] {
        done = true;
        outcome.ok = call->succeeded();
        outcome.error = call->error().message();
        outcome.assistants = call->assistants();
        outcome.assistant = call->assistant();
    });
    if (!waitUntil([&done] { return done; }, timeoutMs)) {
        call->abort();
        outcome.ok = false;
        outcome.error = QStringLiteral("no answer within %1 s").arg(timeoutMs / 1000);
    }
    return outcome;
}

void say(const QString &line)
{
    QTextStream out(stdout);
    out << line << Qt::endl;
}

QString mib(qint64 bytes)
{
    return QLocale::c().toString(bytes / 1048576.0, 'f', 1) + QStringLiteral(" MiB");
}

std::optional<QList<Assistant>> startAndList(SandboxProcess &sandbox, int seed, RevoxClient &client, QString *error)
{
    if (!sandbox.start(seed, error))
        return std::nullopt;
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(sandbox.apiKey());
    const CallOutcome listed = finish(client.listAssistants());
    if (!listed.ok || listed.assistants.isEmpty()) {
        *error = QStringLiteral("GET /assistants: ") + listed.error;
        return std::nullopt;
    }
    return listed.assistants;
}

} // namespace Bench
