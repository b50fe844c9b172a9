// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class EntryDetails;
class JournalModel;
class JournalStore;
class QLabel;
class QPushButton;
class QTableView;

// The editor's History page: this assistant's journal entries, newest first, each one's fields old → new, and
// what can be done with the one selected (put it back, go back to it, check an unknown outcome). It reads the
// journal the first time it is shown, not when the editor opens.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    HistoryPage(JournalStore *store, const QString &connectionId, const QString &assistantId,
                QWidget *parent = nullptr);

    QString assistantId() const { return m_assistantId; }
    // Selects an entry (loading the list first if need be); false when this history does not hold it.
    bool selectEntry(qint64 id);
    qint64 selectedEntry() const;
    QTableView *table() const { return m_table; }

signals:
    void revertRequested(qint64 entryId);
    void restoreAsOfRequested(qint64 entryId);
    void checkRequested(qint64 entryId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void onSelectionChanged();

    JournalStore *m_store;
    QString m_connectionId;
    QString m_assistantId;
    JournalModel *m_model;
    QLabel *m_count;
    QTableView *m_table;
    EntryDetails *m_details;
    QPushButton *m_revert;
    QPushButton *m_restoreAsOf;
    QPushButton *m_check;
    bool m_loaded = false;
};
