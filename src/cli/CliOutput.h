// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What revox-studio-cli says, and where: results as lines on stdout (or one JSON document with --json), errors
// on stderr, a progress bar on stderr only when it is a terminal (plain lines otherwise), nothing but errors
// with --quiet. No secret goes through here: callers pass masked values.
class CliOutput
{
public:
    CliOutput(bool json, bool quiet);

    bool isJson() const { return m_json; }
    bool isQuiet() const { return m_quiet; }

    void line(const QString &text); // a result, for people: text mode only, not with --quiet
    void problem(const QString &text); // "file: field: rule" on stdout: text mode, even with --quiet
    void error(const QString &text); // always, on stderr: "revox-studio-cli: …"
    void warning(const QString &text); // on stderr unless --quiet
    void table(const QStringList &headers, const QList<QStringList> &rows);
    void json(const QJsonObject &document); // --json: the one document on stdout

    // A bar on a terminal for runs of more than a few items; redrawn at most ten times a second.
    void progress(qint64 done, qint64 total, const QString &what);
    void endProgress();

private:
    void clearProgress();

    bool m_json;
    bool m_quiet;
    bool m_terminal;
    bool m_barShown = false;
    QElapsedTimer m_lastDrawn;
};
