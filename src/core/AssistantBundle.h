// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"
#include "FolderIssue.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// One file that carries assistants from one account to another (export, import; the app's File ▸ Export
// selected… and Import… are to use the same): {"format": "revox-studio-bundle", "version": 1, "assistants":
// [...]}, each assistant in CanonicalJson's order without the fields the server owns. Secret values travel
// in clear unless redacted: each then becomes {"$redacted": "tool “x”, header “y”"}, a marker reading()
// reports and never turns into a value, so an import refuses that assistant until someone fills it in.
namespace AssistantBundle {

QString format(); // "revox-studio-bundle"
QString redactedKey(); // "$redacted"

QByteArray write(const QList<Assistant> &assistants, bool redactSecrets);
// Whether any assistant holds a secret value (a bundle with them must be kept private).
bool holdsSecrets(const QList<Assistant> &assistants);
// write() into `path`, readable by its owner only (0600): it may hold secrets, and prompts are the user's
// business. Through a temporary file, so that a failure leaves what was there; false, with why in *error.
bool save(const QString &path, const QList<Assistant> &assistants, bool redactSecrets, QString *error);

// A secret redacted on export, waiting for its value.
struct Redacted
{
    QString path; // in the assistant: "custom_tools[0].headers[1].value"
    QString description; // for people: "tool “book_slot”, header “Authorization”"
    QString field; // the issue's field: "assistants[2].custom_tools[0].headers[1].value"
};

struct Entry
{
    Assistant assistant; // writable fields; a redacted secret as a withheld SecretPlaceholder (never sent)
    QList<FolderIssue> issues; // what stops importing it: a redacted secret, a value that is not text
    QList<Redacted> redacted; // each with its issue
};

struct Read
{
    QList<Entry> entries;
    QList<FolderIssue> issues; // the file itself: not JSON, not a bundle, an item that is not an object
};

Read read(const QByteArray &bytes, const QString &fileName);

// Puts `value` where the entry's redacted secret at `path` is (the app's Import… asks for it), and drops its
// issue; an empty value leaves it redacted. False when no redacted secret is at `path`.
bool fill(Entry &entry, const QString &path, const QString &value);

} // namespace AssistantBundle
