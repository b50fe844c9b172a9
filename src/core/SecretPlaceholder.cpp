// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretPlaceholder.h"

namespace {

constexpr auto kEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString kindName(SecretPlaceholder::Kind kind)
{
    switch (kind) {
    case SecretPlaceholder::Kind::Digest:
        return QStringLiteral("digest");
    case SecretPlaceholder::Kind::Sealed:
        return QStringLiteral("sealed");
    case SecretPlaceholder::Kind::Withheld:
        return QStringLiteral("withheld");
    case SecretPlaceholder::Kind::Reference:
        return QStringLiteral("ref");
    }
    return {};
}

} // namespace

QString SecretPlaceholder::prefix()
{
    return QStringLiteral("\u001Frevox-secret:v1:");
}

QString SecretPlaceholder::toString() const
{
    QString text = prefix() + kindName(m_kind);
    if (m_kind != Kind::Withheld)
        text += u':' + QString::fromLatin1(m_payload.toBase64(kEncoding));
    return text;
}

std::optional<SecretPlaceholder> SecretPlaceholder::parse(const QString &value)
{
    if (!isPlaceholder(value))
        return std::nullopt;
    const QString rest = value.mid(prefix().size());
    const qsizetype colon = rest.indexOf(u':');
    const QString kind = colon < 0 ? rest : rest.left(colon);
    if (kind == kindName(Kind::Withheld))
        return colon < 0 ? std::optional(withheld()) : std::nullopt;
    if (colon < 0)
        return std::nullopt;
    const QByteArray::FromBase64Result payload = QByteArray::fromBase64Encoding(
        rest.mid(colon + 1).toLatin1(), kEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload || payload.decoded.isEmpty())
        return std::nullopt;
    for (const Kind candidate : {Kind::Digest, Kind::Sealed, Kind::Reference}) {
        if (kind == kindName(candidate))
            return SecretPlaceholder(candidate, payload.decoded);
    }
    return std::nullopt;
}
