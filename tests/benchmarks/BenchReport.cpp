// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchReport.h"

#include <QJsonObject>
#include <QLocale>

namespace {

QString formatValue(double value, const QString &unit)
{
    const QLocale c = QLocale::c();
    if (unit == u"×")
        return c.toString(value, 'f', 2) + u'×';
    if (unit == u"B")
        return c.toString(qint64(value)) + QStringLiteral(" B");
    if (unit == u"req/s")
        return c.toString(qint64(value + 0.5)) + QStringLiteral(" req/s");
    if (unit == u"%")
        return c.toString(value, 'f', 1) + QStringLiteral(" %");
    if (unit == u"ms")
        return c.toString(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" ms");
    return c.toString(value, 'f', 1) + u' ' + unit;
}

} // namespace

QString BenchFigure::verdict() const
{
    if (!budget)
        return {};
    if (higherIsBetter)
        return value >= *budget ? QStringLiteral("within") : QStringLiteral("under");
    return value <= *budget ? QStringLiteral("within") : QStringLiteral("over");
}

void BenchReport::add(const QString &benchmark, const QString &figure, double value, const QString &unit,
                      std::optional<double> budget, const QString &note)
{
    m_figures.append({benchmark, figure, value, unit, budget, false, note});
}

void BenchReport::fail(const QString &benchmark, const QString &message)
{
    m_failures.append(benchmark + QStringLiteral(": ") + message);
}

void BenchReport::merge(const BenchReport &other)
{
    m_figures.append(other.m_figures);
    m_failures.append(other.m_failures);
}

QJsonArray BenchReport::toJson() const
{
    QJsonArray array;
    for (const BenchFigure &f : m_figures) {
        QJsonObject object{{QStringLiteral("benchmark"), f.benchmark},
                           {QStringLiteral("figure"), f.figure},
                           {QStringLiteral("value"), f.value},
                           {QStringLiteral("unit"), f.unit},
                           {QStringLiteral("higherIsBetter"), f.higherIsBetter},
                           {QStringLiteral("note"), f.note}};
        if (f.budget)
            object.insert(QStringLiteral("budget"), *f.budget);
        array.append(object);
    }
    for (const QString &failure : m_failures)
        array.append(QJsonObject{{QStringLiteral("failure"), failure}});
    return array;
}

BenchReport BenchReport::fromJson(const QJsonArray &array)
{
    BenchReport report;
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        if (object.contains(u"failure")) {
            report.m_failures.append(object.value(u"failure").toString());
            continue;
        }
        BenchFigure f;
        f.benchmark = object.value(u"benchmark").toString();
        f.figure = object.value(u"figure").toString();
        f.value = object.value(u"value").toDouble();
        f.unit = object.value(u"unit").toString();
        f.higherIsBetter = object.value(u"higherIsBetter").toBool();
        f.note = object.value(u"note").toString();
        if (object.value(u"budget").isDouble())
            f.budget = object.value(u"budget").toDouble();
        report.m_figures.append(f);
    }
    return report;
}

QList<QStringList> BenchReport::rows() const
{
    QList<QStringList> rows;
    rows.append({QStringLiteral("benchmark"), QStringLiteral("figure"), QStringLiteral("value"),
                 QStringLiteral("budget"), QStringLiteral("verdict"), QStringLiteral("note")});
    for (const BenchFigure &f : m_figures) {
        const QString budget = f.budget
            ? (f.higherIsBetter ? QStringLiteral("≥ ") : QStringLiteral("≤ ")) + formatValue(*f.budget, f.unit)
            : QString();
        rows.append({f.benchmark, f.figure, formatValue(f.value, f.unit), budget, f.verdict(), f.note});
    }
    for (const QString &failure : m_failures)
        rows.append({QStringLiteral("FAILED"), failure, {}, {}, {}, {}});
    return rows;
}

QString BenchReport::table() const
{
    const QList<QStringList> all = rows();
    QList<qsizetype> widths(all.first().size(), 0);
    for (const QStringList &row : all) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    QString text;
    for (qsizetype r = 0; r < all.size(); ++r) {
        QString line;
        for (qsizetype i = 0; i < all.at(r).size(); ++i)
            line += all.at(r).at(i).leftJustified(widths.at(i)) + QStringLiteral("  ");
        text += line.trimmed() + u'\n';
        if (r == 0) {
            QString rule;
            for (const qsizetype width : widths)
                rule += QString(width, u'-') + QStringLiteral("  ");
            text += rule.trimmed() + u'\n';
        }
    }
    return text;
}

QString BenchReport::markdown() const
{
    const QList<QStringList> all = rows();
    QString text;
    for (qsizetype r = 0; r < all.size(); ++r) {
        QStringList cells = all.at(r);
        for (QString &cell : cells)
            cell.replace(u'|', QStringLiteral("\\|"));
        text += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        if (r == 0)
            text += QStringLiteral("|") + QStringLiteral(" --- |").repeated(cells.size()) + u'\n';
    }
    return text;
}
