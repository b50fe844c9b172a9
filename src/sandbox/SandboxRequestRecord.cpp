// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxRequestRecord.h"

QByteArray SandboxRequestRecord::headerIn(const QList<QPair<QByteArray, QByteArray>> &list, const QByteArray &name)
{
    for (const auto &[key, value] : list) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool SandboxRequestRecord::closesConnection() const
{
    bool close = false;
    bool keepAlive = false;
    for (const auto &[key, value] : headers) {
        if (key.compare("Connection", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &option : value.split(',')) {
            const QByteArray name = option.trimmed();
            close = close || name.compare("close", Qt::CaseInsensitive) == 0;
            keepAlive = keepAlive || name.compare("keep-alive", Qt::CaseInsensitive) == 0;
        }
    }
    return close || (http10 && !keepAlive);
}
