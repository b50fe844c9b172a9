// SPDX-License-Identifier: GPL-3.0-or-later
// bench-bare-window: the yardstick for revox-studio's start-up. Shows an empty QMainWindow of the app's
// default size, and once the window has been painted prints "shown" on stdout and quits: exactly what any
// Qt Widgets program pays to put a window on screen. The line is printed by FirstPaintWatcher, the rule
// revox-studio --smoke-test follows for its list: right after the first paint event that comes once the
// window is ready, from a queued call, so that the paint and the backing store's flush are done.
//
// With --table it is the least a window that lists assistants must draw: a menu bar, a tool bar, a status
// bar and a 12-row, 9-column table of plain text, no network, no data files, no other library. The start-up
// benchmark reports its ratio to the bare window beside revox-studio's, as the floor under the budget.
#include "ui/FirstPaintWatcher.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTextStream>
#include <QToolBar>

#include <cstdio>

namespace {

// Columns and text of the length revox-studio shows for its sample data.
void addTable(QMainWindow *window)
{
    const QStringList headers = {QStringLiteral("Name"),
                                 QStringLiteral("Voice"),
                                 QStringLiteral("LLM model"),
                                 QStringLiteral("First sentence mode"),
                                 QStringLiteral("FAQ items"),
                                 QStringLiteral("Custom tools"),
                                 QStringLiteral("Max retry attempts"),
                                 QStringLiteral("Updated"),
                                 QStringLiteral("ID")};
    auto *model = new QStandardItemModel(12, int(headers.size()), window);
    model->setHorizontalHeaderLabels(headers);
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            model->setItem(row, column, new QStandardItem(QStringLiteral("Sample text %1 · %2").arg(row).arg(column)));
    }
    auto *table = new QTableView;
    table->setModel(model);
    table->setSortingEnabled(true);
    window->setCentralWidget(table);
    for (const QString &menu : {QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                QStringLiteral("&Assistant"), QStringLiteral("&Help")})
        window->menuBar()->addMenu(menu);
    QToolBar *tools = window->addToolBar(QStringLiteral("Main"));
    for (const QString &action : {QStringLiteral("Refresh"), QStringLiteral("New"), QStringLiteral("Open"),
                                  QStringLiteral("Clone"), QStringLiteral("Delete")})
        tools->addAction(action);
    window->statusBar()->showMessage(QStringLiteral("12 assistants"));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    FirstPaintWatcher firstPaint(&window, [] {
        QTextStream(stdout) << "shown\n";
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    firstPaint.arm();
    window.resize(1280, 760);
    if (app.arguments().contains(QStringLiteral("--table")))
        addTable(&window);
    window.show();
    return app.exec();
}
