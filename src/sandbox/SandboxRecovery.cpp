// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxRecovery.h"

#include <QCoreApplication>
#include <QDir>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SandboxRecovery)
};

} // namespace

QString SandboxRecovery::message() const
{
    if (isEmpty())
        return {};
    const QString file = QDir::toNativeSeparators(dataPath);
    const QString moved = QDir::toNativeSeparators(movedTo);
    if (!inMemory)
        return Text::tr("The sandbox's data file %1 could not be used: %2. It was kept as %3, and the sandbox started "
                        "afresh with its sample data.")
            .arg(file, problem, moved);
    if (!movedTo.isEmpty())
        return Text::tr("The sandbox's data file %1 could not be used: %2. It was kept as %3, but no new file could be "
                        "made there: the sandbox keeps its data in memory, and it is lost when the sandbox stops.")
            .arg(file, problem, moved);
    return Text::tr("The sandbox's data file %1 could not be used: %2. It was left where it is, as it could not be "
                    "moved aside: the sandbox keeps its data in memory, and it is lost when the sandbox stops.")
        .arg(file, problem);
}
