// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveResult.h"

#include "AssistantSchema.h"

#include <QSet>

namespace {

// Puts `key` of `from` into `into` exactly, absence included.
void copyKey(QJsonObject &into, const QJsonObject &from, const QString &key)
{
    if (from.contains(key))
        into.insert(key, from.value(key));
    else
        into.remove(key);
}

QStringList keysOf(std::initializer_list<const QJsonObject *> objects)
{
    QStringList keys;
    QSet<QString> seen;
    for (const QJsonObject *object : objects) {
        for (const QString &key : object->keys()) {
            if (!seen.contains(key)) {
                seen.insert(key);
                keys.append(key);
            }
        }
    }
    return keys;
}

} // namespace

QStringList SaveResult::unstoredKeys() const
{
    QStringList keys;
    for (const Unstored &field : unstored)
        keys.append(field.key);
    return keys;
}

std::optional<Assistant> SaveResult::newBase() const
{
    switch (outcome) {
    case Outcome::Saved:
        return answer;
    case Outcome::NothingToSave:
        return serverCopy;
    case Outcome::Conflict:
    case Outcome::Cancelled:
    case Outcome::Failed:
        break;
    }
    // A failed PATCH after a merge: the merge stays, so the next save does not ask the same questions.
    if (merged && serverCopy && !AssistantPatch::between(base, *serverCopy).isEmpty())
        return serverCopy;
    return std::nullopt;
}

Assistant SaveResult::contentAfter(const Assistant &editedNow) const
{
    const std::optional<Assistant> next = newBase();
    if (!next)
        return editedNow;
    const Assistant &wanted = merged ? *merged : edited;
    const QStringList keptUnsaved = unstoredKeys();
    QJsonObject content = next->json();
    for (const QString &key : keysOf({&content, &wanted.json(), &edited.json(), &editedNow.json()})) {
        if (AssistantSchema::isReadOnlyKey(key))
            continue;
        if (AssistantPatch::differs(edited, editedNow, key))
            copyKey(content, editedNow.json(), key); // typed while the save ran
        else if (!succeeded() || keptUnsaved.contains(key))
            copyKey(content, wanted.json(), key);
    }
    return Assistant(content);
}

QString SaveResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Saved:
        return QStringLiteral("saved");
    case Outcome::NothingToSave:
        return QStringLiteral("nothingToSave");
    case Outcome::Conflict:
        return QStringLiteral("conflict");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}
