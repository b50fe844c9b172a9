// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorPage.h"

class FindBar;
class QAction;
class QLabel;
class QPlainTextEdit;

// The system prompt (with placeholders marked, counts and a find bar) and the sentences around a call.
class PromptPage : public EditorPage
{
    Q_OBJECT

public:
    explicit PromptPage(EditorDocument *editorDocument, QWidget *parent = nullptr);
    void load() override;

    QPlainTextEdit *promptEdit() const { return m_prompt; }
    FindBar *findBar() const { return m_findBar; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildPrompt();
    QWidget *buildVariables(QPlainTextEdit *target, const QString &path);
    void updateCounts();

    QPlainTextEdit *m_prompt = nullptr;
    QLabel *m_counts = nullptr;
    FindBar *m_findBar = nullptr;
    QAction *m_findAction = nullptr;
};
