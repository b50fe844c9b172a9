// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

// validate DIR: offline, the editor's rules on every file (FolderState::check), as "file: field: rule".
class ValidateCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    QString syntax() const override { return QStringLiteral("DIR"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    bool connects() const override { return false; }
    int run(CliContext &context) override;
};
