// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictDialog.h"

#include "ThemeColors.h"

#include "core/AssistantSchema.h"
#include "core/SecretFields.h"
#include "core/ValueText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *valueView(const QString &accessibleName, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setAccessibleName(accessibleName);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setMaximumHeight(160);
    return view;
}

// The heading of one side, in that side's colour.
QLabel *sideLabel(const QString &text, ThemeColors::Role role, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    const auto colour = [label, role] {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, ThemeColors::color(role));
        label->setPalette(palette);
    };
    colour();
    ThemeColors::follow(label, colour);
    return label;
}

} // namespace

ConflictDialog::ConflictDialog(AssistantMerge &merge, QWidget *parent)
    : QDialog(parent)
    , m_merge(merge)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed on the Server"));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText); // a name may hold "&" or "<"
    QString text = tr("Someone changed “%1” on the server since you opened it. Choose, for each field that "
                      "both of you changed, which version to keep.")
                       .arg(merge.base().name());
    QStringList taken;
    for (const QString &key : merge.takenFromServer())
        taken.append(AssistantSchema::displayLabel(key));
    if (!taken.isEmpty())
        text += u' ' + tr("Their changes to %1 are taken in.").arg(taken.join(QStringLiteral(", ")));
    intro->setText(text);

    auto *fields = new QWidget(this);
    auto *fieldsLayout = new QVBoxLayout(fields);
    bool secrets = false;
    for (const QString &key : merge.conflicts()) {
        auto *box = new QGroupBox(AssistantSchema::displayLabel(key), fields);
        box->setObjectName(QStringLiteral("conflict:%1").arg(key));
        auto *grid = new QGridLayout(box);
        grid->addWidget(new QLabel(tr("When you opened it"), box), 0, 0);
        grid->addWidget(sideLabel(tr("Yours"), ThemeColors::Role::ConflictMine, box), 0, 1);
        grid->addWidget(sideLabel(tr("Now on the server"), ThemeColors::Role::ConflictTheirs, box), 0, 2);
        const std::pair<QJsonValue, QString> versions[] = {
            {merge.base().value(key), tr("%1 when you opened it").arg(AssistantSchema::displayLabel(key))},
            {merge.mine().value(key), tr("Your %1").arg(AssistantSchema::displayLabel(key))},
            {merge.theirs().value(key), tr("%1 on the server").arg(AssistantSchema::displayLabel(key))},
        };
        for (int column = 0; column < 3; ++column) {
            QPlainTextEdit *view = valueView(versions[column].second, box);
            m_views.append({view, key, versions[column].first});
            grid->addWidget(view, 1, column);
        }
        // Made after the values above them, so that Tab reads each side before choosing it.
        auto *mine = new QRadioButton(tr("Keep &mine"), box);
        auto *theirs = new QRadioButton(tr("Take the &server's"), box);
        mine->setObjectName(QStringLiteral("keepMine:%1").arg(key));
        theirs->setObjectName(QStringLiteral("takeTheirs:%1").arg(key));
        auto *group = new QButtonGroup(box);
        group->addButton(mine, int(AssistantMerge::Choice::Mine));
        group->addButton(theirs, int(AssistantMerge::Choice::Theirs));
        m_choices.insert(key, group);
        connect(group, &QButtonGroup::idClicked, this, &ConflictDialog::updateButtons);
        grid->addWidget(mine, 2, 1);
        grid->addWidget(theirs, 2, 2);
        if (SecretFields::hasSecrets(key)) {
            auto *note = new QLabel(tr("Secret values you did not change keep the server's version either way."), box);
            note->setWordWrap(true);
            grid->addWidget(note, 3, 0, 1, 3);
            secrets = true;
        }
        fieldsLayout->addWidget(box);
    }
    if (secrets) { // after the fields, where it is laid out
        m_reveal = new QCheckBox(tr("Show secret &values"), this);
        m_reveal->setObjectName(QStringLiteral("conflictRevealSecrets"));
        m_reveal->setToolTip(tr("Header and query parameter values of tools may hold API tokens."));
        connect(m_reveal, &QCheckBox::toggled, this, &ConflictDialog::showValues);
    }
    showValues();
    fieldsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(fields);
    scroll->setFocusPolicy(Qt::NoFocus); // the values and choices inside take the focus
    scroll->setAccessibleName(tr("Fields changed on both sides"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save My Choices"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveChoices"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        for (auto it = m_choices.constBegin(); it != m_choices.constEnd(); ++it)
            m_merge.choose(it.key(), AssistantMerge::Choice(it.value()->checkedId()));
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    if (m_reveal)
        layout->addWidget(m_reveal);
    layout->addWidget(buttons);
    resize(900, 560);
    updateButtons();
}

void ConflictDialog::showValues()
{
    const bool reveal = m_reveal && m_reveal->isChecked();
    for (const ValueView &view : std::as_const(m_views))
        view.view->setPlainText(ValueText::blockText(reveal ? view.value : SecretFields::masked(view.key, view.value)));
}

void ConflictDialog::updateButtons()
{
    bool allChosen = true;
    for (const QButtonGroup *group : std::as_const(m_choices))
        allChosen = allChosen && group->checkedId() >= 0;
    m_save->setEnabled(allChosen);
}
