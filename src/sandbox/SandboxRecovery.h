// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What the sandbox did about a data file it could not use: which file, what was wrong with it, and where
// it is now. Empty when the file was fine.
struct SandboxRecovery
{
    QString dataPath; // the file that could not be used
    QString problem; // what is wrong with it, in words ("it is not a SQLite database (…)")
    QString movedTo; // where it was moved; empty when it could not be
    bool inMemory = false; // no usable file: the sandbox keeps its data in memory for this session

    bool isEmpty() const { return dataPath.isEmpty(); }
    // One paragraph for people that names both files and says what happens now.
    QString message() const;
};
