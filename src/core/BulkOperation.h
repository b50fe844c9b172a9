// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextPattern.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// One change the bulk editor makes to every assistant it is applied to: set a field to a value, or transform
// what each assistant holds — its texts (find and replace, add at the start or the end) or its lists (add an
// FAQ item, remove the items that match, add or replace a custom tool by name, add, replace or remove a calling
// window). What it works on is a catalogue path; text operations take only the catalogue's text fields
// (TextFields).
class BulkOperation
{
    Q_DECLARE_TR_FUNCTIONS(BulkOperation)

public:
    enum class Kind {
        SetValue, // field (top-level) ← value
        ReplaceText, // each text at field: pattern → text (captures with a regular expression)
        PrependText, // text + each text at field
        AppendText, // each text at field + text
        AddFaqItem, // {question: text, answer: value}, unless an item already asks that question
        RemoveItems, // items of the list field lies in whose field matches pattern
        PutCustomTool, // value replaces the tool of the same name, or is added
        AddCallingWindow, // value is added, unless a window with its start and end exists
        ReplaceCallingWindow, // the window from start to end (pattern's text: "start-end") becomes value
        RemoveCallingWindow, // the window from start to end goes
    };

    static BulkOperation setValue(const QString &topLevelKey, const QJsonValue &value);
    static BulkOperation replaceText(const QString &textPath, const TextPattern &find, const QString &replacement);
    static BulkOperation prependText(const QString &textPath, const QString &text);
    static BulkOperation appendText(const QString &textPath, const QString &text);
    static BulkOperation addFaqItem(const QString &question, const QString &answer);
    // `memberPath`: a text member of a list item ("faq_items[].question", "custom_tools[].name").
    static BulkOperation removeItems(const QString &memberPath, const TextPattern &match);
    static BulkOperation putCustomTool(const QJsonObject &tool);
    static BulkOperation addCallingWindow(const QJsonObject &window);
    static BulkOperation replaceCallingWindow(const QString &start, const QString &end, const QJsonObject &window);
    static BulkOperation removeCallingWindow(const QString &start, const QString &end);

    Kind kind() const { return m_kind; }
    const QString &field() const { return m_field; } // catalogue path it works on
    QString topLevelKey() const;
    const QJsonValue &value() const { return m_value; }
    const TextPattern &pattern() const { return m_pattern; }
    const QString &text() const { return m_text; }
    const QString &windowStart() const { return m_start; }
    const QString &windowEnd() const { return m_end; }

    // Why it cannot be applied, naming the field and the rule, for people; empty when it can.
    QString problem() const;
    // Applies it to one assistant's JSON; true when that changed anything.
    bool applyTo(QJsonObject &assistant) const;
    // What it does, in one line for people ("Prompt: replace “a” with “b”").
    QString description() const;

    QJsonObject toJson() const; // {"kind": "replaceText", "field": …, …}
    static std::optional<BulkOperation> fromJson(const QJsonObject &json, QString *error = nullptr);
    static QString kindName(Kind kind); // "replaceText"
    static std::optional<Kind> kindFromName(const QString &name);

    friend bool operator==(const BulkOperation &, const BulkOperation &) = default;

private:
    BulkOperation(Kind kind, const QString &field)
        : m_kind(kind)
        , m_field(field)
    { }

    bool applyToWindows(QJsonObject &assistant) const;

    Kind m_kind = Kind::SetValue;
    QString m_field;
    QJsonValue m_value;
    TextPattern m_pattern;
    QString m_text;
    QString m_start;
    QString m_end;
};
