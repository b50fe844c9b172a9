// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonListSplitter.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstring>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r'; // JSON's four, as Qt's parser has them
}

} // namespace

JsonListSplitter::JsonListSplitter(QByteArrayView body, QByteArrayView key)
    : m_body(body)
    , m_key(key)
{ }

std::optional<QList<QByteArrayView>> JsonListSplitter::split()
{
    m_pos = 0;
    std::optional<QList<QByteArrayView>> items;
    if (!expect('{'))
        return std::nullopt;
    for (;;) {
        skipSpace();
        if (atEnd() || peek() != '"')
            return std::nullopt; // also an empty object: it has no list either
        const qsizetype memberStart = m_pos;
        if (!skipString())
            return std::nullopt;
        const QByteArrayView name = m_body.sliced(memberStart + 1, m_pos - memberStart - 2);
        // An escaped key could spell the list's key too, and Qt's parser keeps the last of repeated keys.
        if (name.contains('\\') || !expect(':'))
            return std::nullopt;
        skipSpace();
        if (name == m_key) {
            if (items || atEnd() || peek() != '[')
                return std::nullopt;
            items.emplace();
            if (!readItems(&*items))
                return std::nullopt;
        } else if (!skipValue() || !isValidMember(m_body.sliced(memberStart, m_pos - memberStart))) {
            return std::nullopt;
        }
        skipSpace();
        if (atEnd())
            return std::nullopt;
        const char separator = m_body[m_pos++];
        if (separator == '}')
            break;
        if (separator != ',')
            return std::nullopt;
    }
    skipSpace();
    return atEnd() ? items : std::nullopt;
}

void JsonListSplitter::skipSpace()
{
    while (!atEnd() && isSpace(peek()))
        ++m_pos;
}

bool JsonListSplitter::expect(char c)
{
    skipSpace();
    if (atEnd() || peek() != c)
        return false;
    ++m_pos;
    return true;
}

bool JsonListSplitter::skipString()
{
    // Most of a list's bytes are inside strings: jump from quote to quote with memchr, and count the
    // backslashes before each quote to tell an escaped one (odd count) from the end.
    const char *data = m_body.data();
    qsizetype from = m_pos + 1;
    while (from < m_body.size()) {
        const auto *hit = static_cast<const char *>(std::memchr(data + from, '"', size_t(m_body.size() - from)));
        if (!hit)
            return false;
        const qsizetype quote = hit - data;
        qsizetype backslashes = 0;
        while (quote - 1 - backslashes > m_pos && data[quote - 1 - backslashes] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0) {
            m_pos = quote + 1;
            return true;
        }
        from = quote + 1;
    }
    return false;
}

bool JsonListSplitter::skipValue()
{
    skipSpace();
    if (atEnd())
        return false;
    const char first = peek();
    if (first == '"')
        return skipString();
    if (first != '{' && first != '[') {
        const qsizetype start = m_pos;
        while (!atEnd() && !isSpace(peek()) && peek() != ',' && peek() != '}' && peek() != ']')
            ++m_pos;
        return m_pos > start;
    }
    int depth = 0;
    while (!atEnd()) {
        const char c = peek();
        if (c == '"') {
            if (!skipString())
                return false;
            continue;
        }
        ++m_pos;
        if (c == '{' || c == '[') {
            if (++depth > kMaxItemDepth)
                return false;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return true;
        }
    }
    return false;
}

bool JsonListSplitter::readItems(QList<QByteArrayView> *items)
{
    ++m_pos; // '['
    skipSpace();
    if (!atEnd() && peek() == ']') {
        ++m_pos;
        return true;
    }
    for (;;) {
        skipSpace();
        if (atEnd() || peek() != '{')
            return false;
        const qsizetype start = m_pos;
        if (!skipValue())
            return false;
        items->append(m_body.sliced(start, m_pos - start));
        skipSpace();
        if (atEnd())
            return false;
        const char separator = m_body[m_pos++];
        if (separator == ']')
            return true;
        if (separator != ',')
            return false;
    }
}

bool JsonListSplitter::isValidMember(QByteArrayView member)
{
    QJsonParseError error;
    QJsonDocument::fromJson('{' + member.toByteArray() + '}', &error);
    return error.error == QJsonParseError::NoError;
}
