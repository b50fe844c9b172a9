// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumbersPanel.h"

#include "EditorWidgets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kHereRole = Qt::UserRole + 1;

} // namespace

PhoneNumbersPanel::PhoneNumbersPanel(const QString &assistantId, QWidget *parent)
    : QGroupBox(tr("Phone numbers"), parent)
    , m_assistantId(assistantId)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_routeHere(new QPushButton(tr("&Route to This Assistant…"), this))
    , m_routeAway(new QPushButton(tr("&Stop Routing Here…"), this))
    , m_reload(new QPushButton(tr("Re&load Numbers"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("phoneNumbersPanel"));
    m_summary->setObjectName(QStringLiteral("phoneNumbersSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("The account's phone numbers show here once they are read."));
    m_list->setObjectName(QStringLiteral("phoneNumbers"));
    m_list->setAccessibleName(tr("Phone numbers of the account"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Number"), tr("Label"), tr("Inbound calls reach")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_routeHere->setObjectName(QStringLiteral("phoneNumberRouteHere"));
    m_routeHere->setToolTip(tr("Inbound calls to the selected number reach this assistant from now on"));
    m_routeAway->setObjectName(QStringLiteral("phoneNumberRouteAway"));
    m_routeAway->setToolTip(tr("Inbound calls to the selected number reach no assistant from now on"));
    m_reload->setObjectName(QStringLiteral("phoneNumbersReload"));
    m_problem->setObjectName(QStringLiteral("phoneNumbersProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, EditorWidgets::errorColor());
    m_problem->setPalette(palette);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_routeHere);
    buttons->addWidget(m_routeAway);
    buttons->addStretch(1);
    buttons->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 7);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &PhoneNumbersPanel::updateButtons);
    connect(m_routeHere, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            emit routeHereRequested(selectedId());
    });
    connect(m_routeAway, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            emit routeAwayRequested(selectedId());
    });
    connect(m_reload, &QPushButton::clicked, this, &PhoneNumbersPanel::reloadRequested);
    updateButtons();
}

void PhoneNumbersPanel::showNumbers(const QList<PhoneNumberInfo> &numbers, const QSet<QString> &routing)
{
    const QString selected = selectedId();
    m_routing = routing;
    m_problem->hide();
    m_list->clear();
    QList<PhoneNumberInfo> sorted = numbers;
    std::stable_sort(sorted.begin(), sorted.end(), [this](const PhoneNumberInfo &a, const PhoneNumberInfo &b) {
        return (a.inboundAssistantId == m_assistantId) > (b.inboundAssistantId == m_assistantId);
    });
    QStringList here;
    for (const PhoneNumberInfo &number : std::as_const(sorted)) {
        const bool isHere = number.inboundAssistantId == m_assistantId;
        QString reaches = isHere ? tr("this assistant")
            : number.inboundAssistantId.isEmpty()
            ? tr("no assistant")
            : (number.inboundAssistantName.isEmpty() ? number.inboundAssistantId : number.inboundAssistantName);
        if (routing.contains(number.id))
            reaches += u' ' + tr("(changing…)");
        auto *item = new QTreeWidgetItem({number.phoneNumber, number.label, reaches});
        item->setData(0, kIdRole, number.id);
        item->setData(0, kHereRole, isHere);
        if (isHere) {
            QFont font = item->font(0);
            font.setBold(true);
            for (int column = 0; column < 3; ++column)
                item->setFont(column, font);
            here.append(number.label.isEmpty() ? number.phoneNumber
                                               : QStringLiteral("%1 (%2)").arg(number.phoneNumber, number.label));
        }
        m_list->addTopLevelItem(item);
    }
    if (numbers.isEmpty())
        m_summary->setText(tr("The account has no phone numbers."));
    else if (here.isEmpty())
        m_summary->setText(tr("No phone number routes its inbound calls to this assistant."));
    else
        m_summary->setText(tr("Inbound calls to %n number(s) reach this assistant: %1.", nullptr, int(here.size()))
                               .arg(here.join(QStringLiteral(", "))));
    select(selected);
    updateButtons();
}

void PhoneNumbersPanel::showLoading()
{
    if (m_list->topLevelItemCount() == 0)
        m_summary->setText(tr("Reading the account's phone numbers…"));
    m_problem->hide();
}

void PhoneNumbersPanel::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString PhoneNumbersPanel::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

void PhoneNumbersPanel::select(const QString &numberId)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->data(0, kIdRole).toString() == numberId) {
            m_list->setCurrentItem(m_list->topLevelItem(row));
            return;
        }
    }
}

void PhoneNumbersPanel::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool busy = !item || m_routing.contains(item->data(0, kIdRole).toString());
    const bool here = item && item->data(0, kHereRole).toBool();
    m_routeHere->setEnabled(!busy && !here);
    m_routeAway->setEnabled(!busy && here);
}
