// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorPages.h"

#include "AdvancedPage.h"
#include "CallsPage.h"
#include "EditorDocument.h"
#include "EditorWidgets.h"
#include "FaqPage.h"
#include "GeneralPage.h"
#include "PromptPage.h"
#include "RetryPage.h"
#include "StructuredOutputPage.h"
#include "ToolsPage.h"
#include "VoicePage.h"
#include "core/AssistantPatch.h"
#include "core/FieldPaths.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QUndoStack>

namespace {

// Every entry of the page list has an icon, a blank one when all is well, so the titles line up.
QIcon blankIcon()
{
    static const QIcon blank = [] {
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::transparent);
        return QIcon(pixmap);
    }();
    return blank;
}

constexpr int kPageRole = Qt::UserRole;
constexpr int kChangedRole = Qt::UserRole + 1;

FieldPage pageOfKey(const QString &key)
{
    const FieldSpec *spec = AssistantSchema::field(key);
    return spec ? spec->page : FieldPage::Advanced;
}

} // namespace

EditorPages::EditorPages(EditorDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_pageList(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setAccessibleName(tr("Pages"));
    m_pageList->setFixedWidth(210);
    m_pageList->setIconSize(QSize(16, 16));
    m_pageList->setFrameShape(QFrame::NoFrame);
    m_pageList->setSpacing(1);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    connect(m_pageList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    addPage(new GeneralPage(m_document));
    addPage(new PromptPage(m_document));
    m_voicePage = new VoicePage(m_document);
    addPage(m_voicePage);
    addPage(new RetryPage(m_document));
    auto *tools = new ToolsPage(m_document);
    connect(tools, &ToolsPage::selectionChanged, this, &EditorPages::selectionChanged);
    addPage(tools);
    addPage(new FaqPage(m_document));
    addPage(new StructuredOutputPage(m_document));
    auto *calls = new CallsPage(m_document);
    m_phoneNumbers = calls->phoneNumbers();
    addPage(calls);
    addPage(new AdvancedPage(m_document));
    m_pageList->setCurrentRow(0);

    auto *body = new QHBoxLayout(this);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_pageList);
    body->addWidget(m_stack, 1);
    installUndoKeys();
}

void EditorPages::addSidePage(QWidget *page, const QString &title)
{
    m_stack->addWidget(page);
    m_sidePages.append(page);
    auto *item = new QListWidgetItem(title, m_pageList);
    item->setSizeHint(QSize(0, m_pageList->fontMetrics().height() + 14));
    item->setIcon(blankIcon());
}

void EditorPages::showSidePage(QWidget *page)
{
    const qsizetype index = m_sidePages.indexOf(page);
    if (index >= 0)
        m_pageList->setCurrentRow(int(m_pages.size() + index));
}

int EditorPages::pageCount() const
{
    return m_pageList->count();
}

QString EditorPages::pageTitle(int index) const
{
    if (index < m_pages.size())
        return m_pages.at(index)->title();
    return m_pageList->item(index)->text();
}

std::optional<FieldPage> EditorPages::pageKind(int index) const
{
    if (index < m_pages.size())
        return m_pages.at(index)->page();
    return std::nullopt;
}

int EditorPages::currentPage() const
{
    return m_pageList->currentRow();
}

void EditorPages::showPage(int index)
{
    if (index < 0 || index >= pageCount())
        return;
    m_pageList->setCurrentRow(index);
    QWidget *page = m_stack->widget(index);
    for (QWidget *widget = page->nextInFocusChain(); widget && widget != page; widget = widget->nextInFocusChain()) {
        if (page->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(page)
            && widget->isEnabled()) {
            widget->setFocus(Qt::TabFocusReason);
            break;
        }
    }
}

void EditorPages::setPageListVisible(bool visible)
{
    m_pageList->setVisible(visible);
}

void EditorPages::addPage(EditorPage *page)
{
    page->setObjectName(QStringLiteral("page:%1").arg(int(page->page())));
    auto *scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("scroll:%1").arg(int(page->page())));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    // The inputs take the focus (and scroll themselves into view), not the page around them.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setAccessibleName(page->title());
    // Forms of single-line fields read badly across a whole wide window; lists and prompts may use it.
    if (page->page() == FieldPage::General || page->page() == FieldPage::Voice || page->page() == FieldPage::Retry
        || page->page() == FieldPage::CallsMessages)
        page->setMaximumWidth(1040);
    m_stack->addWidget(scroll);
    EditorWidgets::alignLabels(page->findChildren<QFormLayout *>());
    m_pages.append(page);
    m_scrolls.append(scroll);
    auto *item = new QListWidgetItem(page->title(), m_pageList);
    item->setData(kPageRole, int(page->page()));
    item->setSizeHint(QSize(0, m_pageList->fontMetrics().height() + 14));
}

void EditorPages::installUndoKeys()
{
    // Text inputs have an undo of their own that would swallow Ctrl+Z; the document's history is the one that
    // knows every field, so the keys go to it.
    for (EditorPage *page : std::as_const(m_pages)) {
        for (const FieldBinding &binding : page->bindings()) {
            QList<QWidget *> targets{binding.input};
            for (QLineEdit *inner : binding.input->findChildren<QLineEdit *>())
                targets.append(inner);
            for (QWidget *target : std::as_const(targets)) {
                if (qobject_cast<QLineEdit *>(target) || qobject_cast<QPlainTextEdit *>(target)
                    || qobject_cast<QAbstractSpinBox *>(target) || qobject_cast<QComboBox *>(target))
                    target->installEventFilter(this);
            }
        }
    }
}

bool EditorPages::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
            } else if (undo) {
                m_document->undoStack()->undo();
            } else {
                m_document->undoStack()->redo();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EditorPages::load()
{
    for (EditorPage *page : std::as_const(m_pages))
        page->load();
}

bool EditorPages::focusField(const QString &path)
{
    const Placement placement = placementOf(path);
    if (!placement.page)
        return false;
    showPageOf(placement.page);
    QWidget *target = placement.page->reveal(path);
    if (!target)
        target = placement.binding->input;
    m_scrolls.at(m_pages.indexOf(placement.page))->ensureWidgetVisible(target);
    target->setFocus(Qt::OtherFocusReason);
    return true;
}

void EditorPages::revealField(const QString &path)
{
    const Placement placement = placementOf(path);
    if (!placement.page)
        return;
    showPageOf(placement.page);
    QWidget *target = placement.page->reveal(path);
    m_scrolls.at(m_pages.indexOf(placement.page))->ensureWidgetVisible(target ? target : placement.binding->input);
}

bool EditorPages::hasInput(const QString &path) const
{
    return placementOf(path).binding != nullptr;
}

QString EditorPages::fieldMessage(const QString &catalogPath) const
{
    for (const EditorPage *page : m_pages) {
        for (const FieldBinding &binding : page->bindings()) {
            if (binding.path == catalogPath)
                return binding.message->text();
        }
    }
    return {};
}

EditorPages::Placement EditorPages::placementOf(const QString &concretePath) const
{
    const QString catalogPath = AssistantSchema::catalogPath(concretePath);
    Placement best;
    int bestLength = -1;
    for (EditorPage *page : m_pages) {
        for (const FieldBinding &binding : page->bindings()) {
            const int length = FieldPaths::coverage(binding.path, catalogPath);
            if (length <= bestLength)
                continue;
            if (binding.itemIndex) {
                const int shown = binding.itemIndex();
                const QString list = binding.path.left(binding.path.indexOf(QLatin1String("[]")));
                if (shown < 0 || FieldPaths::indexIn(concretePath, list) != shown)
                    continue;
            }
            best = {page, &binding};
            bestLength = length;
        }
    }
    if (best.binding)
        return best;
    // A problem with a whole object ("llm_model" is not an object) goes to its first input.
    const QString key = Validation::topLevelKey(concretePath);
    for (EditorPage *page : m_pages) {
        for (const FieldBinding &binding : page->bindings()) {
            if (!binding.itemIndex && Validation::topLevelKey(binding.path) == key)
                return {page, &binding};
        }
    }
    return {};
}

bool EditorPages::isBindingChanged(const FieldBinding &binding) const
{
    const QJsonObject &before = m_document->base().json();
    const QJsonObject &after = m_document->edited().json();
    if (binding.itemIndex) {
        const int index = binding.itemIndex();
        if (index < 0)
            return false;
        const QJsonValue a = FieldPaths::valueAt(before, binding.path, index);
        const QJsonValue b = FieldPaths::valueAt(after, binding.path, index);
        return a != b || a.type() != b.type();
    }
    if (!binding.path.contains(u'.') && !binding.path.contains(u'['))
        return m_document->isChanged(binding.path);
    const QJsonValue a = FieldPaths::valueAt(before, binding.path);
    const QJsonValue b = FieldPaths::valueAt(after, binding.path);
    return a != b || a.type() != b.type();
}

void EditorPages::showMarks(const Marks &marks)
{
    markBindings(marks);
    for (EditorPage *page : std::as_const(m_pages)) {
        QList<ValidationIssue> own;
        for (const ValidationIssue &issue : marks.issues) {
            if (pageOfKey(Validation::topLevelKey(issue.path)) == page->page())
                own.append(issue);
        }
        page->markIssues(own, marks.blocking);
    }
    markPageList(marks);
}

void EditorPages::markBindings(const Marks &marks)
{
    QHash<const FieldBinding *, QStringList> errors;
    QHash<const FieldBinding *, QStringList> warnings;
    for (const ValidationIssue &issue : marks.issues) {
        if (const Placement placement = placementOf(issue.path); placement.binding)
            (marks.blocking.contains(issue) ? errors : warnings)[placement.binding].append(issue.message);
    }
    for (const ValidationIssue &error : marks.serverErrors) {
        if (const Placement placement = placementOf(error.path); placement.binding)
            errors[placement.binding].append(tr("The server says: %1").arg(error.message));
    }
    for (const ValidationIssue &note : marks.serverNotes) {
        if (const Placement placement = placementOf(note.path); placement.binding)
            warnings[placement.binding].append(note.message);
    }

    for (EditorPage *page : std::as_const(m_pages)) {
        for (const FieldBinding &binding : page->bindings()) {
            const QStringList lines = errors.value(&binding) + warnings.value(&binding);
            QPalette palette = binding.message->palette();
            palette.setColor(QPalette::WindowText,
                             errors.contains(&binding) ? EditorWidgets::errorColor() : EditorWidgets::warningColor());
            binding.message->setPalette(palette);
            binding.message->setText(lines.join(u'\n'));
            binding.message->setVisible(!lines.isEmpty());
            binding.message->setProperty("blocking", errors.contains(&binding));

            if (!binding.label)
                continue;
            if (!binding.label->property("plainText").isValid())
                binding.label->setProperty("plainText", binding.label->text());
            const QString plain = binding.label->property("plainText").toString();
            const bool changed = isBindingChanged(binding);
            // The mark's colour is the theme's: a label is written again when either changes.
            const QString mark = EditorWidgets::changedColor().name();
            if (binding.label->property("changed").toBool() == changed
                && binding.label->property("markColor").toString() == mark)
                continue;
            binding.label->setProperty("changed", changed);
            binding.label->setProperty("markColor", mark);
            QFont font = binding.label->font();
            font.setBold(changed);
            binding.label->setFont(font);
            binding.label->setText(
                changed ? QStringLiteral("%1 <span style='color:%2'>●</span>").arg(plain.toHtmlEscaped(), mark)
                        : plain.toHtmlEscaped());
            binding.label->setToolTip(
                changed ? tr("Changed, not saved yet. %1")
                              .arg(AssistantSchema::field(AssistantSchema::catalogPath(binding.path))->displayHelp())
                        : AssistantSchema::field(binding.path)->displayHelp());
        }
    }
}

void EditorPages::markPageList(const Marks &marks)
{
    const QStringList changedKeys = m_document->patch().keys();
    for (int row = 0; row < m_pages.size(); ++row) { // the side pages after them have no marks
        QListWidgetItem *item = m_pageList->item(row);
        const EditorPage *page = m_pages.at(row);
        const bool changed = std::any_of(changedKeys.cbegin(), changedKeys.cend(),
                                         [page](const QString &key) { return pageOfKey(key) == page->page(); });
        const auto onPage = [page](const QList<ValidationIssue> &issues) {
            return std::any_of(issues.cbegin(), issues.cend(), [page](const ValidationIssue &issue) {
                return pageOfKey(Validation::topLevelKey(issue.path)) == page->page();
            });
        };
        const bool blocking = onPage(marks.blocking) || onPage(marks.serverErrors);
        QList<ValidationIssue> flaggedIssues;
        for (const ValidationIssue &issue : marks.issues) {
            if (!marks.blocking.contains(issue))
                flaggedIssues.append(issue);
        }
        const bool flagged = onPage(flaggedIssues);

        item->setText(changed ? page->title() + QStringLiteral("  ●") : page->title());
        item->setData(kChangedRole, changed);
        QFont font = item->font();
        font.setBold(changed);
        item->setFont(font);
        item->setIcon(blocking      ? style()->standardIcon(QStyle::SP_MessageBoxCritical)
                          : flagged ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                    : blankIcon());
        QStringList tips;
        if (changed)
            tips.append(tr("Has unsaved changes."));
        if (blocking)
            tips.append(tr("Has problems that block saving."));
        else if (flagged)
            tips.append(tr("Has values the server holds that break a rule."));
        item->setToolTip(tips.join(u' '));
    }
}

void EditorPages::showPageOf(EditorPage *page)
{
    const int index = int(m_pages.indexOf(page));
    if (index >= 0)
        m_pageList->setCurrentRow(index);
}
