// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// One problem found in a folder of assistant files, as the command-line tool reports it: "file: field: rule".
struct FolderIssue
{
    QString file; // relative to the folder: "brightsmile-dental--4f1c….json"
    QString field; // concrete path ("voice.speed"); empty when the problem is the whole file
    QString message; // for people; names the rule

    QString text() const
    {
        if (field.isEmpty())
            return file + QStringLiteral(": ") + message;
        return file + QStringLiteral(": ") + field + QStringLiteral(": ") + message;
    }
    friend bool operator==(const FolderIssue &, const FolderIssue &) = default;
};
