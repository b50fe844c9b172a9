// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "core/Assistant.h"
#include "core/AssistantPatch.h"
#include "core/AssistantSchema.h"
#include "core/Validation.h"
#include "core/VoiceInfo.h"

#include <QHash>
#include <QList>
#include <QWidget>

class Banner;
class EditorDocument;
class EditorPage;
class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QToolButton;
class QUndoStack;
class VoicePage;
struct FieldBinding;

// The form editor of one assistant: pages of fields on the right, a page list on the left, problems
// shown beside the fields as the user types, undo/redo over everything, and a save that hands the
// exact PATCH body to the owner, who sends it and reports back with saveSucceeded() / saveFailed().
class AssistantEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AssistantEditor(const Assistant &base, QWidget *parent = nullptr);
    ~AssistantEditor() override;

    QString assistantId() const;
    const Assistant &base() const; // what the server holds, as last loaded or saved
    Assistant edited() const; // base + the user's edits (unknown keys kept)
    AssistantPatch patch() const; // AssistantPatch::between(base(), edited())
    bool isModified() const; // !patch().isEmpty()
    Validation::Review review() const;
    void setVoices(const QList<VoiceInfo> &voices);
    QUndoStack *undoStack() const;

    QString title() const; // name, plus " •" when modified
    bool isSaving() const { return m_saving; }
    QAction *saveAction() const { return m_saveAction; }

    // Ctrl+S: shows ReviewChangesDialog first (unless QSettings "editor/skipReview" is true), then
    // emits saveRequested. Does nothing while problems block saving, nothing is changed or a save runs.
    void save();
    // The server took the patch: its answer becomes the base; edits made meanwhile stay on top.
    void saveSucceeded(const Assistant &serverAnswer);
    // The save failed: the banner says what went wrong and what to do, field errors go beside their
    // fields, and every edit stays.
    void saveFailed(const ApiError &error);
    // The server copy changed (a refresh): the user's edits stay on top of it.
    void rebase(const Assistant &newBase);
    // Replaces the user's version as one undoable step: a restored draft, the outcome of a merge.
    void setEdited(const Assistant &edited);

    // Shows the page of a field, selects the list item or row it is in and focuses its input.
    // `path` is concrete ("custom_tools[1].url"); false when no input shows it.
    bool focusField(const QString &path);
    // What the problem line of the input bound to a catalogue path says ("" when nothing).
    QString fieldMessage(const QString &catalogPath) const;

signals:
    void saveRequested(const QString &assistantId, const AssistantPatch &patch);
    void modifiedChanged(bool modified);
    void titleChanged(const QString &title);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Placement
    {
        EditorPage *page = nullptr;
        const FieldBinding *binding = nullptr;
    };

    void buildHeader();
    void buildPages();
    void addPage(EditorPage *page);
    void installUndoKeys();
    void loadPages();
    void revalidateAll();
    void onEdited(const QStringList &keys);
    void onReloaded(const QString &field);
    void refresh();
    void refreshBindings(const QList<ValidationIssue> &issues);
    void refreshPageList();
    void refreshProblems();
    void requestSave();
    Placement placementOf(const QString &concretePath) const;
    bool isBindingChanged(const FieldBinding &binding) const;
    QList<ValidationIssue> allIssues() const;
    void showPageOf(EditorPage *page);

    EditorDocument *m_document;
    Banner *m_banner;
    QListWidget *m_pageList;
    QStackedWidget *m_stack;
    QList<EditorPage *> m_pages;
    QList<QScrollArea *> m_scrolls;
    VoicePage *m_voicePage = nullptr;
    QPushButton *m_saveButton = nullptr;
    QToolButton *m_problemsButton = nullptr;
    QMenu *m_problemsMenu = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;

    QHash<QString, QList<ValidationIssue>> m_issuesByKey; // per top-level key, from Validation::validateField
    QList<ValidationIssue> m_serverErrors; // from the last failed save, until their field is edited
    Validation::Review m_review;
    bool m_saving = false;
    bool m_lastModified = false;
    QString m_lastTitle;
};
