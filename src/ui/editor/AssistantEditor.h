// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "core/Assistant.h"
#include "core/AssistantPatch.h"
#include "core/AssistantSchema.h"
#include "core/SaveResult.h"
#include "core/Validation.h"
#include "core/VoiceInfo.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>

class Banner;
class EditorDocument;
class EditorPages;
class PhoneNumbersPanel;
class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QSettings;
class QToolButton;
class QUndoStack;

// The form editor of one assistant: pages of fields on the right, a page list on the left, problems
// shown beside the fields as the user types, undo/redo over everything. Saving is asked of the owner
// (saveRequested), who runs a SaveJob and hands its result back (finishSave).
class AssistantEditor : public QWidget
{
    Q_OBJECT

public:
    // `settings` keeps the review dialog's "don't show again"; without it the review always shows.
    AssistantEditor(const Assistant &base, QSettings *settings, QWidget *parent = nullptr);
    ~AssistantEditor() override;

    QString assistantId() const;
    const Assistant &base() const; // what the server holds, as last loaded or saved
    Assistant edited() const; // base + the user's edits (unknown keys kept)
    AssistantPatch patch() const; // AssistantPatch::between(base(), edited())
    bool isModified() const; // !patch().isEmpty()
    Validation::Review review() const;
    void setVoices(const QList<VoiceInfo> &voices);
    QUndoStack *undoStack() const;
    // The Calls page's list of the account's phone numbers; its owner fills it (PhoneNumberRouting).
    PhoneNumbersPanel *phoneNumbers() const;

    QString title() const; // name, plus " •" when modified
    bool isSaving() const { return m_saving; }
    QAction *saveAction() const { return m_saveAction; }

    // Ctrl+S: shows ReviewChangesDialog first (unless the settings' skipReviewKey is true), then
    // emits saveRequested. Does nothing while problems block saving, nothing is changed or a save runs.
    void save();
    // The owner's SaveJob ended. The editor takes the base and content the result decides (newBase(),
    // contentAfter(): edits made meanwhile stay on top), and its banner says what happened: a failure
    // and what to do (field errors beside their fields only), fields the server did not store as sent
    // (their values stay, unsaved), a conflict left open.
    void finishSave(const SaveResult &result);
    // A newer server copy (a refresh) for an editor without edits or a save running; ignored otherwise.
    void showServerCopy(const Assistant &copy);
    // Replaces the user's version as one undoable step: a restored draft, the outcome of a merge.
    void setEdited(const Assistant &edited);
    // Like setEdited(), for fields (`keys`) put back to what they were before a change from the history:
    // `assumed` holds, per key, what that change left on the server (a key it lacks: absent). While such a field
    // still holds the value put back, saving merges it as if the editor's base held `assumed`, so a change
    // made on the server since is a conflict for the user to decide, never overwritten. A save that
    // succeeds, or a new server copy, ends it.
    void setEditedAssuming(const Assistant &edited, const QStringList &keys, const QJsonObject &assumed);
    // What a save merges against: base(), with the assumed values of fields that still hold what was put back.
    Assistant mergeBase() const;
    // Whether a field still holds a value put back from the history (mergeBase() assumes for it).
    bool hasAssumptions() const;

    // A page that shows no fields of its own (the History page), listed after the field pages.
    void addSidePage(QWidget *page, const QString &title);
    // Shows a page added with addSidePage().
    void showSidePage(QWidget *page);
    // Takes one top-level field as `from` holds it (its absence included), as one undoable edit of that field:
    // "copy this field to the other" of the comparison.
    void takeField(const QString &topLevelKey, const Assistant &from);

    // Shows the page of a field, selects the list item or row it is in and focuses its input.
    // `path` is concrete ("custom_tools[1].url"); false when no input shows it.
    bool focusField(const QString &path);
    // What the problem line of the input bound to a catalogue path says ("" when nothing).
    QString fieldMessage(const QString &catalogPath) const;

    // The pages, in the page list's order, side pages last (Ctrl+PgUp/PgDn, Alt+1…9 and the command palette
    // switch them). pageKind() is empty for a side page.
    int pageCount() const;
    QString pageTitle(int index) const;
    std::optional<FieldPage> pageKind(int index) const;
    int currentPage() const;
    void showPage(int index);
    // F8 / Shift+F8: focuses the field of the next (step 1) or previous (-1) problem of the problems menu,
    // round the list; false when there is none.
    bool jumpToProblem(int step);
    // Says, above the form, that the edits are not kept on disk (no draft can be written) until hidden again;
    // a save's outcome does not hide it.
    void showDraftWarning(const QString &text);
    void hideDraftWarning();

signals:
    void saveRequested(const QString &assistantId);
    // The Test Call button: the owner places a call with edited(), unsaved edits included.
    void testCallRequested();
    void modifiedChanged(bool modified);
    void titleChanged(const QString &title);

private:
    void buildHeader();
    void buildKeys();
    void loadPages();
    void revalidateAll();
    void onEdited(const QStringList &keys);
    void onReloaded(const QString &field);
    void refresh();
    void refreshProblems();
    void requestSave();
    // `mayHaveBeenStored`: the PATCH's answer was lost (SaveResult::mayHaveBeenStored).
    void showSaveError(const ApiError &error, bool mayHaveBeenStored);
    void showUnstored(const SaveResult &result);
    bool holdsPutBack(const QString &key) const;
    QList<ValidationIssue> allIssues() const;

    EditorDocument *m_document;
    QSettings *m_settings;
    Banner *m_banner;
    Banner *m_draftWarning;
    EditorPages *m_pages = nullptr;
    // Per field put back from the history: the value the server should still hold, and the value put back.
    QHash<QString, std::pair<QJsonValue, QJsonValue>> m_assumed;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_testCallButton = nullptr;
    QToolButton *m_problemsButton = nullptr;
    QMenu *m_problemsMenu = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;

    QHash<QString, QList<ValidationIssue>> m_issuesByKey; // per top-level key, from Validation::validateField
    QList<ValidationIssue> m_serverErrors; // from the last failed save, until their field is edited
    QList<ValidationIssue> m_serverNotes; // fields the last save's answer did not hold as sent (warnings)
    Validation::Review m_review;
    bool m_saving = false;
    int m_problemIndex = -1; // the problem F8 went to last
    bool m_lastModified = false;
    QString m_lastTitle;
};
