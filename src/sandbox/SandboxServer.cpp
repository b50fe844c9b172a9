// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxServer.h"

#include "SandboxAccount.h"
#include "SandboxApi.h"
#include "SandboxAssistants.h"
#include "SandboxData.h"
#include "SandboxGenerator.h"
#include "SandboxHttpServer.h"
#include "SandboxPhoneNumbers.h"
#include "SandboxReply.h"
#include "SandboxStore.h"

#include "core/DamagedFile.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

const QString kControlPrefix = QStringLiteral("/_sandbox/");

bool isControl(const SandboxRequestRecord &request)
{
    return request.path.startsWith(kControlPrefix);
}

bool matches(const SandboxFault &fault, const SandboxRequestRecord &request)
{
    if (!fault.method.isEmpty() && fault.method.compare(request.method, Qt::CaseInsensitive) != 0)
        return false;
    return fault.pathPattern.isEmpty() || QRegularExpression(fault.pathPattern).match(request.path).hasMatch();
}

QJsonObject recordJson(const SandboxRequestRecord &request)
{
    QJsonArray headers;
    for (const auto &[name, value] : request.headers)
        headers.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                                   {QStringLiteral("value"), QString::fromUtf8(value)}});
    return {{QStringLiteral("method"), request.method},
            {QStringLiteral("path"), request.path},
            {QStringLiteral("query"), request.query},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("body"), QString::fromUtf8(request.body)}};
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SandboxRequestRecord>();
    qRegisterMetaType<SandboxFault>();
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(const Options &options, QString *error)
{
    stop();
    m_apiKey = options.apiKey.isEmpty() ? QStringLiteral("sandbox") : options.apiKey;

    m_recovery = {};
    std::unique_ptr<SandboxStore> store = openStore(options, error);
    if (!store || !seed(*store, options, error))
        return false;

    // The hooks run on this object; m_http is our child and never outlives it.
    SandboxHttpServer::Hooks hooks{
        .record = [this](const SandboxRequestRecord &request) { record(request); },
        .takeFault = [this](const SandboxRequestRecord &request) { return takeFault(request); },
        .answer = [this](const SandboxRequestRecord &request) { return handle(request); },
    };
    auto *http = new SandboxHttpServer(std::move(hooks), this);
    if (!http->listenOn(options.address, options.port, error)) {
        delete http;
        return false;
    }
    m_store = std::move(store);
    const auto callLength = std::chrono::milliseconds(qint64(std::max(options.callSeconds, 0.01) * 1000.0));
    m_api = std::make_unique<SandboxApi>(*m_store, callLength);
    m_http = http;
    return true;
}

std::unique_ptr<SandboxStore> SandboxServer::openStore(const Options &options, QString *error)
{
    auto store = std::make_unique<SandboxStore>();
    QString problem;
    if (store->open(options.dataPath, &problem))
        return store;
    const QString path = options.dataPath;
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return nullptr;
    };
    if (path.isEmpty())
        return fail(tr("The in-memory database cannot be opened: %1.").arg(problem));
    if (options.badData == Options::BadData::Refuse)
        return fail(tr("The data file %1 cannot be used: %2.").arg(path, problem));

    // Set aside, never deleted; then a fresh file in its place, or failing that, memory.
    m_recovery = {.dataPath = QFileInfo(path).absoluteFilePath(), .problem = problem};
    QString moveError;
    if (DamagedFile::exists(path)) {
        // A program that holds the old file locked deletes "<path>-wal" and "-shm" by name when it closes
        // it, which would be the new store's: that one keeps no such files until the next start.
        const auto journal = store->wasLocked() ? SandboxStore::Journal::Rollback : SandboxStore::Journal::WriteAhead;
        m_recovery.movedTo = DamagedFile::setAside(path, {.companions = DamagedFile::sqliteCompanions()}, &moveError);
        QString again;
        if (!m_recovery.movedTo.isEmpty() && store->open(path, &again, journal))
            return store;
        if (!again.isEmpty())
            moveError = tr("a new file cannot be made there either: %1").arg(again);
    } else {
        moveError = tr("it cannot be found to be moved aside");
    }
    if (!options.memoryWhenUnusable) {
        m_recovery = {};
        return fail(tr("The data file %1 cannot be used: %2; %3.").arg(path, problem, moveError));
    }
    m_recovery.inMemory = true;
    QString memoryError;
    if (!store->open(QString(), &memoryError)) {
        m_recovery = {};
        return fail(tr("The data file %1 cannot be used: %2; nor can memory: %3.").arg(path, problem, memoryError));
    }
    return store;
}

bool SandboxServer::seed(SandboxStore &store, const Options &options, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QJsonObject> assistants;
    if (options.seedCount >= 0) {
        assistants = SandboxGenerator().generate(options.seedCount);
    } else if (store.isEmpty()) {
        assistants = SandboxData::sampleAssistants();
        for (QJsonObject &assistant : assistants)
            assistant = SandboxAssistants::completed(assistant, now);
    } else if (store.openedVersion() == 1) {
        // A file from before phone numbers: its assistants stay, the sample numbers join them.
        QStringList ids;
        for (const SandboxStore::Entry &entry : store.entries())
            ids.append(entry.id);
        return store.replacePhoneNumbers(SandboxPhoneNumbers::samples(ids), error);
    } else {
        return true;
    }
    QStringList ids;
    for (const QJsonObject &assistant : std::as_const(assistants))
        ids.append(assistant.value(u"id").toString());
    // The sample numbers come with the sample (or generated) assistants, routed to them.
    return store.replaceAll(assistants, error) && store.replacePhoneNumbers(SandboxPhoneNumbers::samples(ids), error);
}

void SandboxServer::stop()
{
    if (m_http) {
        m_http->closeAll();
        m_http->deleteLater();
        m_http = nullptr;
    }
    m_api.reset();
    m_store.reset();
}

bool SandboxServer::isRunning() const
{
    return m_http != nullptr;
}

quint16 SandboxServer::port() const
{
    return m_http ? m_http->port() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    if (!m_http)
        return {};
    QHostAddress host = m_http->address();
    // A server on every interface is still reached through loopback.
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/api"));
    return url;
}

QString SandboxServer::apiKey() const
{
    return m_apiKey;
}

void SandboxServer::addFault(const SandboxFault &fault)
{
    m_faults.append(fault);
}

void SandboxServer::clearFaults()
{
    m_faults.clear();
}

QList<SandboxFault> SandboxServer::faults() const
{
    return m_faults;
}

QList<SandboxRequestRecord> SandboxServer::requests() const
{
    return m_requests;
}

void SandboxServer::clearRequests()
{
    m_requests.clear();
}

void SandboxServer::record(const SandboxRequestRecord &request)
{
    if (isControl(request))
        return;
    m_requests.append(request);
    emit requestReceived(request);
}

std::optional<SandboxFault> SandboxServer::takeFault(const SandboxRequestRecord &request)
{
    // The control endpoints are never faulted: a catch-all fault must not lock out its own removal.
    if (isControl(request))
        return std::nullopt;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SandboxFault &fault = m_faults[i];
        if (!matches(fault, request))
            continue;
        const SandboxFault hit = fault;
        if (fault.times > 0 && --fault.times == 0)
            m_faults.removeAt(i);
        emit faultTaken(request, hit);
        return hit;
    }
    return std::nullopt;
}

SandboxReply SandboxServer::handle(const SandboxRequestRecord &request)
{
    const std::optional<SandboxReply> refusal = authenticationFailure(request);
    const bool anyKey = SandboxAccount::answersWithoutKey(request);
    if (refusal && !anyKey)
        return *refusal;
    if (!m_api)
        return SandboxReply::error(503, tr("The sandbox server is stopping."));
    if (isControl(request))
        return handleControl(request);
    const SandboxReply reply = m_api->handle(request, !refusal);
    emit requestAnswered(request, reply.status, reply.body);
    return reply;
}

std::optional<SandboxReply> SandboxServer::authenticationFailure(const SandboxRequestRecord &request) const
{
    // Says what is wrong with what was sent; where a key comes from is the client's business (an app's
    // settings, a script's environment), which this server knows nothing of.
    const QByteArray authorization = request.header("Authorization").trimmed();
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray scheme = space < 0 ? authorization : authorization.left(space);
    const QByteArray key = space < 0 ? QByteArray() : authorization.mid(space + 1).trimmed();
    QString message;
    QByteArray challenge = "Bearer realm=\"revox-sandbox\"";
    if (authorization.isEmpty())
        message = tr("No API key was sent: send the header “Authorization: Bearer <key>”.");
    else if (scheme.compare("Bearer", Qt::CaseInsensitive) != 0)
        message = tr("The Authorization header uses the “%1” scheme; send “Authorization: Bearer <key>”.")
                      .arg(QString::fromLatin1(scheme.left(20)));
    else if (key.isEmpty())
        message = tr("The Authorization header has no API key after “Bearer”.");
    else if (key != m_apiKey.toUtf8())
        message = tr("The API key is not valid for this server.");
    else
        return std::nullopt;
    if (!key.isEmpty()) // RFC 6750 3.1: a key was presented and refused
        challenge += ", error=\"invalid_token\"";
    SandboxReply reply = SandboxReply::error(401, message);
    reply.addHeader("WWW-Authenticate", challenge);
    return reply;
}

SandboxReply SandboxServer::handleControl(const SandboxRequestRecord &request)
{
    const QString what = request.path.mid(kControlPrefix.size());
    const QString &method = request.method;
    const auto faultList = [this] {
        QJsonArray list;
        for (const SandboxFault &fault : std::as_const(m_faults))
            list.append(fault.toJson());
        return list;
    };

    if (what == u"faults") {
        if (method == u"GET")
            return SandboxReply::json(200, {{QStringLiteral("faults"), faultList()}});
        if (method == u"DELETE") {
            clearFaults();
            return SandboxReply::json(200, {{QStringLiteral("success"), true}});
        }
        if (method == u"POST") {
            const QJsonDocument document = QJsonDocument::fromJson(request.body);
            if (!document.isObject())
                return SandboxReply::error(400, tr("The body must be a JSON object describing one fault."));
            QString error;
            const std::optional<SandboxFault> fault = SandboxFault::fromJson(document.object(), &error);
            if (!fault)
                return SandboxReply::error(400, error);
            addFault(*fault);
            return SandboxReply::json(
                200, {{QStringLiteral("fault"), fault->toJson()}, {QStringLiteral("faults"), faultList()}});
        }
    } else if (what == u"requests") {
        if (method == u"GET") {
            QJsonArray list;
            for (const SandboxRequestRecord &record : std::as_const(m_requests))
                list.append(recordJson(record));
            return SandboxReply::json(200, {{QStringLiteral("requests"), list}});
        }
        if (method == u"DELETE") {
            clearRequests();
            return SandboxReply::json(200, {{QStringLiteral("success"), true}});
        }
    } else {
        return SandboxReply::error(404, tr("Not found."));
    }
    SandboxReply reply = SandboxReply::error(405, tr("Method not allowed."));
    reply.addHeader("Allow", what == u"faults" ? "GET, POST, DELETE" : "GET, DELETE");
    return reply;
}
