// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assistant.h"
#include "core/AssistantComparison.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Compare two assistants side by side, field by field in catalogue order (AssistantComparison): the fields that
// differ are highlighted, and all of them are shown on request. A field can be copied to the other side, which
// happens as an ordinary edit in the other's editor (opened for it): undoable, saved only when the user saves.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    // What a side holds now: its open editor's content, else the list's copy.
    using Source = std::function<std::optional<Assistant>(const QString &id)>;

    CompareDialog(const QString &leftId, const QString &rightId, const Source &source, QWidget *parent = nullptr);

    const QString &leftId() const { return m_leftId; }
    const QString &rightId() const { return m_rightId; }
    // Reads both sides again and shows them; keeps the selected field.
    void refresh();
    // Says what the last copy did.
    void showNote(const QString &text);
    QString currentKey() const;

signals:
    // Copy `key` as `fromId` holds it into `toId`'s editor.
    void copyRequested(const QString &key, const QString &fromId, const QString &toId);

private:
    void showDetail();
    void filter();

    QString m_leftId;
    QString m_rightId;
    Source m_source;
    Assistant m_left;
    Assistant m_right;
    QLabel *m_summary;
    QCheckBox *m_showAll;
    QTreeWidget *m_table;
    QPlainTextEdit *m_leftValue;
    QPlainTextEdit *m_rightValue;
    QPushButton *m_copyRight;
    QPushButton *m_copyLeft;
    QLabel *m_note;
};
