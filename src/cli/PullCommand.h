// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

// pull DIR [--match TEXT] [ID…]: the server's assistants into files (AssistantFolder), merged with what was
// changed here since the last pull; nothing rewritten that stays the same.
class PullCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("pull"); }
    QString summary() const override;
    QString syntax() const override { return QStringLiteral("DIR [ID…]"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int maxArguments() const override { return -1; }
    int run(CliContext &context) override;
};
