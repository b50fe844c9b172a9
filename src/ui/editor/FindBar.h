// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextCursor>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

// A small find bar for one text editor: type to find, Enter for the next match, Shift+Enter for the
// previous one, Escape to close. Every match is highlighted; the current one is selected.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    // Children are named "<name>", "<name>.next", "<name>.previous", "<name>.close", "<name>.status".
    FindBar(QPlainTextEdit *target, const QString &name, QWidget *parent = nullptr);

    void open(); // shows the bar, takes the selection of the target as the query
    void close();
    void findNext();
    void findPrevious();
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; } // 0-based, -1 when none

private:
    void refresh(); // matches of the query, after it or the text changed
    void select(int index);

    QPlainTextEdit *m_target;
    QLineEdit *m_query;
    QLabel *m_status;
    QList<QTextCursor> m_matches;
    int m_current = -1;
};
