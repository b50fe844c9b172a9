// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorTabs.h"

#include "Prompter.h"
#include "editor/AssistantEditor.h"

#include <QTabBar>

EditorTabs::EditorTabs(QWidget *listPage, QSettings *settings, Prompter *prompter, QWidget *parent)
    : QTabWidget(parent)
    , m_settings(settings)
    , m_prompter(prompter)
{
    setObjectName(QStringLiteral("tabs"));
    setAccessibleName(tr("Assistants and open editors"));
    setDocumentMode(true);
    setTabsClosable(true);
    addTab(listPage, tr("Assistants"));
    tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the list cannot be closed
    tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(this, &QTabWidget::tabCloseRequested, this, &EditorTabs::closeTab);
}

QList<AssistantEditor *> EditorTabs::editors() const
{
    QList<AssistantEditor *> result;
    for (int index = 1; index < count(); ++index) {
        if (auto *editor = qobject_cast<AssistantEditor *>(widget(index)))
            result.append(editor);
    }
    return result;
}

QStringList EditorTabs::openIds() const
{
    QStringList ids;
    for (const AssistantEditor *editor : editors())
        ids.append(editor->assistantId());
    return ids;
}

AssistantEditor *EditorTabs::editorFor(const QString &id) const
{
    for (AssistantEditor *editor : editors()) {
        if (editor->assistantId() == id)
            return editor;
    }
    return nullptr;
}

AssistantEditor *EditorTabs::open(const Assistant &base)
{
    if (AssistantEditor *open = editorFor(base.id())) {
        setCurrentWidget(open);
        return open;
    }
    auto *editor = new AssistantEditor(base, m_settings, this);
    editor->setObjectName(QStringLiteral("editor:%1").arg(base.id()));
    connect(editor, &AssistantEditor::titleChanged, this,
            [this, editor](const QString &title) { setTabText(indexOf(editor), title); });
    const int index = addTab(editor, editor->title());
    setTabToolTip(index, base.id());
    emit editorOpened(editor);
    setCurrentIndex(index);
    return editor;
}

bool EditorTabs::confirmDiscardingEdits(const QString &what)
{
    QStringList names;
    for (AssistantEditor *editor : editors()) {
        if (editor->isModified())
            names.append(editor->base().name());
    }
    if (names.isEmpty())
        return true;
    const Prompter::Question question{
        .id = QStringLiteral("unsavedChanges"),
        .icon = QMessageBox::Warning,
        .title = what,
        .text = tr("%n assistant(s) with unsaved changes:", nullptr, int(names.size())),
        .informativeText = QStringLiteral("• ") + names.join(QStringLiteral("\n• ")) + tr("\n\nDiscard these changes?"),
        .choices = {{QStringLiteral("discardChanges"), tr("Discard Changes"), QMessageBox::DestructiveRole},
                    Prompter::cancelChoice()},
        .defaultChoice = Prompter::cancel};
    return m_prompter->ask(window(), question) == u"discardChanges";
}

void EditorTabs::closeTab(int index)
{
    auto *editor = qobject_cast<AssistantEditor *>(widget(index));
    if (!editor || !editor->isModified()) {
        if (editor)
            closeEditor(editor);
        return;
    }
    const Prompter::Question question{
        .id = QStringLiteral("closeModifiedEditor"),
        .icon = QMessageBox::Warning,
        .title = tr("Close Editor"),
        .text = tr("“%1” has unsaved changes.").arg(editor->base().name()),
        .informativeText = tr("Save them before closing?"),
        .choices = {{QStringLiteral("saveBeforeClosing"), tr("Save…"), QMessageBox::AcceptRole},
                    {QStringLiteral("discardChanges"), tr("Discard Changes"), QMessageBox::DestructiveRole},
                    Prompter::cancelChoice()},
        .defaultChoice = QStringLiteral("saveBeforeClosing")};
    const QString answer = m_prompter->ask(window(), question);
    if (answer == u"discardChanges") {
        closeEditor(editor);
    } else if (answer == u"saveBeforeClosing") {
        setCurrentIndex(index);
        m_closeAfterSave.insert(editor);
        editor->save();
        if (!editor->isSaving()) // nothing sent (problems, or the review was cancelled): stay open
            m_closeAfterSave.remove(editor);
    }
}

void EditorTabs::closeEditor(AssistantEditor *editor)
{
    const int index = indexOf(editor);
    if (index <= 0)
        return;
    m_closeAfterSave.remove(editor);
    emit editorClosing(editor);
    removeTab(index);
    editor->deleteLater();
}

void EditorTabs::closeAllEditors()
{
    for (AssistantEditor *editor : editors())
        closeEditor(editor);
}

void EditorTabs::saveFinished(AssistantEditor *editor, bool succeeded)
{
    if (m_closeAfterSave.remove(editor) && succeeded && !editor->isModified())
        closeEditor(editor);
}
