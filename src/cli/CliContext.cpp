// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "CliCommand.h"

#include "core/RevoxCall.h"
#include "core/RevoxClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)
};

} // namespace

CliContext::CliContext(QCommandLineParser &parser, const QStringList &arguments, const CliConnection::Choice &choice,
                       CliOutput &output)
    : m_parser(parser)
    , m_arguments(arguments)
    , m_choice(choice)
    , m_output(output)
{ }

int CliContext::connect()
{
    QString error;
    switch (m_connection.open(m_choice, &error)) {
    case CliConnection::Failure::None:
        return CliExit::done;
    case CliConnection::Failure::Usage:
        m_output.error(error);
        return CliExit::usage;
    case CliConnection::Failure::Unreachable:
        m_output.error(error);
        return CliExit::unreachable;
    }
    return CliExit::unreachable;
}

void CliContext::await(RevoxCall *call, const std::function<void(RevoxCall *)> &onFinished)
{
    QEventLoop loop;
    QObject::connect(call, &RevoxCall::finished, &loop, [&loop, call, &onFinished] {
        onFinished(call);
        loop.quit();
    });
    loop.exec();
}

std::optional<QList<ListedAssistant>> CliContext::listAssistants(ListedAssistant::Form form, int *status)
{
    std::optional<QList<ListedAssistant>> list;
    ApiError error;
    await(m_connection.client().listAssistantItems(form), [&](RevoxCall *call) {
        if (call->succeeded())
            list = call->listed();
        else
            error = call->error();
    });
    if (!list) {
        m_output.error(Text::tr("cannot list the assistants of %1: %2").arg(m_connection.name(), error.message()));
        *status = exitStatusFor(error);
    }
    return list;
}

int CliContext::exitStatusFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return CliExit::done;
    case ApiError::Kind::Http: {
        const int status = error.httpStatus();
        return status == 401 || status == 403 || status == 429 || status >= 500 ? CliExit::unreachable
                                                                                : CliExit::problems;
    }
    case ApiError::Kind::Invalid:
    case ApiError::Kind::Aborted:
        return CliExit::problems;
    default:
        return CliExit::unreachable;
    }
}

bool CliContext::confirmProduction(bool yes, const QString &what)
{
    if (yes || !m_connection.isProduction())
        return true;
    const QString name = m_connection.name();
    if (isatty(fileno(stdin)) != 1) {
        m_output.error(Text::tr("“%1” is a production connection and there is no terminal to ask: add --yes to %2 "
                                "without the question")
                           .arg(name, what));
        return false;
    }
    QTextStream(stderr) << Text::tr("“%1” is a production connection. Type its name to %2: ").arg(name, what)
                        << Qt::flush;
    const QString answer = QTextStream(stdin).readLine().trimmed();
    if (answer != name) {
        m_output.error(Text::tr("not confirmed: nothing was sent"));
        return false;
    }
    return true;
}
