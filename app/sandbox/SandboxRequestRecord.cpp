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
