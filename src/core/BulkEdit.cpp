// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkEdit.h"

#include "AssistantPatch.h"
#include "AssistantSchema.h"

#include <QCoreApplication>
#include <QJsonArray>

QStringList BulkEdit::problems() const
{
    QStringList problems;
    for (const BulkOperation &operation : m_operations) {
        if (const QString problem = operation.problem(); !problem.isEmpty())
            problems.append(problem);
    }
    return problems;
}

QStringList BulkEdit::touchedKeys() const
{
    QStringList keys;
    for (const FieldSpec *spec : AssistantSchema::topLevelFields()) {
        for (const BulkOperation &operation : m_operations) {
            if (operation.topLevelKey() == spec->path) {
                keys.append(spec->path);
                break;
            }
        }
    }
    return keys;
}

Assistant BulkEdit::appliedTo(const Assistant &assistant) const
{
    const QJsonObject before = assistant.json();
    QJsonObject after = before;
    bool changed = false;
    for (const BulkOperation &operation : m_operations)
        changed = operation.applyTo(after) || changed;
    if (!changed)
        return assistant;
    // Where the outcome means what the assistant held, its own JSON stays, byte for byte.
    const Assistant result(after);
    for (const QString &key : touchedKeys()) {
        if (AssistantPatch::differs(assistant, result, key))
            continue;
        if (before.contains(key))
            after.insert(key, before.value(key));
        else
            after.remove(key);
    }
    return Assistant(after);
}

QStringList BulkEdit::descriptions() const
{
    QStringList lines;
    for (const BulkOperation &operation : m_operations)
        lines.append(operation.description());
    return lines;
}

QJsonObject BulkEdit::toJson() const
{
    QJsonArray operations;
    for (const BulkOperation &operation : m_operations)
        operations.append(operation.toJson());
    return {{QStringLiteral("operations"), operations}};
}

std::optional<BulkEdit> BulkEdit::fromJson(const QJsonObject &json, QString *error)
{
    if (!json.value(u"operations").isArray()) {
        if (error)
            *error = QCoreApplication::translate("BulkEdit", "A bulk edit needs a list of “operations”.");
        return std::nullopt;
    }
    BulkEdit edit;
    for (const QJsonValue &item : json.value(u"operations").toArray()) {
        const std::optional<BulkOperation> operation = BulkOperation::fromJson(item.toObject(), error);
        if (!operation)
            return std::nullopt;
        edit.append(*operation);
    }
    return edit;
}
