// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AssistantTypes.h"
#include "core/Validation.h"

#include <QWidget>

class QCheckBox;
class QTableWidget;

// The headers or query parameters of a custom tool: key/value rows with add, remove and reorder.
// Values the catalogue marks secret (they often hold "Bearer …") are masked and revealed with a toggle;
// a value a draft could not keep (SecretPlaceholder) is shown in words and edited from empty.
class KeyValueTable : public QWidget
{
    Q_OBJECT

public:
    // `path`: the catalogue path of the list ("custom_tools[].headers"); the table is named after it,
    // the buttons "<path>.add" etc., the toggle "<path>.reveal".
    KeyValueTable(const QString &path, const QString &noun, QWidget *parent = nullptr);

    void setItems(const QList<KeyValue> &items); // shows them; emits nothing
    const QList<KeyValue> &items() const { return m_items; }
    QTableWidget *table() const { return m_table; }
    bool isRevealed() const;

    // Marks the cells of the issues that point into this list (concrete paths).
    void markIssues(const QList<ValidationIssue> &issues, const QList<ValidationIssue> &blocking);
    void selectCell(const QString &concretePath);

signals:
    void itemsEdited(const QList<KeyValue> &items);

private:
    void onCellChanged(int row, int column);
    void change(const std::function<void()> &change, int selectRow);

    QString m_path;
    QTableWidget *m_table;
    QCheckBox *m_reveal = nullptr;
    QList<KeyValue> m_items;
};
