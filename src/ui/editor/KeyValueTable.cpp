// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyValueTable.h"

#include "EditorWidgets.h"
#include "core/AssistantSchema.h"
#include "core/FieldPaths.h"
#include "core/SecretFields.h"
#include "core/SecretPlaceholder.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

enum class Column { Key, Value, Count };

// Shows values as dots until revealed, and edits them in a password field. A placeholder is never
// shown as its text: it reads in words, and its editor starts empty (left empty, the placeholder stays).
class MaskingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    bool masked = true;

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        const QString text = value.toString();
        if ((masked || SecretPlaceholder::isPlaceholder(text)) && !text.isEmpty())
            return SecretFields::maskedText(text);
        return QStyledItemDelegate::displayText(value, locale);
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && masked)
            line->setEchoMode(QLineEdit::Password);
        return editor;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *line = qobject_cast<QLineEdit *>(editor);
        if (line && isPlaceholder(index)) {
            line->clear();
            line->setPlaceholderText(QCoreApplication::translate("KeyValueTable", "Type the value"));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *line = qobject_cast<QLineEdit *>(editor);
        if (line && line->text().isEmpty() && isPlaceholder(index))
            return;
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    static bool isPlaceholder(const QModelIndex &index)
    {
        return SecretPlaceholder::isPlaceholder(index.data(Qt::EditRole).toString());
    }
};

} // namespace

KeyValueTable::KeyValueTable(const QString &path, const QString &noun, QWidget *parent)
    : QWidget(parent)
    , m_path(path)
    , m_table(new QTableWidget(0, int(Column::Count), this))
{
    m_table->setObjectName(path);
    m_table->setAccessibleName(AssistantSchema::field(path)->displayLabel());
    m_table->setTabKeyNavigation(false); // Tab goes on to the next input; arrows move between cells
    m_table->setHorizontalHeaderLabels(
        EditorWidgets::columnTitles({AssistantSchema::field(path + QStringLiteral("[].key"))->displayLabel(),
                                     AssistantSchema::field(path + QStringLiteral("[].value"))->displayLabel()}));
    m_table->horizontalHeader()->setSectionResizeMode(int(Column::Key), QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(int(Column::Key), 180);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(90);
    m_table->setMaximumHeight(140);

    const bool masked = AssistantSchema::field(path + QStringLiteral("[].value"))->secret;
    auto *delegate = new MaskingDelegate(m_table);
    delegate->masked = masked;
    m_table->setItemDelegateForColumn(int(Column::Value), delegate);

    const EditorWidgets::ListButtons buttons = EditorWidgets::makeListButtons(this, path, noun);
    if (masked) {
        m_reveal = new QCheckBox(tr("Show values"), buttons.bar);
        m_reveal->setObjectName(path + QStringLiteral(".reveal"));
        m_reveal->setToolTip(tr("Values may hold secrets such as API tokens."));
        static_cast<QHBoxLayout *>(buttons.bar->layout())->addWidget(m_reveal);
        connect(m_reveal, &QCheckBox::toggled, this, [this, delegate](bool on) {
            delegate->masked = !on;
            m_table->viewport()->update();
        });
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table);
    layout->addWidget(buttons.bar);

    connect(m_table, &QTableWidget::cellChanged, this, &KeyValueTable::onCellChanged);
    connect(buttons.add, &QToolButton::clicked, this, [this] {
        change(
            [this] {
                m_items.append(KeyValue::fromJson(
                    QJsonObject{{QStringLiteral("key"), QString()}, {QStringLiteral("value"), QString()}}));
            },
            int(m_items.size()));
        m_table->editItem(m_table->item(int(m_items.size()) - 1, int(Column::Key)));
    });
    connect(buttons.remove, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            change([this, row] { m_items.removeAt(row); }, std::max(0, row - 1));
    });
    connect(buttons.up, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row > 0)
            change([this, row] { m_items.move(row, row - 1); }, row - 1);
    });
    connect(buttons.down, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row + 1 < m_items.size())
            change([this, row] { m_items.move(row, row + 1); }, row + 1);
    });
}

bool KeyValueTable::isRevealed() const
{
    return !m_reveal || m_reveal->isChecked();
}

void KeyValueTable::setItems(const QList<KeyValue> &items)
{
    m_items = items;
    const int current = m_table->currentRow();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        m_table->setItem(row, int(Column::Key), new QTableWidgetItem(items.at(row).key));
        m_table->setItem(row, int(Column::Value), new QTableWidgetItem(items.at(row).value));
    }
    if (current >= 0 && current < m_table->rowCount())
        m_table->selectRow(current);
}

void KeyValueTable::change(const std::function<void()> &change, int selectRow)
{
    change();
    setItems(m_items);
    if (selectRow >= 0 && selectRow < m_table->rowCount())
        m_table->selectRow(selectRow);
    emit itemsEdited(m_items);
}

void KeyValueTable::onCellChanged(int row, int column)
{
    if (row >= m_items.size())
        return;
    const QString text = m_table->item(row, column)->text();
    if (column == int(Column::Key))
        m_items[row].key = text;
    else
        m_items[row].value = text;
    emit itemsEdited(m_items);
}

void KeyValueTable::markIssues(const QList<ValidationIssue> &issues, const QList<ValidationIssue> &blocking)
{
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            m_table->item(row, column)->setData(Qt::BackgroundRole, QVariant());
            m_table->item(row, column)->setToolTip(QString());
        }
    }
    for (const ValidationIssue &issue : issues) {
        const int row = FieldPaths::indexIn(issue.path, m_path);
        if (row < 0 || row >= m_table->rowCount())
            continue;
        const int column = issue.path.endsWith(u".value") ? int(Column::Value) : int(Column::Key);
        QColor color = blocking.contains(issue) ? EditorWidgets::errorColor() : EditorWidgets::warningColor();
        color.setAlpha(40);
        m_table->item(row, column)->setBackground(color);
        m_table->item(row, column)->setToolTip(issue.message);
    }
}

void KeyValueTable::selectCell(const QString &concretePath)
{
    const int row = FieldPaths::indexIn(concretePath, m_path);
    if (row >= 0 && row < m_table->rowCount())
        m_table->setCurrentCell(row, concretePath.endsWith(u".value") ? int(Column::Value) : int(Column::Key));
}
