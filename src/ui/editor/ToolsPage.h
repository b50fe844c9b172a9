// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorPage.h"

#include "core/AssistantTypes.h"

class KeyValueTable;
class ParameterTable;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

// The custom tools: a list to add, remove and reorder them, and a form for the selected one.
class ToolsPage : public EditorPage
{
    Q_OBJECT

public:
    explicit ToolsPage(EditorDocument *editorDocument, QWidget *parent = nullptr);
    void load() override;
    QWidget *reveal(const QString &concretePath) override;
    void markIssues(const QList<ValidationIssue> &issues, const QList<ValidationIssue> &blocking) override;

    int currentTool() const; // -1 when none is selected
    void selectTool(int index);

signals:
    // Another tool is shown: what the form's problem lines and markers say must follow.
    void selectionChanged();

private:
    QWidget *buildList();
    QWidget *buildForm();
    void editTool(const QString &member, const std::function<void(CustomTool &)> &change, bool typing = false);
    void editList(const std::function<void(QList<CustomTool> &)> &change, int selectIndex);
    void loadList();
    void loadForm();
    void updateListTexts();
    FieldBinding &bindToolField(const QString &path, QWidget *input, QLabel *label, QLabel *message);

    QListWidget *m_list = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_url = nullptr;
    KeyValueTable *m_headers = nullptr;
    KeyValueTable *m_queryParams = nullptr;
    QPlainTextEdit *m_bodyTemplate = nullptr;
    ParameterTable *m_inputSchema = nullptr;
    QList<ValidationIssue> m_issues;
    QList<ValidationIssue> m_blocking;
};
