// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliOutput.h"

#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

} // namespace

CliOutput::CliOutput(bool json, bool quiet)
    : m_json(json)
    , m_quiet(quiet)
    , m_terminal(isatty(fileno(stderr)) == 1)
{ }

void CliOutput::line(const QString &text)
{
    if (m_json || m_quiet)
        return;
    clearProgress();
    write(stdout, text + u'\n');
    std::fflush(stdout);
}

void CliOutput::problem(const QString &text)
{
    if (m_json)
        return;
    clearProgress();
    write(stdout, text + u'\n');
    std::fflush(stdout);
}

void CliOutput::error(const QString &text)
{
    clearProgress();
    std::fflush(stdout);
    write(stderr, QStringLiteral("revox-studio-cli: ") + text + u'\n');
}

void CliOutput::warning(const QString &text)
{
    if (m_quiet)
        return;
    clearProgress();
    std::fflush(stdout);
    write(stderr, QStringLiteral("revox-studio-cli: ") + text + u'\n');
}

void CliOutput::table(const QStringList &headers, const QList<QStringList> &rows)
{
    if (m_json || m_quiet || rows.isEmpty())
        return;
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    const auto format = [&widths](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
        return text;
    };
    line(format(headers));
    for (const QStringList &row : rows)
        line(format(row));
}

void CliOutput::json(const QJsonObject &document)
{
    clearProgress();
    write(stdout, QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)));
    std::fflush(stdout);
}

void CliOutput::progress(qint64 done, qint64 total, const QString &what)
{
    if (!m_terminal || m_json || m_quiet || total < 2)
        return;
    if (m_barShown && done < total && m_lastDrawn.isValid() && m_lastDrawn.elapsed() < 100)
        return;
    m_lastDrawn.start();
    constexpr int width = 30;
    const int filled = int(width * done / std::max<qint64>(total, 1));
    const QString bar = QString(filled, u'#') + QString(width - filled, u'.');
    write(stderr, QStringLiteral("\r[%1] %2/%3 %4\x1b[K").arg(bar).arg(done).arg(total).arg(what));
    std::fflush(stderr);
    m_barShown = true;
}

void CliOutput::endProgress()
{
    clearProgress();
}

void CliOutput::clearProgress()
{
    if (!m_barShown)
        return;
    write(stderr, QStringLiteral("\r\x1b[K"));
    std::fflush(stderr);
    m_barShown = false;
}
