// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyboardShortcuts.h"

#include "core/Assistant.h"
#include "editor/AssistantEditor.h"

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

QList<KeyboardShortcuts::Row> KeyboardShortcuts::collect(QMenuBar *menus, QWidget *window)
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
    for (const QAction *action : editor->actions())
        add(action, tr("Editor"));
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
