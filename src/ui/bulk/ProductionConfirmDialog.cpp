// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductionConfirmDialog.h"

#include "ui/AccessibleNames.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ProductionConfirmDialog::ProductionConfirmDialog(const QString &connectionName, int assistants, QWidget *parent)
    : QDialog(parent)
    , m_name(connectionName)
    , m_typed(new QLineEdit(this))
{
    setObjectName(QStringLiteral("productionConfirmation"));
    setWindowTitle(tr("Apply to Production"));
    auto *text = new QLabel(
        tr("<p>You are about to change the ticked assistants — <b>%n in all</b> — on the production connection "
           "<b>%1</b>. Calls that use them will follow the new settings at once.</p>"
           "<p>Type the connection's name to go on.</p>",
           nullptr, assistants)
            .arg(connectionName.toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    auto *nameLabel = new QLabel(tr("Connection &name:"), this);
    nameLabel->setBuddy(m_typed);
    m_typed->setObjectName(QStringLiteral("confirmConnectionName"));
    AccessibleNames::fromLabel(nameLabel);
    m_typed->setPlaceholderText(connectionName);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("Apply (%n)", nullptr, assistants), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("confirmApply"));
    m_apply->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("confirmCancel"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_typed, &QLineEdit::textChanged, this,
            [this](const QString &typed) { m_apply->setEnabled(typed.trimmed() == m_name.trimmed()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    form->addRow(nameLabel, m_typed);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}
