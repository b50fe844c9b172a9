// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PaletteCommand.h"

#include <QDialog>
#include <QList>

class QLineEdit;
class QListWidget;

// Ctrl+K: a box to type in and the commands that match, best first; Up/Down choose, Enter runs, Esc closes.
// Not modal: it closes itself before running the chosen command, which may open an editor or a dialog.
class CommandPalette : public QDialog
{
    Q_OBJECT

public:
    explicit CommandPalette(QWidget *parent);

    void setCommands(const QList<PaletteCommand> &commands);
    // Shows the box empty, over the top of the parent window, with the focus in it.
    void popUp();
    // How well `query` matches a command: 0 for not at all; higher is better. Every word of the query must
    // be found (case and accents ignored: "theme" finds "Thème"); a match at the start of the text ranks first.
    static int score(const QString &query, const PaletteCommand &command);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter();
    void runCurrent();

    QLineEdit *m_search;
    QListWidget *m_results;
    QList<PaletteCommand> m_commands;
};
