// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <utility>

class QAction;
class QWidget;

// Gives actions their icons only once the window has painted and its first list is in (or failed): looking
// icons up (the theme's folders, or the style's image files, which load every image plugin and decode each
// size) was the largest part of building the window, and the list is what the user waits for. Until then a
// blank icon keeps each place, so the toolbar does not move when they arrive.
class DeferredIcons : public QObject
{
    Q_OBJECT

public:
    explicit DeferredIcons(QWidget *window);

    // The action shows a blank icon now and the theme's `themeName` (or the style's own) later.
    void add(QAction *action, const QString &themeName);
    // Whether a list load is on its way; the icons wait for it.
    void setWaiting(bool waiting);

signals:
    void loaded();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void request();
    void load();

    QWidget *m_window;
    QList<std::pair<QAction *, QString>> m_actions;
    bool m_painted = false;
    bool m_waiting = false;
    bool m_requested = false;
};
