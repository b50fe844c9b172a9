// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalRevert.h"

#include "core/AssistantPatch.h"
#include "core/AssistantSchema.h"
#include "core/SecretFields.h"
#include "core/SecretPlaceholder.h"
#include "core/SecretSealer.h"

namespace {

// Keys in the catalogue's order (the editor's), unknown ones last.
QStringList ordered(QStringList keys)
{
    QStringList result;
    for (const FieldSpec *spec : AssistantSchema::topLevelFields()) {
        if (keys.removeAll(spec->path))
            result.append(spec->path);
    }
    return result + keys;
}

// Digests back to values, from whichever copy holds them.
QJsonObject rehydrated(const SecretSealer &sealer, QJsonObject values, const QList<QJsonObject> &copies)
{
    for (const QJsonObject &copy : copies)
        values = sealer.rehydrated(values, copy);
    return values;
}

} // namespace

Assistant JournalRevert::Plan::mergeBase(const Assistant &base) const
{
    Assistant result = base;
    for (const QString &key : keys) {
        if (assumed.contains(key))
            result.setValue(key, assumed.value(key));
        else
            result.remove(key);
    }
    return result;
}

JournalRevert::Plan JournalRevert::revert(const JournalEntry &entry, const Assistant &base, const Assistant &edited,
                                          const SecretSealer &sealer)
{
    return undo({entry}, base, edited, sealer);
}

JournalRevert::Plan JournalRevert::restoreAsOf(const QList<JournalEntry> &later, const Assistant &base,
                                               const Assistant &edited, const SecretSealer &sealer)
{
    return undo(later, base, edited, sealer);
}

JournalRevert::Plan JournalRevert::undo(const QList<JournalEntry> &changes, const Assistant &base,
                                        const Assistant &edited, const SecretSealer &sealer)
{
    Plan plan;
    plan.edited = edited;
    QJsonObject targets; // the value before the first change of each field
    QJsonObject assumed; // the value after the last one
    QStringList keys;
    for (const JournalEntry &change : changes) {
        if (!change.changesFields())
            continue;
        plan.entryIds.append(change.id);
        for (const QString &key : change.fields) {
            if (AssistantSchema::isReadOnlyKey(key))
                continue;
            if (!keys.contains(key)) {
                keys.append(key);
                if (change.before.contains(key))
                    targets.insert(key, change.before.value(key));
            }
            if (change.after.contains(key))
                assumed.insert(key, change.after.value(key));
            else
                assumed.remove(key);
        }
    }
    targets = rehydrated(sealer, targets, {edited.json(), base.json()});
    plan.assumed = rehydrated(sealer, assumed, {base.json(), edited.json()});

    // A secret whose old value cannot come back keeps what the editor holds there now, when it holds one.
    const QHash<QString, QString> current = SecretFields::byIdentity(edited.json());
    targets = SecretFields::replaced(targets, [&](const SecretLocation &where, const QString &value) {
        if (!SecretPlaceholder::isPlaceholder(value))
            return value;
        if (!plan.unrestored.contains(where.description))
            plan.unrestored.append(where.description);
        const auto now = current.constFind(where.identity);
        return now != current.constEnd() ? *now : value;
    });

    for (const QString &key : ordered(keys)) {
        Assistant candidate = plan.edited;
        if (targets.contains(key))
            candidate.setValue(key, targets.value(key));
        else
            candidate.remove(key);
        if (!AssistantPatch::differs(plan.edited, candidate, key))
            continue; // the editor holds that value already
        plan.edited = candidate;
        plan.keys.append(key);
    }
    for (const QString &key : assumed.keys()) {
        if (!plan.keys.contains(key))
            plan.assumed.remove(key);
    }
    return plan;
}
