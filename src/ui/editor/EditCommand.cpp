// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCommand.h"

#include "EditorDocument.h"

namespace {

constexpr int kTypingId = 0x5245; // any id != -1 lets QUndoStack offer the next command to mergeWith()

} // namespace

EditCommand::EditCommand(EditorDocument *document, const QJsonObject &before, const QJsonObject &after,
                         const QString &field, bool mergeable, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(before)
    , m_after(after)
    , m_field(field)
    , m_mergeable(mergeable)
{ }

void EditCommand::undo()
{
    m_document->restore(m_before, m_field);
}

void EditCommand::redo()
{
    // On push the document already shows `after`; restore() is then a no-op.
    m_document->restore(m_after, m_field);
}

int EditCommand::id() const
{
    return m_mergeable ? kTypingId : -1;
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditCommand *>(other);
    if (!m_mergeable || !next->m_mergeable || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    // Typed and erased again: the step changes nothing, and QUndoStack drops it.
    setObsolete(m_after == m_before);
    return true;
}
