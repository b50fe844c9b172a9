// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

// One measured figure, with the budget it is held against (if any).
struct BenchFigure
{
    QString benchmark; // "list", "filter", …
    QString figure; // what was measured, for people
    double value = 0;
    QString unit; // "ms", "×", "req/s", "B", "MiB", "%"
    std::optional<double> budget; // same unit as value
    bool higherIsBetter = false; // a budget is a ceiling unless this is set (then a floor)
    QString note;

    // "within", "over", "under" (a floor missed), or "" without a budget.
    QString verdict() const;
};

// The figures of a benchmark run, and the table they make. Budgets are reported, never enforced: only
// a benchmark that could not run (failure()) makes the run fail.
class BenchReport
{
public:
    void add(const BenchFigure &figure) { m_figures.append(figure); }
    void add(const QString &benchmark, const QString &figure, double value, const QString &unit,
             std::optional<double> budget = std::nullopt, const QString &note = {});
    void fail(const QString &benchmark, const QString &message);
    void merge(const BenchReport &other);

    const QList<BenchFigure> &figures() const { return m_figures; }
    const QStringList &failures() const { return m_failures; }
    bool hasFailures() const { return !m_failures.isEmpty(); }

    QJsonArray toJson() const;
    static BenchReport fromJson(const QJsonArray &array);

    QString table() const; // aligned plain text, for a terminal
    QString markdown() const; // the same rows as a Markdown table

private:
    QList<QStringList> rows() const;

    QList<BenchFigure> m_figures;
    QStringList m_failures; // "benchmark: message"
};
