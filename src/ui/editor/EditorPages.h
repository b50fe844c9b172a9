// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AssistantSchema.h"
#include "core/Validation.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class EditorDocument;
class EditorPage;
class PhoneNumbersPanel;
class QListWidget;
class QScrollArea;
class QStackedWidget;
class VoicePage;
struct FieldBinding;

// The editor's pages of one EditorDocument, with the inputs of every field: a list of page titles beside a
// stack of pages. Under each input it shows that field's problems, beside each label whether it changed, and
// on the page list which pages changed or have problems. AssistantEditor shows it under its save header; the
// bulk editor shows it on a template assistant, so setting a value there uses the very same inputs and rules.
//
// Ctrl+Z and Ctrl+Shift+Z in the text inputs go to the document's history, not to each input's own.
class EditorPages : public QWidget
{
    Q_OBJECT

public:
    // What the pages mark: `issues` of every field, of which `blocking` block saving (red); what the server
    // said of the last save (`serverErrors` in red, `serverNotes` as warnings).
    struct Marks
    {
        QList<ValidationIssue> issues;
        QList<ValidationIssue> blocking;
        QList<ValidationIssue> serverErrors;
        QList<ValidationIssue> serverNotes;
    };

    explicit EditorPages(EditorDocument *document, QWidget *parent = nullptr);

    const QList<EditorPage *> &pages() const { return m_pages; }
    VoicePage *voicePage() const { return m_voicePage; }
    // The Calls page's list of the account's phone numbers; the editor's owner fills it (PhoneNumberRouting).
    PhoneNumbersPanel *phoneNumbers() const { return m_phoneNumbers; }
    // A page that shows no fields of its own (the History page), listed after the field pages.
    void addSidePage(QWidget *page, const QString &title);
    // Shows a page added with addSidePage().
    void showSidePage(QWidget *page);
    QListWidget *pageList() const { return m_pageList; }
    // Every page in the page list's order, side pages last; pageKind() is empty for a side page.
    int pageCount() const;
    QString pageTitle(int index) const;
    std::optional<FieldPage> pageKind(int index) const;
    int currentPage() const;
    // Shows a page and focuses its first input, so the keyboard carries on there.
    void showPage(int index);
    void setPageListVisible(bool visible);

    // Every page shows the document's edited() again.
    void load();
    void showMarks(const Marks &marks);

    // Shows the page of a field, the list item or row it is in, and focuses its input. `path` is concrete
    // ("custom_tools[1].url"); false when no input shows it.
    bool focusField(const QString &path);
    // Shows the page and list item a path is in, without moving the focus.
    void revealField(const QString &path);
    bool hasInput(const QString &path) const;
    // What the problem line of the input bound to a catalogue path says ("" when nothing).
    QString fieldMessage(const QString &catalogPath) const;

signals:
    // A list page shows another item: its inputs' marks must follow (call showMarks again).
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Placement
    {
        EditorPage *page = nullptr;
        const FieldBinding *binding = nullptr;
    };

    void addPage(EditorPage *page);
    void installUndoKeys();
    Placement placementOf(const QString &concretePath) const;
    bool isBindingChanged(const FieldBinding &binding) const;
    void markBindings(const Marks &marks);
    void markPageList(const Marks &marks);
    void showPageOf(EditorPage *page);

    EditorDocument *m_document;
    QListWidget *m_pageList;
    QStackedWidget *m_stack;
    QList<EditorPage *> m_pages;
    QList<QScrollArea *> m_scrolls;
    QList<QWidget *> m_sidePages; // after the field pages, in the page list and the stack
    VoicePage *m_voicePage = nullptr;
    PhoneNumbersPanel *m_phoneNumbers = nullptr;
};
