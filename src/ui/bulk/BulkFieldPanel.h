// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assistant.h"
#include "core/BulkOperation.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// How the bulk editor changes one top-level field: a choice of what to do (set it to the template's value, or
// transform what each assistant holds: find and replace, add text at the start or the end, list operations)
// and the inputs that choice needs. The choices come from the catalogue: text operations for fields with texts
// (TextFields), item operations for lists. Inputs are named "bulk…"; the panel is "bulkPanel:<key>".
class BulkFieldPanel : public QWidget
{
    Q_OBJECT

public:
    using Kind = BulkOperation::Kind;

    explicit BulkFieldPanel(const QString &topLevelKey, QWidget *parent = nullptr);

    const QString &key() const { return m_key; }
    // What can be done to this field, SetValue first.
    static QList<Kind> kindsFor(const QString &topLevelKey);
    static QString kindText(Kind kind);

    Kind kind() const;
    void setKind(Kind kind);
    // The value comes from the template's inputs (set a value; add or replace tools).
    bool usesTemplate() const;

    // The operations the inputs stand for. Set a value takes the template's value; tools take those added or
    // changed on the template (`templateEdited` against `templateBase`).
    QList<BulkOperation> operations(const Assistant &templateBase, const Assistant &templateEdited) const;
    // What keeps these inputs from making operations, when not the operations' own problems ("" when none).
    QString inputProblem(const Assistant &templateBase, const Assistant &templateEdited) const;
    // Shows a problem at the inputs (empty hides it).
    void showProblem(const QString &problem);

signals:
    void changed();

private:
    struct TextInputs
    {
        QComboBox *where = nullptr; // which of the field's texts; null when it has one
        QLineEdit *find = nullptr;
        QLineEdit *text = nullptr; // replacement
        QPlainTextEdit *added = nullptr; // prepend / append
        QCheckBox *regex = nullptr;
        QCheckBox *matchCase = nullptr;
        QCheckBox *wholeWord = nullptr;
    };
    struct WindowInputs
    {
        QLineEdit *fromStart = nullptr;
        QLineEdit *fromEnd = nullptr;
        QLineEdit *start = nullptr;
        QLineEdit *end = nullptr;
        QSpinBox *delay = nullptr;
    };

    QWidget *buildPage(Kind kind);
    void showPage(int index);
    QComboBox *makeWhere(const QStringList &paths, bool withAll, const QString &name);
    QLineEdit *makeLine(const QString &name, const QString &accessibleName);
    void addPatternOptions(QWidget *page, class QFormLayout *form, TextInputs &inputs);
    QStringList chosenPaths(const QComboBox *where, const QStringList &paths) const;
    TextPattern patternOf(const TextInputs &inputs) const;
    QJsonObject windowOf(const WindowInputs &inputs) const;

    QString m_key;
    QList<Kind> m_kinds;
    QStringList m_textPaths; // TextFields::under(key)
    QStringList m_itemPaths; // its texts inside list items
    QComboBox *m_kind;
    QList<QWidget *> m_pages; // the inputs of each kind, in m_kinds' order; the chosen one shown
    QLabel *m_problem;
    QHash<int, TextInputs> m_text; // by Kind
    QHash<int, WindowInputs> m_windows;
    QLineEdit *m_faqQuestion = nullptr;
    QPlainTextEdit *m_faqAnswer = nullptr;
};
