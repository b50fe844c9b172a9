// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindAllDialog.h"

#include "ui/AccessibleNames.h"

#include "MatchDelegate.h"
#include "core/AssistantSchema.h"
#include "core/AssistantTableModel.h"
#include "ui/Background.h"
#include "ui/editor/EditorWidgets.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kTypingMs = 250;
constexpr int kListSettleMs = 1000;
constexpr int kExpandUpTo = 200; // assistants shown opened; more start closed

enum Column { Where, Text };

} // namespace

FindAllDialog::FindAllDialog(AssistantTableModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_text(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regular e&xpression"), this))
    , m_matchCase(new QCheckBox(tr("Match c&ase"), this))
    , m_wholeWord(new QCheckBox(tr("&Whole words"), this))
    , m_problem(new QLabel(this))
    , m_status(new QLabel(this))
    , m_results(new QTreeWidget(this))
    , m_replacement(new QLineEdit(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_replace(new QPushButton(tr("&Preview Replace…"), this))
{
    setObjectName(QStringLiteral("findAllDialog"));
    setWindowTitle(tr("Find in All Assistants"));
    m_text->setObjectName(QStringLiteral("findAllText"));
    m_text->setAccessibleDescription(tr("Text to find in all assistants"));
    m_text->setPlaceholderText(tr("Text in any prompt, message, FAQ item, tool…"));
    m_text->setClearButtonEnabled(true);
    m_regex->setObjectName(QStringLiteral("findAllRegex"));
    m_regex->setAccessibleName(tr("Regular expression"));
    m_matchCase->setObjectName(QStringLiteral("findAllMatchCase"));
    m_matchCase->setAccessibleName(tr("Match case"));
    m_wholeWord->setObjectName(QStringLiteral("findAllWholeWord"));
    m_wholeWord->setAccessibleName(tr("Whole words"));
    m_problem->setObjectName(QStringLiteral("findAllProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, EditorWidgets::errorColor());
    m_problem->setPalette(palette);
    m_problem->hide();
    m_status->setObjectName(QStringLiteral("findAllStatus"));
    m_status->setTextFormat(Qt::PlainText);

    m_results->setObjectName(QStringLiteral("findAllResults"));
    m_results->setAccessibleName(tr("Matches by assistant and field"));
    m_results->setHeaderLabels({tr("Where"), tr("Line")});
    m_results->setUniformRowHeights(true);
    m_results->header()->resizeSection(Where, 330);
    m_results->setItemDelegateForColumn(Text, new MatchDelegate(m_results));
    connect(m_results, &QTreeWidget::itemActivated, this, &FindAllDialog::openCurrent);
    connect(m_results, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_open->setEnabled(item != nullptr); });

    m_replacement->setObjectName(QStringLiteral("findAllReplacement"));
    m_replacement->setAccessibleDescription(tr("Replace every match with"));
    m_open->setObjectName(QStringLiteral("findAllOpen"));
    m_open->setEnabled(false);
    m_open->setToolTip(tr("Opens the assistant at the field of the selected match (Enter)"));
    m_replace->setObjectName(QStringLiteral("findAllReplace"));
    m_replace->setToolTip(tr("Shows every change before anything is sent"));
    connect(m_open, &QPushButton::clicked, this, &FindAllDialog::openCurrent);
    connect(m_replace, &QPushButton::clicked, this, [this] {
        const TextPattern find = pattern();
        if (!(find == m_resultPattern) || m_result.assistantIds.isEmpty()
            || !find.replacementProblem(m_replacement->text()).isEmpty())
            return;
        BulkEdit edit;
        for (const QString &path : std::as_const(m_result.catalogPaths))
            edit.append(BulkOperation::replaceText(path, find, m_replacement->text()));
        emit replaceRequested(m_result.assistantIds, edit);
    });

    auto *findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_text);
    auto *options = new QHBoxLayout;
    options->addWidget(m_regex);
    options->addWidget(m_matchCase);
    options->addWidget(m_wholeWord);
    options->addStretch(1);
    auto *replaceLabel = new QLabel(tr("&Replace with:"), this);
    replaceLabel->setBuddy(m_replacement);
    auto *form = new QFormLayout;
    form->addRow(findLabel, m_text);
    form->addRow(QString(), options);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(replaceLabel);
    bottom->addWidget(m_replacement, 1);
    bottom->addWidget(m_replace);
    bottom->addSpacing(12);
    bottom->addWidget(m_open);
    QWidget::setTabOrder(m_replacement, m_replace);
    QWidget::setTabOrder(m_replace, m_open);
    AccessibleNames::fromLabels(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addLayout(bottom);

    m_typing.setSingleShot(true);
    m_typing.setInterval(kTypingMs);
    connect(&m_typing, &QTimer::timeout, this, &FindAllDialog::findNow);
    m_listChanged.setSingleShot(true);
    m_listChanged.setInterval(kListSettleMs);
    connect(&m_listChanged, &QTimer::timeout, this, [this] {
        if (isVisible() && pattern().isValid())
            findNow();
    });
    connect(m_text, &QLineEdit::textChanged, this, &FindAllDialog::onInputsChanged);
    connect(m_text, &QLineEdit::returnPressed, this, &FindAllDialog::findNow);
    for (QCheckBox *box : {m_regex, m_matchCase, m_wholeWord})
        connect(box, &QCheckBox::toggled, this, &FindAllDialog::onInputsChanged);
    connect(m_replacement, &QLineEdit::textChanged, this, &FindAllDialog::refreshReplace);
    // The texts follow the list: taken out again once it settles (a batch may change many rows).
    const auto listChanged = [this] {
        m_stale = true;
        m_listChanged.start();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, listChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, listChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, listChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, listChanged);
    resize(1100, 720);
    refreshReplace();
}

void FindAllDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_stale && !m_extracting)
        extract();
    m_text->setFocus();
    m_text->selectAll();
}

TextPattern FindAllDialog::pattern() const
{
    return TextPattern(m_text->text(),
                       {.regex = m_regex->isChecked(),
                        .caseSensitive = m_matchCase->isChecked(),
                        .wholeWord = m_wholeWord->isChecked()});
}

void FindAllDialog::onInputsChanged()
{
    const TextPattern find = pattern();
    // An empty box is no mistake: it only clears the results.
    const QString problem = m_text->text().isEmpty() ? QString() : find.problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_typing.start();
    refreshReplace();
}

void FindAllDialog::findNow()
{
    m_typing.stop();
    if (m_stale || m_extracting) {
        m_pendingFind = true;
        if (!m_extracting)
            extract();
        return;
    }
    search();
}

void FindAllDialog::extract()
{
    m_extracting = true;
    m_stale = false;
    m_status->setText(tr("Reading the texts of every assistant (%n)…", nullptr, m_model->rowCount()));
    const QList<AssistantSummary> summaries = m_model->summaries();
    Background::run<AssistantSearch>(
        this, [summaries] { return AssistantSearch(summaries); },
        [this](const AssistantSearch &extracted) {
            m_search = extracted;
            m_extracting = false;
            if (m_stale) { // changed again while it was read
                extract();
                return;
            }
            m_status->clear();
            if (m_pendingFind || pattern().isValid()) {
                m_pendingFind = false;
                search();
            }
        });
}

void FindAllDialog::search()
{
    const TextPattern find = pattern();
    if (!find.isValid()) {
        m_result = {};
        m_resultPattern = {};
        m_results->clear();
        m_status->setText(m_text->text().isEmpty() ? QString() : tr("Nothing searched: see the problem above."));
        refreshReplace();
        return;
    }
    m_searching = true;
    const int generation = ++m_generation;
    const AssistantSearch index = m_search;
    Background::run<AssistantSearch::Result>(
        this, [index, find] { return index.find(find); },
        [this, generation, find](const AssistantSearch::Result &result) {
            if (generation != m_generation)
                return;
            m_searching = false;
            m_result = result;
            m_resultPattern = find;
            showResult();
        });
}

QString FindAllDialog::placeOf(const QString &path)
{
    static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
    QStringList items;
    for (QRegularExpressionMatchIterator it = index.globalMatch(path); it.hasNext();)
        items.append(QString::number(it.next().captured(1).toInt() + 1));
    const QString label = AssistantSchema::displayLabel(AssistantSchema::catalogPath(path));
    return items.isEmpty() ? label : tr("%1 (item %2)").arg(label, items.join(QStringLiteral(", ")));
}

void FindAllDialog::showResult()
{
    const QLocale locale;
    m_results->clear();
    QList<QTreeWidgetItem *> top;
    QTreeWidgetItem *assistant = nullptr;
    QTreeWidgetItem *field = nullptr;
    for (const AssistantSearch::Hit &hit : std::as_const(m_result.hits)) {
        if (!assistant || assistant->data(Where, kIdRole).toString() != hit.assistantId) {
            assistant = new QTreeWidgetItem({hit.assistantName});
            assistant->setData(Where, kIdRole, hit.assistantId);
            assistant->setToolTip(Where, hit.assistantId);
            QFont font = assistant->font(Where);
            font.setBold(true);
            assistant->setFont(Where, font);
            top.append(assistant);
            field = nullptr;
        }
        if (!field || field->data(Where, kPathRole).toString() != hit.path) {
            field = new QTreeWidgetItem(assistant, {placeOf(hit.path)});
            field->setData(Where, kIdRole, hit.assistantId);
            field->setData(Where, kPathRole, hit.path);
        }
        auto *line = new QTreeWidgetItem(field, {tr("line %1").arg(hit.lineNumber), hit.line});
        line->setData(Where, kIdRole, hit.assistantId);
        line->setData(Where, kPathRole, hit.path);
        line->setData(Text, MatchDelegate::MatchStartRole, hit.lineStart);
        line->setData(Text, MatchDelegate::MatchLengthRole, hit.length);
        line->setToolTip(Text, hit.line);
    }
    for (QTreeWidgetItem *item : std::as_const(top)) {
        int lines = 0;
        for (int i = 0; i < item->childCount(); ++i)
            lines += item->child(i)->childCount();
        item->setText(Text, tr("%n found", nullptr, lines));
    }
    m_results->addTopLevelItems(top);
    if (top.size() <= kExpandUpTo)
        m_results->expandAll();
    if (!top.isEmpty())
        m_results->setCurrentItem(top.first());

    const QString searched = locale.toString(m_result.assistantsSearched);
    const QString matches = tr("%Ln match(es)", nullptr, int(m_result.matches));
    const int matched = int(m_result.assistantsMatched);
    if (m_result.matches == 0)
        m_status->setText(tr("No match in %Ln assistant(s).", nullptr, int(m_result.assistantsSearched)));
    else if (m_result.truncated)
        m_status->setText(tr("Showing the first %1 of %2, in %Ln assistant(s) of %3.", nullptr, matched)
                              .arg(locale.toString(m_result.hits.size()), matches, searched));
    else
        m_status->setText(tr("%1 in %Ln assistant(s) of %2.", nullptr, matched).arg(matches, searched));
    refreshReplace();
}

void FindAllDialog::refreshReplace()
{
    const TextPattern find = pattern();
    const QString problem = find.isValid() ? find.replacementProblem(m_replacement->text()) : QString();
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
    } else if (find.isValid()) {
        m_problem->hide();
    }
    // Only what was found for exactly these inputs is replaced: a search still on its way waits.
    m_replace->setEnabled(find.isValid() && find == m_resultPattern && problem.isEmpty()
                          && !m_result.assistantIds.isEmpty());
    m_replace->setText(m_result.assistantIds.isEmpty()
                           ? tr("&Preview Replace…")
                           : tr("&Preview Replace (%n)…", nullptr, int(m_result.assistantIds.size())));
}

void FindAllDialog::openCurrent()
{
    const QTreeWidgetItem *item = m_results->currentItem();
    if (item)
        emit openRequested(item->data(Where, kIdRole).toString(), item->data(Where, kPathRole).toString());
}
