// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrashPrivacy.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace CrashPrivacy {

void keepMemoryOutOfCrashDumps()
{
    if (qEnvironmentVariableIntValue("REVOX_ALLOW_CORE_DUMPS") == 1)
        return;
#ifdef Q_OS_UNIX
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
#ifdef Q_OS_LINUX
    // Also what makes /proc/<pid>/mem and ptrace refuse other processes of the same user.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

bool isMemoryKeptOutOfCrashDumps()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0)
        return false;
#endif
#ifdef Q_OS_LINUX
    if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
        return false;
#endif
    return true;
}

} // namespace CrashPrivacy
