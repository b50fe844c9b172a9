// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextPattern.h"

namespace {

QRegularExpression compile(const QString &text, const TextPattern::Options &options)
{
    QString pattern = options.regex ? text : QRegularExpression::escape(text);
    if (options.wholeWord) {
        // Plain text that starts or ends with punctuation ("Dr.") is a whole word at that end whatever follows;
        // an expression's ends are unknown, so both sides are checked.
        const auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_' || c.isMark(); };
        const bool checkBefore = options.regex || (!text.isEmpty() && isWordChar(text.front()));
        const bool checkAfter = options.regex || (!text.isEmpty() && isWordChar(text.back()));
        pattern = QStringLiteral("%1(?:%2)%3")
                      .arg(checkBefore ? QStringLiteral("(?<!\\w)") : QString(), pattern,
                           checkAfter ? QStringLiteral("(?!\\w)") : QString());
    }
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (!options.caseSensitive)
        flags |= QRegularExpression::CaseInsensitiveOption;
    // A regular expression can be compiled only when it is non-empty; an empty one would match everywhere.
    return QRegularExpression(text.isEmpty() ? QString() : pattern, flags);
}

// One piece of a regular expression's replacement: literal text, or a capture (group >= 0).
struct Piece
{
    QString text;
    int group = -1;
};

// Splits a replacement into literal text and captures; `highestGroup` receives the largest group named.
QList<Piece> parseReplacement(const QString &replacement, int *highestGroup)
{
    QList<Piece> pieces;
    QString literal;
    int highest = -1;
    const auto flush = [&] {
        if (!literal.isEmpty())
            pieces.append({literal, -1});
        literal.clear();
    };
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if ((c == u'\\' || c == u'$') && i + 1 < replacement.size()) {
            const QChar next = replacement.at(i + 1);
            if (next.isDigit()) {
                int group = next.digitValue();
                ++i;
                if (i + 1 < replacement.size() && replacement.at(i + 1).isDigit()) {
                    group = group * 10 + replacement.at(i + 1).digitValue();
                    ++i;
                }
                flush();
                pieces.append({QString(), group});
                highest = std::max(highest, group);
                continue;
            }
            if (next == c) { // \\ and $$
                literal += c;
                ++i;
                continue;
            }
            if (c == u'\\' && (next == u'n' || next == u't')) {
                literal += next == u'n' ? u'\n' : u'\t';
                ++i;
                continue;
            }
        }
        literal += c;
    }
    flush();
    if (highestGroup)
        *highestGroup = highest;
    return pieces;
}

} // namespace

TextPattern::TextPattern(const QString &text, Options options)
    : m_text(text)
    , m_options(options)
    , m_expression(compile(text, options))
{
    m_expression.optimize();
    m_valid = problem().isEmpty();
}

QString TextPattern::problem() const
{
    if (m_text.isEmpty())
        return tr("Type the text to find.");
    if (!m_expression.isValid()) {
        return tr("The regular expression is not valid: %1 (at character %2).")
            .arg(m_expression.errorString())
            .arg(m_expression.patternErrorOffset() + 1);
    }
    // An expression that matches an empty text would match between every two characters.
    if (m_options.regex && m_expression.match(QString()).hasMatch())
        return tr("The regular expression matches empty text, so it would match everywhere: make it match at least "
                  "one character.");
    return {};
}

QString TextPattern::replacementProblem(const QString &replacement) const
{
    if (!m_options.regex || !m_expression.isValid())
        return {};
    int highest = -1;
    parseReplacement(replacement, &highest);
    const int groups = m_expression.captureCount();
    if (highest > groups && groups == 0)
        return tr("The replacement refers to group %1, but the regular expression has no groups in parentheses.")
            .arg(highest);
    if (highest > groups)
        return tr("The replacement refers to group %1, but the regular expression has only %n.", nullptr, groups)
            .arg(highest);
    return {};
}

bool TextPattern::matches(QStringView text) const
{
    return m_valid && m_expression.match(text).hasMatch();
}

QList<std::pair<qsizetype, qsizetype>> TextPattern::matchesIn(const QString &text) const
{
    QList<std::pair<qsizetype, qsizetype>> found;
    if (!m_valid)
        return found;
    QRegularExpressionMatchIterator it = m_expression.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        found.append({match.capturedStart(), match.capturedLength()});
    }
    return found;
}

QString TextPattern::replaced(const QString &text, const QString &replacement, int *count) const
{
    int replacedCount = 0;
    if (count)
        *count = 0;
    if (!m_valid)
        return text;
    QRegularExpressionMatchIterator it = m_expression.globalMatch(text);
    if (!it.hasNext())
        return text;
    const QList<Piece> pieces
        = m_options.regex ? parseReplacement(replacement, nullptr) : QList<Piece>{Piece{replacement, -1}};
    QString result;
    result.reserve(text.size() + replacement.size());
    qsizetype done = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(done, match.capturedStart() - done);
        for (const Piece &piece : pieces)
            result += piece.group < 0 ? piece.text : match.captured(piece.group);
        done = match.capturedEnd();
        ++replacedCount;
    }
    result += QStringView(text).mid(done);
    if (count)
        *count = replacedCount;
    return result;
}

QJsonObject TextPattern::toJson() const
{
    return {{QStringLiteral("text"), m_text},
            {QStringLiteral("regex"), m_options.regex},
            {QStringLiteral("caseSensitive"), m_options.caseSensitive},
            {QStringLiteral("wholeWord"), m_options.wholeWord}};
}

std::optional<TextPattern> TextPattern::fromJson(const QJsonObject &json)
{
    if (!json.value(u"text").isString())
        return std::nullopt;
    Options options;
    options.regex = json.value(u"regex").toBool();
    options.caseSensitive = json.value(u"caseSensitive").toBool();
    options.wholeWord = json.value(u"wholeWord").toBool();
    return TextPattern(json.value(u"text").toString(), options);
}
