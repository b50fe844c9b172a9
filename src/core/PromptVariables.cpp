// SPDX-License-Identifier: GPL-3.0-or-later
#include "PromptVariables.h"

#include "Assistant.h"

#include <QRegularExpression>

namespace PromptVariables {

QStringList find(const QString &text)
{
    // The names Validation::checkPlaceholders accepts, spaces inside the braces allowed.
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.]*)\\s*\\}\\}"));
    QStringList names;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text)) {
        const QString name = match.captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QStringList of(const Assistant &assistant)
{
    QStringList names = find(assistant.prompt());
    for (const QString &name : find(assistant.firstSentence().value_or(QString()))) {
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

} // namespace PromptVariables
