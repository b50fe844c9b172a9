// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchApplyDialog.h"

#include "BulkPreviewPage.h"
#include "BulkResultsPage.h"
#include "ProductionConfirmDialog.h"
#include "core/BatchSave.h"
#include "core/BulkPreview.h"
#include "ui/Prompter.h"

#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

BatchApplyDialog::BatchApplyDialog(const Context &context, QWidget *firstStep, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_steps(new QStackedWidget(this))
    , m_first(firstStep)
    , m_preview(new BulkPreviewPage(this))
    , m_results(new BulkResultsPage(this))
{
    m_steps->addWidget(m_first);
    m_steps->addWidget(m_preview);
    m_steps->addWidget(m_results);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    if (m_context.settings)
        m_preview->setConcurrency(m_context.settings->value(concurrencyKey, BatchSave::defaultConcurrency).toInt());

    connect(m_preview, &BulkPreviewPage::backRequested, this, &BatchApplyDialog::showFirstStep);
    connect(m_preview, &BulkPreviewPage::applyRequested, this, &BatchApplyDialog::apply);
    connect(m_results, &BulkResultsPage::openRequested, this, &BatchApplyDialog::openRequested);
    connect(m_results, &BulkResultsPage::closeRequested, this, &BatchApplyDialog::reject);
    resize(1200, 800);
}

BatchApplyDialog::~BatchApplyDialog() = default;

BatchSave *BatchApplyDialog::batch() const
{
    return m_batch;
}

bool BatchApplyDialog::isApplying() const
{
    return m_batch && m_batch->isRunning();
}

void BatchApplyDialog::reject()
{
    // Never walk away from a batch on its way: Cancel it first (the window stays for its results).
    if (isApplying())
        return;
    QDialog::reject();
}

bool BatchApplyDialog::confirmLeaving(const QString &what)
{
    if (!isApplying())
        return true;
    const int left = m_batch->total() - m_batch->finishedCount();
    const Prompter::Question question{
        .id = QStringLiteral("bulkRunningConfirmation"),
        .icon = QMessageBox::Warning,
        .title = what,
        .text = tr("Changes are still being saved: %n to go.", nullptr, left),
        .informativeText = tr("If you go on, nothing more is sent and the saves on their way are stopped; some of "
                              "them may still reach the server. The results say which."),
        .choices = {{QStringLiteral("stopBatch"), tr("Stop Saving and Go On"), QMessageBox::DestructiveRole},
                    Prompter::cancelChoice()},
        .defaultChoice = Prompter::cancel};
    if (!m_context.prompter || m_context.prompter->ask(parentWidget(), question) != u"stopBatch")
        return false;
    m_batch->abort();
    return true;
}

void BatchApplyDialog::showFirstStep()
{
    m_steps->setCurrentWidget(m_first);
}

void BatchApplyDialog::setBackOffered(bool offered)
{
    m_preview->findChild<QWidget *>(QStringLiteral("bulkBack"))->setVisible(offered);
}

void BatchApplyDialog::showComputing(int assistants)
{
    m_steps->setCurrentWidget(m_preview);
    m_preview->showComputing(assistants);
}

void BatchApplyDialog::showPreview(const BulkPreview &preview, const QString &title, const QString &description)
{
    m_description = description;
    m_steps->setCurrentWidget(m_preview);
    m_preview->setPreview(preview, title);
}

void BatchApplyDialog::apply()
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
    m_batch->setDescription(m_description);
    m_batch->setConcurrency(m_preview->concurrency());
    if (m_context.knownIds)
        m_batch->setKnownIds(*m_context.knownIds);
    m_batch->setAccountSize(m_context.accountSize);
    connect(m_batch, &BatchSave::resultChanged, this, [this](int index) {
        const BatchSave::Result &result = m_batch->results().at(index);
        if (result.status == BatchSave::Status::Created && result.create)
            emit saved(*result.create->assistant);
        else if ((result.status == BatchSave::Status::Saved || result.status == BatchSave::Status::Unchanged)
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
