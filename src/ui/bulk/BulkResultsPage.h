// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/BatchSave.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// The last step of Edit Selected… and Import…: a BatchSave as it runs — a progress bar with the counts and the time
// left, Cancel (nothing new is sent; what is in flight finishes), then one row per assistant: saved, created,
// unchanged, conflict or failed, with the message; Retry Failed, and Open to look at one (a conflict is decided in its
// editor).
class BulkResultsPage : public QWidget
{
    Q_OBJECT

public:
    explicit BulkResultsPage(QWidget *parent = nullptr);

    // Shows `batch` (which the caller starts) from now on.
    void attach(BatchSave *batch, const QString &where);
    BatchSave *batch() const { return m_batch; }

    static QString statusText(BatchSave::Status status);

signals:
    void openRequested(const QString &assistantId);
    void closeRequested();

private:
    void onResultChanged(int index);
    void showChanges();
    void refreshProgress();
    void refreshButtons();
    QString selectedId() const;

    QPointer<BatchSave> m_batch;
    QString m_where;
    bool m_backingOff = false;
    QLabel *m_title;
    QProgressBar *m_progress;
    QLabel *m_counts;
    QTreeWidget *m_results;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_open;
    QPushButton *m_close;
    QTimer m_tick; // the time left, once a second
    // A fast batch finishes hundreds of saves a second: their rows and the counts are shown a few times a second, in
    // groups, so that the window spends its time on the batch rather than on repainting.
    QTimer m_showChanges;
    QSet<int> m_changed;
    QTimer m_backOffEnds;
};
