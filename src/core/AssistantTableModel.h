// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AssistantSummary.h"
#include "RowTextBlock.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <array>

// The list of assistants of one connection, one row each. Formatted text under DisplayRole, the raw
// value under SortRole so a proxy sorts numbers as numbers and times as times. Rows are kept as
// AssistantSummary (JSON bytes plus the shown values); assistantAt() and assistant() parse the whole
// assistant when it is asked for.
class AssistantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Name,
        Voice,
        LlmModel,
        FirstSentenceMode,
        FaqItems,
        CustomTools,
        RetryAttempts,
        Updated,
        Id,
        Count
    };
    enum Role {
        SortRole = Qt::UserRole,
        IdRole, // the assistant's id, whatever the column
    };

    explicit AssistantTableModel(QObject *parent = nullptr);

    // The catalogue path a column shows ("call_retry_config.max_retry_attempts").
    static QString fieldPath(Column column);

    void setSummaries(QList<AssistantSummary> summaries);
    void setAssistants(const QList<Assistant> &assistants); // encodes each
    void clear() { setSummaries({}); }
    void replaceAssistant(const Assistant &assistant); // by id; appended when new
    // The same for many at once, with one dataChanged over the rows they hold: a view re-sorts and repaints once.
    void replaceAssistants(const QList<Assistant> &assistants);
    void removeAssistant(const QString &id);
    // Voice ids are opaque; once GET /voices answered, the table shows names.
    void setVoiceNames(const QHash<QString, QString> &namesById);

    const AssistantSummary &summaryAt(int row) const { return m_rows.at(row); }
    const QList<AssistantSummary> &summaries() const { return m_rows; } // in the model's order
    // Name, ID and prompt, case-folded: what AssistantProxyModel matches the search box against.
    QStringView searchTextAt(int row) const { return m_searchTexts.at(row); }
    Assistant assistantAt(int row) const { return m_rows.at(row).assistant(); }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    std::optional<Assistant> assistant(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AssistantSummary &row, Column column) const;
    QVariant sortValue(const AssistantSummary &row, Column column) const;
    QString toolTip(const AssistantSummary &row, Column column) const;
    void appendAssistant(const Assistant &assistant);
    void reindex();

    // What the proxy asks for over and over, computed once per row on first use: a sort compares each
    // row about log2(rows) times, and formatting the values (or parsing the times) for every comparison
    // made sorting slow at 10,000 rows. A null key is not computed yet; any change to a row or to what
    // its text depends on clears it.
    using SortKeys = std::array<QVariant, int(Column::Count)>;
    void resetCache(); // one empty entry per row

    QList<AssistantSummary> m_rows;
    mutable QList<SortKeys> m_sortKeys; // parallel to m_rows
    RowTextBlock m_searchTexts; // parallel to m_rows
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_voiceNames;
};
