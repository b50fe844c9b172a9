// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldBinding.h"
#include "core/AssistantSchema.h"
#include "core/Validation.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class Assistant;
class EditorDocument;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

// One page of the assistant editor. A page shows document()->edited() and turns what the user does
// into EditorDocument::edit() calls; it never writes a value the user did not change.
//
// The binders below cover the common kinds of fields: each creates the input, names it after the
// catalogue path, labels it from the catalogue, registers a loader and writes through `write`,
// which receives the value as the user left it (std::nullopt = JSON null for nullable fields).
class EditorPage : public QWidget
{
    Q_OBJECT

public:
    EditorPage(EditorDocument *document, FieldPage page, const QString &title, QWidget *parent = nullptr);

    FieldPage page() const { return m_page; }
    QString title() const { return m_title; }
    const QList<FieldBinding> &bindings() const { return m_bindings; }

    // Shows edited() in every input, with signals blocked: loading never edits.
    virtual void load();
    // Makes the thing a concrete path points into visible (a list item, a table row) and returns
    // the widget to focus there, or nullptr to use the binding's input.
    virtual QWidget *reveal(const QString &concretePath);
    // Every issue of this page's fields, for pages that mark rows or cells. `blocking` tells which.
    virtual void markIssues(const QList<ValidationIssue> &issues, const QList<ValidationIssue> &blocking);

    // Fills an enum combo from the catalogue (with "None" first when nullable) and selects `value`,
    // adding it as an extra entry when the catalogue does not list it.
    static void fillEnum(QComboBox *combo, const FieldSpec &spec, const QJsonValue &value);

protected:
    EditorDocument *document() const { return m_document; }
    const Assistant &edited() const;
    void addLoader(const std::function<void()> &loader) { m_loaders.append(loader); }

    // A form row for `path`: its label, the input (or `shown`, a widget holding it), help and the problem
    // line. Returns the label and the problem line, for the caller to bind.
    // Shows or hides a row laid out by layoutRow(); its problem line shows only when it has something to say.
    static void setRowShown(QFormLayout *form, QLabel *label, QLabel *message, bool shown);
    std::pair<QLabel *, QLabel *> layoutRow(QFormLayout *form, const QString &path, QWidget *input, QWidget *shown,
                                            bool withHelp);
    // A form row for a catalogue path: the label (buddy of `input`), the help text and the problem
    // line. `shown` is what goes into the form when it is more than the input (input + buttons).
    FieldBinding &addRow(QFormLayout *form, const QString &path, QWidget *input, QWidget *shown = nullptr,
                         bool withHelp = true);
    // Registers an input laid out by the page itself; `label` may be null.
    FieldBinding &bind(const QString &path, QWidget *input, QLabel *label, QLabel *message);
    QLabel *makeLabel(const QString &path, QWidget *buddy);
    QLabel *makeMessage(const QString &path);
    QLabel *makeHelp(const QString &path); // nullptr when the catalogue has no help for it
    void describe(QWidget *input, const QString &path); // objectName, accessible name, tooltip

    using TextWriter = std::function<void(Assistant &, const std::optional<QString> &)>;
    using NumberWriter = std::function<void(Assistant &, double)>;
    using IntegerWriter = std::function<void(Assistant &, qint64)>;
    using BoolWriter = std::function<void(Assistant &, bool)>;
    using EnumWriter = std::function<void(Assistant &, const std::optional<QString> &)>;
    using EnumListWriter = std::function<void(Assistant &, const std::optional<QStringList> &)>;

    QLineEdit *addLineEdit(QFormLayout *form, const QString &path, const TextWriter &write);
    QPlainTextEdit *addTextEdit(QFormLayout *form, const QString &path, const TextWriter &write, int lines = 3);
    // An absent value shows as the catalogue's server default, else as `unknownDefault`.
    QDoubleSpinBox *addNumberBox(QFormLayout *form, const QString &path, const NumberWriter &write, int decimals,
                                 const QString &suffix = {}, double unknownDefault = 0.0);
    QDoubleSpinBox *addIntegerBox(QFormLayout *form, const QString &path, const IntegerWriter &write,
                                  const QString &suffix = {});
    QCheckBox *addCheckBox(QFormLayout *form, const QString &path, const BoolWriter &write);
    QComboBox *addEnumBox(QFormLayout *form, const QString &path, const EnumWriter &write);
    QListWidget *addEnumList(QFormLayout *form, const QString &path, const EnumListWriter &write);

    // Connects and loads an input created by the page (same rules as the add… binders).
    void bindText(QLineEdit *edit, const QString &path, const TextWriter &write);
    void bindText(QPlainTextEdit *edit, const QString &path, const TextWriter &write);
    void bindNumber(QDoubleSpinBox *box, const QString &path, const NumberWriter &write, double fallback);
    void bindInteger(QDoubleSpinBox *box, const QString &path, const IntegerWriter &write);
    void bindEnum(QComboBox *combo, const QString &path, const EnumWriter &write);

    // The value the user means by `text` in the field at `path`: for a nullable field an empty text
    // is null, unless the base holds an empty string there (then it stays one).
    std::optional<QString> textValue(const QString &path, const QString &text) const;
    // What an emptied list means: [] where the base holds [], else null when the field is nullable.
    bool emptyListIsNull(const QString &path) const;

    // Number boxes take the catalogue range, widened to hold what the server sent, so a value out of
    // range is shown as it is (with its warning) instead of silently clamped.
    // `fallback` when the value is absent and the catalogue knows no server default.
    static void showNumber(QDoubleSpinBox *box, const FieldSpec &spec, const QJsonValue &value, double fallback);
    static double rounded(double value, int decimals);

private:
    EditorDocument *m_document;
    FieldPage m_page;
    QString m_title;
    QList<FieldBinding> m_bindings;
    QList<std::function<void()>> m_loaders;
};
