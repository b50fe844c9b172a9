// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantPatch.h"

#include "AssistantSchema.h"

#include <QJsonDocument>
#include <QSet>

namespace {

bool isNullable(const QString &key)
{
    const FieldSpec *spec = AssistantSchema::field(key);
    return spec && spec->nullable;
}

} // namespace

AssistantPatch AssistantPatch::between(const Assistant &base, const Assistant &edited)
{
    AssistantPatch patch;
    const QJsonObject &before = base.json();
    const QJsonObject &after = edited.json();

    QStringList keys = after.keys();
    for (const QString &key : before.keys()) {
        if (!after.contains(key))
            keys.append(key);
    }
    for (const QString &key : std::as_const(keys)) {
        if (!differs(base, edited, key))
            continue;
        // A removed key means "cleared"; only a nullable field can say that on the wire.
        patch.m_body.insert(key,
                            after.contains(key) ? AssistantSchema::writableValue(key, after.value(key))
                                                : QJsonValue(QJsonValue::Null));
    }
    return patch;
}

bool AssistantPatch::differs(const Assistant &from, const Assistant &to, const QString &key)
{
    if (AssistantSchema::isReadOnlyKey(key))
        return false;
    const QJsonObject &before = from.json();
    const QJsonObject &after = to.json();
    // The same JSON is the same value: no need to strip read-only members from two copies to see that (a merge
    // and a save ask this of every field, and most fields did not change).
    if (const auto at = after.constFind(key); at != after.constEnd()) {
        if (const auto was = before.constFind(key); was != before.constEnd() && *was == *at)
            return false;
    }
    if (!after.contains(key))
        return before.contains(key) && isNullable(key) && !before.value(key).isNull();
    const QJsonValue newValue = AssistantSchema::writableValue(key, after.value(key));
    if (!before.contains(key))
        return !newValue.isNull();
    return newValue != AssistantSchema::writableValue(key, before.value(key));
}

AssistantPatch AssistantPatch::forCreate(const Assistant &draft)
{
    AssistantPatch patch;
    const QJsonObject &json = draft.json();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (AssistantSchema::isReadOnlyKey(it.key()) || it.value().isNull())
            continue;
        patch.m_body.insert(it.key(), AssistantSchema::writableValue(it.key(), it.value()));
    }
    return patch;
}

QByteArray AssistantPatch::toJson() const
{
    return QJsonDocument(m_body).toJson(QJsonDocument::Compact);
}

Assistant AssistantPatch::appliedTo(const Assistant &base) const
{
    Assistant result = base;
    for (auto it = m_body.constBegin(); it != m_body.constEnd(); ++it)
        result.setValue(it.key(), it.value());
    return result;
}
