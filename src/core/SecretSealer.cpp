// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretSealer.h"

#include "SecretFields.h"
#include "SecretPlaceholder.h"
#include "SecretStore.h"

#include <QSet>
#include <QStringList>

#include <sodium.h>

namespace {

constexpr auto kKeyEncoding = QByteArray::Base64Encoding;

QByteArray randomKey(size_t size)
{
    QByteArray key(qsizetype(size), Qt::Uninitialized);
    randombytes_buf(key.data(), size);
    return key;
}

void wipe(QByteArray &key)
{
    if (!key.isEmpty())
        sodium_memzero(key.data(), size_t(key.size()));
}

const auto *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

} // namespace

SecretSealer::SecretSealer(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    m_hmacKey = randomKey(crypto_auth_hmacsha256_KEYBYTES);
    m_boxKey = randomKey(crypto_secretbox_KEYBYTES);
    if (!store) {
        m_ready = true;
        return;
    }
    connect(store, &SecretStore::readFinished, this, &SecretSealer::onRead);
    connect(store, &SecretStore::writeFinished, this, &SecretSealer::onWritten);
    connect(store, &SecretStore::persistenceChanged, this, [this](bool persistent) {
        if (!persistent) // from now on a sealed value might outlive its key
            m_persistent = false;
    });
    store->read(keyAccount());
}

SecretSealer::~SecretSealer()
{
    wipe(m_hmacKey);
    wipe(m_boxKey);
}

QString SecretSealer::keyAccount()
{
    return QStringLiteral("revox-studio:secret-keys");
}

void SecretSealer::onRead(const QString &account, const QString &secret, const QString &error)
{
    if (account != keyAccount() || m_ready)
        return;
    if (!error.isEmpty()) {
        // A locked or refusing keychain: its entry, if any, must survive; this session works on its own keys.
        finishLoading(false);
    } else if (!secret.isEmpty()) {
        finishLoading(adopt(secret) && m_store->isPersistent());
    } else if (m_wroteKeys) {
        finishLoading(false); // written, yet not there: the store keeps nothing
    } else {
        m_wroteKeys = true;
        m_store->write(keyAccount(), encodedKeys());
    }
}

void SecretSealer::onWritten(const QString &account, const QString &error)
{
    if (account != keyAccount() || m_ready)
        return;
    if (!error.isEmpty())
        finishLoading(false);
    else
        m_store->read(keyAccount()); // read back: another instance may have stored its keys first
}

void SecretSealer::finishLoading(bool persistent)
{
    m_ready = true;
    m_persistent = persistent;
    emit ready(persistent);
}

bool SecretSealer::adopt(const QString &stored)
{
    const QStringList parts = stored.split(u':');
    if (parts.size() != 3 || parts.at(0) != u"v1")
        return false; // another format, perhaps a newer version's: left alone
    QByteArray hmacKey = QByteArray::fromBase64(parts.at(1).toLatin1(), kKeyEncoding);
    QByteArray boxKey = QByteArray::fromBase64(parts.at(2).toLatin1(), kKeyEncoding);
    if (hmacKey.size() != qsizetype(crypto_auth_hmacsha256_KEYBYTES)
        || boxKey.size() != qsizetype(crypto_secretbox_KEYBYTES)) {
        wipe(hmacKey);
        wipe(boxKey);
        return false;
    }
    wipe(m_hmacKey);
    wipe(m_boxKey);
    m_hmacKey = hmacKey;
    m_boxKey = boxKey;
    return true;
}

QString SecretSealer::encodedKeys() const
{
    return QStringLiteral("v1:") + QString::fromLatin1(m_hmacKey.toBase64(kKeyEncoding)) + u':'
        + QString::fromLatin1(m_boxKey.toBase64(kKeyEncoding));
}

QByteArray SecretSealer::digest(const QString &value) const
{
    const QByteArray text = value.toUtf8();
    QByteArray mac(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256(reinterpret_cast<unsigned char *>(mac.data()), bytes(text), size_t(text.size()),
                           bytes(m_hmacKey));
    return mac;
}

bool SecretSealer::matches(const QByteArray &digest, const QString &value) const
{
    const QByteArray expected = this->digest(value);
    return digest.size() == expected.size()
        && sodium_memcmp(digest.constData(), expected.constData(), size_t(expected.size())) == 0;
}

QByteArray SecretSealer::seal(const QString &value) const
{
    const QByteArray text = value.toUtf8();
    QByteArray sealed(qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + text.size(),
                      Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, bytes(text), size_t(text.size()), nonce,
                          bytes(m_boxKey));
    return sealed;
}

std::optional<QString> SecretSealer::open(const QByteArray &sealed) const
{
    constexpr qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (sealed.size() < overhead)
        return std::nullopt;
    QByteArray text(sealed.size() - overhead, Qt::Uninitialized);
    const unsigned char *nonce = bytes(sealed);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(text.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   size_t(sealed.size()) - crypto_secretbox_NONCEBYTES, nonce, bytes(m_boxKey))
        != 0)
        return std::nullopt;
    const QString value = QString::fromUtf8(text);
    wipe(text);
    return value;
}

QByteArray SecretSealer::fingerprint(std::initializer_list<QByteArrayView> parts) const
{
    constexpr size_t kSize = 16;
    crypto_generichash_state state;
    crypto_generichash_init(&state, bytes(m_hmacKey), size_t(m_hmacKey.size()), kSize);
    for (const QByteArrayView part : parts) {
        const quint64 size = quint64(part.size()); // so that ("ab", "c") and ("a", "bc") differ
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(&size), sizeof size);
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(part.data()), size_t(part.size()));
    }
    QByteArray out(kSize, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()), kSize);
    return out;
}

QJsonObject SecretSealer::redacted(const QJsonObject &json) const
{
    return SecretFields::replaced(json, [this](const SecretLocation &, const QString &value) {
        if (value.isEmpty() || SecretPlaceholder::isPlaceholder(value))
            return value;
        return SecretPlaceholder::digest(digest(value)).toString();
    });
}

QJsonObject SecretSealer::sealedEdit(const QJsonObject &base, const QJsonObject &edited)
{
    QSet<QString> known;
    SecretFields::visit(base, [&known](const SecretLocation &, const QString &value) { known.insert(value); });
    bool withheld = false;
    const QJsonObject result
        = SecretFields::replaced(edited, [this, &known, &withheld](const SecretLocation &, const QString &value) {
              if (value.isEmpty() || SecretPlaceholder::isPlaceholder(value))
                  return value;
              if (known.contains(value))
                  return SecretPlaceholder::digest(digest(value)).toString();
              if (m_persistent)
                  return SecretPlaceholder::sealed(seal(value)).toString();
              withheld = true;
              return SecretPlaceholder::withheld().toString();
          });
    if (withheld && m_ready && !m_toldNotKept) {
        m_toldNotKept = true;
        emit typedSecretNotKept();
    }
    return result;
}

QJsonObject SecretSealer::rehydrated(const QJsonObject &json, const QJsonObject &server) const
{
    QHash<QByteArray, QString> serverValues; // by digest
    SecretFields::visit(server, [this, &serverValues](const SecretLocation &, const QString &value) {
        if (!value.isEmpty() && !SecretPlaceholder::isPlaceholder(value))
            serverValues.insert(digest(value), value);
    });
    return SecretFields::replaced(json, [this, &serverValues](const SecretLocation &, const QString &value) {
        const std::optional<SecretPlaceholder> placeholder = SecretPlaceholder::parse(value);
        if (!placeholder)
            return value;
        if (placeholder->kind() == SecretPlaceholder::Kind::Digest)
            return serverValues.value(placeholder->payload(), value);
        if (placeholder->kind() == SecretPlaceholder::Kind::Sealed)
            return open(placeholder->payload()).value_or(value);
        return value;
    });
}
