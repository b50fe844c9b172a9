// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

// export FILE [ID…]: assistants of the connection into one bundle (AssistantBundle).
class ExportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString syntax() const override { return QStringLiteral("FILE [ID…]"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int maxArguments() const override { return -1; }
    int run(CliContext &context) override;
};
