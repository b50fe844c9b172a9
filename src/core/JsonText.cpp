// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonText.h"

namespace {

constexpr char kMark[] = "\xEF\xBB\xBF";

// The next raw U+FEFF at or after `from`. 0xEF leads only the UTF-8 of U+F000…U+FFFF, rare in text, so a
// memchr for it is nearly the whole cost of a document without one.
qsizetype nextMark(const QByteArray &bytes, qsizetype from)
{
    for (qsizetype at = bytes.indexOf(kMark[0], from); at >= 0; at = bytes.indexOf(kMark[0], at + 1)) {
        if (at + 2 < bytes.size() && bytes.at(at + 1) == kMark[1] && bytes.at(at + 2) == kMark[2])
            return at;
    }
    return -1;
}

} // namespace

namespace JsonText {

QByteArray withEscapedByteOrderMarks(const QByteArray &bytes)
{
    qsizetype at = nextMark(bytes, 1);
    if (at < 0)
        return bytes;
    QByteArray escaped;
    escaped.reserve(bytes.size() + 16);
    qsizetype copiedTo = 0;
    for (; at >= 0; at = nextMark(bytes, at + 3)) {
        escaped.append(bytes.constData() + copiedTo, at - copiedTo);
        escaped.append("\\ufeff");
        copiedTo = at + 3;
    }
    escaped.append(bytes.constData() + copiedTo, bytes.size() - copiedTo);
    return escaped;
}

QJsonDocument read(const QByteArray &bytes, QJsonParseError *error)
{
    return QJsonDocument::fromJson(withEscapedByteOrderMarks(bytes), error);
}

} // namespace JsonText
