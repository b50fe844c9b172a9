// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkPreviewPage.h"

#include "core/ChangeSummary.h"
#include "core/SecretFields.h"
#include "ui/AccessibleNames.h"
#include "ui/editor/EditorWidgets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kIndexRole = Qt::UserRole;

enum Column { Name, Result, Changes };

} // namespace

BulkPreviewPage::BulkPreviewPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_changes(new QListWidget(this))
    , m_body(new QPlainTextEdit(this))
    , m_bodyLabel(new QLabel(this))
    , m_reveal(new QPushButton(tr("Show Secret &Values"), this))
    , m_concurrency(new QSpinBox(this))
    , m_applyProblem(new QLabel(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_apply(new QPushButton(this))
{
    setObjectName(QStringLiteral("bulkPreviewPage"));
    m_title->setObjectName(QStringLiteral("bulkPreviewTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_totals->setObjectName(QStringLiteral("bulkTotals"));

    m_list->setObjectName(QStringLiteral("bulkPreviewList"));
    m_list->setAccessibleName(tr("Assistants and what they will get"));
    m_list->setHeaderLabels({tr("Assistant"), tr("Result"), tr("Changes")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->resizeSection(Name, 260);
    m_list->header()->resizeSection(Result, 300);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { showDetail(item); });
    connect(m_list, &QTreeWidget::itemChanged, this, &BulkPreviewPage::refreshTotals);

    m_changes->setObjectName(QStringLiteral("bulkPreviewChanges"));
    m_changes->setAccessibleName(tr("Changes of the selected assistant"));
    m_changes->setWordWrap(true);
    m_body->setObjectName(QStringLiteral("bulkPreviewBody"));
    m_body->setAccessibleName(tr("Request body of the selected assistant"));
    m_body->setReadOnly(true);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    EditorWidgets::makeMonospace(m_body);
    m_reveal->setObjectName(QStringLiteral("bulkRevealSecrets"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Header and query parameter values of tools may hold API tokens; they are sent as they "
                            "are, whether shown or not."));
    connect(m_reveal, &QPushButton::toggled, this, [this] { showDetail(m_list->currentItem()); });

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *changesLabel = new QLabel(tr("C&hanges, old → new:"), detail);
    changesLabel->setBuddy(m_changes);
    m_bodyLabel->setBuddy(m_body);
    auto *bodyHeader = new QHBoxLayout;
    bodyHeader->addWidget(m_bodyLabel, 1);
    bodyHeader->addWidget(m_reveal);
    detailLayout->addWidget(changesLabel);
    detailLayout->addWidget(m_changes, 1);
    detailLayout->addLayout(bodyHeader);
    detailLayout->addWidget(m_body, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setSizes({420, 300});

    m_concurrency->setObjectName(QStringLiteral("bulkConcurrency"));
    m_concurrency->setAccessibleName(tr("Assistants saved at once"));
    m_concurrency->setRange(BatchSave::minimumConcurrency, BatchSave::maximumConcurrency);
    m_concurrency->setValue(BatchSave::defaultConcurrency);
    m_concurrency->setToolTip(tr("How many assistants are saved at the same time (%1–%2)")
                                  .arg(BatchSave::minimumConcurrency)
                                  .arg(BatchSave::maximumConcurrency));
    auto *concurrencyLabel = new QLabel(tr("At &once:"), this);
    concurrencyLabel->setBuddy(m_concurrency);
    m_applyProblem->setObjectName(QStringLiteral("bulkApplyProblem"));
    QPalette palette = m_applyProblem->palette();
    palette.setColor(QPalette::WindowText, EditorWidgets::errorColor());
    m_applyProblem->setPalette(palette);
    m_back->setObjectName(QStringLiteral("bulkBack"));
    m_apply->setObjectName(QStringLiteral("bulkApply"));
    m_apply->setDefault(true);
    connect(m_back, &QPushButton::clicked, this, &BulkPreviewPage::backRequested);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (tickedCount() > 0)
            emit applyRequested();
    });

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_back);
    bottom->addWidget(m_applyProblem, 1);
    bottom->addWidget(concurrencyLabel);
    bottom->addWidget(m_concurrency);
    bottom->addSpacing(12);
    bottom->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_totals);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    QWidget::setTabOrder(m_back, m_concurrency); // along the bottom row, as it is laid out
    QWidget::setTabOrder(m_concurrency, m_apply);
    AccessibleNames::fromLabels(this);
}

void BulkPreviewPage::showComputing(int assistants)
{
    m_preview = {};
    m_list->clear();
    m_changes->clear();
    m_body->clear();
    m_title->setText(tr("Working out what each selected assistant would get (%Ln in all)…", nullptr, assistants));
    m_totals->clear();
    m_apply->setEnabled(false);
    m_apply->setText(tr("&Apply"));
}

void BulkPreviewPage::setPreview(const BulkPreview &preview, const QString &description)
{
    m_preview = preview;
    m_title->setText(description);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(preview.size());
    for (int index = 0; index < preview.size(); ++index) {
        const BulkPreview::Item &entry = preview.items().at(index);
        auto *item = new QTreeWidgetItem;
        item->setData(Name, kIndexRole, index);
        item->setText(Name, entry.name());
        item->setToolTip(Name, entry.id());
        switch (entry.status) {
        case BulkPreview::Status::WillChange:
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Name, Qt::Checked);
            item->setText(Result, entry.creates() ? tr("Will be created") : tr("Will change"));
            item->setText(Changes, entry.changes.join(QStringLiteral("; ")));
            break;
        case BulkPreview::Status::Unchanged:
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setText(Result, entry.reason.isEmpty() ? tr("Unchanged: nothing to send") : entry.reason);
            item->setForeground(Result, palette().brush(QPalette::Disabled, QPalette::Text));
            break;
        case BulkPreview::Status::Invalid:
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setText(Result, tr("Excluded: %1").arg(entry.problems.constFirst().message));
            item->setToolTip(Result, item->text(Result));
            item->setForeground(Result, EditorWidgets::errorColor());
            item->setText(Changes, entry.changes.join(QStringLiteral("; ")));
            break;
        }
        item->setToolTip(Changes, entry.changes.join(u'\n'));
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.first());
    refreshTotals();
    showDetail(m_list->currentItem());
}

void BulkPreviewPage::showDetail(QTreeWidgetItem *item)
{
    m_changes->clear();
    m_body->clear();
    m_bodyLabel->setText(tr("Re&quest body (PATCH):"));
    AccessibleNames::fromLabel(m_bodyLabel); // the body is named as its label reads now
    if (!item)
        return;
    const BulkPreview::Item &entry = m_preview.items().at(item->data(Name, kIndexRole).toInt());
    const bool reveal = m_reveal->isChecked();
    if (entry.creates()) {
        m_bodyLabel->setText(tr("Re&quest body (POST, a new assistant):"));
        AccessibleNames::fromLabel(m_bodyLabel);
    }
    if (entry.status == BulkPreview::Status::Unchanged)
        m_changes->addItem(entry.reason.isEmpty()
                               ? tr("Nothing changes: this assistant already holds what the edit would give it.")
                               : entry.reason);
    for (const ValidationIssue &problem : entry.problems) {
        auto *line = new QListWidgetItem(tr("Not sent: %1").arg(problem.message), m_changes);
        line->setForeground(EditorWidgets::errorColor());
    }
    for (const QString &note : entry.notes)
        m_changes->addItem(tr("Note (sent all the same): %1").arg(note));
    // The changes and the body as the review before a save shows them: secrets masked unless revealed.
    m_changes->addItems(reveal ? ChangeSummary::lines(entry.before, entry.after, true) : entry.changes);
    bool carriesSecrets = false;
    SecretFields::visit(entry.patch.body(), [&carriesSecrets](const SecretLocation &, const QString &value) {
        carriesSecrets = carriesSecrets || !value.isEmpty();
    });
    m_reveal->setVisible(carriesSecrets);
    const QJsonObject body = reveal
        ? entry.patch.body()
        : SecretFields::replaced(entry.patch.body(), [](const SecretLocation &, const QString &value) {
              return SecretFields::maskedText(value);
          });
    m_body->setPlainText(entry.patch.isEmpty()
                             ? tr("(nothing is sent)")
                             : QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)));
}

void BulkPreviewPage::refreshTotals()
{
    const int changing = m_preview.count(BulkPreview::Status::WillChange);
    const int created = m_preview.creates();
    const int unchanged = m_preview.count(BulkPreview::Status::Unchanged);
    const int invalid = m_preview.count(BulkPreview::Status::Invalid);
    const int ticked = tickedCount();
    QStringList totals;
    if (created > 0)
        totals.append(tr("%Ln will be created", nullptr, created));
    if (created == 0 || changing > created)
        totals.append(tr("%Ln will change", nullptr, changing - created));
    totals.append(tr("%Ln unchanged", nullptr, unchanged));
    totals.append(tr("%Ln invalid (excluded)", nullptr, invalid));
    if (ticked < changing)
        totals.append(tr("%Ln unticked", nullptr, changing - ticked));
    m_totals->setText(totals.join(QStringLiteral(" · ")));
    m_apply->setText(tr("&Apply (%Ln ticked)…", nullptr, ticked));
    m_apply->setEnabled(ticked > 0);
    m_applyProblem->setText(ticked > 0         ? QString()
                                : changing > 0 ? tr("No assistant is ticked: nothing would be sent.")
                                               : tr("No assistant would change: nothing to send."));
}

QList<BatchSave::Entry> BulkPreviewPage::entries() const
{
    QList<BatchSave::Entry> entries;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->checkState(Name) != Qt::Checked)
            continue;
        const BulkPreview::Item &entry = m_preview.items().at(item->data(Name, kIndexRole).toInt());
        if (entry.status == BulkPreview::Status::WillChange)
            entries.append({entry.before, entry.after});
    }
    return entries;
}

int BulkPreviewPage::tickedCount() const
{
    int ticked = 0;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->checkState(Name) == Qt::Checked
            && m_preview.items().at(item->data(Name, kIndexRole).toInt()).status == BulkPreview::Status::WillChange)
            ++ticked;
    }
    return ticked;
}

void BulkPreviewPage::setTicked(const QString &assistantId, bool ticked)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (m_preview.items().at(item->data(Name, kIndexRole).toInt()).id() == assistantId
            && (item->flags() & Qt::ItemIsUserCheckable))
            item->setCheckState(Name, ticked ? Qt::Checked : Qt::Unchecked);
    }
}

int BulkPreviewPage::concurrency() const
{
    return m_concurrency->value();
}

void BulkPreviewPage::setConcurrency(int jobs)
{
    m_concurrency->setValue(jobs);
}
