// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantEditor.h"

#include "EditorDocument.h"
#include "EditorPages.h"
#include "EditorWidgets.h"
#include "ReviewChangesDialog.h"
#include "VoicePage.h"
#include "core/FieldPaths.h"
#include "core/ValueText.h"
#include "ui/AppIcons.h"
#include "ui/Banner.h"
#include "ui/ThemeColors.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

constexpr int kMenuLength = 110;

QString shortened(const QString &text)
{
    return text.size() > kMenuLength ? text.left(kMenuLength - 1) + QChar(0x2026) : text;
}

} // namespace

AssistantEditor::AssistantEditor(const Assistant &base, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_document(new EditorDocument(base, this))
    , m_settings(settings)
    , m_banner(new Banner(this))
    , m_draftWarning(new Banner(this))
{
    setObjectName(QStringLiteral("assistantEditor"));
    m_banner->setObjectName(QStringLiteral("editorBanner"));
    m_draftWarning->setObjectName(QStringLiteral("draftWarning"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_draftWarning);
    buildHeader();
    m_pages = new EditorPages(m_document, this);
    connect(m_pages, &EditorPages::selectionChanged, this, &AssistantEditor::refresh);
    layout->addWidget(m_pages, 1);

    connect(m_document, &EditorDocument::changed, this, [this](const QStringList &keys) { onEdited(keys); });
    connect(m_document, &EditorDocument::reloaded, this, &AssistantEditor::onReloaded);

    loadPages();
    revalidateAll();
    refresh();
    buildKeys();
    ThemeColors::follow(this, [this] { refresh(); }); // the marks of problems and changes take the theme's colours
    m_lastModified = isModified();
    m_lastTitle = title();
}

AssistantEditor::~AssistantEditor() = default;

// --- construction ----------------------------------------------------------------------------

void AssistantEditor::buildHeader()
{
    QUndoStack *stack = m_document->undoStack();
    m_undoAction = stack->createUndoAction(this, tr("Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setIconText(tr("Undo")); // the stack renames the action "Undo Edit Name": the button stays short
    m_undoAction->setIcon(AppIcons::icon(QStringLiteral("edit-undo")));
    m_redoAction = stack->createRedoAction(this, tr("Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcuts(QKeySequence::Redo);
    m_redoAction->setIconText(tr("Redo"));
    m_redoAction->setIcon(AppIcons::icon(QStringLiteral("edit-redo")));
    m_saveAction = new QAction(tr("&Save…"), this);
    m_saveAction->setObjectName(QStringLiteral("actionSave"));
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &AssistantEditor::save);
    // The editor's keys work only inside the editor, so several open editors (tabs) do not clash.
    for (QAction *action : {m_undoAction, m_redoAction, m_saveAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    const auto toolButton = [this](QAction *action, const char *name) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(name));
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return button;
    };
    QToolButton *undo = toolButton(m_undoAction, "undoButton");
    QToolButton *redo = toolButton(m_redoAction, "redoButton");
    // The tooltips say what would be undone, with the key.
    connect(stack, &QUndoStack::indexChanged, this, [this, undo, redo] {
        undo->setToolTip(QStringLiteral("%1 (%2)").arg(
            m_undoAction->text(), QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
        redo->setToolTip(QStringLiteral("%1 (%2)").arg(
            m_redoAction->text(), QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText)));
    });
    emit stack->indexChanged(stack->index());

    m_problemsMenu = new QMenu(this);
    m_problemsMenu->setObjectName(QStringLiteral("problemsMenu"));
    m_problemsButton = new QToolButton(this);
    m_problemsButton->setObjectName(QStringLiteral("problemsButton"));
    m_problemsButton->setMenu(m_problemsMenu);
    m_problemsButton->setPopupMode(QToolButton::InstantPopup);
    m_problemsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problemsButton->setAutoRaise(true);
    m_problemsButton->setToolTip(tr("Jump to a field with a problem"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("editorStatus"));

    m_saveButton = new QPushButton(tr("Save…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setIcon(AppIcons::icon(QStringLiteral("document-save")));
    m_saveButton->setToolTip(tr("Review the changes and save them (%1)")
                                 .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    connect(m_saveButton, &QPushButton::clicked, this, &AssistantEditor::save);

    m_testCallButton = new QPushButton(tr("&Test Call…"), this);
    m_testCallButton->setObjectName(QStringLiteral("testCallButton"));
    m_testCallButton->setIcon(AppIcons::icon(QStringLiteral("call-start")));
    m_testCallButton->setToolTip(tr("Call a phone with this assistant as it is here, unsaved edits included; "
                                    "nothing is saved (%1)")
                                     .arg(QKeySequence(Qt::CTRL | Qt::Key_T).toString(QKeySequence::NativeText)));
    connect(m_testCallButton, &QPushButton::clicked, this, &AssistantEditor::testCallRequested);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 8, 6);
    header->addWidget(undo);
    header->addWidget(redo);
    header->addSpacing(8);
    header->addWidget(m_problemsButton);
    header->addSpacing(8);
    header->addWidget(m_status, 1);
    header->addWidget(m_testCallButton);
    header->addWidget(m_saveButton);
    static_cast<QVBoxLayout *>(layout())->addLayout(header);
}

// --- public API ------------------------------------------------------------------------------

QString AssistantEditor::assistantId() const
{
    return m_document->base().id();
}

const Assistant &AssistantEditor::base() const
{
    return m_document->base();
}

Assistant AssistantEditor::edited() const
{
    return m_document->edited();
}

AssistantPatch AssistantEditor::patch() const
{
    return m_document->patch();
}

bool AssistantEditor::isModified() const
{
    return m_document->isModified();
}

Validation::Review AssistantEditor::review() const
{
    return Validation::review(m_document->base(), m_document->edited());
}

void AssistantEditor::setVoices(const QList<VoiceInfo> &voices)
{
    m_pages->voicePage()->setVoices(voices);
}

QUndoStack *AssistantEditor::undoStack() const
{
    return m_document->undoStack();
}

QString AssistantEditor::title() const
{
    QString name = m_document->edited().name().trimmed();
    if (name.isEmpty())
        name = tr("Unnamed assistant");
    return isModified() ? name + QStringLiteral(" •") : name;
}

void AssistantEditor::save()
{
    if (m_saving || !isModified())
        return;
    m_review = review();
    if (!m_review.canSave()) {
        focusField(m_review.blocking.constFirst().path);
        return;
    }
    if (m_settings && m_settings->value(ReviewChangesDialog::skipReviewKey, false).toBool()) {
        requestSave();
        return;
    }
    auto *dialog = new ReviewChangesDialog(m_document->base(), m_document->edited(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->dontShowAgain() && m_settings)
            m_settings->setValue(ReviewChangesDialog::skipReviewKey, true);
        requestSave();
    });
    dialog->open();
}

void AssistantEditor::requestSave()
{
    const AssistantPatch body = patch();
    if (body.isEmpty() || m_saving)
        return;
    m_saving = true;
    m_banner->hide();
    refresh();
    emit saveRequested(assistantId());
}

void AssistantEditor::finishSave(const SaveResult &result)
{
    m_saving = false;
    m_serverErrors.clear();
    m_serverNotes.clear();
    m_banner->hide();
    if (result.outcome == SaveResult::Outcome::Saved || result.outcome == SaveResult::Outcome::NothingToSave)
        m_assumed.clear(); // the server holds what was put back: nothing is assumed any more
    if (const std::optional<Assistant> base = result.newBase())
        m_document->reset(*base, result.contentAfter(m_document->edited())); // reloads and refreshes
    switch (result.outcome) {
    case SaveResult::Outcome::Saved:
        if (!result.unstored.isEmpty())
            showUnstored(result);
        break;
    case SaveResult::Outcome::NothingToSave:
        break;
    case SaveResult::Outcome::Conflict: {
        QStringList labels;
        for (const QString &key : result.conflicts)
            labels.append(AssistantSchema::displayLabel(key));
        m_banner->showMessage(Banner::Kind::Warning,
                              tr("Not saved: %1 changed on the server too, and nobody chose which version to keep. "
                                 "Your changes are kept; save again to choose.")
                                  .arg(labels.join(QStringLiteral(", "))));
        break;
    }
    case SaveResult::Outcome::Cancelled:
        m_banner->showMessage(Banner::Kind::Warning,
                              tr("Not saved. Your changes are kept; save again to choose between your version and "
                                 "the server's."));
        break;
    case SaveResult::Outcome::Failed:
        showSaveError(result.error, result.mayHaveBeenStored);
        break;
    }
    refresh();
    if (!m_serverErrors.isEmpty())
        focusField(m_serverErrors.constFirst().path);
}

void AssistantEditor::showSaveError(const ApiError &error, bool mayHaveBeenStored)
{
    // Each field error is told once: beside its field when one shows it, in the banner otherwise.
    QStringList elsewhere;
    for (const ApiError::FieldError &fieldError : error.fieldErrors()) {
        const QString path = FieldPaths::fromServerPath(fieldError.field);
        const QString message = fieldError.message.isEmpty() ? error.message() : fieldError.message;
        if (!path.isEmpty() && m_pages->hasInput(path))
            m_serverErrors.append({path, message});
        else
            elsewhere.append(fieldError.field.isEmpty() ? message
                                                        : QStringLiteral("%1: %2").arg(fieldError.field, message));
    }
    QString text = m_serverErrors.isEmpty() ? error.message() : error.summary();
    if (!m_serverErrors.isEmpty() && !elsewhere.isEmpty())
        text += u'\n' + elsewhere.join(u'\n');
    // A lost answer does not mean a lost write. Saving again is safe: the save reads the server first.
    m_banner->showMessage(Banner::Kind::Error,
                          mayHaveBeenStored
                              ? tr("The server may or may not have saved this. %1 Your changes are kept; save again "
                                   "to make sure — it compares with the server first, so nothing is applied twice.")
                                    .arg(text)
                              : tr("Not saved. %1 Your changes are kept.").arg(text));
}

void AssistantEditor::showUnstored(const SaveResult &result)
{
    QStringList labels;
    for (const SaveResult::Unstored &field : result.unstored) {
        labels.append(AssistantSchema::displayLabel(field.key));
        const QString note = field.how == SaveResult::Unstored::How::Dropped
            ? tr("The server did not keep this value: its answer leaves the field out.")
            : field.how == SaveResult::Unstored::How::Ignored
            ? tr("The server did not take this value: it still holds %1.").arg(ValueText::inlineText(field.stored))
            : tr("The server stored %1 instead of this value.").arg(ValueText::inlineText(field.stored));
        m_serverNotes.append({field.key, note});
    }
    m_banner->showMessage(Banner::Kind::Warning,
                          tr("Saved, but the server did not store %1 as sent. Your values are still here, marked as "
                             "changed and kept in the draft: save again, or undo them to take the server's.")
                              .arg(labels.join(QStringLiteral(", "))));
}

void AssistantEditor::showServerCopy(const Assistant &copy)
{
    if (m_saving || isModified() || copy == m_document->base())
        return;
    m_serverErrors.clear();
    m_serverNotes.clear();
    m_assumed.clear();
    m_document->reset(copy, copy);
}

void AssistantEditor::setEditedAssuming(const Assistant &edited, const QStringList &keys, const QJsonObject &assumed)
{
    // An absent key reads as undefined on both sides: "absent" is a value too (a cleared nullable field).
    for (const QString &key : keys)
        m_assumed.insert(key, {assumed.value(key), edited.value(key)});
    setEdited(edited);
}

bool AssistantEditor::holdsPutBack(const QString &key) const
{
    const auto it = m_assumed.constFind(key);
    if (it == m_assumed.constEnd())
        return false;
    // Only while the field still holds what was put back: an edit made since is the user's own.
    Assistant putBack;
    if (!it->second.isUndefined())
        putBack.setValue(key, it->second);
    const Assistant &now = m_document->edited();
    return !AssistantPatch::differs(putBack, now, key) && !AssistantPatch::differs(now, putBack, key);
}

Assistant AssistantEditor::mergeBase() const
{
    Assistant result = m_document->base();
    for (auto it = m_assumed.cbegin(); it != m_assumed.cend(); ++it) {
        if (!holdsPutBack(it.key()))
            continue;
        if (it->first.isUndefined())
            result.remove(it.key());
        else
            result.setValue(it.key(), it->first);
    }
    return result;
}

bool AssistantEditor::hasAssumptions() const
{
    const QList<QString> keys = m_assumed.keys();
    return std::any_of(keys.cbegin(), keys.cend(), [this](const QString &key) { return holdsPutBack(key); });
}

void AssistantEditor::addSidePage(QWidget *page, const QString &title)
{
    m_pages->addSidePage(page, title);
}

void AssistantEditor::showSidePage(QWidget *page)
{
    m_pages->showSidePage(page);
}

PhoneNumbersPanel *AssistantEditor::phoneNumbers() const
{
    return m_pages->phoneNumbers();
}

void AssistantEditor::setEdited(const Assistant &edited)
{
    m_document->edit(QString(), [&edited](Assistant &assistant) { assistant = edited; });
    loadPages(); // no widget made this change: all of them show the new content
    revalidateAll();
    refresh();
}

void AssistantEditor::takeField(const QString &topLevelKey, const Assistant &from)
{
    m_document->edit(topLevelKey, [&](Assistant &assistant) {
        if (from.contains(topLevelKey))
            assistant.setValue(topLevelKey, AssistantSchema::writableValue(topLevelKey, from.value(topLevelKey)));
        else
            assistant.remove(topLevelKey);
    });
    loadPages(); // no widget made this change: all of them show the new content
    m_pages->revealField(topLevelKey);
}

bool AssistantEditor::focusField(const QString &path)
{
    return m_pages->focusField(path);
}

QString AssistantEditor::fieldMessage(const QString &catalogPath) const
{
    return m_pages->fieldMessage(catalogPath);
}

void AssistantEditor::showDraftWarning(const QString &text)
{
    m_draftWarning->showMessage(Banner::Kind::Warning, text);
}

void AssistantEditor::hideDraftWarning()
{
    m_draftWarning->hide();
}

// --- reacting --------------------------------------------------------------------------------

void AssistantEditor::loadPages()
{
    m_pages->load();
}

void AssistantEditor::revalidateAll()
{
    m_issuesByKey.clear();
    for (const ValidationIssue &issue : Validation::validate(m_document->edited()))
        m_issuesByKey[Validation::topLevelKey(issue.path)].append(issue);
}

void AssistantEditor::onEdited(const QStringList &keys)
{
    for (const QString &key : keys)
        m_issuesByKey.insert(key, Validation::validateField(m_document->edited(), key));
    const auto edited
        = [&keys](const ValidationIssue &issue) { return keys.contains(Validation::topLevelKey(issue.path)); };
    m_serverErrors.removeIf(edited);
    m_serverNotes.removeIf(edited);
    refresh();
}

void AssistantEditor::onReloaded(const QString &field)
{
    loadPages();
    revalidateAll();
    refresh();
    if (!field.isEmpty()) // undo and redo show where the change happened
        m_pages->revealField(field);
}

QList<ValidationIssue> AssistantEditor::allIssues() const
{
    QList<ValidationIssue> issues;
    for (const FieldSpec *spec : AssistantSchema::topLevelFields())
        issues += m_issuesByKey.value(spec->path);
    return issues;
}

void AssistantEditor::refresh()
{
    m_review = review();
    m_pages->showMarks({.issues = allIssues(),
                        .blocking = m_review.blocking,
                        .serverErrors = m_serverErrors,
                        .serverNotes = m_serverNotes});
    refreshProblems();

    const bool modified = isModified();
    const bool canSave = modified && m_review.canSave() && !m_saving;
    m_saveButton->setEnabled(canSave);
    m_saveAction->setEnabled(canSave);
    if (m_saving)
        m_status->setText(tr("Saving…"));
    else if (!m_review.canSave())
        m_status->setText(tr("Fix the problems marked in red to save."));
    else if (modified)
        m_status->setText(tr("%n field(s) changed, not saved yet.", nullptr, int(patch().keys().size())));
    else
        m_status->setText(tr("No changes."));

    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
    }
    if (const QString now = title(); now != m_lastTitle) {
        m_lastTitle = now;
        emit titleChanged(now);
    }
}

void AssistantEditor::refreshProblems()
{
    m_problemsMenu->clear();
    const auto add = [this](const ValidationIssue &issue, QStyle::StandardPixmap icon, const QString &text) {
        QAction *action = m_problemsMenu->addAction(style()->standardIcon(icon), shortened(text));
        action->setToolTip(text);
        action->setData(issue.path);
        const QString path = issue.path;
        connect(action, &QAction::triggered, this, [this, path] { focusField(path); });
    };
    for (const ValidationIssue &issue : std::as_const(m_review.blocking))
        add(issue, QStyle::SP_MessageBoxCritical, issue.message);
    for (const ValidationIssue &issue : std::as_const(m_serverErrors))
        add(issue, QStyle::SP_MessageBoxCritical, tr("The server says: %1").arg(issue.message));
    if (!m_review.flagged.isEmpty() && !m_problemsMenu->isEmpty())
        m_problemsMenu->addSeparator()->setText(tr("Held by the server"));
    for (const ValidationIssue &issue : std::as_const(m_review.flagged))
        add(issue, QStyle::SP_MessageBoxWarning, issue.message);

    const int blocking = int(m_review.blocking.size() + m_serverErrors.size());
    const int flagged = int(m_review.flagged.size());
    if (blocking > 0) {
        m_problemsButton->setText(tr("%n problem(s)", nullptr, blocking));
        m_problemsButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
    } else if (flagged > 0) {
        m_problemsButton->setText(tr("%n warning(s)", nullptr, flagged));
        m_problemsButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    } else {
        m_problemsButton->setText(tr("No problems"));
        m_problemsButton->setIcon(QIcon());
    }
    m_problemsButton->setEnabled(blocking + flagged > 0);
}

void AssistantEditor::buildKeys()
{
    const auto make = [this](const QString &text, const QString &name, const QList<QKeySequence> &keys) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut); // several editors (tabs) do not clash
        addAction(action);
        return action;
    };
    connect(make(tr("Next Page"), QStringLiteral("actionNextPage"), {QKeySequence(Qt::CTRL | Qt::Key_PageDown)}),
            &QAction::triggered, this, [this] { showPage((currentPage() + 1) % pageCount()); });
    connect(make(tr("Previous Page"), QStringLiteral("actionPreviousPage"), {QKeySequence(Qt::CTRL | Qt::Key_PageUp)}),
            &QAction::triggered, this, [this] { showPage((currentPage() + pageCount() - 1) % pageCount()); });
    // Alt+1…9 for the field pages (side pages, added later, are reached with Ctrl+PgUp/PgDn).
    for (int index = 0; index < std::min(pageCount(), 9); ++index) {
        QAction *action = make(tr("Go to %1").arg(pageTitle(index)), QStringLiteral("actionPage%1").arg(index + 1),
                               {QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + index))});
        connect(action, &QAction::triggered, this, [this, index] { showPage(index); });
    }
    connect(make(tr("Next Problem"), QStringLiteral("actionNextProblem"), {QKeySequence(Qt::Key_F8)}),
            &QAction::triggered, this, [this] { jumpToProblem(1); });
    connect(
        make(tr("Previous Problem"), QStringLiteral("actionPreviousProblem"), {QKeySequence(Qt::SHIFT | Qt::Key_F8)}),
        &QAction::triggered, this, [this] { jumpToProblem(-1); });
}

int AssistantEditor::pageCount() const
{
    return m_pages->pageCount();
}

QString AssistantEditor::pageTitle(int index) const
{
    return m_pages->pageTitle(index);
}

std::optional<FieldPage> AssistantEditor::pageKind(int index) const
{
    return m_pages->pageKind(index);
}

int AssistantEditor::currentPage() const
{
    return m_pages->currentPage();
}

void AssistantEditor::showPage(int index)
{
    m_pages->showPage(index);
}

bool AssistantEditor::jumpToProblem(int step)
{
    QStringList paths;
    for (const QAction *action : m_problemsMenu->actions()) {
        if (!action->isSeparator())
            paths.append(action->data().toString());
    }
    if (paths.isEmpty())
        return false;
    m_problemIndex = int((std::max(m_problemIndex, step > 0 ? -1 : 0) + step + paths.size()) % paths.size());
    return focusField(paths.at(m_problemIndex));
}
