// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplyRun.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "CliStates.h"

#include "core/AssistantFolder.h"
#include "core/BatchSave.h"
#include "core/CreateJob.h"
#include "core/DeleteJob.h"
#include "core/RevoxCall.h"
#include "core/RevoxClient.h"
#include "core/SaveJob.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliApplyRun)
};

QString joined(const QStringList &keys)
{
    return keys.join(QStringLiteral(", "));
}

QString suspectIds(const QList<Assistant> &suspects)
{
    QStringList ids;
    for (const Assistant &suspect : suspects)
        ids.append(suspect.id());
    return joined(ids);
}

} // namespace

CliApplyRun::CliApplyRun(RevoxClient &client, AssistantFolder *folder, CliOutput &output, ConflictPolicy::Rule rule,
                         const QSet<QString> &knownIds)
    : m_client(client)
    , m_folder(folder)
    , m_out(output)
    , m_policy(rule)
    , m_knownIds(knownIds)
{ }

QString CliApplyRun::resultText(const QString &result)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("saved"), QT_TRANSLATE_NOOP("CliApplyRun", "saved")},
        {QStringLiteral("created"), QT_TRANSLATE_NOOP("CliApplyRun", "created")},
        {QStringLiteral("deleted"), QT_TRANSLATE_NOOP("CliApplyRun", "deleted")},
        {QStringLiteral("conflict"), QT_TRANSLATE_NOOP("CliApplyRun", "conflict")},
        {QStringLiteral("stopped"), QT_TRANSLATE_NOOP("CliApplyRun", "stopped")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("CliApplyRun", "failed")},
        {QStringLiteral("unchanged"), QT_TRANSLATE_NOOP("CliApplyRun", "unchanged")},
        {QStringLiteral("kept theirs"), QT_TRANSLATE_NOOP("CliApplyRun", "kept theirs")},
        {QStringLiteral("invalid"), QT_TRANSLATE_NOOP("CliApplyRun", "invalid")},
        {QStringLiteral("skipped"), QT_TRANSLATE_NOOP("CliApplyRun", "skipped")},
    };
    const char *word = words.value(result);
    return word ? Text::tr(word) : result;
}

void CliApplyRun::note(const AssistantState &state, const QString &result, const QString &why)
{
    m_rows.append({result, CliStates::where(state), why});
}

void CliApplyRun::refuse(const AssistantState &state, const QString &result, const QString &why)
{
    for (const FolderIssue &issue : state.issues)
        m_out.error(issue.text());
    ++m_problems;
    m_rows.append({result, CliStates::where(state), why});
}

void CliApplyRun::save(const AssistantState &state)
{
    if (!state.hasBaseline && m_policy.rule() != ConflictPolicy::Rule::TakeMine) {
        // Nothing says which side changed: only --ours sends, --theirs takes the server's copy as it is.
        m_queue.append([this, &state] {
            if (m_policy.rule() == ConflictPolicy::Rule::Stop) {
                m_out.error(Text::tr("%1: no baseline (the folder never pulled it): %2 differ from the server; apply "
                                     "--ours sends yours, --theirs takes the server's")
                                .arg(CliStates::where(state), joined(state.conflicts)));
                ++m_problems;
                finishOne({QStringLiteral("conflict"), CliStates::where(state), joined(state.conflicts)});
                return;
            }
            QString file;
            if (store(state, *state.server, *state.server, &file))
                finishOne({QStringLiteral("kept theirs"), file, joined(state.conflicts)});
        });
        return;
    }
    ++m_saves;
    m_queue.append([this, &state] {
        auto *job = new SaveJob(&m_client, *state.base, *state.mine, &m_policy);
        QObject::connect(job, &SaveJob::finished, job,
                         [this, &state](const SaveResult &result) { onSaved(state, result); });
        if (state.server)
            job->start(*state.server, m_listedAt);
        else
            job->start();
    });
}

void CliApplyRun::onSaved(const AssistantState &state, const SaveResult &result)
{
    const QString where = CliStates::where(state);
    switch (result.outcome) {
    case SaveResult::Outcome::Saved:
    case SaveResult::Outcome::NothingToSave: {
        QString file;
        if (!store(state, *result.newBase(), result.contentAfter(*state.mine), &file))
            return;
        if (!result.unstored.isEmpty()) {
            m_out.warning(Text::tr("%1: the server did not store %2 as sent; the file keeps your value")
                              .arg(file, joined(result.unstoredKeys())));
            ++m_problems;
        }
        if (result.outcome == SaveResult::Outcome::Saved) {
            m_out.line(Text::tr("saved     %1: %2").arg(file, joined(result.sent.keys())));
            finishOne({QStringLiteral("saved"), file, joined(result.sent.keys())});
        } else {
            finishOne({QStringLiteral("unchanged"), file, Text::tr("the server already holds it")});
        }
        return;
    }
    case SaveResult::Outcome::Conflict:
        m_out.error(Text::tr("%1: %2 changed here and on the server: nothing sent (apply --ours or --theirs decides)")
                        .arg(where, joined(result.conflicts)));
        ++m_problems;
        finishOne({QStringLiteral("conflict"), where, joined(result.conflicts)});
        return;
    case SaveResult::Outcome::Cancelled:
    case SaveResult::Outcome::Failed:
        m_out.error(Text::tr("%1: not saved: %2").arg(where, result.error.message()));
        finishOne({QStringLiteral("failed"), where, result.error.summary()}, result.error);
        return;
    }
}

void CliApplyRun::create(const AssistantState &state)
{
    m_queue.append([this, &state] {
        auto *job = new CreateJob(&m_client);
        job->setKnownIds(m_knownIds);
        QObject::connect(job, &CreateJob::finished, job, [this, job, &state](const CreateResult &result) {
            job->deleteLater();
            onCreated(state, result);
        });
        job->submit(*state.mine);
    });
}

void CliApplyRun::onCreated(const AssistantState &state, const CreateResult &result)
{
    const QString where = CliStates::where(state);
    if (result.succeeded()) {
        QString file;
        if (!store(state, *result.assistant, *result.assistant, &file))
            return;
        if (m_folder)
            m_out.line(Text::tr("created   %1: %2 (%3)").arg(where, file, result.assistant->id()));
        else
            m_out.line(Text::tr("created   %1").arg(file));
        finishOne({QStringLiteral("created"), file, result.assistant->id()});
        return;
    }
    if (result.outcome == CreateResult::Outcome::Uncertain && result.suspects.isEmpty())
        m_out.error(Text::tr("%1: may have been created, the answer was lost and the list could not be read; pull "
                             "before applying again")
                        .arg(where));
    else if (result.outcome == CreateResult::Outcome::Uncertain)
        m_out.error(
            Text::tr("%1: may have been created, the answer was lost and %n assistant(s) appeared since and were "
                     "changed afterwards, which may be it (%2); pull before applying again",
                     nullptr, int(result.suspects.size()))
                .arg(where, suspectIds(result.suspects)));
    else
        m_out.error(Text::tr("%1: not created: %2").arg(where, result.error.message()));
    finishOne({QStringLiteral("failed"), where, result.error.summary()},
              result.error ? result.error : ApiError::invalidRequest(QStringLiteral("create")));
}

void CliApplyRun::remove(const AssistantState &state)
{
    m_queue.append([this, &state] {
        // Read first: a deletion takes the colleague's edit with it, so it goes ahead only on an assistant
        // that is still what the folder last saw (or with --ours).
        RevoxCall *call = m_client.getAssistant(state.id);
        QObject::connect(call, &RevoxCall::finished, call, [this, call, &state] {
            if (call->succeeded()) {
                onRead(state, call->assistant());
            } else if (call->error().httpStatus() == 404) {
                m_folder->removeBaseline(state.id, nullptr);
                finishOne({QStringLiteral("deleted"), CliStates::where(state), Text::tr("already gone")});
            } else {
                m_out.error(Text::tr("%1: not deleted: %2").arg(CliStates::where(state), call->error().message()));
                finishOne({QStringLiteral("failed"), CliStates::where(state), call->error().summary()}, call->error());
            }
        });
    });
}

void CliApplyRun::onRead(const AssistantState &state, const Assistant &fresh)
{
    const QString where = CliStates::where(state);
    const QStringList changed = FolderState::changedOnServer(*m_folder, fresh);
    if (!changed.isEmpty() && m_policy.rule() != ConflictPolicy::Rule::TakeMine) {
        m_out.error(Text::tr("%1: %2 changed on the server since the last pull: not deleted (apply --ours --prune "
                             "deletes it anyway)")
                        .arg(where, joined(changed)));
        ++m_problems;
        finishOne({QStringLiteral("conflict"), where, joined(changed)});
        return;
    }
    // Through the core's job, as the app deletes (it reads the assistant whole again right before the DELETE).
    auto *job = new DeleteJob(&m_client, state.id);
    QObject::connect(job, &DeleteJob::finished, job, [this, &state, where](const DeleteResult &deleted) {
        if (!deleted.succeeded()) { // "already gone" succeeds: gone is what was asked
            m_out.error(Text::tr("%1: not deleted: %2").arg(where, deleted.error.message()));
            finishOne({QStringLiteral("failed"), where, deleted.error.summary()}, deleted.error);
            return;
        }
        QString error;
        if (!m_folder->removeBaseline(state.id, &error)) {
            m_out.error(error);
            ++m_problems;
        }
        m_out.line(Text::tr("deleted   %1").arg(where));
        finishOne({QStringLiteral("deleted"), where, QString()});
    });
    job->start();
}

bool CliApplyRun::store(const AssistantState &state, const Assistant &serverCopy, const Assistant &content,
                        QString *file)
{
    if (!m_folder) {
        *file = CliStates::where(state.id.isEmpty() ? AssistantState{.id = serverCopy.id(), .name = serverCopy.name()}
                                                    : state);
        return true;
    }
    // The baseline first: should the file fail, the next status shows the difference instead of hiding it.
    QString error;
    std::optional<FolderFile> written;
    if (m_folder->writeBaseline(serverCopy.json(), &error))
        written = m_folder->writeAssistant(content.json(), state.file, &error);
    if (written && m_folder->secrets().save(&error)) {
        *file = written->jsonFile;
        return true;
    }
    m_out.error(Text::tr("%1: sent, but the folder could not be updated: %2").arg(CliStates::where(state), error));
    ++m_problems;
    finishOne({QStringLiteral("failed"), CliStates::where(state), error});
    return false;
}

void CliApplyRun::finishOne(const Row &row, const ApiError &error)
{
    m_rows.append(row);
    if (error) {
        if (CliContext::exitStatusFor(error) == 3)
            ++m_unreachable;
        else
            ++m_problems;
    }
    --m_running;
    m_out.progress(qsizetype(m_rows.size()), m_total, Text::tr("apply"));
    next();
    if (m_loop && isDone())
        m_loop->quit();
}

void CliApplyRun::next()
{
    while (m_running < kInFlight && m_started < m_queue.size()) {
        ++m_running;
        m_queue.at(m_started++)();
    }
}

void CliApplyRun::run()
{
    // For a few saves each reads its own assistant (and sends If-Match with its ETag); from a batch's worth on, the
    // list read for the comparison stands in, as in the app (BatchSave::listReadMinimum).
    if (m_saves < BatchSave::listReadMinimum)
        m_listedAt.invalidate();
    m_total = m_queue.size() + m_rows.size();
    QEventLoop loop;
    m_loop = &loop;
    next();
    if (!isDone()) // each job ends in finishOne(), which starts the next and ends the loop after the last
        loop.exec();
    m_loop = nullptr;
    m_out.endProgress();
}
