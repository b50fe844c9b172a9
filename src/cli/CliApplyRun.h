// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "core/ConflictPolicy.h"
#include "core/FolderState.h"

#include <QElapsedTimer>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class QEventLoop;

class AssistantFolder;
class CliOutput;
class RevoxClient;
struct CreateResult;
struct SaveResult;

// One apply: a queue of saves, creates and deletions run a few at a time (the server's answers overlap, the
// folder is written on this thread as each one ends). Every write goes through the core's jobs: SaveJob for
// an update, CreateJob for a new file, DeleteJob for a deletion, which goes ahead only when the assistant read
// first is still what the baseline holds.
class CliApplyRun
{
public:
    struct Row
    {
        // "saved", "created", "deleted", "conflict", "stopped", "failed", "unchanged", "kept theirs", "invalid",
        // "skipped": the same in every language (--json); resultText() for people
        QString result;
        QString assistant; // the file, or the name and ID
        QString fields;
    };

    // `folder`: where each success is written down (baseline, file); none for an import.
    CliApplyRun(RevoxClient &client, AssistantFolder *folder, CliOutput &output, ConflictPolicy::Rule rule,
                const QSet<QString> &knownIds);

    // When the list the states' server copies come from was read: while they are young, each save merges against
    // its state's copy instead of reading the assistant again (SaveJob::listedCopyLifetime).
    void setListedAt(const QElapsedTimer &listedAt) { m_listedAt = listedAt; }

    void save(const AssistantState &state);
    void create(const AssistantState &state);
    void remove(const AssistantState &state);
    // A row's result in words, in the user's language.
    static QString resultText(const QString &result);
    // A row for the summary only: something left alone on purpose (`result` as Row::result).
    void note(const AssistantState &state, const QString &result, const QString &why);
    // Something that was not tried: an invalid file, a stopped assistant.
    void refuse(const AssistantState &state, const QString &result, const QString &why);

    // Runs the queue to its end (the event loop meanwhile).
    void run();

    const QList<Row> &rows() const { return m_rows; }
    int problems() const { return m_problems; }
    int unreachable() const { return m_unreachable; }

private:
    static constexpr int kInFlight = 8;

    void next();
    bool isDone() const { return m_started == m_queue.size() && m_running == 0; }
    void finishOne(const Row &row, const ApiError &error = {});
    void onSaved(const AssistantState &state, const SaveResult &result);
    void onCreated(const AssistantState &state, const CreateResult &result);
    void onRead(const AssistantState &state, const Assistant &fresh);
    bool store(const AssistantState &state, const Assistant &serverCopy, const Assistant &content, QString *file);

    RevoxClient &m_client;
    AssistantFolder *m_folder;
    CliOutput &m_out;
    ConflictPolicy m_policy;
    QSet<QString> m_knownIds;
    QElapsedTimer m_listedAt; // invalid: every save reads its own
    QList<std::function<void()>> m_queue;
    qsizetype m_total = 0;
    int m_saves = 0; // queued by save()
    qsizetype m_started = 0;
    int m_running = 0;
    QEventLoop *m_loop = nullptr;
    QList<Row> m_rows;
    int m_problems = 0;
    int m_unreachable = 0;
};
