// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkEditDialog.h"

#include "BulkEditorPage.h"
#include "core/BulkPreview.h"
#include "ui/Background.h"

BulkEditDialog::BulkEditDialog(const Context &context, const QList<Assistant> &assistants, QWidget *parent)
    : BatchApplyDialog(context, new BulkEditorPage(assistants.value(0), int(assistants.size())), parent)
    , m_assistants(assistants)
    , m_editor(static_cast<BulkEditorPage *>(firstStep()))
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Edit Selected (%n) — %1", nullptr, int(assistants.size())).arg(context.connectionName));
    connect(m_editor, &BulkEditorPage::previewRequested, this, [this] { showPreviewOf(m_editor->edit()); });
}

BulkEditDialog::~BulkEditDialog() = default;

void BulkEditDialog::setVoices(const QList<VoiceInfo> &voices)
{
    m_editor->setVoices(voices);
}

void BulkEditDialog::previewEdit(const BulkEdit &edit)
{
    setBackOffered(false);
    showPreviewOf(edit);
}

void BulkEditDialog::showPreviewOf(const BulkEdit &edit)
{
    showComputing(int(m_assistants.size()));
    const int generation = ++m_generation;
    const QList<Assistant> assistants = m_assistants;
    Background::run<BulkPreview>(
        this, [assistants, edit] { return BulkPreview::compute(assistants, edit); },
        [this, generation, edit](const BulkPreview &preview) {
            if (generation == m_generation)
                showPreview(preview, edit.descriptions().join(u'\n'), edit.descriptions().join(QStringLiteral("; ")));
        });
}
