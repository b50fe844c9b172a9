// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FolderIssue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct SecretLocation;

// One assistant as files for git: "<name>--<id>.json" and, beside it, "<name>--<id>.prompt.md" with the
// prompt, so that a prompt change diffs line by line. The JSON is CanonicalJson (catalogue order, unknown keys
// sorted after the known ones, two-space indent, LF, final newline) without the fields the server owns
// (organization, timestamps, counts; the id stays: it says which assistant the file is). A secret field holds
// no value but a reference, {"$secret": "NAME"}, which no Revox {{variable}} template can look like; the
// value is kept apart (AssistantFolder's private secrets file) and read back as SecretPlaceholder::reference.
namespace AssistantFile {

QString jsonSuffix(); // ".json"
QString promptSuffix(); // ".prompt.md"
QString referenceKey(); // "$secret"

// "brightsmile-dental-reminders--4f1c…": the name in lowercase ASCII words joined by '-' (at most 60
// characters; "assistant" when nothing is left), then the id with anything but [A-Za-z0-9_-] replaced.
QString stemFor(const QString &name, const QString &id);
// The end of every stem of `id` ("--4f1c…"): which assistant a file is, going by its name alone.
QString stemSuffixFor(const QString &id);
// That end of `stem`, from its first "--" (a slug never holds two dashes in a row); empty when it has none.
QString stemSuffixOf(const QString &stem);
// The reference pull gives a secret: "<id>/custom_tools/book_slot/headers/Authorization". Stable
// across pulls and list reorders (built from SecretLocation::identity).
QString referenceName(const QString &assistantId, const SecretLocation &where);

struct Content
{
    QByteArray json;
    // The .prompt.md file; none when the assistant has no prompt text, or one that would not read back the same.
    std::optional<QByteArray> prompt;
};

// `assistant`: the JSON to keep, each secret already a SecretPlaceholder::reference (or empty).
Content render(const QJsonObject &assistant);
// What the files of render(assistant) read back as (parse): `assistant` without the fields the server owns.
QJsonObject kept(const QJsonObject &assistant);

struct Parsed
{
    std::optional<QJsonObject> json; // with the prompt and each reference as a SecretPlaceholder string
    QList<FolderIssue> issues; // `file` is jsonFile or promptFile; nothing was read when json is empty
};

// Reads what render() writes — parse(render(x)) is x — and what people make of it: a prompt file with CRLF
// line endings (read with LF), a byte-order mark, keys in any order, a new file without an id. Malformed JSON, a file
// that is not one object, an id that is not text, the prompt in both files, a reference where no secret belongs or a
// malformed one: each an issue naming the file and the field, and no JSON.
Parsed parse(const QByteArray &json, const std::optional<QByteArray> &prompt, const QString &jsonFile,
             const QString &promptFile);

} // namespace AssistantFile
