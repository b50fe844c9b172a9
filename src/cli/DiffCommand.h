// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

// diff DIR [ID…]: what apply would send, per assistant and field by field (CliPlan).
class DiffCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override;
    QString syntax() const override { return QStringLiteral("DIR [ID…]"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int maxArguments() const override { return -1; }
    int run(CliContext &context) override;
};
