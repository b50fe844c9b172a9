// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Looks for secrets (API keys) in bytes, files and directory trees: as UTF-8, as UTF-16 in both byte
// orders (QSettings' @Variant and QDataStream store QString as UTF-16), and as base64 (an
// "Authorization: Basic" or a serialized header would hide the key that way).
class SecretScanner
{
public:
    explicit SecretScanner(const QStringList &secrets);

    // One line per secret found: "<where>: <secret> (<encoding>)"; empty when clean.
    QStringList scanBytes(const QString &where, const QByteArray &bytes) const;
    QStringList scanFile(const QString &path) const;
    // Every regular file below `root`, hidden ones included; `scannedFiles` receives their paths.
    QStringList scanTree(const QString &root, QStringList *scannedFiles = nullptr) const;

private:
    struct Needle
    {
        QString secret;
        QString encoding;
        QByteArray bytes;
    };
    QList<Needle> m_needles;
};
