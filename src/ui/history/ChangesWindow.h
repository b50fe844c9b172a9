// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/JournalFilter.h"
#include "journal/JournalIndex.h"

#include <QWidget>

class EntryDetails;
class JournalModel;
class JournalStore;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The whole change journal in a window of its own (View ▸ Changes): filters by text, assistant, connection,
// kind of change and date; the selected entry in full; and what can be done with it. Filtering runs on an
// index in memory, so each keystroke costs a pass over memory, not a query.
class ChangesWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ChangesWindow(JournalStore *store, QWidget *parent = nullptr);

    // The connection the filter starts on; names for connections the journal knows by id only.
    void setCurrentConnection(const QString &id, const QList<std::pair<QString, QString>> &known);
    JournalFilter filter() const;
    qint64 selectedEntry() const;
    bool selectEntry(qint64 id);
    QTableView *table() const { return m_table; }
    JournalModel *model() const { return m_model; }

signals:
    void openRequested(qint64 entryId);
    void restoreRequested(qint64 entryId);
    void revertBatchRequested(qint64 batchId);
    void checkRequested(qint64 entryId);
    void exportRequested(const JournalFilter &filter);
    void retentionRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildFilters();
    void applyFilter();
    void fillConnections();
    void onSelectionChanged();

    JournalStore *m_store;
    JournalIndex m_index;
    JournalModel *m_model;
    QLineEdit *m_search;
    QLineEdit *m_assistant;
    QComboBox *m_connection;
    QComboBox *m_operation;
    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
    QTableView *m_table;
    QLabel *m_count;
    EntryDetails *m_details;
    QPushButton *m_open;
    QPushButton *m_restore;
    QPushButton *m_revertBatch;
    QPushButton *m_check;
    QPushButton *m_export;
    QPushButton *m_retention;
    QString m_currentConnection;
    QList<std::pair<QString, QString>> m_knownConnections;
    bool m_filled = false;
};
