// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewChangesDialog.h"

#include "EditorWidgets.h"
#include "core/ChangeSummary.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReviewChangesDialog::ReviewChangesDialog(const Assistant &base, const Assistant &edited, QWidget *parent)
    : QDialog(parent)
    , m_patch(AssistantPatch::between(base, edited))
    , m_dontShow(new QCheckBox(this))
{
    setObjectName(QStringLiteral("reviewChangesDialog"));
    setWindowTitle(tr("Review Changes"));

    auto *intro
        = new QLabel(tr("These changes to <b>%1</b> will be saved to Revox:").arg(edited.name().toHtmlEscaped()), this);
    intro->setWordWrap(true);

    auto *changes = new QListWidget(this);
    changes->setObjectName(QStringLiteral("reviewChanges"));
    changes->setAccessibleName(tr("Changed fields"));
    changes->setWordWrap(true);
    changes->setAlternatingRowColors(true);
    changes->addItems(ChangeSummary::lines(base, edited));

    auto *bodyLabel = new QLabel(tr("Request body (PATCH /assistants/%1):").arg(base.id().toHtmlEscaped()), this);
    auto *body = new QPlainTextEdit(this);
    body->setObjectName(QStringLiteral("reviewPatchBody"));
    body->setAccessibleName(tr("Request body"));
    body->setReadOnly(true);
    body->setLineWrapMode(QPlainTextEdit::NoWrap);
    EditorWidgets::makeMonospace(body);
    body->setPlainText(QString::fromUtf8(QJsonDocument(m_patch.body()).toJson(QJsonDocument::Indented)));
    bodyLabel->setBuddy(body);

    m_dontShow->setObjectName(QStringLiteral("reviewDontShow"));
    m_dontShow->setText(tr("Don't show this again (save at once)"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("reviewSave"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("reviewCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(changes, 2);
    layout->addWidget(bodyLabel);
    layout->addWidget(body, 3);
    layout->addWidget(m_dontShow);
    layout->addWidget(buttons);
    resize(720, 560);
}

bool ReviewChangesDialog::dontShowAgain() const
{
    return m_dontShow->isChecked();
}
