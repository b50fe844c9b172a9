// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// Realistic assistants for large data sets (benchmarks load 10,000): every catalogued field is used
// somewhere, FAQ lists hold 3–15 items and tool lists 0–4. Deterministic: index i is the same assistant
// in every run and in every count above i.
class SandboxGenerator
{
public:
    SandboxGenerator();

    QJsonObject assistant(int index) const;
    QList<QJsonObject> generate(int count) const;

private:
    QJsonArray m_verticals;
    QList<QJsonArray> m_voicesByVertical; // voices speaking each vertical's language
};
