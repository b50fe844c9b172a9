// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assistant.h"
#include "core/AssistantPatch.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>

class QUndoStack;

// The assistant one editor works on: the server copy (base), the user's version (edited) and the
// undo history between them. Widgets only read edited(); every change the user makes goes through
// edit(), so nothing is ever written back that the user did not touch.
class EditorDocument : public QObject
{
    Q_OBJECT

public:
    enum class Merge {
        No,
        Typing, // consecutive Typing edits of the same field become one undo step
    };

    explicit EditorDocument(const Assistant &base, QObject *parent = nullptr);
    ~EditorDocument() override;

    const Assistant &base() const { return m_base; }
    const Assistant &edited() const { return m_edited; }
    AssistantPatch patch() const { return AssistantPatch::between(m_base, m_edited); }
    bool isModified() const { return !patch().isEmpty(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Whether the patch would carry this top-level key.
    bool isChanged(const QString &topLevelKey) const;

    // One change by the user in the widget bound to `field` (a catalogue path). `change` edits a copy
    // of edited(); a key that ends up meaning what the base holds gets the base's exact JSON back.
    void edit(const QString &field, const std::function<void(Assistant &)> &change, Merge merge = Merge::No);

    // Takes a new server copy and the content to show on it, as a save decided them (SaveResult::newBase(),
    // contentAfter()) or a refresh of an editor without edits. Nothing is merged here. The undo history is
    // dropped, since its snapshots hold the old server values.
    void reset(const Assistant &base, const Assistant &edited);

    // For EditCommand: shows a snapshot again (undo/redo). No-op when it is already shown.
    void restore(const QJsonObject &json, const QString &field);

signals:
    // After edit(): the widget that made the change already shows it; others may need to follow.
    void changed(const QStringList &topLevelKeys, const QString &field);
    // After undo, redo or reset: every widget must show edited() again. `field` is the one whose
    // change was undone or redone (empty after a reset).
    void reloaded(const QString &field);

private:
    Assistant m_base;
    Assistant m_edited;
    QUndoStack *m_undoStack;
};
