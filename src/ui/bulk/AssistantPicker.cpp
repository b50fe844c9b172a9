// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantPicker.h"

#include "ui/AccessibleNames.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

AssistantPicker::AssistantPicker(const QString &title, const QList<Choice> &choices, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("assistantPicker"));
    setWindowTitle(title);
    auto *label = new QLabel(tr("&Assistant:"), this);
    label->setBuddy(m_filter);
    AccessibleNames::fromLabel(label);
    m_filter->setObjectName(QStringLiteral("pickerFilter"));
    m_filter->setAccessibleDescription(tr("Filter assistants"));
    m_filter->setPlaceholderText(tr("Type part of a name or an ID"));
    m_list->setObjectName(QStringLiteral("pickerList"));
    m_list->setAccessibleName(tr("Assistants"));
    for (const Choice &choice : choices) {
        auto *item = new QListWidgetItem(choice.name, m_list);
        item->setData(Qt::UserRole, choice.id);
        item->setToolTip(choice.id);
    }
    m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("pickerOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_filter, &QLineEdit::textChanged, this, &AssistantPicker::filter);
    // The arrows move in the list while the filter keeps the focus.
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::returnPressed, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(420, 480);
}

QString AssistantPicker::chosenId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

bool AssistantPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AssistantPicker::filter(const QString &text)
{
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown = item->text().contains(text, Qt::CaseInsensitive)
            || item->data(Qt::UserRole).toString().contains(text, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    m_list->setCurrentItem(first);
}
