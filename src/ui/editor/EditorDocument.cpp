// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorDocument.h"

#include "EditCommand.h"
#include "core/AssistantSchema.h"

#include <QSet>
#include <QSignalBlocker>
#include <QUndoStack>

namespace {

QStringList unionOfKeys(const QJsonObject &a, const QJsonObject &b)
{
    QStringList keys = a.keys();
    for (const QString &key : b.keys()) {
        if (!a.contains(key))
            keys.append(key);
    }
    return keys;
}

// Puts `key` of `from` into `into` exactly, absence included.
void copyKey(QJsonObject &into, const QJsonObject &from, const QString &key)
{
    if (from.contains(key))
        into.insert(key, from.value(key));
    else
        into.remove(key);
}

} // namespace

EditorDocument::EditorDocument(const Assistant &base, QObject *parent)
    : QObject(parent)
    , m_base(base)
    , m_edited(base)
    , m_undoStack(new QUndoStack(this))
{ }

EditorDocument::~EditorDocument()
{
    // The commands point back at this document; drop them while it still exists. Quietly: the stack's
    // signals would reach the editor, which is already half destroyed when it deletes its children.
    const QSignalBlocker quiet(m_undoStack);
    m_undoStack->clear();
}

bool EditorDocument::isChanged(const QString &topLevelKey) const
{
    return AssistantPatch::differs(m_base, m_edited, topLevelKey);
}

void EditorDocument::edit(const QString &field, const std::function<void(Assistant &)> &change, Merge merge)
{
    const QJsonObject before = m_edited.json();
    Assistant next = m_edited;
    change(next);

    QJsonObject after = next.json();
    QStringList keys;
    for (const QString &key : unionOfKeys(before, after)) {
        if (before.value(key) == after.value(key) && before.contains(key) == after.contains(key))
            continue;
        keys.append(key);
        // 600 and 600.0, null and absent, a value typed and erased again: the base's own JSON
        // keeps edited() byte-for-byte equal to what the server sent wherever the user changed nothing.
        if (!AssistantPatch::differs(m_base, next, key))
            copyKey(after, m_base.json(), key);
    }
    if (after == before)
        return;

    m_edited = Assistant(after);
    const FieldSpec *spec = AssistantSchema::field(AssistantSchema::catalogPath(field));
    const QString text = spec ? tr("Edit %1").arg(spec->displayLabel()) : tr("Edit");
    m_undoStack->push(new EditCommand(this, before, after, field, merge == Merge::Typing, text));
    emit changed(keys, field);
}

void EditorDocument::reset(const Assistant &base, const Assistant &edited)
{
    m_base = base;
    m_edited = edited;
    m_undoStack->clear();
    emit reloaded(QString());
}

void EditorDocument::restore(const QJsonObject &json, const QString &field)
{
    if (json == m_edited.json())
        return;
    m_edited = Assistant(json);
    emit reloaded(field);
}
