// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <initializer_list>
#include <optional>

class SecretStore;

// The installation's two keys for secrets kept on disk (libsodium), and what they are for:
//   - an HMAC-SHA-256 key: a value the server holds is kept as its keyed digest, which tells "unchanged"
//     from "changed on the server" and nothing else;
//   - a secretbox key (XSalsa20-Poly1305): a value the user typed is kept encrypted.
// Both live in one SecretStore entry (keyAccount()): the OS keychain in the app. The store answers
// asynchronously, so the sealer starts with keys of its own for this session and says ready() once the
// store answered; until then, and whenever the store is not persistent (no keychain service), the keys
// die with the session and typed values are withheld, not sealed: nothing secret is written.
//
// Every method works on JSON shaped like an assistant or a patch body and touches only the fields the
// catalogue marks secret (SecretFields), turning values into SecretPlaceholder strings and back.
class SecretSealer : public QObject
{
    Q_OBJECT

public:
    // `store` may be null: session keys only, ready at once.
    explicit SecretSealer(SecretStore *store, QObject *parent = nullptr);
    ~SecretSealer() override;

    static QString keyAccount(); // the SecretStore entry that holds both keys

    bool isReady() const { return m_ready; }
    // Whether the keys outlive this session: only then are typed values sealed into files.
    bool isPersistent() const { return m_persistent; }

    // --- one value ---
    QByteArray digest(const QString &value) const;
    bool matches(const QByteArray &digest, const QString &value) const; // constant time
    QByteArray seal(const QString &value) const; // nonce + box, fresh nonce each time
    std::optional<QString> open(const QByteArray &sealed) const; // nullopt: another key, or tampered
    // A short keyed hash (BLAKE2b, 16 bytes) of some bytes, each part counted apart: tells "the same as
    // before" about files and answers that may hold secrets, fast enough for thousands of them, and says
    // nothing of their content without the key.
    QByteArray fingerprint(std::initializer_list<QByteArrayView> parts) const;

    // --- an assistant or a patch body ---
    // For storage that must only tell whether secrets changed (drafts' base, a change journal): every
    // secret becomes its digest. Placeholders already there stay as they are.
    QJsonObject redacted(const QJsonObject &json) const;
    // For the user's version beside `base` (a draft's edited copy): a value `base` also holds becomes
    // its digest; any other (typed) value is sealed, or withheld when the keys are not persistent (the
    // first time, typedSecretNotKept() says so).
    QJsonObject sealedEdit(const QJsonObject &base, const QJsonObject &edited);
    // Back from storage against what the server holds now: a digest takes the server's value that
    // has that digest (wherever it is in the assistant), a sealed value is opened. What cannot be
    // restored stays a placeholder: the server changed that value, or the key is gone.
    QJsonObject rehydrated(const QJsonObject &json, const QJsonObject &server) const;

signals:
    void ready(bool persistent);
    // Once per session: a typed secret was left out of a draft because there is no keychain.
    void typedSecretNotKept();

private:
    void onRead(const QString &account, const QString &secret, const QString &error);
    void onWritten(const QString &account, const QString &error);
    void finishLoading(bool persistent);
    bool adopt(const QString &stored);
    QString encodedKeys() const;

    QPointer<SecretStore> m_store;
    QByteArray m_hmacKey;
    QByteArray m_boxKey;
    bool m_ready = false;
    bool m_persistent = false;
    bool m_wroteKeys = false;
    bool m_toldNotKept = false;
};
