// SPDX-License-Identifier: GPL-3.0-or-later
// bench-bare-window: the yardstick for revox-studio's start-up. Shows an empty QMainWindow and quits as
// soon as the event loop runs, so it pays exactly what any Qt Widgets program pays to reach a window.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 760);
    window.show();
    QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
