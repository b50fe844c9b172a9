// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliConnection.h"
#include "CliOutput.h"

#include "core/ApiError.h"
#include "core/ListedAssistant.h"

#include <QCommandLineParser>
#include <QList>
#include <QStringList>

#include <optional>

class RevoxCall;

// What a command works with: its parsed options and arguments, the output, and the connection once opened.
class CliContext
{
public:
    CliContext(QCommandLineParser &parser, const QStringList &arguments, const CliConnection::Choice &choice,
               CliOutput &output);

    QCommandLineParser &parser() { return m_parser; }
    const QStringList &arguments() const { return m_arguments; } // after the command's name
    CliOutput &out() { return m_output; }

    // Opens the connection; on failure says why and returns the exit status (else CliExit::done).
    int connect();
    CliConnection &connection() { return m_connection; }

    // GET /assistants, waiting for it; nullopt after saying why (*status: the exit status).
    // Form::Parsed for a command that works on nearly every assistant (pull, apply, export), Form::Bytes for one
    // that compares most of them by their bytes (status, diff) or only needs their names (import).
    std::optional<QList<ListedAssistant>> listAssistants(ListedAssistant::Form form, int *status);
    // Runs the event loop until `call` finished, calling `onFinished` in its finished() slot (the call deletes
    // itself right after).
    static void await(RevoxCall *call, const std::function<void(RevoxCall *)> &onFinished);
    // Network, authentication or the server failing (3); anything else the request's own fault (1).
    static int exitStatusFor(const ApiError &error);

    // Before anything is sent to a production connection: asks for its name on the terminal, unless --yes.
    // False (after saying why) when not confirmed; the command then ends with CliExit::usage.
    bool confirmProduction(bool yes, const QString &what);

private:
    QCommandLineParser &m_parser;
    QStringList m_arguments;
    CliConnection::Choice m_choice;
    CliOutput &m_output;
    CliConnection m_connection;
};
