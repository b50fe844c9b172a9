// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

#include <utility>

// JSON values as people read them, with one wording wherever a value is shown (the review before a save,
// the conflict dialog, what the server did not store): an absent key reads "(absent)", JSON null — a field
// switched off or cleared — reads "(none)", booleans "yes" / "no", whole numbers without a fraction.
namespace ValueText {

QString absent();
QString none();

// One line: strings quoted, everything shortened to `maxLength` characters, lists of strings as [a, b].
QString inlineText(const QJsonValue &value, qsizetype maxLength = 80);
// Both sides of a change, each on one line as inlineText() writes it; but two long texts that begin alike
// are shown from a little before the place where they part ("…arrive 10 minutes early…"), so the change
// can be seen.
std::pair<QString, QString> inlineChange(const QJsonValue &before, const QJsonValue &after, qsizetype maxLength = 80);
// Whole: strings as they are, objects and lists as indented JSON.
QString blockText(const QJsonValue &value);

} // namespace ValueText
