// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

// JSON text of an assistant that reads well in a text editor and in `git diff`, and is the same bytes
// every time for the same content: members in catalogue order (nested objects and list items too), keys
// the catalogue does not know after them, sorted; two-space indent, one member or item per line, LF line
// endings and a final newline. Numbers are written as Qt writes them (whole numbers without a fraction,
// others in the shortest form that reads back the same), so reading and writing again changes nothing.
namespace CanonicalJson {

QByteArray write(const QJsonObject &assistant);
// One value alone, compact, as write() spells it (strings escaped, numbers as above).
QByteArray scalar(const QJsonValue &value);

// The same JSON with every "\r\n" in a string turned into "\n": line endings are never a difference.
QJsonObject withLfLineEndings(const QJsonObject &json);
QJsonValue withLfLineEndings(const QJsonValue &value);

} // namespace CanonicalJson
