// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <array>

// The list of assistants of one connection, one row each. Formatted text under DisplayRole, the raw
// value under SortRole so a proxy sorts numbers as numbers and times as times.
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
        SearchRole, // name, id and prompt, for the search box
    };

    explicit AssistantTableModel(QObject *parent = nullptr);

    // The catalogue path a column shows ("call_retry_config.max_retry_attempts").
    static QString fieldPath(Column column);

    void setAssistants(QList<Assistant> assistants);
    void clear() { setAssistants({}); }
    void replaceAssistant(const Assistant &assistant); // by id; appended when new
    void removeAssistant(const QString &id);
    // Voice ids are opaque; once GET /voices answered, the table shows names.
    void setVoiceNames(const QHash<QString, QString> &namesById);

    const QList<Assistant> &assistants() const { return m_assistants; }
    const Assistant &assistantAt(int row) const { return m_assistants.at(row); }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    std::optional<Assistant> assistant(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Assistant &assistant, Column column) const;
    QVariant sortValue(const Assistant &assistant, Column column) const;
    QString toolTip(const Assistant &assistant, Column column) const;
    void reindex();

    // What the proxy asks for over and over, computed once per row on first use: a sort compares each
    // row about log2(rows) times and a search reads every row on every keystroke, and reading values
    // out of the JSON (and formatting them) each time made both slow at 10,000 rows. A null entry is
    // not computed yet; any change to a row or to what its text depends on clears it.
    struct RowCache
    {
        QString search;
        std::array<QVariant, int(Column::Count)> sortKeys;
    };
    void resetCache(); // one empty entry per row

    QList<Assistant> m_assistants;
    mutable QList<RowCache> m_cache; // parallel to m_assistants
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_voiceNames;
};
