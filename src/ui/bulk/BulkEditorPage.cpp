// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkEditorPage.h"

#include "BulkFieldPanel.h"
#include "core/AssistantSchema.h"
#include "core/Validation.h"
#include "ui/editor/EditorDocument.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/EditorPages.h"
#include "ui/editor/EditorWidgets.h"
#include "ui/editor/VoicePage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kKeyRole = Qt::UserRole;

} // namespace

BulkEditorPage::BulkEditorPage(const Assistant &templateAssistant, int assistantCount, QWidget *parent)
    : QWidget(parent)
    , m_template(new EditorDocument(templateAssistant, this))
    , m_pages(new EditorPages(m_template, this))
    , m_fields(new QTreeWidget(this))
    , m_panels(new QWidget(this))
    , m_panelLayout(new QVBoxLayout(m_panels))
    , m_hint(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_preview(new QPushButton(tr("&Preview…"), this))
{
    setObjectName(QStringLiteral("bulkEditorPage"));
    auto *intro = new QLabel(tr("Changes go to every selected assistant — <b>%n in all</b>. Tick each field to change; "
                                "every other field stays exactly as each assistant has it. Values to set are "
                                "entered in the form, which starts from “%1”.",
                                nullptr, assistantCount)
                                 .arg(templateAssistant.name().toHtmlEscaped()),
                             this);
    intro->setObjectName(QStringLiteral("bulkIntro"));
    intro->setWordWrap(true);

    m_pages->setObjectName(QStringLiteral("bulkTemplate"));
    m_pages->setPageListVisible(false);
    m_pages->load();
    m_panels->setObjectName(QStringLiteral("bulkPanels"));
    m_panelLayout->setContentsMargins(0, 0, 0, 0);
    m_hint->setText(tr("Choose a field on the left and tick it to change it."));
    m_hint->setObjectName(QStringLiteral("bulkHint"));
    m_hint->setWordWrap(true);
    m_panelLayout->addWidget(m_hint);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(m_panels);
    rightLayout->addWidget(m_pages, 1);
    rightLayout->addStretch(0); // takes the room the form leaves when it is hidden

    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildFieldList());
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 900});

    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_preview->setObjectName(QStringLiteral("bulkPreviewButton"));
    m_preview->setDefault(true);
    m_preview->setToolTip(tr("Shows what each assistant would get, before anything is sent"));
    connect(m_preview, &QPushButton::clicked, this, [this] {
        if (problems().isEmpty())
            emit previewRequested();
    });
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_preview, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_template, &EditorDocument::changed, this, [this](const QStringList &keys) { onTemplateChanged(keys); });
    connect(m_template, &EditorDocument::reloaded, this, [this] {
        m_pages->load();
        refresh();
    });
    connect(m_pages, &EditorPages::selectionChanged, this, &BulkEditorPage::refresh);
    m_pages->hide();
    refresh();
}

QWidget *BulkEditorPage::buildFieldList()
{
    m_fields->setObjectName(QStringLiteral("bulkFields"));
    m_fields->setAccessibleName(tr("Fields to change"));
    m_fields->setHeaderLabel(tr("Fields to change"));
    m_fields->setRootIsDecorated(true);
    m_fields->setUniformRowHeights(true);
    QHash<int, QString> pageTitles;
    for (const EditorPage *page : m_pages->pages())
        pageTitles.insert(int(page->page()), page->title());
    QHash<int, QTreeWidgetItem *> groups;
    for (const FieldSpec *spec : AssistantSchema::topLevelFields()) {
        if (spec->readOnly || spec->page == FieldPage::None || spec->page == FieldPage::Advanced)
            continue;
        QTreeWidgetItem *&group = groups[int(spec->page)];
        if (!group) {
            group = new QTreeWidgetItem(m_fields, {pageTitles.value(int(spec->page))});
            group->setFlags(Qt::ItemIsEnabled);
            QFont font = group->font(0);
            font.setBold(true);
            group->setFont(0, font);
        }
        auto *item = new QTreeWidgetItem(group, {spec->displayLabel()});
        item->setData(0, kKeyRole, spec->path);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        item->setToolTip(0, spec->displayHelp());
    }
    m_fields->expandAll();
    connect(m_fields, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { onCurrentItemChanged(item); });
    connect(m_fields, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, kKeyRole).toString().isEmpty())
            refresh();
    });
    return m_fields;
}

QTreeWidgetItem *BulkEditorPage::itemFor(const QString &key) const
{
    for (int group = 0; group < m_fields->topLevelItemCount(); ++group) {
        QTreeWidgetItem *parent = m_fields->topLevelItem(group);
        for (int child = 0; child < parent->childCount(); ++child) {
            if (parent->child(child)->data(0, kKeyRole).toString() == key)
                return parent->child(child);
        }
    }
    return nullptr;
}

void BulkEditorPage::setVoices(const QList<VoiceInfo> &voices)
{
    m_pages->voicePage()->setVoices(voices);
}

BulkFieldPanel *BulkEditorPage::panel(const QString &key)
{
    BulkFieldPanel *&panel = m_panelByKey[key];
    if (!panel) {
        panel = new BulkFieldPanel(key, m_panels);
        panel->hide();
        m_panelLayout->addWidget(panel);
        connect(panel, &BulkFieldPanel::changed, this, [this, key] {
            // Filling in a transform opts the field in, as editing its value does.
            if (QTreeWidgetItem *item = itemFor(key); item && item->checkState(0) != Qt::Checked)
                item->setCheckState(0, Qt::Checked);
            if (key == m_current)
                onCurrentItemChanged(m_fields->currentItem());
            refresh();
        });
    }
    return panel;
}

BulkFieldPanel *BulkEditorPage::showField(const QString &key)
{
    QTreeWidgetItem *item = itemFor(key);
    if (!item)
        return nullptr;
    BulkFieldPanel *shown = panel(key);
    m_fields->setCurrentItem(item);
    if (m_current != key)
        onCurrentItemChanged(item);
    return shown;
}

void BulkEditorPage::onCurrentItemChanged(QTreeWidgetItem *item)
{
    const QString key = item ? item->data(0, kKeyRole).toString() : QString();
    m_current = key;
    BulkFieldPanel *shown = key.isEmpty() ? nullptr : panel(key);
    m_hint->setVisible(!shown);
    for (BulkFieldPanel *other : std::as_const(m_panelByKey))
        other->setVisible(other == shown);
    if (!shown) {
        m_pages->hide();
        return;
    }
    m_pages->setVisible(shown->usesTemplate());
    if (shown->usesTemplate())
        m_pages->revealField(key);
}

void BulkEditorPage::onTemplateChanged(const QStringList &keys)
{
    for (const QString &key : keys) {
        QTreeWidgetItem *item = itemFor(key);
        if (!item)
            continue;
        BulkFieldPanel *changed = panel(key);
        if (!changed->usesTemplate())
            changed->setKind(BulkFieldPanel::Kind::SetValue);
        if (item->checkState(0) != Qt::Checked)
            item->setCheckState(0, Qt::Checked); // refreshes
    }
    refresh();
}

QStringList BulkEditorPage::tickedKeys() const
{
    QStringList keys;
    for (const FieldSpec *spec : AssistantSchema::topLevelFields()) {
        if (const QTreeWidgetItem *item = itemFor(spec->path); item && item->checkState(0) == Qt::Checked)
            keys.append(spec->path);
    }
    return keys;
}

void BulkEditorPage::setTicked(const QString &key, bool ticked)
{
    if (QTreeWidgetItem *item = itemFor(key))
        item->setCheckState(0, ticked ? Qt::Checked : Qt::Unchecked);
}

BulkEdit BulkEditorPage::edit() const
{
    BulkEdit edit;
    for (const QString &key : tickedKeys()) {
        if (const BulkFieldPanel *shown = m_panelByKey.value(key)) {
            for (const BulkOperation &operation : shown->operations(m_template->base(), m_template->edited()))
                edit.append(operation);
        } else { // ticked without opening it: set to the template's value
            edit.append(BulkOperation::setValue(key, m_template->edited().value(key)));
        }
    }
    return edit;
}

QStringList BulkEditorPage::problems() const
{
    const QStringList keys = tickedKeys();
    if (keys.isEmpty())
        return {tr("Tick at least one field to change.")};
    QStringList problems;
    for (const QString &key : keys) {
        const BulkFieldPanel *shown = m_panelByKey.value(key);
        if (shown && !shown->inputProblem(m_template->base(), m_template->edited()).isEmpty()) {
            problems.append(shown->inputProblem(m_template->base(), m_template->edited()));
            continue;
        }
        const QList<BulkOperation> operations = shown
            ? shown->operations(m_template->base(), m_template->edited())
            : QList<BulkOperation>{BulkOperation::setValue(key, m_template->edited().value(key))};
        for (const BulkOperation &operation : operations) {
            if (const QString problem = operation.problem(); !problem.isEmpty()) {
                problems.append(problem);
                break;
            }
        }
    }
    return problems;
}

void BulkEditorPage::refresh()
{
    // The template's inputs show the rules of the values to set; those are all strict, since every ticked
    // assistant will get them.
    QList<ValidationIssue> issues;
    for (const QString &key : tickedKeys()) {
        const BulkFieldPanel *shown = m_panelByKey.value(key);
        if (!shown || shown->usesTemplate())
            issues += Validation::validateField(m_template->edited(), key);
    }
    m_pages->showMarks({.issues = issues, .blocking = issues, .serverErrors = {}, .serverNotes = {}});
    for (auto it = m_panelByKey.cbegin(); it != m_panelByKey.cend(); ++it) {
        QString problem;
        if (tickedKeys().contains(it.key())) {
            problem = it.value()->inputProblem(m_template->base(), m_template->edited());
            for (const BulkOperation &operation : it.value()->operations(m_template->base(), m_template->edited())) {
                if (problem.isEmpty())
                    problem = operation.problem();
            }
        }
        it.value()->showProblem(problem);
    }
    const QStringList problems = this->problems();
    m_preview->setEnabled(problems.isEmpty());
    QPalette palette = m_summary->palette();
    palette.setColor(QPalette::WindowText,
                     problems.isEmpty() ? palette.color(QPalette::Text) : EditorWidgets::errorColor());
    m_summary->setPalette(palette);
    if (!problems.isEmpty()) {
        m_summary->setText(problems.join(u'\n'));
        return;
    }
    const QStringList lines = edit().descriptions();
    m_summary->setText(tr("Changes to make (%n):", nullptr, int(lines.size())) + u'\n' + lines.join(u'\n'));
}
