// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUndoCommand>

class EditorDocument;

// One undo step of the editor: the whole assistant before and after, which is small enough and
// cannot get out of step with the widgets the way a per-field inverse could.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(EditorDocument *document, const QJsonObject &before, const QJsonObject &after, const QString &field,
                bool mergeable, const QString &text);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    QString field() const { return m_field; }

private:
    EditorDocument *m_document;
    QJsonObject m_before;
    QJsonObject m_after;
    QString m_field;
    bool m_mergeable;
};
