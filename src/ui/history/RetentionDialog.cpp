// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionDialog.h"

#include "ui/AccessibleNames.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

RetentionDialog::RetentionDialog(const JournalRetention &retention, qint64 entries, QWidget *parent)
    : QDialog(parent)
    , m_days(new QSpinBox(this))
    , m_entries(new QSpinBox(this))
{
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Keep History"));
    auto *intro = new QLabel(tr("The journal keeps a change while it is younger than the days below, or while it is "
                                "among the newest entries below: whichever keeps more. It holds %Ln change(s) now.",
                                nullptr, int(std::min<qint64>(entries, std::numeric_limits<int>::max()))),
                             this);
    intro->setWordWrap(true);
    m_days->setObjectName(QStringLiteral("keepDays"));
    m_days->setAccessibleDescription(tr("Days to keep changes"));
    m_days->setRange(1, 3650);
    m_days->setValue(retention.days);
    m_entries->setObjectName(QStringLiteral("keepEntries"));
    m_entries->setAccessibleDescription(tr("Changes to keep"));
    m_entries->setRange(1, 10000000);
    m_entries->setGroupSeparatorShown(true);
    m_entries->setValue(retention.entries);

    // The units follow the number: "1 day", "2 days".
    const auto units = [this] {
        m_days->setSuffix(tr(" day(s)", nullptr, m_days->value()));
        m_entries->setSuffix(tr(" change(s)", nullptr, m_entries->value()));
    };
    connect(m_days, &QSpinBox::valueChanged, this, units);
    connect(m_entries, &QSpinBox::valueChanged, this, units);
    units();

    auto *form = new QFormLayout;
    form->addRow(tr("Keep for &at least:"), m_days);
    form->addRow(tr("Keep the &newest:"), m_entries);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveRetention"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    AccessibleNames::fromLabels(this); // once the form's labels are in the dialog
}

JournalRetention RetentionDialog::retention() const
{
    return {.days = m_days->value(), .entries = m_entries->value()};
}
