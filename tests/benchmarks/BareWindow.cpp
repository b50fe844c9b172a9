// SPDX-License-Identifier: GPL-3.0-or-later
// bench-bare-window: the yardstick for revox-studio's start-up. Shows an empty QMainWindow of the app's
// default size, and once the window has been painted prints "shown" on stdout and quits: exactly what any
// Qt Widgets program pays to put a window on screen. The line is printed by the rule revox-studio
// --smoke-test follows for its list (app/main.cpp): right after the first paint event that comes once the
// window is ready, from a queued call, so that the paint and the backing store's flush are done.
#include <QApplication>
#include <QMainWindow>
#include <QTextStream>

#include <cstdio>

namespace {

// Prints "shown" and quits after the first paint of anything in `window`.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *window)
        : m_window(window)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            QMetaObject::invokeMethod(
                this,
                [] {
                    QTextStream(stdout) << "shown\n";
                    std::fflush(stdout);
                    QCoreApplication::quit();
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    QWidget *m_window;
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    FirstPaint firstPaint(&window);
    app.installEventFilter(&firstPaint);
    window.resize(1280, 760);
    window.show();
    return app.exec();
}
