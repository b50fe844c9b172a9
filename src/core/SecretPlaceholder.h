// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// What stands in a secret field (AssistantSchema's `secret` mark) where its value must not be: in a
// draft, a journal entry, a file for git. A placeholder is a string, so it survives every round trip
// through the editor's widgets, and it starts with a control character (U+001F) that no HTTP header
// value may hold, so it is never mistaken for a real value nor for a {{variable}} template.
// RevoxClient refuses to send a request body that holds one.
//
//   Digest    keyed digest (HMAC-SHA-256) of a value the server holds: tells "unchanged" from "changed"
//   Sealed    a value the user typed, encrypted (secretbox) with the installation's key
//   Withheld  a value the user typed that was left out (no keychain: nothing secret is written)
//   Reference a name under which the value is kept elsewhere (for files that leave this machine)
class SecretPlaceholder
{
public:
    enum class Kind { Digest, Sealed, Withheld, Reference };

    static SecretPlaceholder digest(const QByteArray &mac) { return {Kind::Digest, mac}; }
    static SecretPlaceholder sealed(const QByteArray &box) { return {Kind::Sealed, box}; }
    static SecretPlaceholder withheld() { return {Kind::Withheld, {}}; }
    static SecretPlaceholder reference(const QString &name) { return {Kind::Reference, name.toUtf8()}; }

    // Whether `value` is meant as a placeholder: anything that starts with the prefix, even malformed,
    // so that nothing of the kind is ever sent.
    static bool isPlaceholder(const QString &value) { return value.startsWith(prefix()); }
    static std::optional<SecretPlaceholder> parse(const QString &value);
    static QString prefix(); // "\u001Frevox-secret:v1:"

    Kind kind() const { return m_kind; }
    QByteArray payload() const { return m_payload; } // the digest, the sealed box, or the reference's UTF-8
    QString referenceName() const { return QString::fromUtf8(m_payload); }
    QString toString() const;

    friend bool operator==(const SecretPlaceholder &, const SecretPlaceholder &) = default;

private:
    SecretPlaceholder(Kind kind, const QByteArray &payload)
        : m_kind(kind)
        , m_payload(payload)
    { }

    Kind m_kind;
    QByteArray m_payload;
};
