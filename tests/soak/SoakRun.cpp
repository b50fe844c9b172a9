// SPDX-License-Identifier: GPL-3.0-or-later
#include "SoakRun.h"

#include "SoakEdits.h"

#include "core/RevoxCall.h"
#include "core/RevoxClient.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

using namespace std::chrono_literals;

namespace {

using Kind = SandboxFault::Kind;

constexpr int kLogLines = 40;
constexpr auto kStopGrace = 20s; // for a writer to finish its operation after "stop"
// Kills: a writer is killed on some of its lines (right before a request leaves, right after an edit…) and
// now and then at a random moment.
constexpr double kKillOnSending = 0.02;
constexpr double kKillOnEdit = 0.01;
constexpr double kKillOnOther = 0.002;
// A create whose answer is lost and whose look in the list fails too: CreateJob's uncertain outcome.
constexpr double kLoseCreateAnswer = 0.25;
// A field of a PATCH on its way that the server will leave out: SaveResult's unstored fields.
constexpr double kIgnoreSentField = 0.08;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const QList<Kind> kAllKinds = {Kind::Delay,    Kind::Status,        Kind::RateLimit,          Kind::Drop,
                               Kind::Reset,    Kind::Truncate,      Kind::StallBeforeHeaders, Kind::StallMidBody,
                               Kind::SlowBody, Kind::MalformedJson, Kind::HtmlError,          Kind::WrongContentType,
                               Kind::Redirect, Kind::Oversized,     Kind::IgnoreField};

} // namespace

SoakRun::SoakRun(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_random(SoakRandom::derive(options.seed, QStringLiteral("coordinator")))
{
    m_faultTimer.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    m_deadline.setSingleShot(true);
    m_stopTimeout.setSingleShot(true);
    connect(&m_faultTimer, &QTimer::timeout, this, &SoakRun::changeFault);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        Writer &writer = m_writers[m_random.below(int(m_writers.size()))];
        if (writer.process && writer.ready)
            killWriter(writer, QStringLiteral("at a random moment"));
        m_killTimer.start(m_random.between(6000, 20000));
    });
    connect(&m_deadline, &QTimer::timeout, this, &SoakRun::windDown);
    connect(&m_stopTimeout, &QTimer::timeout, this, [this] {
        for (Writer &writer : m_writers) {
            if (writer.process) {
                note(QStringLiteral("writer %1 did not stop; killing it").arg(writer.name), true);
                killWriter(writer, QStringLiteral("as it did not stop"));
            }
        }
    });
}

SoakRun::~SoakRun()
{
    for (Writer &writer : m_writers) {
        if (writer.process) {
            writer.process->disconnect(this);
            writer.process->kill();
            writer.process->waitForFinished(2000);
        }
    }
}

bool SoakRun::start(QString *error)
{
    if (m_options.workDir.isEmpty()) {
        m_temporary = std::make_unique<QTemporaryDir>();
        if (!m_temporary->isValid()) {
            *error = QStringLiteral("cannot make a temporary folder: %1").arg(m_temporary->errorString());
            return false;
        }
        m_dir = m_temporary->path();
    } else {
        m_dir = QDir(m_options.workDir).absolutePath();
        if (!QDir().mkpath(m_dir)) {
            *error = QStringLiteral("cannot create %1").arg(m_dir);
            return false;
        }
    }
    // Everything both sides said, in the order heard: kept with the folder when a check fails.
    m_log.setFileName(m_dir + QStringLiteral("/soak.log"));
    if (!m_log.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_log.fileName(), m_log.errorString());
        return false;
    }
    m_elsewhere = std::make_unique<SandboxServer>();
    if (!m_elsewhere->start({}, error) || !startServer(m_options.assistants, error))
        return false;

    m_clock.start();
    for (const QString &name : {QStringLiteral("A"), QStringLiteral("B")})
        m_writers.append(Writer{.name = name});
    for (Writer &writer : m_writers)
        startWriter(writer);
    m_faultTimer.start(m_random.between(200, 1500));
    m_killTimer.start(m_random.between(6000, 20000));
    m_deadline.start(m_options.duration);
    return true;
}

bool SoakRun::startServer(int seedCount, QString *error)
{
    if (!m_server) {
        m_server = std::make_unique<SandboxServer>();
        connect(m_server.get(), &SandboxServer::requestAnswered, this,
                [this](const SandboxRequestRecord &request, int status, const QByteArray &body) {
                    note(QStringLiteral("server %1 %2 → %3 (%4)")
                             .arg(request.method, request.path)
                             .arg(status)
                             .arg(QString::fromLatin1(SoakLedger::tagOf(request))));
                    m_ledger.serverAnswered(request, status, body);
                });
        connect(m_server.get(), &SandboxServer::faultTaken, this,
                [this](const SandboxRequestRecord &request, const SandboxFault &fault) {
                    note(QStringLiteral("fault %1 played on %2 %3 (%4)")
                             .arg(SandboxFault::kindName(fault.kind), request.method, request.path,
                                  QString::fromLatin1(SoakLedger::tagOf(request))));
                    m_ledger.faultTaken(request, fault);
                });
    }
    SandboxServer::Options options;
    options.port = m_port;
    options.dataPath = m_dir + QStringLiteral("/sandbox.sqlite");
    options.seedCount = seedCount;
    if (!m_server->start(options, error))
        return false;
    m_port = m_server->port(); // a restart comes back where the writers look
    m_baseUrl = m_server->baseUrl();
    m_apiKey = m_server->apiKey();
    return true;
}

// --- writers -------------------------------------------------------------------------------------------------

void SoakRun::note(const QString &line, bool always)
{
    const qint64 ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_log.write(QString::number(double(ms) / 1000.0, 'f', 3).toUtf8() + ' ' + line.toUtf8() + '\n');
    if (m_options.verbose || always)
        err() << line << Qt::endl;
}

void SoakRun::startWriter(Writer &writer, bool audit)
{
    ++writer.incarnation;
    writer.killed = false;
    writer.ready = false;
    writer.audit = audit;
    writer.buffer.clear();
    auto *process = new QProcess(this);
    writer.process = process;
    const int index = int(&writer - m_writers.data());
    connect(process, &QProcess::readyReadStandardOutput, this, [this, index] { readWriter(m_writers[index]); });
    connect(process, &QProcess::readyReadStandardError, this, [this, index, process] {
        Writer &w = m_writers[index];
        for (const QByteArray &line : process->readAllStandardError().split('\n')) {
            if (line.isEmpty())
                continue;
            note(w.name + QString::number(w.incarnation) + QStringLiteral("! ") + QString::fromUtf8(line));
            w.log.append(QString::fromUtf8(line));
            if (w.log.size() > kLogLines)
                w.log.removeFirst();
        }
    });
    connect(process, &QProcess::finished, this,
            [this, index](int code, QProcess::ExitStatus status) { onWriterFinished(m_writers[index], code, status); });
    QStringList arguments{QStringLiteral("--writer"),      writer.name,
                          QStringLiteral("--incarnation"), QString::number(writer.incarnation),
                          QStringLiteral("--base-url"),    m_baseUrl.toString(),
                          QStringLiteral("--api-key"),     m_apiKey,
                          QStringLiteral("--state"),       m_dir + u'/' + writer.name,
                          QStringLiteral("--seed"),        QString::number(m_options.seed)};
    if (audit)
        arguments.append(QStringLiteral("--audit"));
    process->start(m_options.program, arguments);
}

void SoakRun::readWriter(Writer &writer)
{
    if (!writer.process)
        return;
    writer.buffer += writer.process->readAllStandardOutput();
    qsizetype end;
    while ((end = writer.buffer.indexOf('\n')) >= 0) {
        const QByteArray line = writer.buffer.left(end);
        writer.buffer.remove(0, end + 1);
        onLine(writer, line);
        if (!writer.process) // killed on that line: what it wrote after is read when it has died
            return;
    }
}

void SoakRun::onLine(Writer &writer, const QByteArray &line)
{
    note(QString::fromUtf8(line));
    QJsonParseError error;
    const QJsonObject event = QJsonDocument::fromJson(line, &error).object();
    if (error.error != QJsonParseError::NoError) {
        m_ledger.addViolation(
            QStringLiteral("writer"),
            QStringLiteral("%1 wrote a line that is not JSON: %2").arg(writer.name, QString::fromUtf8(line.left(200))));
        return;
    }
    m_ledger.writerEvent(event);
    const QString kind = event.value(u"e").toString();
    if (kind == u"restoredAll")
        writer.ready = true;
    if (m_windingDown || !writer.ready)
        return;
    if (kind == u"sending" && event.value(u"kind").toString() == u"create" && !m_serverDown
        && m_random.chance(kLoseCreateAnswer))
        loseCreateAnswer();
    if (kind == u"sending" && event.value(u"kind").toString() == u"save" && !m_serverDown
        && m_random.chance(kIgnoreSentField)) {
        // A server that silently drops a field this very PATCH carries (if this comes in time).
        const QStringList keys = event.value(u"body").toObject().keys();
        if (!keys.isEmpty()) {
            m_server->addFault({.kind = Kind::IgnoreField,
                                .field = m_random.pick(keys),
                                .method = QStringLiteral("PATCH"),
                                .pathPattern = QStringLiteral("^/api/assistants/") + event.value(u"id").toString()});
            ++m_armed[QStringLiteral("ignored sent field")];
            note(QStringLiteral("fault armed: the server drops a field of this PATCH"));
        }
    }
    if (kind == u"sending")
        maybeKill(writer, kKillOnSending,
                  QStringLiteral("right before its %1 left").arg(event.value(u"kind").toString()));
    else if (kind == u"edit")
        maybeKill(writer, kKillOnEdit, QStringLiteral("between an edit and its draft"));
    else
        maybeKill(writer, kKillOnOther, QStringLiteral("after “%1”").arg(kind));
}

void SoakRun::maybeKill(Writer &writer, double probability, const QString &when)
{
    if (m_random.chance(probability))
        killWriter(writer, when);
}

void SoakRun::killWriter(Writer &writer, const QString &when)
{
    if (!writer.process || writer.killed)
        return;
    note(QStringLiteral("SIGKILL to writer %1%2 %3").arg(writer.name).arg(writer.incarnation).arg(when));
    writer.killed = true;
    writer.process->kill(); // SIGKILL
}

void SoakRun::onWriterFinished(Writer &writer, int exitCode, QProcess::ExitStatus status)
{
    QProcess *process = writer.process;
    // What it wrote before it died is read now, before its operation in flight is judged.
    writer.buffer += process->readAllStandardOutput();
    qsizetype end;
    while ((end = writer.buffer.indexOf('\n')) >= 0) {
        const QByteArray line = writer.buffer.left(end);
        writer.buffer.remove(0, end + 1);
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (!event.isEmpty())
            m_ledger.writerEvent(event);
    }
    writer.process = nullptr;
    process->deleteLater();

    if (writer.killed) {
        m_ledger.writerKilled(writer.name);
        if (!writer.audit)
            ++m_restarts;
    } else if (status != QProcess::NormalExit || exitCode != 0) {
        m_ledger.addViolation(
            QStringLiteral("writer"),
            QStringLiteral("writer %1 (process %2) ended by itself with %3 %4; its last words: %5")
                .arg(writer.name)
                .arg(writer.incarnation)
                .arg(status == QProcess::CrashExit ? QStringLiteral("a crash") : QStringLiteral("status"))
                .arg(exitCode)
                .arg(writer.log.join(QStringLiteral(" | "))));
        m_ledger.writerKilled(writer.name);
    }

    if (m_auditing) {
        if (std::none_of(m_writers.cbegin(), m_writers.cend(), [](const Writer &w) { return w.process; }))
            conclude();
        return;
    }
    if (m_windingDown) {
        if (std::none_of(m_writers.cbegin(), m_writers.cend(), [](const Writer &w) { return w.process; }))
            audit();
        return;
    }
    const int index = int(&writer - m_writers.data());
    QTimer::singleShot(m_random.between(50, 500), this, [this, index] {
        if (!m_windingDown && !m_writers[index].process)
            startWriter(m_writers[index]);
    });
}

// --- faults ----------------------------------------------------------------------------------------------------

void SoakRun::changeFault()
{
    if (m_windingDown || m_serverDown)
        return;
    m_server->clearFaults();
    if (m_random.chance(0.04)) {
        stopServerForAWhile();
        return;
    }
    if (m_random.chance(0.8)) {
        const SandboxFault fault = randomFault();
        m_server->addFault(fault);
        ++m_armed[SandboxFault::kindName(fault.kind)];
        note(QStringLiteral("fault armed ")
             + QString::fromUtf8(QJsonDocument(fault.toJson()).toJson(QJsonDocument::Compact)));
    }
    m_faultTimer.start(m_random.between(200, 2500));
}

SandboxFault SoakRun::randomFault()
{
    SandboxFault fault;
    fault.kind = kAllKinds.at(m_random.below(int(kAllKinds.size())));
    fault.times = m_random.between(1, 3);
    fault.method = QStringList{QString(), QStringLiteral("GET"), QStringLiteral("PATCH"), QStringLiteral("POST"),
                               QStringLiteral("DELETE")}
                       .at(m_random.weighted({2, 2, 4, 3, 1}));
    if (fault.method == u"POST" && m_random.chance(0.6))
        fault.pathPattern = m_random.chance(0.6) ? QStringLiteral("^/api/assistants$") : QStringLiteral("/clone$");
    else if (fault.method.isEmpty() && m_random.chance(0.5))
        fault.pathPattern = QStringLiteral("^/api/assistants$"); // a create and the list that looks for it after

    switch (fault.kind) {
    case Kind::Delay:
    case Kind::StallBeforeHeaders:
    case Kind::StallMidBody:
        // Within the writers' 1.5 s transfer timeout, or past it.
        fault.delayMs = m_random.between(100, 2500);
        break;
    case Kind::Status:
        fault.status = QList<int>{500, 502, 503, 401, 404, 409, 412, 422}.at(m_random.below(8));
        if (fault.status == 422)
            fault.body = R"({"message":"Validation failed","errors":[{"field":"name","message":"is taken"}]})";
        if (fault.status == 503 && m_random.chance(0.5))
            fault.retryAfter = QStringLiteral("1");
        break;
    case Kind::RateLimit:
        if (m_random.chance(0.5))
            fault.retryAfter = QString::number(m_random.between(0, 1));
        else
            fault.retryAfterMs = m_random.between(0, 400);
        break;
    case Kind::Drop:
        fault.times = m_random.between(1, 4); // once: Qt sends it again by itself
        break;
    case Kind::SlowBody:
        fault.size = m_random.between(16, 512);
        fault.delayMs = m_random.between(10, 300);
        break;
    case Kind::HtmlError:
        fault.status = m_random.chance(0.5) ? 502 : 504;
        break;
    case Kind::Redirect: {
        fault.status = QList<int>{301, 302, 307, 308}.at(m_random.below(4));
        QUrl location = m_elsewhere->baseUrl();
        location.setPath(location.path() + QStringLiteral("/assistants"));
        fault.location = location;
        break;
    }
    case Kind::Oversized:
        fault.size = 2 * 1024 * 1024; // past the writers' 1 MiB cap
        break;
    case Kind::IgnoreField:
        fault.field = m_random.pick(SoakEdits::editableKeys());
        fault.method = m_random.chance(0.8) ? QStringLiteral("PATCH") : QStringLiteral("POST");
        break;
    case Kind::Reset:
    case Kind::Truncate:
    case Kind::MalformedJson:
    case Kind::WrongContentType:
        break;
    }
    return fault;
}

void SoakRun::loseCreateAnswer()
{
    // Armed as the writer says its POST leaves: that POST (if this comes in time) is stored and its answer
    // spoiled, then the list CreateJob reads to look for it fails.
    SandboxFault post;
    post.kind
        = QList<Kind>{Kind::Reset, Kind::Truncate, Kind::MalformedJson, Kind::StallBeforeHeaders}.at(m_random.below(4));
    post.delayMs = post.kind == Kind::StallBeforeHeaders ? 2000 : 0;
    post.method = QStringLiteral("POST");
    post.pathPattern = QStringLiteral("^/api/assistants$");
    SandboxFault list;
    list.kind = Kind::Status;
    list.status = m_random.chance(0.5) ? 503 : 500;
    list.method = QStringLiteral("GET");
    list.pathPattern = QStringLiteral("^/api/assistants$");
    list.times = m_random.between(1, 3); // a retried GET meets it again
    m_server->addFault(post);
    m_server->addFault(list);
    note(QStringLiteral("fault armed: this create's answer is lost, and the list after it fails"));
    ++m_armed[QStringLiteral("lost create answer")];
}

void SoakRun::stopServerForAWhile()
{
    // Connections refused until it comes back on the same port and file.
    m_serverDown = true;
    ++m_serverRestarts;
    note(QStringLiteral("sandbox stopped"));
    ++m_armed[QStringLiteral("server down")];
    m_server->stop();
    QTimer::singleShot(m_random.between(200, 1500), this, [this] {
        QString error;
        if (!startServer(-1, &error)) {
            m_ledger.addViolation(QStringLiteral("sandbox"),
                                  QStringLiteral("the sandbox did not start again: %1").arg(error));
            QTimer::singleShot(500, this, [this] { stopServerForAWhile(); });
            return;
        }
        m_serverDown = false;
        note(QStringLiteral("sandbox started again"));
        if (!m_windingDown)
            m_faultTimer.start(m_random.between(200, 2500));
        else
            windDown();
    });
}

// --- the end -----------------------------------------------------------------------------------------------------

void SoakRun::windDown()
{
    if (!m_windingDown) {
        m_windingDown = true;
        m_runMs = m_clock.elapsed();
        m_faultTimer.stop();
        m_killTimer.stop();
    }
    if (m_serverDown)
        return; // again once it is back
    m_server->clearFaults();
    bool anyRunning = false;
    for (Writer &writer : m_writers) {
        if (writer.process) {
            anyRunning = true;
            writer.process->write("stop\n");
        }
    }
    if (!anyRunning) {
        audit();
        return;
    }
    m_stopTimeout.start(kStopGrace);
}

void SoakRun::audit()
{
    // Each writer once more, on its drafts only: every unsaved edit must be there.
    m_auditing = true;
    for (Writer &writer : m_writers)
        startWriter(writer, true);
    m_stopTimeout.start(kStopGrace);
}

QList<Assistant> SoakRun::readFinalState(QString *error)
{
    // From the file, through a restart: what the sandbox answered must have been stored.
    m_server->disconnect(this);
    m_server->stop();
    if (!startServer(-1, error))
        return {};
    QNetworkAccessManager network;
    RevoxClient client(&network);
    client.setBaseUrl(m_server->baseUrl());
    client.setApiKey(m_server->apiKey());
    RevoxCall *call = client.listAssistants();
    QEventLoop loop;
    connect(call, &RevoxCall::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (!call->succeeded()) {
        *error = call->error().summary();
        return {};
    }
    return call->assistants();
}

void SoakRun::conclude()
{
    m_stopTimeout.stop();
    QString error;
    const QList<Assistant> finalState = readFinalState(&error);
    if (!error.isEmpty())
        m_ledger.addViolation(QStringLiteral("sandbox"),
                              QStringLiteral("the final state could not be read: %1").arg(error));
    else
        m_ledger.finish(finalState);
    if (const qsizetype strays = m_elsewhere->requests().size())
        m_ledger.addViolation(QStringLiteral("redirect"),
                              QStringLiteral("%1 request(s) followed a redirect to another origin").arg(strays));
    printReport(finalState);
    m_log.close();
    const bool failed = !m_ledger.violations().isEmpty();
    if (failed && m_temporary)
        m_temporary->setAutoRemove(false);
    if (failed || !m_temporary)
        out() << "    log              " << m_log.fileName() << Qt::endl;
    emit finished(failed ? 1 : 0);
}

void SoakRun::printReport(const QList<Assistant> &finalState)
{
    const QMap<QString, qint64> &counts = m_ledger.counts();
    // "save saved" → group "save", item "saved".
    const auto group = [&counts](const QString &prefix) {
        QStringList items;
        qint64 total = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.key().startsWith(prefix + u' ')) {
                items.append(QStringLiteral("%1 %2").arg(it.key().mid(prefix.size() + 1)).arg(it.value()));
                total += it.value();
            }
        }
        return QStringLiteral("%1 (%2)").arg(total).arg(items.isEmpty() ? QStringLiteral("none")
                                                                        : items.join(QStringLiteral(", ")));
    };
    QStringList armed;
    int armedTotal = 0;
    for (auto it = m_armed.cbegin(); it != m_armed.cend(); ++it) {
        armed.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        armedTotal += it.value();
    }
    const qsizetype violations = m_ledger.violations().size();
    out() << Qt::endl << "==> Soak: " << violations << " violation(s)" << Qt::endl;
    const auto line = [](const char *label, const QString &text) {
        out() << "    " << QString::fromLatin1(label).leftJustified(17) << text << Qt::endl;
    };
    line("seed",
         QStringLiteral("%1 (again: scripts/soak.sh %2 --seed %1)")
             .arg(m_options.seed)
             .arg(QString::number(double(m_options.duration.count()) / 60000.0)));
    line("duration",
         QStringLiteral("%1 s of work, %2 s in all (stop, audit, checks)")
             .arg(double(m_runMs) / 1000.0, 0, 'f', 1)
             .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1));
    line("saves", group(QStringLiteral("save")));
    line("edits", group(QStringLiteral("edit")));
    line("opens", group(QStringLiteral("open")));
    line("creates", group(QStringLiteral("create")));
    line("create suspects",
         QStringLiteral("%1 uncertain create(s) named a new assistant changed since, which may be it")
             .arg(counts.value(QStringLiteral("uncertain creates naming suspects"))));
    line("clones", group(QStringLiteral("clone")));
    line("deletes", group(QStringLiteral("delete")));
    line("refreshes", group(QStringLiteral("refresh")));
    line("conflicts", group(QStringLiteral("conflicts")));
    line("412 merges",
         QStringLiteral("%1 save(s) read and merged again after a 412")
             .arg(counts.value(QStringLiteral("merged again after 412"))));
    line("not stored",
         QStringLiteral("%1 field(s) the server dropped, reported by the save and kept as edits")
             .arg(counts.value(QStringLiteral("fields not stored (reported)"))));
    line("restarts",
         QStringLiteral("%1 writer(s) killed (SIGKILL) and started again; %2 draft(s) restored; "
                        "%3 sandbox restart(s)")
             .arg(m_restarts)
             .arg(counts.value(QStringLiteral("drafts restored")))
             .arg(m_serverRestarts));
    line("faults armed", QStringLiteral("%1 (%2)").arg(armedTotal).arg(armed.join(QStringLiteral(", "))));
    line("faults hit", group(QStringLiteral("fault")));
    line("server applied",
         QStringLiteral("%1 requests answered; %2 PATCHes, %3 creations, %4 clones, %5 deletions")
             .arg(counts.value(QStringLiteral("requests answered")))
             .arg(counts.value(QStringLiteral("patches applied")))
             .arg(counts.value(QStringLiteral("creations applied")))
             .arg(counts.value(QStringLiteral("clones applied")))
             .arg(counts.value(QStringLiteral("deletions applied"))));
    line("checked",
         QStringLiteral("%1 saved fields against the final state of %2 assistants")
             .arg(counts.value(QStringLiteral("saved fields checked")))
             .arg(finalState.size()));
    QMap<QString, int> byRule;
    for (const SoakLedger::Violation &violation : m_ledger.violations())
        ++byRule[violation.rule];
    QStringList rules;
    for (auto it = byRule.cbegin(); it != byRule.cend(); ++it)
        rules.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    line("violations",
         QStringLiteral("%1%2")
             .arg(violations)
             .arg(rules.isEmpty() ? QString() : QStringLiteral(" (") + rules.join(QStringLiteral(", ")) + u')'));
    int shown = 0;
    for (const SoakLedger::Violation &violation : m_ledger.violations()) {
        if (++shown > 50) {
            out() << "      … and " << (violations - 50) << " more" << Qt::endl;
            break;
        }
        out() << "      [" << violation.rule << "] " << violation.text << Qt::endl;
    }
}
