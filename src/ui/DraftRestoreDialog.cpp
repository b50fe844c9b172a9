// SPDX-License-Identifier: GPL-3.0-or-later
#include "DraftRestoreDialog.h"

#include "Prompter.h"
#include "core/ChangeSummary.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

DraftRestoreDialog::DraftRestoreDialog(const QList<Draft> &drafts, Prompter *prompter, QWidget *parent)
    : QDialog(parent)
    , m_drafts(drafts)
    , m_prompter(prompter)
    , m_list(new QListWidget(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("draftRestoreDialog"));
    setWindowTitle(tr("Restore Unsaved Edits"));
    m_list->setObjectName(QStringLiteral("draftList"));
    m_list->setAccessibleName(tr("Drafts"));
    m_details->setObjectName(QStringLiteral("draftDetails"));
    m_details->setAccessibleName(tr("What the draft changes"));
    m_details->setReadOnly(true);

    for (const Draft &draft : drafts) {
        auto *item = new QListWidgetItem(
            tr("%1 — kept %2")
                .arg(draft.edited.name(), QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat)),
            m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &DraftRestoreDialog::showDetails);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *restore = buttons->addButton(tr("&Restore Checked"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreDrafts"));
    QPushButton *discard = buttons->addButton(tr("&Discard Checked…"), QDialogButtonBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardDrafts"));
    QPushButton *later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterDrafts"));
    connect(restore, &QPushButton::clicked, this, [this] {
        m_restore = checked();
        accept();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        const QList<Draft> chosen = checked();
        if (chosen.isEmpty())
            return;
        const Prompter::Question question{
            .id = QStringLiteral("discardDraftsConfirmation"),
            .icon = QMessageBox::Warning,
            .title = tr("Discard Drafts"),
            .text = tr("Discard the unsaved edits of %n assistant(s)? They cannot be recovered.", nullptr,
                       int(chosen.size())),
            .choices = {{QStringLiteral("confirmDiscardDrafts"), tr("Discard"), QMessageBox::DestructiveRole},
                        Prompter::cancelChoice()},
            .defaultChoice = Prompter::cancel};
        if (m_prompter->ask(this, question) != u"confirmDiscardDrafts")
            return;
        m_discard = chosen;
        accept();
    });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("These edits were not saved when Revox Studio last closed. Restored edits "
                                    "open in editors; saving them merges with what changed on the server since."),
                                 this));
    layout->addWidget(m_list, 1);
    layout->addWidget(new QLabel(tr("Changes in the selected draft:"), this));
    layout->addWidget(m_details, 2);
    layout->addWidget(buttons);
    resize(720, 520);
    m_list->setCurrentRow(0);
}

void DraftRestoreDialog::showDetails(int row)
{
    if (row < 0 || row >= m_drafts.size()) {
        m_details->clear();
        return;
    }
    const Draft &draft = m_drafts.at(row);
    m_details->setPlainText(ChangeSummary::lines(draft.base, draft.edited).join(u'\n'));
}

QList<Draft> DraftRestoreDialog::checked() const
{
    QList<Draft> result;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            result.append(m_drafts.at(row));
    }
    return result;
}
