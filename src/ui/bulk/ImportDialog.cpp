// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "ImportOptionsPage.h"
#include "core/BulkPreview.h"
#include "core/ImportPlan.h"
#include "ui/Background.h"

#include <QDir>
#include <QFileInfo>

ImportDialog::ImportDialog(const Context &context, const QString &fileName, const AssistantBundle::Read &bundle,
                           const QList<AssistantSummary> &existing, QWidget *parent)
    : BatchApplyDialog(context, new ImportOptionsPage(fileName, bundle, existing), parent)
    , m_fileName(fileName)
    , m_existing(existing)
    , m_options(static_cast<ImportOptionsPage *>(firstStep()))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import %1 — %2").arg(QFileInfo(fileName).fileName(), context.connectionName));
    connect(m_options, &ImportOptionsPage::previewRequested, this, &ImportDialog::preview);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::preview()
{
    const QList<AssistantBundle::Entry> entries = m_options->entries();
    const ImportPlan::NameTaken rule = m_options->nameTaken();
    const QList<AssistantSummary> existing = m_existing;
    const QString fileName = QDir::toNativeSeparators(m_fileName);
    const QString hint = tr("choose another answer to “When a name is taken” (Back)");
    showComputing(int(entries.size()));
    const int generation = ++m_generation;
    Background::run<BulkPreview>(
        this,
        [entries, existing, rule, fileName, hint] {
            return BulkPreview::fromImport(ImportPlan::plan(entries, existing, rule, fileName, hint));
        },
        [this, generation, fileName](const BulkPreview &preview) {
            if (generation != m_generation)
                return;
            const QString name = QFileInfo(m_fileName).fileName();
            showPreview(preview, tr("Import of %1: what each of its assistants would get.").arg(fileName),
                        tr("Import of %1").arg(name));
        });
}
