// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretScanner.h"

#include <QDirIterator>
#include <QFile>

namespace {

QByteArray utf16(const QString &text, bool bigEndian)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xff);
        bytes.append(bigEndian ? high : low);
        bytes.append(bigEndian ? low : high);
    }
    return bytes;
}

// base64 depends on where the secret starts modulo 3; the characters that encode only secret bytes
// are the same whatever came before, so each of the three alignments gives one fixed needle.
QList<QByteArray> base64Needles(const QByteArray &secret)
{
    QList<QByteArray> needles;
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray encoded = QByteArray(QByteArray(shift, 'x') + secret).toBase64(QByteArray::OmitTrailingEquals);
        // Skip the characters touched by the prefix, and the last, touched by whatever follows.
        const qsizetype first = (shift * 8 + 5) / 6;
        needles.append(encoded.mid(first, encoded.size() - first - 2));
    }
    return needles;
}

} // namespace

SecretScanner::SecretScanner(const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        const QByteArray utf8 = secret.toUtf8();
        m_needles.append({secret, QStringLiteral("UTF-8"), utf8});
        m_needles.append({secret, QStringLiteral("UTF-16LE"), utf16(secret, false)});
        m_needles.append({secret, QStringLiteral("UTF-16BE"), utf16(secret, true)});
        for (const QByteArray &needle : base64Needles(utf8))
            m_needles.append({secret, QStringLiteral("base64"), needle});
    }
}

QStringList SecretScanner::scanBytes(const QString &where, const QByteArray &bytes) const
{
    QStringList findings;
    for (const Needle &needle : m_needles) {
        if (bytes.contains(needle.bytes))
            findings.append(QStringLiteral("%1: %2 (%3)").arg(where, needle.secret, needle.encoding));
    }
    return findings;
}

QStringList SecretScanner::scanFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString())};
    return scanBytes(path, file.readAll());
}

QStringList SecretScanner::scanTree(const QString &root, QStringList *scannedFiles) const
{
    QStringList findings;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (scannedFiles)
            scannedFiles->append(path);
        findings += scanFile(path);
    }
    return findings;
}
