// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompareDialog.h"

#include "core/SecretFields.h"
#include "core/ValueText.h"
#include "ui/editor/EditorWidgets.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kKeyRole = Qt::UserRole;
constexpr int kDiffersRole = Qt::UserRole + 1;

enum Column { Field, Left, Right };

// What people see of a value: its one wording (ValueText), secrets masked.
QString shown(const QString &key, const QJsonValue &value, bool whole)
{
    if (value.isUndefined())
        return ValueText::absent();
    const QJsonValue masked = SecretFields::masked(key, value);
    return whole ? ValueText::blockText(masked) : ValueText::inlineText(masked);
}

} // namespace

CompareDialog::CompareDialog(const QString &leftId, const QString &rightId, const Source &source, QWidget *parent)
    : QDialog(parent)
    , m_leftId(leftId)
    , m_rightId(rightId)
    , m_source(source)
    , m_summary(new QLabel(this))
    , m_showAll(new QCheckBox(tr("Show &all fields"), this))
    , m_table(new QTreeWidget(this))
    , m_leftValue(new QPlainTextEdit(this))
    , m_rightValue(new QPlainTextEdit(this))
    , m_copyRight(new QPushButton(this))
    , m_copyLeft(new QPushButton(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_showAll->setObjectName(QStringLiteral("compareShowAll"));
    m_showAll->setAccessibleName(tr("Show all fields"));
    m_showAll->setToolTip(tr("Also lists the fields both assistants hold alike"));
    connect(m_showAll, &QCheckBox::toggled, this, &CompareDialog::filter);

    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setAccessibleName(tr("Fields side by side"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setColumnCount(3);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(Field, QHeaderView::Interactive);
    m_table->header()->setSectionResizeMode(Left, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(Right, QHeaderView::Stretch);
    m_table->header()->resizeSection(Field, 230);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &CompareDialog::showDetail);

    for (QPlainTextEdit *value : {m_leftValue, m_rightValue}) {
        value->setReadOnly(true);
        value->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        EditorWidgets::makeMonospace(value);
    }
    m_leftValue->setObjectName(QStringLiteral("compareLeftValue"));
    m_leftValue->setAccessibleName(tr("Value on the left"));
    m_rightValue->setObjectName(QStringLiteral("compareRightValue"));
    m_rightValue->setAccessibleName(tr("Value on the right"));
    m_copyRight->setObjectName(QStringLiteral("compareCopyRight"));
    QWidget::setTabOrder(m_copyLeft, m_copyRight); // left to right, as they are laid out
    m_copyLeft->setObjectName(QStringLiteral("compareCopyLeft"));
    // Alt+R and Alt+L press the buttons, whose texts name the assistants; the actions carry the keys for
    // Help ▸ Keyboard Shortcuts.
    const auto addKey = [this](const QString &text, Qt::Key letter, QPushButton *button) {
        auto *action = new QAction(text, this);
        action->setShortcut(QKeySequence(Qt::ALT | letter));
        connect(action, &QAction::triggered, button, &QPushButton::click);
        addAction(action);
    };
    addKey(tr("Copy the Field to the Right"), Qt::Key_R, m_copyRight);
    addKey(tr("Copy the Field to the Left"), Qt::Key_L, m_copyLeft);
    connect(m_copyRight, &QPushButton::clicked, this, [this] {
        if (const QString key = currentKey(); !key.isEmpty())
            emit copyRequested(key, m_leftId, m_rightId);
    });
    connect(m_copyLeft, &QPushButton::clicked, this, [this] {
        if (const QString key = currentKey(); !key.isEmpty())
            emit copyRequested(key, m_rightId, m_leftId);
    });
    m_note->setObjectName(QStringLiteral("compareNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    auto *values = new QWidget(this);
    auto *valuesLayout = new QHBoxLayout(values);
    valuesLayout->setContentsMargins(0, 0, 0, 0);
    valuesLayout->addWidget(m_leftValue);
    valuesLayout->addWidget(m_rightValue);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(values);
    splitter->setSizes({460, 220});

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_showAll);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_copyLeft);
    bottom->addWidget(m_note, 1);
    bottom->addWidget(m_copyRight);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(1150, 760);
    refresh();
}

void CompareDialog::refresh()
{
    const QString keep = currentKey();
    m_left = m_source(m_leftId).value_or(Assistant());
    m_right = m_source(m_rightId).value_or(Assistant());
    setWindowTitle(tr("Compare “%1” and “%2”").arg(m_left.name(), m_right.name()));
    m_table->setHeaderLabels({tr("Field"), m_left.name(), m_right.name()});
    m_copyRight->setText(tr("Copy to “%1” →").arg(m_right.name()));
    m_copyRight->setToolTip(
        tr("Puts the selected field of “%1” into the editor of “%2” (Alt+R)").arg(m_left.name(), m_right.name()));
    m_copyLeft->setText(tr("← Copy to “%1”").arg(m_left.name()));
    m_copyLeft->setToolTip(
        tr("Puts the selected field of “%1” into the editor of “%2” (Alt+L)").arg(m_right.name(), m_left.name()));

    const AssistantComparison comparison(m_left, m_right);
    m_table->clear();
    QColor highlight = EditorWidgets::changedColor();
    highlight.setAlpha(45);
    QTreeWidgetItem *current = nullptr;
    for (const AssistantComparison::Row &row : comparison.rows()) {
        auto *item = new QTreeWidgetItem(
            m_table, {row.label, shown(row.key, row.left, false), shown(row.key, row.right, false)});
        item->setData(Field, kKeyRole, row.key);
        item->setData(Field, kDiffersRole, row.differs);
        if (row.differs) {
            QFont font = item->font(Field);
            font.setBold(true);
            item->setFont(Field, font);
            for (int column = Field; column <= Right; ++column)
                item->setBackground(column, highlight);
            item->setToolTip(Field, tr("Differs"));
        }
        if (row.key == keep)
            current = item;
    }
    m_summary->setText(comparison.differenceCount() == 0
                           ? tr("The two assistants hold the same values in every field.")
                           : tr("Fields that differ: %n.", nullptr, comparison.differenceCount()));
    filter();
    if (current && !current->isHidden())
        m_table->setCurrentItem(current);
    showDetail();
}

void CompareDialog::filter()
{
    QTreeWidgetItem *first = nullptr;
    for (int row = 0; row < m_table->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_table->topLevelItem(row);
        item->setHidden(!m_showAll->isChecked() && !item->data(Field, kDiffersRole).toBool());
        if (!item->isHidden() && !first)
            first = item;
    }
    if (!m_table->currentItem() || m_table->currentItem()->isHidden())
        m_table->setCurrentItem(first);
}

QString CompareDialog::currentKey() const
{
    const QTreeWidgetItem *item = m_table->currentItem();
    return item && !item->isHidden() ? item->data(Field, kKeyRole).toString() : QString();
}

void CompareDialog::showDetail()
{
    const QString key = currentKey();
    m_leftValue->setPlainText(key.isEmpty() ? QString() : shown(key, m_left.value(key), true));
    m_rightValue->setPlainText(key.isEmpty() ? QString() : shown(key, m_right.value(key), true));
    const bool differs = m_table->currentItem() && m_table->currentItem()->data(Field, kDiffersRole).toBool();
    m_copyRight->setEnabled(!key.isEmpty() && differs);
    m_copyLeft->setEnabled(!key.isEmpty() && differs);
}

void CompareDialog::showNote(const QString &text)
{
    m_note->setText(text);
}
