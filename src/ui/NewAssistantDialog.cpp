// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewAssistantDialog.h"

#include "ThemeColors.h"

#include "core/AssistantSchema.h"
#include "core/Validation.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewAssistantDialog::NewAssistantDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_prompt(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Assistant"));
    setObjectName(QStringLiteral("newAssistantDialog"));
    m_name->setObjectName(QStringLiteral("newName"));
    m_name->setPlaceholderText(tr("e.g. Appointment reminders"));
    m_prompt->setObjectName(QStringLiteral("newPrompt"));
    m_prompt->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_prompt->setPlaceholderText(tr("You are a friendly receptionist for…"));
    m_prompt->setTabChangesFocus(true);
    m_problems->setObjectName(QStringLiteral("newProblems"));
    m_problems->setWordWrap(true);
    QPalette problemPalette = m_problems->palette();
    problemPalette.setColor(QPalette::WindowText, ThemeColors::color(ThemeColors::Role::ErrorText));
    m_problems->setPalette(problemPalette);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("newCreate"));

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(
        tr("%1:", "a field's label").arg(AssistantSchema::field(QStringLiteral("name"))->displayLabel()), this);
    nameLabel->setBuddy(m_name);
    auto *promptLabel = new QLabel(
        tr("%1:", "a field's label").arg(AssistantSchema::field(QStringLiteral("prompt"))->displayLabel()), this);
    promptLabel->setBuddy(m_prompt);
    m_name->setAccessibleName(tr("Name"));
    m_prompt->setAccessibleName(tr("Prompt"));
    form->addRow(nameLabel, m_name);
    form->addRow(promptLabel, m_prompt);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Name the assistant and give it its system prompt. Everything else can be "
                                    "set in the editor afterwards."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(560, 380);

    connect(m_name, &QLineEdit::textChanged, this, &NewAssistantDialog::revalidate);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &NewAssistantDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            emit submitted(draft());
    });
    revalidate();
    m_problems->clear(); // no complaints before the user typed anything
}

Assistant NewAssistantDialog::draft() const
{
    Assistant draft;
    draft.setName(m_name->text().trimmed());
    draft.setPrompt(m_prompt->toPlainText());
    return draft;
}

void NewAssistantDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_name->setReadOnly(busy);
    m_prompt->setReadOnly(busy);
    if (busy)
        m_problems->setText(tr("Creating…"));
    revalidate();
}

void NewAssistantDialog::showError(const QString &message)
{
    setBusy(false);
    m_problems->setText(message);
}

void NewAssistantDialog::revalidate()
{
    QStringList problems;
    for (const ValidationIssue &issue : Validation::validateCreate(draft()))
        problems.append(issue.message);
    if (!m_busy)
        m_problems->setText(problems.join(u'\n'));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty() && !m_busy);
}
