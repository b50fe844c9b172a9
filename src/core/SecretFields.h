// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Where one secret value sits in an assistant (or a patch body: the same top-level keys).
struct SecretLocation
{
    QString path; // concrete, as Validation and the editor name values: "custom_tools[2].headers[0].value"
    QString catalogPath; // "custom_tools[].headers[].value"
    // The same secret in another copy of the assistant, whatever the order of its lists: items are named
    // by their catalogue namesItem ("custom_tools[\"book_slot\"].headers[\"Authorization\"].value").
    QString identity;
    QString description; // for people: tool “book_slot”, header “Authorization”
};

// Every secret field of an assistant, found by the catalogue's `secret` mark (AssistantSchema), never by a
// list of its own. Only string values are secrets; a value of another type is the validator's business.
namespace SecretFields {

using Visitor = std::function<void(const SecretLocation &where, const QString &value)>;
// Returns what stands in the field instead of `value` (a placeholder, a masked text, the value itself).
using Replacer = std::function<QString(const SecretLocation &where, const QString &value)>;

// Whether this top-level field holds secret fields ("custom_tools").
bool hasSecrets(const QString &topLevelKey);

void visit(const QJsonObject &json, const Visitor &visitor);
QJsonObject replaced(const QJsonObject &json, const Replacer &replacer);
QJsonValue replaced(const QString &topLevelKey, const QJsonValue &value, const Replacer &replacer);

// Every secret value by identity.
QHash<QString, QString> byIdentity(const QJsonObject &json);
// The first secret field that holds a placeholder (SecretPlaceholder), if any: such a body must not be sent.
std::optional<SecretLocation> firstPlaceholder(const QJsonObject &json);

// How a secret value is shown to people, the same everywhere (editor, review, conflict, draft dialogs):
// dots for a value, words for a placeholder.
QString maskedText(const QString &value);
// `value` of a top-level field with every secret in it shown as maskedText().
QJsonValue masked(const QString &topLevelKey, const QJsonValue &value);

// Three-way at the level of one secret, for a field taken from `mine` by a merge: a placeholder in
// `mine` that `base` holds at the same identity is a value the user did not change and that could not
// be restored (the server changed it since the draft was kept); it takes the server's (`theirs`) value.
QJsonValue takeUnchanged(const QString &topLevelKey, const QJsonValue &base, const QJsonValue &mine,
                         const QJsonValue &theirs);

} // namespace SecretFields
