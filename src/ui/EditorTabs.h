// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QTabWidget>

class Assistant;
class AssistantEditor;
class Prompter;
class QSettings;

// The window's tabs: the assistant list first (it cannot be closed), then one editor per open assistant.
// Opens and focuses editors, and asks before unsaved edits would be lost.
class EditorTabs : public QTabWidget
{
    Q_OBJECT

public:
    // `settings` goes to each editor (the review dialog's choice); `prompter` asks before edits are lost.
    EditorTabs(QWidget *listPage, QSettings *settings, Prompter *prompter, QWidget *parent = nullptr);

    QList<AssistantEditor *> editors() const;
    QStringList openIds() const;
    AssistantEditor *editorFor(const QString &id) const;

    // Focuses the assistant's editor, or opens a new one on `base`.
    AssistantEditor *open(const Assistant &base);
    // Asks before unsaved edits go away (quit, switching connection); true when none would or the user agreed.
    bool confirmDiscardingEdits(const QString &what);
    // Closes a tab, asking first when its editor has unsaved changes (save, discard or cancel).
    void closeTab(int index);
    // Closes without asking.
    void closeEditor(AssistantEditor *editor);
    void closeAllEditors();
    // A save ended: a tab that waits for it (closeTab's "Save…") closes when nothing is left unsaved.
    void saveFinished(AssistantEditor *editor, bool succeeded);

signals:
    void editorOpened(AssistantEditor *editor);
    // Before the editor goes: its edits were saved, or the user chose to discard them.
    void editorClosing(AssistantEditor *editor);

private:
    QSettings *m_settings;
    Prompter *m_prompter;
    QSet<AssistantEditor *> m_closeAfterSave;
};
