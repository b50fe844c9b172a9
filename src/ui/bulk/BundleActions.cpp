// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundleActions.h"

#include "BulkActions.h"
#include "core/AssistantBundle.h"
#include "core/AssistantTableModel.h"
#include "ui/AssistantListPage.h"
#include "ui/Prompter.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

constexpr int kStatusMessageMs = 8000;

QString filter()
{
    return BundleActions::tr("Assistant bundles (*.json);;All files (*)");
}

} // namespace

BundleActions::BundleActions(AssistantTableModel *model, AssistantListPage *list, BulkActions *bulk, Prompter *prompter,
                             QSettings *settings, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_list(list)
    , m_bulk(bulk)
    , m_prompter(prompter)
    , m_settings(settings)
    , m_window(window)
{ }

QString BundleActions::folder() const
{
    return m_settings->value(folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
}

void BundleActions::remember(const QString &path)
{
    m_settings->setValue(folderKey, QFileInfo(path).absolutePath());
}

void BundleActions::problem(const QString &id, const QString &text, const QString &details)
{
    m_prompter->ask(m_window,
                    {.id = id,
                     .icon = QMessageBox::Warning,
                     .title = id == u"exportProblem" ? tr("Export Selected") : tr("Import"),
                     .text = text,
                     .informativeText = details,
                     .choices = {{QStringLiteral("ok"), tr("OK"), QMessageBox::AcceptRole}},
                     .defaultChoice = QStringLiteral("ok")});
}

void BundleActions::exportSelected()
{
    QList<Assistant> assistants;
    for (const QString &id : m_list->selectedIds()) {
        if (const std::optional<Assistant> assistant = m_model->assistant(id))
            assistants.append(*assistant);
    }
    if (assistants.isEmpty()) {
        emit message(tr("Select the assistants to export first: click one, then Shift+click or Ctrl+click others."),
                     kStatusMessageMs);
        return;
    }
    bool redact = false;
    if (AssistantBundle::holdsSecrets(assistants)) {
        const QString answer = m_prompter->ask(
            m_window,
            {.id = QStringLiteral("exportSecretsQuestion"),
             .icon = QMessageBox::Question,
             .title = tr("Export Selected"),
             .text = tr("The selected assistants hold tool credentials (header and query values). Put them in the "
                        "file?"),
             .informativeText = tr("Redacted, each is replaced by a marker naming its tool and header, and Import… "
                                   "asks for the value. Included, they are in the file in clear: it is readable by "
                                   "you only, and must be kept as private as the credentials themselves."),
             .choices = {{QStringLiteral("redactSecrets"), tr("Redact Credentials"), QMessageBox::AcceptRole},
                         {QStringLiteral("includeSecrets"), tr("Include Credentials"), QMessageBox::DestructiveRole},
                         Prompter::cancelChoice()},
             .defaultChoice = QStringLiteral("redactSecrets")});
        if (answer == Prompter::cancel)
            return;
        redact = answer == u"redactSecrets";
    }
    QFileDialog dialog(m_window, tr("Export Selected Assistants"), folder() + QStringLiteral("/revox-assistants.json"),
                       filter());
    dialog.setObjectName(QStringLiteral("exportBundleDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("json"));
    if (m_prompter->exec(&dialog) != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    if (QString error; !AssistantBundle::save(path, assistants, redact, &error)) {
        problem(QStringLiteral("exportProblem"),
                tr("The assistants could not be exported to %1.").arg(QDir::toNativeSeparators(path)), error);
        return;
    }
    remember(path);
    const QString where = QDir::toNativeSeparators(path);
    emit message(!redact && AssistantBundle::holdsSecrets(assistants)
                     ? tr("Exported %n assistant(s) to %1. It holds tool credentials in clear: keep it private.",
                          nullptr, int(assistants.size()))
                           .arg(where)
                     : tr("Exported %n assistant(s) to %1.", nullptr, int(assistants.size())).arg(where),
                 kStatusMessageMs);
}

void BundleActions::importFile()
{
    QFileDialog dialog(m_window, tr("Import Assistants"), folder(), filter());
    dialog.setObjectName(QStringLiteral("importBundleDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (m_prompter->exec(&dialog) != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    const QString where = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problem(QStringLiteral("importProblem"), tr("%1 cannot be read.").arg(where), file.errorString());
        return;
    }
    remember(path);
    const AssistantBundle::Read bundle = AssistantBundle::read(file.readAll(), where);
    if (bundle.entries.isEmpty()) {
        QStringList details;
        for (const FolderIssue &issue : bundle.issues)
            details.append(issue.text());
        problem(QStringLiteral("importProblem"), tr("Nothing can be imported from %1.").arg(where),
                details.isEmpty() ? tr("The bundle holds no assistant.") : details.join(u'\n'));
        return;
    }
    m_bulk->importBundle(path, bundle);
}
