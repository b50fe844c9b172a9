// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

// JSON values as people read them, with one wording wherever a value is shown (the review before a save,
// the conflict dialog, what the server did not store): an absent key reads "(absent)", JSON null — a field
// switched off or cleared — reads "(none)", booleans "yes" / "no", whole numbers without a fraction.
namespace ValueText {

QString absent();
QString none();

// One line: strings quoted, everything shortened to `maxLength` characters, lists of strings as [a, b].
QString inlineText(const QJsonValue &value, qsizetype maxLength = 80);
// Whole: strings as they are, objects and lists as indented JSON.
QString blockText(const QJsonValue &value);

} // namespace ValueText
