// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantComparison.h"

#include "AssistantPatch.h"

AssistantComparison::AssistantComparison(const Assistant &left, const Assistant &right)
{
    const auto add = [&](const QString &key, const QString &label, FieldPage page) {
        Row row;
        row.key = key;
        row.label = label;
        row.page = page;
        row.left = left.json().value(key);
        row.right = right.json().value(key);
        row.differs = AssistantPatch::differs(left, right, key) || AssistantPatch::differs(right, left, key);
        m_rows.append(row);
    };
    for (const FieldSpec *spec : AssistantSchema::topLevelFields()) {
        if (!spec->readOnly)
            add(spec->path, spec->displayLabel(), spec->page);
    }
    QStringList unknown = left.unknownKeys();
    for (const QString &key : right.unknownKeys()) {
        if (!unknown.contains(key))
            unknown.append(key);
    }
    for (const QString &key : std::as_const(unknown)) {
        if (!AssistantSchema::isReadOnlyKey(key))
            add(key, key, FieldPage::Advanced);
    }
}

int AssistantComparison::differenceCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.differs; }));
}

Assistant AssistantComparison::withField(const Assistant &to, const Assistant &from, const QString &key)
{
    Assistant result = to;
    if (from.contains(key))
        result.setValue(key, AssistantSchema::writableValue(key, from.value(key)));
    else
        result.remove(key);
    return result;
}
