// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorPage.h"

#include "core/AssistantTypes.h"

class QCheckBox;
class QLabel;
class QTableWidget;

// The FAQ items: question and answer to edit, whether a human must answer and the source to read.
class FaqPage : public EditorPage
{
    Q_OBJECT

public:
    enum class Column { Question, Answer, NeedsHuman, Source, Count };

    explicit FaqPage(EditorDocument *editorDocument, QWidget *parent = nullptr);
    void load() override;
    QWidget *reveal(const QString &concretePath) override;
    void markIssues(const QList<ValidationIssue> &issues, const QList<ValidationIssue> &blocking) override;

private:
    void editItems(const std::function<void(QList<FaqItem> &)> &change, int selectRow);
    void onCellChanged(int row, int column);
    void loadTable();
    void applyFilter();
    void updatePending();

    QTableWidget *m_table = nullptr;
    QCheckBox *m_onlyPending = nullptr;
    QLabel *m_pending = nullptr;
};
