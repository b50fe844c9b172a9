// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorPage.h"

class QLabel;
class QPlainTextEdit;
class QVBoxLayout;

// What the server sets (ID, dates) and the top-level fields this version does not know, which are
// shown as JSON and always kept.
class AdvancedPage : public EditorPage
{
    Q_OBJECT

public:
    explicit AdvancedPage(EditorDocument *editorDocument, QWidget *parent = nullptr);
    void load() override;

private:
    QLabel *m_readOnly = nullptr;
    QPlainTextEdit *m_unknown = nullptr;
    QLabel *m_unknownNote = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QWidget *m_unknownBox = nullptr;
};
