// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/BatchSave.h"
#include "core/BulkPreview.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

// The preview of Edit Selected… and Import…: before anything is sent, one row per assistant — whether it will
// change (or be created), is unchanged, or breaks a rule (shown with the rule, and excluded) — with its changes
// old → new and the exact PATCH (or POST) body (secrets masked until shown); assistants can be unticked; the
// totals; how many to save at once; and Apply.
class BulkPreviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit BulkPreviewPage(QWidget *parent = nullptr);

    void showComputing(int assistants);
    void setPreview(const BulkPreview &preview, const QString &description);
    const BulkPreview &preview() const { return m_preview; }

    // The ticked assistants that will change: what Apply saves.
    QList<BatchSave::Entry> entries() const;
    int tickedCount() const;
    void setTicked(const QString &assistantId, bool ticked);
    int concurrency() const;
    void setConcurrency(int jobs);

signals:
    void backRequested();
    void applyRequested();

private:
    void showDetail(QTreeWidgetItem *item);
    void refreshTotals();

    BulkPreview m_preview;
    QLabel *m_title;
    QLabel *m_totals;
    QTreeWidget *m_list;
    QListWidget *m_changes;
    QPlainTextEdit *m_body;
    QLabel *m_bodyLabel;
    QPushButton *m_reveal;
    QSpinBox *m_concurrency;
    QLabel *m_applyProblem;
    QPushButton *m_back;
    QPushButton *m_apply;
};
