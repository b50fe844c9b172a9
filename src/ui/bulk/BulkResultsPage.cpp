// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkResultsPage.h"

#include "ui/editor/EditorWidgets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace std::chrono;

namespace {

enum Column { Name, Result, Message };

constexpr int kShowChangesMs = 100;

QString timeLeft(milliseconds left)
{
    const qint64 seconds = std::max<qint64>(1, (left.count() + 999) / 1000);
    if (seconds < 90)
        return BulkResultsPage::tr("about %n s left", nullptr, int(seconds));
    return BulkResultsPage::tr("about %n min left", nullptr, int((seconds + 30) / 60));
}

} // namespace

BulkResultsPage::BulkResultsPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_results(new QTreeWidget(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_retry(new QPushButton(tr("&Retry Failed"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_close(new QPushButton(tr("C&lose"), this))
{
    setObjectName(QStringLiteral("bulkResultsPage"));
    m_title->setObjectName(QStringLiteral("bulkResultsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setAccessibleName(tr("Assistants done"));
    m_counts->setObjectName(QStringLiteral("bulkProgressText"));
    m_counts->setTextFormat(Qt::PlainText);
    m_results->setObjectName(QStringLiteral("bulkResults"));
    m_results->setAccessibleName(tr("Result per assistant"));
    m_results->setHeaderLabels({tr("Assistant"), tr("Result"), tr("Message")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->header()->resizeSection(Name, 260);
    m_results->header()->resizeSection(Result, 120);
    connect(m_results, &QTreeWidget::currentItemChanged, this, &BulkResultsPage::refreshButtons);
    connect(m_results, &QTreeWidget::itemActivated, this, [this] {
        if (const QString id = selectedId(); !id.isEmpty())
            emit openRequested(id);
    });

    m_cancel->setObjectName(QStringLiteral("bulkCancel"));
    m_cancel->setToolTip(tr("Sends nothing new; saves already on their way finish and are reported"));
    m_retry->setObjectName(QStringLiteral("bulkRetry"));
    m_retry->setToolTip(tr("Saves again the assistants that failed or were not sent; each is compared with the "
                           "server first"));
    m_open->setObjectName(QStringLiteral("bulkOpen"));
    m_open->setToolTip(tr("Opens the selected assistant in an editor (Enter)"));
    m_close->setObjectName(QStringLiteral("bulkClose"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_batch)
            m_batch->cancel();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_batch && m_batch->retryFailed())
            refreshButtons();
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedId(); !id.isEmpty())
            emit openRequested(id);
    });
    connect(m_close, &QPushButton::clicked, this, &BulkResultsPage::closeRequested);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &BulkResultsPage::refreshProgress);
    m_showChanges.setSingleShot(true);
    m_showChanges.setInterval(kShowChangesMs);
    connect(&m_showChanges, &QTimer::timeout, this, &BulkResultsPage::showChanges);
    m_backOffEnds.setSingleShot(true);
    connect(&m_backOffEnds, &QTimer::timeout, this, [this] {
        m_backingOff = false;
        refreshProgress();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addWidget(m_results, 1);
    layout->addLayout(buttons);
}

QString BulkResultsPage::statusText(BatchSave::Status status)
{
    switch (status) {
    case BatchSave::Status::Waiting:
        return tr("Waiting");
    case BatchSave::Status::Running:
        return tr("Saving…");
    case BatchSave::Status::Saved:
        return tr("Saved");
    case BatchSave::Status::Created:
        return tr("Created");
    case BatchSave::Status::Unchanged:
        return tr("Unchanged");
    case BatchSave::Status::Conflict:
        return tr("Conflict");
    case BatchSave::Status::Failed:
        return tr("Failed");
    case BatchSave::Status::NotSent:
        return tr("Not sent");
    }
    return {};
}

void BulkResultsPage::attach(BatchSave *batch, const QString &where)
{
    if (m_batch)
        m_batch->disconnect(this);
    m_batch = batch;
    m_where = where;
    m_backingOff = false;
    m_showChanges.stop();
    m_changed.clear();
    m_results->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(batch->total());
    for (const BatchSave::Result &result : batch->results()) {
        auto *item = new QTreeWidgetItem({result.name, statusText(result.status), result.message});
        item->setToolTip(Name, result.assistantId);
        items.append(item);
    }
    m_results->addTopLevelItems(items);
    m_progress->setRange(0, std::max(1, batch->total()));
    connect(batch, &BatchSave::resultChanged, this, &BulkResultsPage::onResultChanged);
    // Running or not, cancelled or not: what the buttons offer follows at once (Cancel the moment it starts); the
    // counts with the rows.
    connect(batch, &BatchSave::progressChanged, this, [this] {
        refreshButtons();
        if (!m_showChanges.isActive())
            m_showChanges.start();
    });
    connect(batch, &BatchSave::backingOff, this, [this](milliseconds wait) {
        m_backingOff = true;
        m_backOffEnds.start(wait);
        refreshProgress();
    });
    connect(batch, &BatchSave::finished, this, [this] {
        m_tick.stop();
        showChanges();
        // Where to look next: the first assistant that did not make it.
        for (int row = 0; row < m_results->topLevelItemCount(); ++row) {
            const BatchSave::Status status = m_batch->results().at(row).status;
            if (status == BatchSave::Status::Conflict || status == BatchSave::Status::Failed) {
                m_results->setCurrentItem(m_results->topLevelItem(row));
                m_results->setFocus();
                break;
            }
        }
    });
    m_tick.start();
    refreshProgress();
    refreshButtons();
}

void BulkResultsPage::onResultChanged(int index)
{
    m_changed.insert(index);
    if (!m_showChanges.isActive())
        m_showChanges.start();
}

void BulkResultsPage::showChanges()
{
    m_showChanges.stop();
    if (!m_batch)
        return;
    for (const int index : std::as_const(m_changed)) {
        QTreeWidgetItem *item = m_results->topLevelItem(index);
        if (!item)
            continue;
        const BatchSave::Result &result = m_batch->results().at(index);
        item->setText(Result, statusText(result.status));
        item->setText(Message, result.message);
        item->setToolTip(Message, result.message);
        const bool bad = result.status == BatchSave::Status::Failed || result.status == BatchSave::Status::Conflict;
        item->setForeground(Result, bad ? QBrush(EditorWidgets::errorColor()) : palette().brush(QPalette::Text));
    }
    m_changed.clear();
    refreshProgress();
    refreshButtons();
}

void BulkResultsPage::refreshProgress()
{
    if (!m_batch)
        return;
    const BatchSave &batch = *m_batch;
    const int done = batch.finishedCount();
    m_progress->setValue(done);
    if (batch.isRunning()) {
        m_title->setText(batch.isCancelled()
                             ? tr("Cancelling: finishing the saves already on their way to %1…").arg(m_where)
                             : tr("Saving to %1 (%Ln in all)…", nullptr, batch.total()).arg(m_where));
    } else {
        m_title->setText(tr("Done on %1 (%Ln in all).", nullptr, batch.total()).arg(m_where));
    }
    QStringList parts{tr("%1 of %2 done").arg(QLocale().toString(done), QLocale().toString(batch.total()))};
    if (const int created = batch.count(BatchSave::Status::Created); created > 0)
        parts.append(tr("%Ln created", nullptr, created));
    parts += QStringList{tr("%Ln saved", nullptr, batch.count(BatchSave::Status::Saved)),
                         tr("%Ln unchanged", nullptr, batch.count(BatchSave::Status::Unchanged)),
                         tr("%Ln in conflict", nullptr, batch.count(BatchSave::Status::Conflict)),
                         tr("%Ln failed", nullptr, batch.count(BatchSave::Status::Failed))};
    if (const int notSent = batch.count(BatchSave::Status::NotSent); notSent > 0)
        parts.append(tr("%Ln not sent", nullptr, notSent));
    if (batch.isRunning()) {
        if (m_backingOff)
            parts.append(tr("the server asked to slow down: waiting"));
        else if (const std::optional<milliseconds> left = batch.timeLeft(); left && !batch.isCancelled())
            parts.append(timeLeft(*left));
    }
    m_counts->setText(parts.join(QStringLiteral(" · ")));
}

void BulkResultsPage::refreshButtons()
{
    const bool running = m_batch && m_batch->isRunning();
    m_cancel->setEnabled(running && !m_batch->isCancelled());
    m_retry->setEnabled(!running && m_batch
                        && m_batch->count(BatchSave::Status::Failed) + m_batch->count(BatchSave::Status::NotSent) > 0);
    m_close->setEnabled(!running);
    m_open->setEnabled(!selectedId().isEmpty());
    if (running) {
        m_tick.start();
        m_cancel->setDefault(true);
    } else {
        m_close->setDefault(true);
    }
}

QString BulkResultsPage::selectedId() const
{
    QTreeWidgetItem *item = m_results->currentItem();
    if (!item || !m_batch)
        return {};
    const int row = m_results->indexOfTopLevelItem(item);
    return row < 0 ? QString() : m_batch->results().at(row).assistantId;
}
