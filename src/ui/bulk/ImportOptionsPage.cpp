// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportOptionsPage.h"

#include "ui/editor/EditorWidgets.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using NameTaken = ImportPlan::NameTaken;

namespace {

enum Column { OwnerColumn, CredentialColumn, ValueColumn };

} // namespace

ImportOptionsPage::ImportOptionsPage(const QString &fileName, const AssistantBundle::Read &bundle,
                                     const QList<AssistantSummary> &existing, QWidget *parent)
    : QWidget(parent)
    , m_entries(bundle.entries)
    , m_nameTaken(new QComboBox(this))
    , m_preview(new QPushButton(tr("&Preview"), this))
{
    setObjectName(QStringLiteral("importOptionsPage"));
    auto *title = new QLabel(tr("%1 holds %n assistant(s). Nothing is sent before the next step, which shows what "
                                "each one would get.",
                                nullptr, int(m_entries.size()))
                                 .arg(QDir::toNativeSeparators(fileName)),
                             this);
    title->setObjectName(QStringLiteral("importTitle"));
    title->setWordWrap(true);
    title->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);

    // What the file holds that is no assistant: said, and the rest goes on, as on the command line.
    if (!bundle.issues.isEmpty()) {
        auto *problems = new QListWidget(this);
        problems->setObjectName(QStringLiteral("importProblems"));
        problems->setAccessibleName(tr("Parts of the file that cannot be imported"));
        for (const FolderIssue &issue : bundle.issues) {
            auto *line = new QListWidgetItem(issue.text(), problems);
            line->setForeground(EditorWidgets::errorColor());
        }
        problems->setMaximumHeight(problems->sizeHintForRow(0) * 4 + 2 * problems->frameWidth());
        auto *label = new QLabel(tr("Left out: parts of the file that are no assistant:"), this);
        label->setBuddy(problems);
        layout->addWidget(label);
        layout->addWidget(problems);
    }

    QSet<QString> taken;
    for (const AssistantSummary &summary : existing)
        taken.insert(summary.name());
    int clashes = 0;
    for (const AssistantBundle::Entry &entry : std::as_const(m_entries))
        clashes += taken.contains(entry.assistant.name()) ? 1 : 0;
    m_nameTaken->setObjectName(QStringLiteral("importNameTaken"));
    m_nameTaken->setAccessibleName(tr("When a name is taken"));
    m_nameTaken->addItem(tr("Import nothing for it, and say so"), int(NameTaken::Stop));
    m_nameTaken->addItem(tr("Import it under a new name (“Name (2)”)"), int(NameTaken::Rename));
    m_nameTaken->addItem(tr("Leave it out"), int(NameTaken::Skip));
    m_nameTaken->addItem(tr("Update the assistant of that name with the file's fields"), int(NameTaken::Update));
    auto *nameTakenLabel = new QLabel(tr("&When a name is taken:"), this);
    nameTakenLabel->setBuddy(m_nameTaken);
    auto *clashCount = new QLabel(clashes == 0 ? tr("No name in the file is taken here.")
                                               : tr("%n name(s) in the file are taken here.", nullptr, clashes),
                                  this);
    clashCount->setObjectName(QStringLiteral("importNamesTaken"));
    auto *form = new QFormLayout;
    form->addRow(nameTakenLabel, m_nameTaken);
    form->addRow(QString(), clashCount);
    layout->addLayout(form);

    // A field for each redacted secret: the credential is never in the file, so only a person can give it.
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        for (const AssistantBundle::Redacted &secret : std::as_const(m_entries.at(i).redacted))
            m_secrets.append({i, secret.path, nullptr});
    }
    if (!m_secrets.isEmpty()) {
        auto *box = new QGroupBox(tr("Redacted on export"), this);
        auto *boxLayout = new QVBoxLayout(box);
        auto *explained = new QLabel(tr("These tool credentials were left out of the file. Type each value here: an "
                                        "assistant is imported only once every one of its credentials has a value."),
                                     box);
        explained->setWordWrap(true);
        auto *table = new QTableWidget(int(m_secrets.size()), 3, box);
        table->setObjectName(QStringLiteral("importRedacted"));
        table->setAccessibleName(tr("Redacted credentials"));
        table->setHorizontalHeaderLabels({tr("Assistant"), tr("Credential"), tr("Value")});
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        for (int row = 0; row < m_secrets.size(); ++row) {
            Secret &secret = m_secrets[row];
            const AssistantBundle::Entry &entry = m_entries.at(secret.entry);
            const auto redacted
                = std::find_if(entry.redacted.cbegin(), entry.redacted.cend(),
                               [&secret](const AssistantBundle::Redacted &one) { return one.path == secret.path; });
            table->setItem(row, OwnerColumn, new QTableWidgetItem(entry.assistant.name()));
            table->setItem(row, CredentialColumn, new QTableWidgetItem(redacted->description));
            secret.value = new QLineEdit(table);
            secret.value->setObjectName(QStringLiteral("redactedValue:%1").arg(row));
            secret.value->setAccessibleName(
                tr("Value of the %1 of “%2”").arg(redacted->description, entry.assistant.name()));
            secret.value->setEchoMode(QLineEdit::Password);
            secret.value->setPlaceholderText(tr("(redacted: type the value)"));
            table->setCellWidget(row, ValueColumn, secret.value);
        }
        table->resizeColumnsToContents();
        boxLayout->addWidget(explained);
        boxLayout->addWidget(table);
        layout->addWidget(box, 1);
    } else {
        layout->addStretch(1);
    }

    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setDefault(true);
    m_preview->setEnabled(!m_entries.isEmpty());
    connect(m_preview, &QPushButton::clicked, this, &ImportOptionsPage::previewRequested);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_preview);
    layout->addLayout(bottom);
}

ImportPlan::NameTaken ImportOptionsPage::nameTaken() const
{
    return NameTaken(m_nameTaken->currentData().toInt());
}

QList<AssistantBundle::Entry> ImportOptionsPage::entries() const
{
    QList<AssistantBundle::Entry> entries = m_entries;
    for (const Secret &secret : m_secrets)
        AssistantBundle::fill(entries[secret.entry], secret.path, secret.value->text());
    return entries;
}
