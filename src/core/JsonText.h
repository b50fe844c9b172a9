// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>

// Reading JSON text without losing a character. Qt 6.4's reader decodes each string as UTF-8 on its own
// and drops a byte-order mark (U+FEFF) that opens one, so "\uFEFF…" read and written back reads as
// "…", and the dropped mark leaves a string that compares unequal to its own copy (found by fuzzing the
// file reader). Written as an escape, the reader keeps it.
namespace JsonText {

// QJsonDocument::fromJson, with every raw U+FEFF after the first byte written as \ufeff first: inside a
// string it means the same, outside one it is an error either way (JSON has no such white space). A
// document's own leading byte-order mark is left for Qt to skip. An error's offset counts
// in the escaped text: three bytes more for each mark before it.
QJsonDocument read(const QByteArray &bytes, QJsonParseError *error = nullptr);

// The bytes with raw U+FEFF after the first byte escaped; `bytes` itself (no copy) when there is none.
QByteArray withEscapedByteOrderMarks(const QByteArray &bytes);

} // namespace JsonText
