// SPDX-License-Identifier: GPL-3.0-or-later
// revox-sandbox: the Revox-compatible sandbox server on its own, for manual testing and scripts.
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTextStream>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RevoxSandbox)
};

int fail(const QString &message)
{
    QTextStream(stderr) << "revox-sandbox: " << message << Qt::endl;
    return 2;
}

std::optional<QHostAddress> bindAddress(const QString &text)
{
    if (text.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(text))
        return std::nullopt;
    return address;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("revox-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REVOX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("A local server that speaks the Revox assistants API (base path /api), with SQLite persistence and "
                 "fault injection, for trying Revox Studio and for tests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        Text::tr("TCP port to listen on (default 8787; 0 picks one)."), Text::tr("N"),
                                        QStringLiteral("8787"));
    const QCommandLineOption bindOption(QStringLiteral("bind"), Text::tr("Address to listen on (default 127.0.0.1)."),
                                        Text::tr("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption remoteOption(QStringLiteral("allow-remote"),
                                          Text::tr("Allow --bind to a non-loopback address. The sandbox has no real "
                                                   "security: only do this on a trusted network."));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        Text::tr("SQLite file holding the assistants (default: sandbox.sqlite in the "
                                                 "user's data directory; \":memory:\" keeps nothing)."),
                                        Text::tr("FILE"));
    const QCommandLineOption keyOption(QStringLiteral("api-key"),
                                       Text::tr("Bearer token clients must send (default: $REVOX_API_KEY, else "
                                                "\"sandbox\")."),
                                       Text::tr("KEY"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        Text::tr("Replace the stored assistants with N generated ones. Without it, an "
                                                 "empty store gets the shipped sample set."),
                                        Text::tr("N"));
    const QCommandLineOption resetOption(
        QStringLiteral("reset-bad-data"),
        Text::tr("When the data file cannot be used (not a database, damaged, another program's, unreadable, locked), "
                 "keep it under a name with the time next to it and start afresh with the sample data. Without it the "
                 "sandbox refuses to start."));
    const QCommandLineOption callSecondsOption(
        QStringLiteral("call-seconds"),
        Text::tr("How long a simulated call (POST /call) takes from placed to completed, in seconds (default 8)."),
        Text::tr("SECONDS"), QStringLiteral("8"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        Text::tr("Arm a fault, as JSON, e.g. '{\"kind\":\"rateLimit\",\"retryAfter\":\"2\",\"times\":3}'. Repeatable. "
                 "Kinds: delay status rateLimit drop reset truncate stallBeforeHeaders stallMidBody slowBody "
                 "malformedJson htmlError wrongContentType redirect oversized ignoreField (with \"field\")."),
        Text::tr("JSON"));
    parser.addOptions({portOption, bindOption, remoteOption, dataOption, resetOption, keyOption, seedOption,
                       callSecondsOption, faultOption});
    parser.process(app);

    SandboxServer::Options options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(Text::tr("--port must be a number from 0 to 65535."));
    options.port = quint16(port);

    const std::optional<QHostAddress> address = bindAddress(parser.value(bindOption));
    if (!address)
        return fail(Text::tr("--bind: \"%1\" is not an IP address.").arg(parser.value(bindOption)));
    if (!address->isLoopback() && !parser.isSet(remoteOption))
        return fail(Text::tr("--bind %1 is not a loopback address; add --allow-remote if you really mean it.")
                        .arg(address->toString()));
    options.address = *address;

    if (parser.isSet(dataOption)) {
        options.dataPath = parser.value(dataOption);
        if (options.dataPath == u":memory:")
            options.dataPath.clear();
    } else {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (!QDir().mkpath(dir))
            return fail(Text::tr("Cannot create the data directory %1.").arg(dir));
        options.dataPath = dir + QStringLiteral("/sandbox.sqlite");
    }

    options.apiKey = parser.isSet(keyOption) ? parser.value(keyOption) : qEnvironmentVariable("REVOX_API_KEY");

    if (parser.isSet(seedOption)) {
        options.seedCount = parser.value(seedOption).toInt(&ok);
        if (!ok || options.seedCount < 0)
            return fail(Text::tr("--seed must be a number of assistants, 0 or more."));
    }

    options.callSeconds = parser.value(callSecondsOption).toDouble(&ok);
    if (!ok || !(options.callSeconds >= 0.1 && options.callSeconds <= 3600))
        return fail(Text::tr("--call-seconds must be a number of seconds from 0.1 to 3600."));
    if (parser.isSet(resetOption))
        options.badData = SandboxServer::Options::BadData::MoveAside;

    SandboxServer server;
    for (const QString &json : parser.values(faultOption)) {
        QString error;
        const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
        const std::optional<SandboxFault> fault
            = document.isObject() ? SandboxFault::fromJson(document.object(), &error) : std::nullopt;
        if (!fault)
            return fail(
                Text::tr("--fault %1: %2").arg(json, document.isObject() ? error : Text::tr("not a JSON object.")));
        server.addFault(*fault);
    }

    QString error;
    if (!server.start(options, &error)) {
        if (options.badData == SandboxServer::Options::BadData::Refuse && !options.dataPath.isEmpty()
            && QFileInfo::exists(options.dataPath))
            error += u' '
                + Text::tr("It was left as it is; start with --reset-bad-data to keep it aside and start afresh.");
        return fail(error);
    }
    if (const SandboxRecovery recovery = server.recovery(); !recovery.isEmpty())
        QTextStream(stderr) << "revox-sandbox: " << recovery.message() << Qt::endl;

    QTextStream out(stdout);
    out << Text::tr("Revox sandbox listening on %1").arg(server.baseUrl().toString()) << Qt::endl
        << Text::tr("API key: %1").arg(server.apiKey()) << Qt::endl
        << Text::tr("Data: %1")
               .arg(options.dataPath.isEmpty() ? Text::tr("in memory, discarded on exit")
                                               : QFileInfo(options.dataPath).absoluteFilePath())
        << Qt::endl;
    for (const SandboxFault &fault : server.faults())
        out << Text::tr("Fault armed: %1")
                   .arg(QString::fromUtf8(QJsonDocument(fault.toJson()).toJson(QJsonDocument::Compact)))
            << Qt::endl;
    return app.exec();
}
