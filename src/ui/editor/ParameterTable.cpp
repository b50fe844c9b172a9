// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParameterTable.h"

#include "EditorPage.h"
#include "EditorWidgets.h"
#include "core/AssistantSchema.h"
#include "core/EnumText.h"
#include "core/FieldPaths.h"

#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QStringList splitOptions(const QString &text)
{
    QStringList options;
    for (const QString &part : text.split(u',')) {
        if (!part.trimmed().isEmpty())
            options.append(part.trimmed());
    }
    return options;
}

} // namespace

ParameterTable::ParameterTable(const QString &path, const QString &noun, QWidget *parent)
    : QWidget(parent)
    , m_path(path)
    , m_table(new QTableWidget(0, int(Column::Count), this))
{
    // The columns are the list's members, in the catalogue's order (Column follows it).
    QStringList headers;
    for (const FieldSpec *member : AssistantSchema::children(path)) {
        m_members.append(member->key());
        headers.append(member->displayLabel());
    }
    Q_ASSERT(m_members.size() == int(Column::Count));
    m_table->setObjectName(path);
    m_table->setAccessibleName(AssistantSchema::field(path)->displayLabel());
    m_table->setTabKeyNavigation(false); // Tab goes on to the next input; arrows move between cells
    m_table->setHorizontalHeaderLabels(EditorWidgets::columnTitles(headers));
    for (int column = 0; column < int(Column::Count); ++column)
        m_table->horizontalHeaderItem(column)->setToolTip(headers.at(column));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(int(Column::Required), QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(int(Column::Description), QHeaderView::Stretch);
    m_table->setColumnWidth(int(Column::Name), 150);
    m_table->setColumnWidth(int(Column::Type), 110);
    m_table->setColumnWidth(int(Column::EnumOptions), 160);
    m_table->setWordWrap(true);
    // Descriptions wrap; rows follow the column widths once the table has them.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this] { QMetaObject::invokeMethod(m_table, &QTableView::resizeRowsToContents, Qt::QueuedConnection); });
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(110);

    const EditorWidgets::ListButtons buttons = EditorWidgets::makeListButtons(this, path, noun);
    m_firstButton = buttons.add;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table);
    layout->addWidget(buttons.bar);

    connect(m_table, &QTableWidget::cellChanged, this, &ParameterTable::onCellChanged);
    connect(buttons.add, &QToolButton::clicked, this, [this] {
        const FieldSpec *type = AssistantSchema::field(m_path + QStringLiteral("[].type"));
        change(
            [this, type] {
                m_parameters.append(
                    TypedParameter::fromJson(QJsonObject{{QStringLiteral("name"), QString()},
                                                         {QStringLiteral("type"), type->enumValues.value(0)},
                                                         {QStringLiteral("required"), false}}));
            },
            int(m_parameters.size()));
        m_table->editItem(m_table->item(int(m_parameters.size()) - 1, int(Column::Name)));
    });
    connect(buttons.remove, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            change([this, row] { m_parameters.removeAt(row); }, std::max(0, row - 1));
    });
    connect(buttons.up, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row > 0)
            change([this, row] { m_parameters.move(row, row - 1); }, row - 1);
    });
    connect(buttons.down, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row + 1 < m_parameters.size())
            change([this, row] { m_parameters.move(row, row + 1); }, row + 1);
    });
}

QComboBox *ParameterTable::typeBox(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, int(Column::Type)));
}

void ParameterTable::setParameters(const QList<TypedParameter> &parameters)
{
    m_parameters = parameters;
    const int current = m_table->currentRow();
    const FieldSpec &typeSpec = *AssistantSchema::field(m_path + QStringLiteral("[].type"));
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(parameters.size()));
    for (int row = 0; row < parameters.size(); ++row) {
        const TypedParameter &parameter = parameters.at(row);
        m_table->setItem(row, int(Column::Name), new QTableWidgetItem(parameter.name));

        auto *type = qobject_cast<QComboBox *>(m_table->cellWidget(row, int(Column::Type)));
        if (!type) {
            type = new QComboBox(m_table);
            type->setObjectName(QStringLiteral("type"));
            type->setAccessibleName(typeSpec.displayLabel());
            type->setFrame(false);
            m_table->setCellWidget(row, int(Column::Type), type);
            m_table->setItem(row, int(Column::Type), new QTableWidgetItem);
            connect(type, &QComboBox::activated, this, [this, type](int index) {
                // The row is looked up at the time of the change: rows move, combos stay with their cell.
                for (int r = 0; r < m_table->rowCount(); ++r) {
                    if (m_table->cellWidget(r, int(Column::Type)) == type && r < m_parameters.size()) {
                        m_parameters[r].type = type->itemData(index).toString();
                        emit parametersEdited(m_parameters);
                    }
                }
            });
        }
        EditorPage::fillEnum(type, typeSpec, QJsonValue(parameter.type));
        // A type box sits in its row: Tab reaches it after the table and the rows above it, before the buttons.
        QWidget::setTabOrder(row == 0 ? static_cast<QWidget *>(m_table) : typeBox(row - 1), type);
        QWidget::setTabOrder(type, m_firstButton);

        auto *required = new QTableWidgetItem;
        required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        required->setCheckState(parameter.required ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, int(Column::Required), required);
        m_table->setItem(row, int(Column::Description),
                         new QTableWidgetItem(parameter.description.value_or(QString())));
        m_table->setItem(
            row, int(Column::EnumOptions),
            new QTableWidgetItem(parameter.enumOptions.value_or(QStringList()).join(QStringLiteral(", "))));
    }
    if (current >= 0 && current < m_table->rowCount())
        m_table->selectRow(current);
    m_table->resizeRowsToContents();
}

void ParameterTable::change(const std::function<void()> &change, int selectRow)
{
    change();
    setParameters(m_parameters);
    if (selectRow >= 0 && selectRow < m_table->rowCount())
        m_table->selectRow(selectRow);
    emit parametersEdited(m_parameters);
}

void ParameterTable::onCellChanged(int row, int column)
{
    if (row >= m_parameters.size())
        return;
    TypedParameter &parameter = m_parameters[row];
    const QTableWidgetItem *item = m_table->item(row, column);
    switch (Column(column)) {
    case Column::Name:
        parameter.name = item->text();
        break;
    case Column::Required:
        parameter.required = item->checkState() == Qt::Checked;
        break;
    case Column::Description:
        // Cleared: the optional member goes away.
        if (item->text().isEmpty())
            parameter.description.reset();
        else
            parameter.description = item->text();
        break;
    case Column::EnumOptions: {
        const QStringList options = splitOptions(item->text());
        if (options.isEmpty())
            parameter.enumOptions.reset();
        else
            parameter.enumOptions = options;
        break;
    }
    case Column::Type:
    case Column::Count:
        return;
    }
    emit parametersEdited(m_parameters);
}

int ParameterTable::columnOf(const QString &concretePath) const
{
    const QString member = concretePath.section(u'.', -1).section(u'[', 0, 0);
    const int column = int(m_members.indexOf(member));
    return column < 0 ? int(Column::Name) : column;
}

void ParameterTable::markIssues(const QList<ValidationIssue> &issues, const QList<ValidationIssue> &blocking)
{
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            if (QTableWidgetItem *item = m_table->item(row, column)) {
                item->setData(Qt::BackgroundRole, QVariant());
                item->setToolTip(QString());
            }
        }
    }
    for (const ValidationIssue &issue : issues) {
        const int row = FieldPaths::indexIn(issue.path, m_path);
        if (row < 0 || row >= m_table->rowCount())
            continue;
        if (QTableWidgetItem *item = m_table->item(row, columnOf(issue.path))) {
            QColor color = blocking.contains(issue) ? EditorWidgets::errorColor() : EditorWidgets::warningColor();
            color.setAlpha(40);
            item->setBackground(color);
            item->setToolTip(issue.message);
        }
    }
}

void ParameterTable::selectCell(const QString &concretePath)
{
    const int row = FieldPaths::indexIn(concretePath, m_path);
    if (row >= 0 && row < m_table->rowCount())
        m_table->setCurrentCell(row, columnOf(concretePath));
}
