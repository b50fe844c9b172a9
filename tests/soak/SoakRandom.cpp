// SPDX-License-Identifier: GPL-3.0-or-later
#include "SoakRandom.h"

#include <QCryptographicHash>

#include <limits>

quint64 SoakRandom::derive(quint64 seed, const QString &part)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(seed));
    hash.addData(part.toUtf8());
    const QByteArray digest = hash.result();
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest.at(i));
    return value;
}

int SoakRandom::below(int n)
{
    if (n <= 1)
        return 0;
    // Rejection keeps every outcome equally likely.
    const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % quint64(n);
    quint64 value = m_engine();
    while (value >= limit)
        value = m_engine();
    return int(value % quint64(n));
}

bool SoakRandom::chance(double probability)
{
    return real(0.0, 1.0) < probability;
}

double SoakRandom::real(double low, double high)
{
    const double unit = double(m_engine() >> 11) / double(quint64(1) << 53);
    return low + (high - low) * unit;
}

int SoakRandom::weighted(const QList<int> &weights)
{
    int total = 0;
    for (const int weight : weights)
        total += weight;
    int draw = below(total);
    for (int i = 0; i < weights.size(); ++i) {
        if (draw < weights.at(i))
            return i;
        draw -= weights.at(i);
    }
    return int(weights.size()) - 1;
}

QString SoakRandom::token(int length)
{
    static const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(alphabet.at(below(int(alphabet.size()))));
    return text;
}
