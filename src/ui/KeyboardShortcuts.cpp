// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyboardShortcuts.h"

#include "bulk/CompareDialog.h"
#include "core/Assistant.h"
#include "editor/AssistantEditor.h"
#include "history/ChangesWindow.h"
#include "history/HistoryController.h"

#include <QAbstractButton>
#include <QAction>
#include <QMenu>
#include <QMenuBar>

#include <functional>
#include <memory>

namespace {

QString plain(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

} // namespace

QList<KeyboardShortcuts::Row> KeyboardShortcuts::collect(QMenuBar *menus, QWidget *window, HistoryController *history)
{
    QList<Row> rows;
    QList<const QAction *> seen;
    const auto add = [&](const QAction *action, const QString &section) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->isSeparator())
            return;
        seen.append(action);
        rows.append({section, plain(action->text()), action->shortcuts()});
    };
    std::function<void(const QMenu *, const QString &)> walk = [&](const QMenu *menu, const QString &section) {
        for (const QAction *action : menu->actions()) {
            if (action->menu())
                walk(action->menu(), section + QStringLiteral(" ▸ ") + plain(action->menu()->title()));
            else
                add(action, section);
        }
    };
    for (const QAction *action : menus->actions()) {
        if (action->menu())
            walk(action->menu(), plain(action->menu()->title()));
    }
    for (const QAction *action : window->actions())
        add(action, tr("Window"));

    const auto editor = std::make_unique<AssistantEditor>(Assistant(), nullptr);
    if (history)
        history->attachEditor(editor.get()); // its History page and Ctrl+H
    rows += of(editor.get(), tr("Editor"));
    if (history)
        rows += of(std::make_unique<ChangesWindow>(history->store()).get(), tr("Changes window"));
    const CompareDialog compare(QString(), QString(), [](const QString &) { return std::optional<Assistant>(); });
    rows += of(&compare, tr("Compare"));
    return rows;
}

QList<KeyboardShortcuts::Row> KeyboardShortcuts::of(const QWidget *widget, const QString &section)
{
    QList<Row> rows;
    QList<const QAction *> seen; // a tool button lists its default action too
    QList<const QWidget *> widgets{widget};
    widgets += widget->findChildren<const QWidget *>();
    for (const QWidget *each : std::as_const(widgets)) {
        for (const QAction *action : each->actions()) {
            if (action->shortcuts().isEmpty() || action->isSeparator() || action->menu() || seen.contains(action))
                continue;
            seen.append(action);
            rows.append({section, plain(action->text()), action->shortcuts()});
        }
        // A button's own key (its text's Alt+letter is an accelerator, shown underlined, not a shortcut).
        if (const auto *button = qobject_cast<const QAbstractButton *>(each)) {
            const QKeySequence key = button->shortcut();
            if (!key.isEmpty() && key != QKeySequence::mnemonic(button->text()))
                rows.append({section, plain(button->text()), {key}});
        }
    }
    return rows;
}

QString KeyboardShortcuts::markdown(const QList<Row> &rows)
{
    QString out = QStringLiteral("| where | action | keys |\n| --- | --- | --- |\n");
    for (const Row &row : rows) {
        QStringList keys;
        for (const QKeySequence &key : row.keys)
            keys.append(key.toString(QKeySequence::PortableText));
        out += QStringLiteral("| %1 | %2 | %3 |\n").arg(row.section, row.action, keys.join(QStringLiteral(", ")));
    }
    return out;
}
