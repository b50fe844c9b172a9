// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// Where the built-in sandbox answers, once it runs. An empty URL: it could not start.
struct SandboxEndpoint
{
    QUrl baseUrl;
    QString apiKey;
    QString startError;
    QString recovery; // what was done about a data file it could not use (SandboxRecovery::message())
};
