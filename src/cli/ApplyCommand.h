// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

// apply DIR [ID…]: the folder's changes to the server, each assistant through the core's SaveJob (minimal
// PATCH, conflicts settled by a ConflictPolicy) or CreateJob; deletions only with --prune --yes.
class ApplyCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("apply"); }
    QString summary() const override;
    QString syntax() const override { return QStringLiteral("DIR [ID…]"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int maxArguments() const override { return -1; }
    int run(CliContext &context) override;
};
