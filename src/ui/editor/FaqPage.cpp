// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaqPage.h"

#include "EditorDocument.h"
#include "EditorWidgets.h"
#include "core/Assistant.h"
#include "core/EnumText.h"
#include "core/FieldPaths.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString kFaq = QStringLiteral("faq_items");

QString label(const QString &member)
{
    return AssistantSchema::field(kFaq + QStringLiteral("[].") + member)->displayLabel();
}

} // namespace

FaqPage::FaqPage(EditorDocument *editorDocument, QWidget *parent)
    : EditorPage(editorDocument, FieldPage::Faq, tr("FAQ"), parent)
{
    m_table = new QTableWidget(0, int(Column::Count), this);
    m_table->setTabKeyNavigation(false); // Tab goes on to the next input; arrows move between cells
    describe(m_table, kFaq);
    m_table->setHorizontalHeaderLabels({label(QStringLiteral("question")), label(QStringLiteral("answer")),
                                        label(QStringLiteral("needs_human_answer")), label(QStringLiteral("source"))});
    m_table->horizontalHeader()->setSectionResizeMode(int(Column::Question), QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(int(Column::Answer), QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(int(Column::NeedsHuman), QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(int(Column::Source), QHeaderView::ResizeToContents);
    m_table->setColumnWidth(int(Column::Question), 280);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 10);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    // Rows are as tall as their wrapped text, which depends on the column widths the layout sets.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this] { QMetaObject::invokeMethod(m_table, &QTableView::resizeRowsToContents, Qt::QueuedConnection); });

    QLabel *title = makeLabel(kFaq, m_table);
    QLabel *message = makeMessage(kFaq);
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("faqPendingCount"));
    m_onlyPending = new QCheckBox(tr("Only items that need a human answer"), this);
    m_onlyPending->setObjectName(QStringLiteral("faqNeedsHumanFilter"));

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_pending);
    header->addSpacing(12);
    header->addWidget(m_onlyPending);

    const EditorWidgets::ListButtons buttons = EditorWidgets::makeListButtons(this, kFaq, tr("FAQ item"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    if (QLabel *help = makeHelp(kFaq))
        layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons.bar);
    layout->addWidget(message);
    QWidget::setTabOrder(m_onlyPending, m_table); // the filter sits above the table
    bind(kFaq, m_table, title, message);

    connect(m_onlyPending, &QCheckBox::toggled, this, &FaqPage::applyFilter);
    connect(m_table, &QTableWidget::cellChanged, this, &FaqPage::onCellChanged);
    connect(buttons.add, &QToolButton::clicked, this, [this] {
        // A new item is always shown, even under the filter: the user is about to type into it.
        m_onlyPending->setChecked(false);
        const int row = m_table->rowCount();
        editItems(
            [](QList<FaqItem> &items) {
                items.append(FaqItem::fromJson(
                    QJsonObject{{QStringLiteral("question"), QString()}, {QStringLiteral("answer"), QString()}}));
            },
            row);
        m_table->editItem(m_table->item(row, int(Column::Question)));
    });
    connect(buttons.remove, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            editItems([row](QList<FaqItem> &items) { items.removeAt(row); }, std::max(0, row - 1));
    });
    connect(buttons.up, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row > 0)
            editItems([row](QList<FaqItem> &items) { items.move(row, row - 1); }, row - 1);
    });
    connect(buttons.down, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row + 1 < m_table->rowCount())
            editItems([row](QList<FaqItem> &items) { items.move(row, row + 1); }, row + 1);
    });
}

void FaqPage::editItems(const std::function<void(QList<FaqItem> &)> &change, int selectRow)
{
    document()->edit(kFaq, [&](Assistant &a) {
        QList<FaqItem> items = a.faqItems();
        change(items);
        a.setFaqItems(items);
    });
    loadTable();
    if (selectRow >= 0 && selectRow < m_table->rowCount())
        m_table->selectRow(selectRow);
}

void FaqPage::onCellChanged(int row, int column)
{
    if (column != int(Column::Question) && column != int(Column::Answer))
        return;
    const QString text = m_table->item(row, column)->text();
    const QString member = column == int(Column::Question) ? QStringLiteral("question") : QStringLiteral("answer");
    document()->edit(QStringLiteral("faq_items[%1].%2").arg(row).arg(member), [&](Assistant &a) {
        QList<FaqItem> items = a.faqItems();
        if (row >= items.size())
            return;
        if (column == int(Column::Question))
            items[row].question = text;
        else
            items[row].answer = text;
        a.setFaqItems(items);
    });
    m_table->resizeRowToContents(row);
}

void FaqPage::load()
{
    loadTable();
}

void FaqPage::loadTable()
{
    const QList<FaqItem> items = edited().faqItems();
    const int current = m_table->currentRow();
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(int(items.size()));
        for (int row = 0; row < items.size(); ++row) {
            const FaqItem &item = items.at(row);
            m_table->setItem(row, int(Column::Question), new QTableWidgetItem(item.question));
            m_table->setItem(row, int(Column::Answer), new QTableWidgetItem(item.answer));
            auto *needsHuman = new QTableWidgetItem(item.needsHumanAnswer.value_or(false) ? tr("Yes") : QString());
            if (item.needsHumanAnswer.value_or(false)) {
                QFont bold = needsHuman->font();
                bold.setBold(true);
                needsHuman->setFont(bold);
                needsHuman->setForeground(EditorWidgets::warningColor());
            }
            auto *source = new QTableWidgetItem(item.source ? EnumText::display(*item.source) : QString());
            for (QTableWidgetItem *readOnly : {needsHuman, source}) {
                readOnly->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                readOnly->setToolTip(tr("Set by Revox; read-only."));
            }
            m_table->setItem(row, int(Column::NeedsHuman), needsHuman);
            m_table->setItem(row, int(Column::Source), source);
        }
        if (current >= 0 && current < m_table->rowCount())
            m_table->selectRow(current);
    }
    m_table->resizeRowsToContents();
    applyFilter();
    updatePending();
}

void FaqPage::applyFilter()
{
    const QList<FaqItem> items = edited().faqItems();
    for (int row = 0; row < m_table->rowCount() && row < items.size(); ++row)
        m_table->setRowHidden(row, m_onlyPending->isChecked() && !items.at(row).needsHumanAnswer.value_or(false));
}

void FaqPage::updatePending()
{
    const QList<FaqItem> items = edited().faqItems();
    const int pending = int(std::count_if(items.cbegin(), items.cend(),
                                          [](const FaqItem &item) { return item.needsHumanAnswer.value_or(false); }));
    m_pending->setText(tr("%n item(s) need(s) a human answer", nullptr, pending));
}

QWidget *FaqPage::reveal(const QString &concretePath)
{
    const int row = FieldPaths::indexIn(concretePath, kFaq);
    if (row < 0 || row >= m_table->rowCount())
        return nullptr;
    if (m_table->isRowHidden(row))
        m_onlyPending->setChecked(false);
    m_table->setCurrentCell(row, concretePath.endsWith(u".answer") ? int(Column::Answer) : int(Column::Question));
    return m_table;
}

void FaqPage::markIssues(const QList<ValidationIssue> &issues, const QList<ValidationIssue> &blocking)
{
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column : {int(Column::Question), int(Column::Answer)}) {
            m_table->item(row, column)->setData(Qt::BackgroundRole, QVariant());
            m_table->item(row, column)->setToolTip(QString());
        }
    }
    for (const ValidationIssue &issue : issues) {
        const int row = FieldPaths::indexIn(issue.path, kFaq);
        if (row < 0 || row >= m_table->rowCount())
            continue;
        const int column = issue.path.endsWith(u".answer") ? int(Column::Answer) : int(Column::Question);
        QColor color = blocking.contains(issue) ? EditorWidgets::errorColor() : EditorWidgets::warningColor();
        color.setAlpha(40);
        m_table->item(row, column)->setBackground(color);
        m_table->item(row, column)->setToolTip(issue.message);
    }
}
