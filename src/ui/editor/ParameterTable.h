// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AssistantTypes.h"
#include "core/Validation.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

// A list of typed parameters (a custom tool's input schema, the structured output fields): name,
// type, required, description and enum options as comma-separated text; add, remove, reorder.
class ParameterTable : public QWidget
{
    Q_OBJECT

public:
    enum class Column { Name, Type, Required, Description, EnumOptions, Count };

    // `path`: the catalogue path of the list ("structured_output_config", "custom_tools[].input_schema");
    // the table is named after it, the buttons "<path>.add" etc.
    ParameterTable(const QString &path, const QString &noun, QWidget *parent = nullptr);

    void setParameters(const QList<TypedParameter> &parameters); // shows them; emits nothing
    const QList<TypedParameter> &parameters() const { return m_parameters; }
    QTableWidget *table() const { return m_table; }
    QComboBox *typeBox(int row) const;

    void markIssues(const QList<ValidationIssue> &issues, const QList<ValidationIssue> &blocking);
    void selectCell(const QString &concretePath);

signals:
    void parametersEdited(const QList<TypedParameter> &parameters);

private:
    void onCellChanged(int row, int column);
    void change(const std::function<void()> &change, int selectRow);
    int columnOf(const QString &concretePath) const;

    QString m_path;
    QStringList m_members; // the keys of the columns
    QTableWidget *m_table;
    QWidget *m_firstButton = nullptr; // under the table: Tab comes to it after the rows' type boxes
    QList<TypedParameter> m_parameters;
};
