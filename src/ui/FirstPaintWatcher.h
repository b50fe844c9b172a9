// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

#include <functional>

// Runs `painted` once, after the first paint event in one window that comes once arm() was called, from a
// queued call so that the paint and the backing store's flush are done. The one rule by which
// `revox-studio --smoke-test` and bench-bare-window say "shown", and the start-up benchmark times its
// in-process steps: the benchmark compares them, so they must not drift apart. Header-only, so the bare
// window stays a program of Qt alone.
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> painted)
        : m_window(window)
        , m_painted(std::move(painted))
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

    void arm() { m_armed = true; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_armed && !m_fired && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_fired = true;
            QMetaObject::invokeMethod(this, m_painted, Qt::QueuedConnection);
        }
        return false;
    }

private:
    QWidget *m_window;
    std::function<void()> m_painted;
    bool m_armed = false;
    bool m_fired = false;
};
