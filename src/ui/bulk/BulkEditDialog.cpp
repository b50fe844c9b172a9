// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkEditDialog.h"

#include "BulkEditorPage.h"
#include "BulkPreviewPage.h"
#include "BulkResultsPage.h"
#include "ProductionConfirmDialog.h"
#include "core/BatchSave.h"
#include "core/BulkPreview.h"
#include "ui/Background.h"
#include "ui/Prompter.h"

#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

BulkEditDialog::BulkEditDialog(const Context &context, const QList<Assistant> &assistants, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_assistants(assistants)
    , m_steps(new QStackedWidget(this))
    , m_editor(new BulkEditorPage(assistants.value(0), int(assistants.size()), this))
    , m_preview(new BulkPreviewPage(this))
    , m_results(new BulkResultsPage(this))
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Edit Selected (%n) — %1", nullptr, int(assistants.size())).arg(context.connectionName));
    m_steps->addWidget(m_editor);
    m_steps->addWidget(m_preview);
    m_steps->addWidget(m_results);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    if (m_context.settings)
        m_preview->setConcurrency(m_context.settings->value(concurrencyKey, BatchSave::defaultConcurrency).toInt());

    connect(m_editor, &BulkEditorPage::previewRequested, this, &BulkEditDialog::preview);
    connect(m_preview, &BulkPreviewPage::backRequested, this, [this] { m_steps->setCurrentWidget(m_editor); });
    connect(m_preview, &BulkPreviewPage::applyRequested, this, &BulkEditDialog::apply);
    connect(m_results, &BulkResultsPage::openRequested, this, &BulkEditDialog::openRequested);
    connect(m_results, &BulkResultsPage::closeRequested, this, &BulkEditDialog::reject);
    resize(1200, 800);
}

BulkEditDialog::~BulkEditDialog() = default;

void BulkEditDialog::setVoices(const QList<VoiceInfo> &voices)
{
    m_editor->setVoices(voices);
}

BatchSave *BulkEditDialog::batch() const
{
    return m_batch;
}

bool BulkEditDialog::isApplying() const
{
    return m_batch && m_batch->isRunning();
}

void BulkEditDialog::reject()
{
    // Never walk away from a batch on its way: Cancel it first (the window stays for its results).
    if (isApplying())
        return;
    QDialog::reject();
}

void BulkEditDialog::preview()
{
    showPreviewOf(m_editor->edit());
}

void BulkEditDialog::previewEdit(const BulkEdit &edit)
{
    m_preview->findChild<QWidget *>(QStringLiteral("bulkBack"))->hide();
    showPreviewOf(edit);
}

void BulkEditDialog::showPreviewOf(const BulkEdit &edit)
{
    m_edit = edit;
    m_steps->setCurrentWidget(m_preview);
    m_preview->showComputing(int(m_assistants.size()));
    const int generation = ++m_generation;
    const QList<Assistant> assistants = m_assistants;
    Background::run<BulkPreview>(
        this, [assistants, edit] { return BulkPreview::compute(assistants, edit); },
        [this, generation](const BulkPreview &preview) {
            if (generation != m_generation)
                return;
            m_preview->setPreview(preview, m_edit.descriptions().join(u'\n'));
        });
}

void BulkEditDialog::apply()
{
    const QList<BatchSave::Entry> entries = m_preview->entries();
    if (entries.isEmpty() || isApplying())
        return;
    if (m_context.production && m_context.prompter) {
        ProductionConfirmDialog confirm(m_context.connectionName, int(entries.size()), this);
        if (m_context.prompter->exec(&confirm) != QDialog::Accepted)
            return;
    }
    if (m_context.settings)
        m_context.settings->setValue(concurrencyKey, m_preview->concurrency());
    if (m_batch)
        m_batch->deleteLater();
    m_batch = new BatchSave(m_context.client, entries, this);
    m_batch->setDescription(m_edit.descriptions().join(QStringLiteral("; ")));
    m_batch->setConcurrency(m_preview->concurrency());
    connect(m_batch, &BatchSave::resultChanged, this, [this](int index) {
        const BatchSave::Result &result = m_batch->results().at(index);
        if ((result.status == BatchSave::Status::Saved || result.status == BatchSave::Status::Unchanged)
            && result.save) {
            if (const std::optional<Assistant> copy = result.save->newBase())
                emit saved(*copy);
        }
    });
    m_results->attach(m_batch, m_context.connectionName);
    m_steps->setCurrentWidget(m_results);
    emit batchStarted(m_batch);
    m_batch->start();
}
