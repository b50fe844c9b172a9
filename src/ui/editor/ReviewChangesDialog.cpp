// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewChangesDialog.h"

#include "ui/AccessibleNames.h"

#include "EditorWidgets.h"
#include "core/ChangeSummary.h"
#include "core/SecretFields.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReviewChangesDialog::ReviewChangesDialog(const Assistant &base, const Assistant &edited, QWidget *parent)
    : QDialog(parent)
    , m_base(base)
    , m_edited(edited)
    , m_patch(AssistantPatch::between(base, edited))
    , m_changes(new QListWidget(this))
    , m_body(new QPlainTextEdit(this))
    , m_dontShow(new QCheckBox(this))
{
    setObjectName(QStringLiteral("reviewChangesDialog"));
    setWindowTitle(tr("Review Changes"));

    auto *intro
        = new QLabel(tr("These changes to <b>%1</b> will be saved to Revox:").arg(edited.name().toHtmlEscaped()), this);
    intro->setWordWrap(true);

    m_changes->setObjectName(QStringLiteral("reviewChanges"));
    m_changes->setAccessibleName(tr("Changed fields"));
    m_changes->setWordWrap(true);
    m_changes->setAlternatingRowColors(true);

    auto *bodyLabel = new QLabel(tr("Request body (PATCH /assistants/%1):").arg(base.id().toHtmlEscaped()), this);
    m_body->setObjectName(QStringLiteral("reviewPatchBody"));
    m_body->setAccessibleDescription(tr("Request body"));
    m_body->setReadOnly(true);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    EditorWidgets::makeMonospace(m_body);
    bodyLabel->setBuddy(m_body);

    // Shown only when the body carries a secret the user could want to check.
    bool carriesSecrets = false;
    SecretFields::visit(m_patch.body(), [&carriesSecrets](const SecretLocation &, const QString &value) {
        carriesSecrets = carriesSecrets || !value.isEmpty();
    });
    auto *reveal = new QPushButton(tr("Show Secret &Values"), this);
    reveal->setObjectName(QStringLiteral("reviewRevealSecrets"));
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Header and query parameter values of tools may hold API tokens; they are sent as "
                          "they are, whether shown or not."));
    reveal->setVisible(carriesSecrets);
    connect(reveal, &QPushButton::toggled, this, &ReviewChangesDialog::showContent);

    m_dontShow->setObjectName(QStringLiteral("reviewDontShow"));
    m_dontShow->setText(tr("Don't show this again (save at once)"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("reviewSave"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("reviewCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bodyHeader = new QHBoxLayout;
    bodyHeader->addWidget(bodyLabel, 1);
    bodyHeader->addWidget(reveal);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_changes, 2);
    layout->addLayout(bodyHeader);
    layout->addWidget(m_body, 3);
    layout->addWidget(m_dontShow);
    layout->addWidget(buttons);
    QWidget::setTabOrder(m_changes, reveal);
    QWidget::setTabOrder(reveal, m_body);
    QWidget::setTabOrder(m_body, m_dontShow);
    AccessibleNames::fromLabels(this);
    resize(720, 560);
    showContent(false);
}

void ReviewChangesDialog::showContent(bool revealSecrets)
{
    m_changes->clear();
    m_changes->addItems(ChangeSummary::lines(m_base, m_edited, revealSecrets));
    const QJsonObject body = revealSecrets
        ? m_patch.body()
        : SecretFields::replaced(m_patch.body(), [](const SecretLocation &, const QString &value) {
              return SecretFields::maskedText(value);
          });
    m_body->setPlainText(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)));
}

bool ReviewChangesDialog::dontShowAgain() const
{
    return m_dontShow->isChecked();
}
