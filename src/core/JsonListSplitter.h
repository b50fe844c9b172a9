// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>

#include <optional>

// Finds the bytes of each item of one array in a JSON body shaped {"key": [{…}, {…}], …} without building
// a tree of the whole body, so a list of thousands of objects can be parsed, and kept, one item at a time.
//
// It walks only the outer structure (strings are skipped whole, brackets counted) and has Qt's parser
// check every other member as a "key": value. The items themselves are not checked: the caller parses
// each one anyway, and must treat an item that is not exactly one JSON object as it treats nullopt.
// With that, a body split here is valid JSON and Qt's parser would read the same items from it.
// split() answers nullopt for anything else, including shapes that are valid but unusual (a byte-order
// mark, an escaped or repeated key, nesting deeper than kMaxItemDepth, items that are not objects): the
// caller then parses the whole body the ordinary way, which also says what is wrong.
class JsonListSplitter
{
public:
    // Far deeper than any assistant, and far below the nesting limit of Qt's parser, which counts from
    // the top of the whole body.
    static constexpr int kMaxItemDepth = 64;

    JsonListSplitter(QByteArrayView body, QByteArrayView key);

    std::optional<QList<QByteArrayView>> split();

private:
    bool atEnd() const { return m_pos >= m_body.size(); }
    char peek() const { return m_body[m_pos]; }
    void skipSpace();
    bool expect(char c); // skips spaces, then `c`
    bool skipString(); // at the opening quote; stops after the closing one
    bool skipValue(); // a whole value: string, container or scalar; not validated
    bool readItems(QList<QByteArrayView> *items); // at '['
    static bool isValidMember(QByteArrayView member);

    QByteArrayView m_body;
    QByteArrayView m_key;
    qsizetype m_pos = 0;
};
