// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AssistantSearch.h"
#include "core/BulkEdit.h"

#include <QDialog>
#include <QTimer>

class AssistantTableModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Find in All Assistants: plain text or a regular expression looked for in every text field of every assistant
// of the connection (AssistantSearch). Results are grouped by assistant and field, each with its line and the
// match set off; one opens at its field, or all of them are replaced through the bulk editor's preview. The
// texts are taken out of the list once, on another thread, and again after the list changed.
class FindAllDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FindAllDialog(AssistantTableModel *model, QWidget *parent = nullptr);

    // Searches at once for what the inputs say (typing searches a moment after the last key).
    void findNow();
    const AssistantSearch::Result &result() const { return m_result; }
    // The texts are taken out and no search is on its way.
    bool isIdle() const { return !m_extracting && !m_searching && !m_pendingFind; }

signals:
    // Open this assistant at this field (a concrete path; empty: at its first page).
    void openRequested(const QString &assistantId, const QString &path);
    // Preview replacing every match in these assistants.
    void replaceRequested(const QStringList &assistantIds, const BulkEdit &edit);

protected:
    void showEvent(QShowEvent *event) override;

private:
    TextPattern pattern() const;
    void onInputsChanged();
    void extract();
    void search();
    void showResult();
    void refreshReplace();
    void openCurrent();
    static QString placeOf(const QString &path);

    AssistantTableModel *m_model;
    AssistantSearch m_search;
    AssistantSearch::Result m_result;
    TextPattern m_resultPattern; // what m_result was found for
    bool m_stale = true; // the list changed since the texts were taken out
    bool m_extracting = false;
    bool m_searching = false;
    bool m_pendingFind = false; // a search waits for the texts
    int m_generation = 0;
    QLineEdit *m_text;
    QCheckBox *m_regex;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeWord;
    QLabel *m_problem;
    QLabel *m_status;
    QTreeWidget *m_results;
    QLineEdit *m_replacement;
    QPushButton *m_open;
    QPushButton *m_replace;
    QTimer m_typing; // a search a moment after the last key
    QTimer m_listChanged; // texts taken out again a moment after the list stops changing
};
