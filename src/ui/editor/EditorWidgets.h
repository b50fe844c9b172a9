// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemView;
class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QToolButton;
class QWidget;

// Small helpers shared by the editor pages.
namespace EditorWidgets {

// Add / remove / move up / move down for a list or table; buttons are named "<name>.add" etc.
struct ListButtons
{
    QWidget *bar = nullptr;
    QToolButton *add = nullptr;
    QToolButton *remove = nullptr;
    QToolButton *up = nullptr;
    QToolButton *down = nullptr;
};
// `noun` completes "Add %1", "Remove the selected %1" for tooltips and screen readers.
ListButtons makeListButtons(QWidget *parent, const QString &name, const QString &noun);

void makeMonospace(QWidget *widget);
// A combo box as wide as its entries, not stretched across the form.
void makeCompact(QComboBox *combo);
// The label columns of several forms on one page line up, and stay put when a label is marked.
void alignLabels(const QList<QFormLayout *> &forms);
// Column titles from catalogue labels, without the word they all share ("Parameter name",
// "Parameter type" → "Name", "Type"): the table's own label already says it.
QStringList columnTitles(const QStringList &labels);
void makeSecondary(QLabel *label); // smaller, muted: help lines under inputs
void setVisibleLines(QPlainTextEdit *edit, int lines);
void fitListHeight(QListWidget *list); // as tall as its rows, no scroll bar for short lists
// Replaces the text only when it differs, keeping the cursor where it was as far as possible.
void setPlainTextKeepingCursor(QPlainTextEdit *edit, const QString &text);

QColor errorColor(); // blocking problems and server errors
QColor warningColor(); // values the server holds that break a rule; they never block
QColor changedColor(); // the marker of changed fields and pages

} // namespace EditorWidgets
