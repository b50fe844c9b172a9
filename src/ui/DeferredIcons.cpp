// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeferredIcons.h"
#include "AppIcons.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QIcon>
#include <QPixmap>
#include <QWidget>

namespace {

QEvent::Type loadEvent()
{
    static const auto type = QEvent::Type(QEvent::registerEventType());
    return type;
}

} // namespace

DeferredIcons::DeferredIcons(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_window->installEventFilter(this);
}

void DeferredIcons::add(QAction *action, const QString &themeName)
{
    static const QIcon blank = [] {
        QPixmap pixmap(1, 1);
        pixmap.fill(Qt::transparent);
        return QIcon(pixmap);
    }();
    action->setIcon(blank);
    m_actions.append({action, themeName});
}

void DeferredIcons::setWaiting(bool waiting)
{
    m_waiting = waiting;
    request();
}

bool DeferredIcons::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // After the window's own paint handler: the paint this one belongs to goes first.
        QMetaObject::invokeMethod(this, &DeferredIcons::request, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void DeferredIcons::request()
{
    if (m_requested || !m_painted || m_waiting)
        return;
    m_requested = true;
    // As low a priority as the update requests that paint, so a paint already asked for goes first.
    QCoreApplication::postEvent(this, new QEvent(loadEvent()), Qt::LowEventPriority);
}

bool DeferredIcons::event(QEvent *event)
{
    if (event->type() == loadEvent()) {
        load();
        return true;
    }
    return QObject::event(event);
}

void DeferredIcons::load()
{
    m_window->removeEventFilter(this);
    // Desktops without an icon theme (a bare X server, Windows) get the app's own (AppIcons).
    for (const auto &[action, name] : std::as_const(m_actions))
        action->setIcon(AppIcons::icon(name));
    emit loaded();
}
