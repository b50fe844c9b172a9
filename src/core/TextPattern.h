// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>
#include <utility>

// What to look for in a text: plain text or a regular expression, with or without regard to case, anywhere
// or as a whole word. Find in all assistants and the bulk editor's find and replace share it, so both find
// exactly the same places.
class TextPattern
{
    Q_DECLARE_TR_FUNCTIONS(TextPattern)

public:
    struct Options
    {
        bool regex = false; // Perl-compatible (PCRE2), as QRegularExpression reads it
        bool caseSensitive = false;
        bool wholeWord = false; // not inside a longer word: no letter, digit or _ just before or after
        friend bool operator==(const Options &, const Options &) = default;
    };

    TextPattern() = default;
    TextPattern(const QString &text, Options options);

    const QString &text() const { return m_text; }
    const Options &options() const { return m_options; }
    bool isEmpty() const { return m_text.isEmpty(); }
    // Non-empty and, for a regular expression, one that compiles.
    bool isValid() const { return m_valid; }
    // Why it cannot be used, for people (names the rule): empty when it can.
    QString problem() const;
    // Why `replacement` cannot be used with this pattern (a group the expression does not have): empty when it can.
    QString replacementProblem(const QString &replacement) const;

    // The compiled expression (plain text escaped, the word rule around it). Made anew for each copy of the
    // pattern, so each thread can match with one of its own.
    const QRegularExpression &expression() const { return m_expression; }

    bool matches(QStringView text) const;
    // Each match as (start, length), in order; a match of no characters counts too.
    QList<std::pair<qsizetype, qsizetype>> matchesIn(const QString &text) const;
    // `text` with every match replaced. Plain text: `replacement` as it is. Regular expression: \0 … \99 and
    // $0 … $99 stand for the captures (0: the whole match), \n a line break, \t a tab, \\ and $$ for \ and $.
    // `count` receives the number of matches replaced.
    QString replaced(const QString &text, const QString &replacement, int *count = nullptr) const;

    QJsonObject toJson() const; // {"text", "regex", "caseSensitive", "wholeWord"}
    static std::optional<TextPattern> fromJson(const QJsonObject &json);

    friend bool operator==(const TextPattern &a, const TextPattern &b)
    {
        return a.m_text == b.m_text && a.m_options == b.m_options;
    }

private:
    QString m_text;
    Options m_options;
    QRegularExpression m_expression;
    bool m_valid = false;
};
