// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keeps the process's memory, where API keys and tool credentials sit in clear while the app runs, out of
// what a crash leaves behind: no core file (nor systemd-coredump, apport or a desktop crash reporter, which
// all start from one), and no other process of the user may attach to read it. Unix only; elsewhere a no-op.
namespace CrashPrivacy {

// Call once, early in main(). Set REVOX_ALLOW_CORE_DUMPS=1 to debug a crash with a core file.
void keepMemoryOutOfCrashDumps();
// Whether the process is set up so (for tests and --version style diagnostics).
bool isMemoryKeptOutOfCrashDumps();

} // namespace CrashPrivacy
