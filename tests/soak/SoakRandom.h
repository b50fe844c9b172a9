// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <random>

// The soak's dice: one 64-bit seed gives the same draws on every machine. std::mt19937_64 is the same
// everywhere; the standard distributions are not, so draws are made by hand.
class SoakRandom
{
public:
    explicit SoakRandom(quint64 seed)
        : m_engine(seed)
    { }

    // A seed of its own for a part of the run (`part` names it: a writer and its incarnation), so that the
    // parts do not share one sequence whose order depends on timing.
    static quint64 derive(quint64 seed, const QString &part);

    quint64 next() { return m_engine(); }
    int below(int n); // 0 … n-1; 0 when n ≤ 1
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(double probability); // true with that probability
    double real(double low, double high); // uniform in [low, high]
    // One of `weights.size()` choices, each as likely as its weight.
    int weighted(const QList<int> &weights);
    template<typename T> const T &pick(const QList<T> &items) { return items.at(below(int(items.size()))); }
    QString token(int length); // lowercase letters and digits

private:
    std::mt19937_64 m_engine;
};
