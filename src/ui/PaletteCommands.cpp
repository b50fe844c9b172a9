// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaletteCommands.h"

#include "AssistantListPage.h"
#include "EditorTabs.h"
#include "core/AssistantSchema.h"
#include "core/AssistantTableModel.h"
#include "editor/AssistantEditor.h"

#include <QAction>
#include <QCoreApplication>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PaletteCommands)
};

QString plain(QString text)
{
    // "&Save…" → "Save…"; "&&" is a real ampersand.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

// The editor's pages, by the catalogue's page they show, in the editor's order. Read off an editor, the
// one place that knows them; when none is open, off one made for the purpose (the titles never change).
struct PageTitles
{
    QList<std::optional<FieldPage>> pages; // empty for a side page (History)
    QStringList titles;
};

PageTitles titlesOf(const AssistantEditor *editor)
{
    PageTitles titles;
    for (int i = 0; i < editor->pageCount(); ++i) {
        titles.pages.append(editor->pageKind(i));
        titles.titles.append(editor->pageTitle(i));
    }
    return titles;
}

PageTitles pageTitles(const AssistantEditor *editor)
{
    if (editor)
        return titlesOf(editor);
    static PageTitles cached;
    static QString cachedLanguage;
    if (cached.pages.isEmpty() || cachedLanguage != QLocale().name()) {
        cached = titlesOf(std::make_unique<AssistantEditor>(Assistant(), nullptr).get());
        cachedLanguage = QLocale().name();
    }
    return cached;
}

} // namespace

PaletteCommands::PaletteCommands(const AssistantTableModel *model, AssistantListPage *list, EditorTabs *tabs,
                                 QMenuBar *menus, QWidget *window)
    : m_model(model)
    , m_list(list)
    , m_tabs(tabs)
    , m_menus(menus)
    , m_window(window)
{ }

QList<PaletteCommand> PaletteCommands::build() const
{
    QList<PaletteCommand> out;
    addAssistants(out);
    addPagesAndFields(out);
    addActions(out);
    return out;
}

void PaletteCommands::addAssistants(QList<PaletteCommand> &out) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString id = m_model->summaryAt(row).id();
        out.append({.text = m_model->summaryAt(row).name(),
                    .kind = Text::tr("Assistant"),
                    .keywords = id,
                    .run = [list = QPointer(m_list), tabs = QPointer(m_tabs), model = m_model, id] {
                        if (!list || !tabs)
                            return;
                        list->selectAssistant(id);
                        if (const std::optional<Assistant> assistant = model->assistant(id))
                            tabs->open(*assistant);
                    }});
    }
}

QString PaletteCommands::targetId() const
{
    if (const auto *editor = qobject_cast<AssistantEditor *>(m_tabs->currentWidget()))
        return editor->assistantId();
    return m_list->selectedId();
}

void PaletteCommands::addPagesAndFields(QList<PaletteCommand> &out) const
{
    const QString id = targetId();
    if (id.isEmpty())
        return;
    const PageTitles pages = pageTitles(qobject_cast<AssistantEditor *>(m_tabs->currentWidget()));
    // Opens the assistant's editor (or shows it) and then does `then` in it.
    const auto inEditor = [tabs = QPointer(m_tabs), model = m_model, id](std::function<void(AssistantEditor *)> then) {
        return [tabs, model, id, then] {
            if (!tabs)
                return;
            AssistantEditor *editor = tabs->editorFor(id);
            if (!editor) {
                if (const std::optional<Assistant> assistant = model->assistant(id))
                    editor = tabs->open(*assistant);
            }
            if (!editor)
                return;
            tabs->setCurrentWidget(editor);
            then(editor);
        };
    };
    for (int index = 0; index < pages.titles.size(); ++index) {
        out.append({.text = pages.titles.at(index),
                    .kind = Text::tr("Page"),
                    .run = inEditor([index](AssistantEditor *editor) { editor->showPage(index); })});
    }
    for (const FieldSpec &spec : AssistantSchema::fields()) {
        const int index = int(pages.pages.indexOf(std::optional<FieldPage>(spec.page)));
        if (index < 0 || spec.path.contains(QLatin1String("[]")) || !spec.label)
            continue;
        QString words = spec.path;
        words.replace(u'.', u' ').replace(u'_', u' ');
        out.append({.text = spec.displayLabel(),
                    .kind = Text::tr("Field · %1").arg(pages.titles.at(index)),
                    // The English label too: "voice speed" finds the field whatever the language.
                    .keywords = spec.path + u' ' + words + u' ' + QString::fromUtf8(spec.label),
                    .run = inEditor([path = spec.path, index](AssistantEditor *editor) {
                        if (!editor->focusField(path))
                            editor->showPage(index);
                    })});
    }
}

void PaletteCommands::addActions(QList<PaletteCommand> &out) const
{
    QList<QAction *> seen;
    const auto add = [&](QAction *action, const QString &kind) {
        if (seen.contains(action) || action->isSeparator() || action->menu() || plain(action->text()).isEmpty())
            return;
        seen.append(action);
        if (!action->isEnabled())
            return;
        out.append({.text = plain(action->text()),
                    .kind = kind,
                    .keywords = action->objectName(),
                    .shortcut = action->shortcut().toString(QKeySequence::NativeText),
                    .run = [action = QPointer(action)] {
                        if (action)
                            action->trigger();
                    }});
    };
    // The menus first, each action under its menu's name; then the window's and the editor's own keys.
    std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &kind) {
        for (QAction *action : menu->actions()) {
            if (action->menu())
                walk(action->menu(), kind + QStringLiteral(" ▸ ") + plain(action->menu()->title()));
            else
                add(action, kind);
        }
    };
    for (QAction *action : m_menus->actions()) {
        if (action->menu())
            walk(action->menu(), plain(action->menu()->title()));
    }
    for (QAction *action : m_window->actions())
        add(action, Text::tr("Window"));
    if (auto *editor = qobject_cast<AssistantEditor *>(m_tabs->currentWidget())) {
        for (QAction *action : editor->actions())
            add(action, Text::tr("Editor"));
    }
}
