// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceholderHighlighter.h"

#include "ui/ThemeColors.h"

#include "EditorWidgets.h"

#include <QRegularExpression>

PlaceholderHighlighter::PlaceholderHighlighter(QTextDocument *document, const QStringList &allowedVariables)
    : QSyntaxHighlighter(document)
    , m_allowed(allowedVariables)
{ }

void PlaceholderHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.]*$"));

    QTextCharFormat good;
    good.setForeground(ThemeColors::color(ThemeColors::Role::PlaceholderText));
    good.setBackground(ThemeColors::color(ThemeColors::Role::PlaceholderBackground));
    good.setFontWeight(QFont::DemiBold);
    QTextCharFormat bad = good;
    bad.setForeground(EditorWidgets::errorColor());
    bad.setBackground(ThemeColors::color(ThemeColors::Role::BadPlaceholderBackground));
    bad.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    bad.setUnderlineColor(EditorWidgets::errorColor());

    qsizetype coveredUntil = 0;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString variable = match.captured(1);
        const bool ok = name.match(variable).hasMatch() && (m_allowed.isEmpty() || m_allowed.contains(variable));
        // An open brace pair before this match that never closed.
        if (const qsizetype stray = text.indexOf(QLatin1String("{{"), coveredUntil);
            stray >= 0 && stray < match.capturedStart())
            setFormat(int(stray), int(match.capturedStart() - stray), bad);
        setFormat(int(match.capturedStart()), int(match.capturedLength()), ok ? good : bad);
        coveredUntil = match.capturedEnd();
    }
    if (const qsizetype stray = text.indexOf(QLatin1String("{{"), coveredUntil); stray >= 0)
        setFormat(int(stray), int(text.size() - stray), bad);
}
