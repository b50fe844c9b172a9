// SPDX-License-Identifier: GPL-3.0-or-later
#include "SoakWriter.h"

#include "SoakNetworkAccess.h"

#include "core/AssistantMerge.h"
#include "core/AssistantPatch.h"
#include "core/CloneJob.h"
#include "core/ConflictPolicy.h"
#include "core/CreateJob.h"
#include "core/DeleteJob.h"
#include "core/DraftStore.h"
#include "core/FolderSecretStore.h"
#include "core/RevoxCall.h"
#include "core/RevoxClient.h"
#include "core/SaveJob.h"
#include "core/SecretSealer.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cerrno>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

// Short, so that a stalled answer costs seconds, not the app's 30.
constexpr auto kTransferTimeout = 1500ms;
constexpr auto kDeadline = 6000ms;
constexpr qint64 kMaxResponse = 1024 * 1024; // the sandbox's oversized answers go past it
constexpr int kMaxEditors = 3;
constexpr int kCreateAttempts = 3;
constexpr int kHotAssistants = 5; // both writers favour the first ones of the list: they overlap

// One line on stdout, whole: written before the step it announces, so a SIGKILL right after leaves it read.
void writeLine(const QByteArray &line)
{
    qsizetype done = 0;
    while (done < line.size()) {
        const ssize_t written = ::write(STDOUT_FILENO, line.constData() + done, size_t(line.size() - done));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return;
        done += written;
    }
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// Answers conflicts by its rule, and says which way each went before the save goes on.
class ReportingPolicy : public ConflictResolver
{
public:
    ReportingPolicy(ConflictPolicy::Rule rule, std::function<void(const QStringList &conflicts)> decided)
        : m_policy(rule)
        , m_decided(std::move(decided))
    { }

    Answer resolve(AssistantMerge &merge) override
    {
        const QStringList conflicts = merge.conflicts();
        const Answer answer = m_policy.resolve(merge);
        m_decided(conflicts);
        return answer;
    }

private:
    ConflictPolicy m_policy;
    std::function<void(const QStringList &)> m_decided;
};

QString ruleName(ConflictPolicy::Rule rule)
{
    switch (rule) {
    case ConflictPolicy::Rule::TakeMine:
        return QStringLiteral("mine");
    case ConflictPolicy::Rule::TakeTheirs:
        return QStringLiteral("theirs");
    case ConflictPolicy::Rule::Stop:
        break;
    }
    return QStringLiteral("stop");
}

} // namespace

SoakWriter::SoakWriter(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_random(SoakRandom::derive(options.seed, options.name + QString::number(options.incarnation)))
    , m_edits(m_random)
{ }

SoakWriter::~SoakWriter() = default;

bool SoakWriter::open(QString *error)
{
    if (!QDir().mkpath(m_options.stateDir)) {
        *error = QStringLiteral("cannot create %1").arg(m_options.stateDir);
        return false;
    }
    // The keys of typed secrets outlive the process, as the keychain's do in the app.
    m_keys = std::make_unique<FolderSecretStore>(m_options.stateDir + QStringLiteral("/keys.json"));
    if (!m_keys->load(error))
        return false;
    m_sealer = std::make_unique<SecretSealer>(m_keys.get());
    if (!m_sealer->isReady() || !m_keys->save(error))
        return false;
    m_drafts = std::make_unique<DraftStore>(m_options.stateDir + QStringLiteral("/drafts"), m_sealer.get());

    m_network = std::make_unique<SoakNetworkAccess>();
    m_client = std::make_unique<RevoxClient>(m_network.get());
    if (!m_client->setBaseUrl(m_options.baseUrl, error))
        return false;
    m_client->setApiKey(m_options.apiKey);
    m_client->setTimeouts(kTransferTimeout, kDeadline);
    m_client->setMaxResponseSize(kMaxResponse);
    return true;
}

void SoakWriter::start()
{
    report(QStringLiteral("ready"), {{QStringLiteral("pid"), qint64(::getpid())}});
    restoreDrafts();
}

void SoakWriter::stop()
{
    m_stopping = true;
    if (!m_running)
        next();
}

void SoakWriter::report(const QString &event, QJsonObject fields)
{
    fields.insert(QStringLiteral("e"), event);
    fields.insert(QStringLiteral("w"), m_options.name);
    fields.insert(QStringLiteral("inc"), m_options.incarnation);
    if (!fields.contains(u"op"))
        fields.insert(QStringLiteral("op"), m_operation);
    writeLine(QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n');
}

int SoakWriter::beginOperation()
{
    ++m_operation;
    m_network->setOperation(m_options.name.toUtf8() + QByteArray::number(m_options.incarnation) + ':'
                            + QByteArray::number(m_operation));
    return m_operation;
}

// --- start: the drafts an earlier process left ------------------------------------------------------------

void SoakWriter::restoreDrafts()
{
    for (const Draft &draft : m_drafts->drafts(connectionId()))
        m_toRestore.append(draft.assistantId);
    restoreNext();
}

void SoakWriter::restoreNext()
{
    if (m_toRestore.isEmpty()) {
        QJsonArray ids;
        for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
            ids.append(it.key());
        report(QStringLiteral("restoredAll"), {{QStringLiteral("ids"), ids}});
        if (m_options.auditOnly) {
            emit finished(0);
            return;
        }
        beginOperation();
        loadList([this](bool) { next(); });
        return;
    }
    if (m_stopping) {
        emit finished(0);
        return;
    }
    const QString id = m_toRestore.first();
    beginOperation();
    RevoxCall *call = m_client->getAssistant(id);
    connect(call, &RevoxCall::finished, this, [this, call, id] {
        const auto retry = [this] { QTimer::singleShot(200, this, &SoakWriter::restoreNext); };
        if (!call->succeeded()) {
            if (call->error().httpStatus() != 404)
                return retry();
            confirmGone(id, [this, id, retry](bool gone) {
                if (!gone)
                    return retry();
                m_toRestore.removeFirst();
                report(QStringLiteral("dropped"),
                       {{QStringLiteral("id"), id}, {QStringLiteral("reason"), QStringLiteral("deleted")}});
                m_drafts->remove(connectionId(), id);
                restoreNext();
            });
            return;
        }
        const std::optional<Draft> stored = m_drafts->load(connectionId(), id);
        m_toRestore.removeFirst();
        if (stored) {
            // As the app restores a draft: its own base, its edits on top, secrets back from the server's copy.
            const Draft draft = m_drafts->rehydrated(*stored, call->assistant());
            m_editors.insert(id, {draft.base, draft.edited});
            report(QStringLiteral("restored"),
                   {{QStringLiteral("id"), id}, {QStringLiteral("pending"), pendingOf(id)}});
        } else {
            report(QStringLiteral("draftUnreadable"), {{QStringLiteral("id"), id}});
        }
        restoreNext();
    });
}

void SoakWriter::confirmGone(const QString &id, const std::function<void(bool gone)> &done)
{
    RevoxCall *list = m_client->listAssistants();
    connect(list, &RevoxCall::finished, this, [this, list, id, done] {
        if (!list->succeeded()) {
            QTimer::singleShot(200, this, [this, id, done] { confirmGone(id, done); });
            return;
        }
        bool present = false;
        for (const AssistantSummary &summary : list->summaries())
            present = present || summary.id() == id;
        done(!present);
    });
}

void SoakWriter::loadList(const std::function<void(bool ok)> &done)
{
    RevoxCall *list = m_client->listAssistants();
    connect(list, &RevoxCall::finished, this, [this, list, done] {
        if (list->succeeded()) {
            m_pool.clear();
            for (const AssistantSummary &summary : list->summaries())
                m_pool.append(summary.id());
        }
        done(list->succeeded());
    });
}

// --- the operations ----------------------------------------------------------------------------------------

void SoakWriter::next()
{
    m_running = false;
    if (m_stopping) {
        report(QStringLiteral("stopped"));
        emit finished(0);
        return;
    }
    QTimer::singleShot(m_random.between(0, 40), this, &SoakWriter::runOperation);
}

void SoakWriter::runOperation()
{
    if (m_stopping)
        return next();
    m_running = true;
    bool anyPending = false;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        anyPending = anyPending || !pendingOf(it.key()).isEmpty();
    // edit, save, create, clone, delete, refresh
    const int choice = m_random.weighted({36, anyPending ? 34 : 0, 6, 5, 4, 5});
    switch (choice) {
    case 0:
        return edit();
    case 1:
        return save();
    case 2:
        return create();
    case 3:
        return clone();
    case 4:
        return remove();
    default:
        return refresh();
    }
}

QString SoakWriter::pickAssistant()
{
    if (m_pool.isEmpty())
        return {};
    if (m_random.chance(0.6))
        return m_pool.at(m_random.below(int(std::min<qsizetype>(m_pool.size(), kHotAssistants))));
    return m_random.pick(m_pool);
}

void SoakWriter::edit()
{
    QString id;
    if (!m_editors.isEmpty() && (m_editors.size() >= kMaxEditors || m_random.chance(0.5)))
        id = m_editors.keys().at(m_random.below(int(m_editors.size())));
    else
        id = pickAssistant();
    if (id.isEmpty())
        return refresh();
    const int op = beginOperation();
    if (m_editors.contains(id))
        return applyEdits(id);
    report(QStringLiteral("begin"), {{QStringLiteral("kind"), QStringLiteral("open")}, {QStringLiteral("id"), id}});
    RevoxCall *call = m_client->getAssistant(id);
    connect(call, &RevoxCall::finished, this, [this, call, id, op] {
        if (!call->succeeded()) {
            report(QStringLiteral("end"),
                   {{QStringLiteral("op"), op},
                    {QStringLiteral("kind"), QStringLiteral("open")},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("outcome"), QStringLiteral("failed")},
                    {QStringLiteral("error"), call->error().summary()}});
            if (call->error().httpStatus() == 404)
                m_pool.removeAll(id);
            return next();
        }
        m_editors.insert(id, {call->assistant(), call->assistant()});
        report(QStringLiteral("end"),
               {{QStringLiteral("op"), op},
                {QStringLiteral("kind"), QStringLiteral("open")},
                {QStringLiteral("id"), id},
                {QStringLiteral("outcome"), QStringLiteral("opened")}});
        applyEdits(id);
    });
}

void SoakWriter::applyEdits(const QString &id)
{
    Editor &editor = m_editors[id];
    QJsonObject values;
    QJsonArray kinds;
    const QStringList keys = SoakEdits::editableKeys();
    const int count = m_random.between(1, 3);
    for (int i = 0; i < count; ++i) {
        const QString key = m_random.pick(keys);
        // Never back to the base's value: an edit always leaves something unsaved.
        if (const std::optional<QJsonValue> value = m_edits.newValue(editor.base, editor.edited, key)) {
            editor.edited.setValue(key, *value);
            values.insert(key, *value);
            kinds.append(SoakEdits::kindOf(key));
        }
    }
    if (values.isEmpty())
        return next();
    report(QStringLiteral("edit"),
           {{QStringLiteral("id"), id}, {QStringLiteral("values"), values}, {QStringLiteral("kinds"), kinds}});
    QString error;
    if (keepDraft(id, &error))
        report(QStringLiteral("kept"), {{QStringLiteral("id"), id}, {QStringLiteral("pending"), pendingOf(id)}});
    else
        report(QStringLiteral("draftFailed"), {{QStringLiteral("id"), id}, {QStringLiteral("error"), error}});
    next();
}

void SoakWriter::save()
{
    QStringList ids;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (!pendingOf(it.key()).isEmpty())
            ids.append(it.key());
    }
    if (ids.isEmpty())
        return edit();
    const QString id = m_random.pick(ids);
    const int op = beginOperation();
    const auto rule = QList<ConflictPolicy::Rule>{ConflictPolicy::Rule::TakeMine, ConflictPolicy::Rule::TakeTheirs,
                                                  ConflictPolicy::Rule::Stop}
                          .at(m_random.weighted({45, 35, 20}));
    report(QStringLiteral("begin"),
           {{QStringLiteral("kind"), QStringLiteral("save")},
            {QStringLiteral("id"), id},
            {QStringLiteral("policy"), ruleName(rule)},
            {QStringLiteral("pending"), pendingOf(id)}});
    auto resolver = std::make_shared<ReportingPolicy>(rule, [this, id, rule](const QStringList &conflicts) {
        report(QStringLiteral("resolved"),
               {{QStringLiteral("id"), id},
                {QStringLiteral("conflicts"), toArray(conflicts)},
                {QStringLiteral("policy"), ruleName(rule)}});
    });
    const Editor editor = m_editors.value(id);
    auto *job = new SaveJob(m_client.get(), editor.base, editor.edited, resolver.get(), this);
    connect(job, &SaveJob::sending, this, [this, id](const AssistantPatch &patch) {
        report(QStringLiteral("sending"),
               {{QStringLiteral("kind"), QStringLiteral("save")},
                {QStringLiteral("id"), id},
                {QStringLiteral("body"), patch.body()}});
    });
    connect(job, &SaveJob::finished, this, [this, id, op, resolver](const SaveResult &result) {
        Editor &open = m_editors[id];
        const Assistant content = result.contentAfter(open.edited);
        if (const std::optional<Assistant> base = result.newBase())
            open.base = *base;
        open.edited = content;
        const bool gone = result.outcome == SaveResult::Outcome::Failed && result.error.httpStatus() == 404;
        report(QStringLiteral("end"),
               {{QStringLiteral("op"), op},
                {QStringLiteral("kind"), QStringLiteral("save")},
                {QStringLiteral("id"), id},
                {QStringLiteral("outcome"), SaveResult::outcomeName(result.outcome)},
                {QStringLiteral("sent"), result.sent.body()},
                {QStringLiteral("patches"), result.patchesSent},
                {QStringLiteral("unstored"), toArray(result.unstoredKeys())},
                {QStringLiteral("conflicts"), toArray(result.conflicts)},
                {QStringLiteral("takenFromServer"), toArray(result.takenFromServer)},
                {QStringLiteral("error"), result.error ? result.error.summary() : QString()},
                {QStringLiteral("maybeApplied"), result.error && result.error.mayHaveBeenApplied()},
                {QStringLiteral("pending"), pendingOf(id)}});
        if (gone) {
            confirmGone(id, [this, id](bool really) {
                if (really)
                    dropEditor(id, QStringLiteral("deleted"));
                else
                    keepDraft(id);
                next();
            });
            return;
        }
        if (pendingOf(id).isEmpty()) {
            keepDraft(id); // removes it
            m_editors.remove(id); // saved: the editor closes
        } else {
            keepDraft(id);
        }
        next();
    });
    job->start();
}

void SoakWriter::create()
{
    if (m_pool.size() >= m_options.maxAssistants)
        return edit();
    const int op = beginOperation();
    const QString name = QStringLiteral("Soak %1%2-%3 %4")
                             .arg(m_options.name)
                             .arg(m_options.incarnation)
                             .arg(++m_created)
                             .arg(m_random.token(5));
    const Assistant draft = m_edits.draftForCreate(name);
    report(QStringLiteral("begin"),
           {{QStringLiteral("kind"), QStringLiteral("create")}, {QStringLiteral("name"), name}});
    auto *job = new CreateJob(m_client.get(), this);
    connect(job, &CreateJob::sending, this, [this, name] {
        report(QStringLiteral("sending"),
               {{QStringLiteral("kind"), QStringLiteral("create")}, {QStringLiteral("name"), name}});
    });
    auto attempt = std::make_shared<int>(1);
    connect(job, &CreateJob::finished, this, [this, job, op, name, draft, attempt](const CreateResult &result) {
        report(QStringLiteral("end"),
               {{QStringLiteral("op"), op},
                {QStringLiteral("kind"), QStringLiteral("create")},
                {QStringLiteral("name"), name},
                {QStringLiteral("outcome"), CreateResult::outcomeName(result.outcome)},
                {QStringLiteral("id"), result.assistant ? result.assistant->id() : QString()},
                {QStringLiteral("posted"), result.posted},
                {QStringLiteral("attempt"), *attempt},
                {QStringLiteral("suspects"), int(result.suspects.size())},
                {QStringLiteral("error"), result.error ? result.error.summary() : QString()}});
        if (result.succeeded()) {
            m_pool.append(result.assistant->id());
        } else if (*attempt < kCreateAttempts && result.suspects.isEmpty()) {
            // The user presses Create again: the job looks before it posts when the first may be stored. Told that
            // a new assistant may be this one under another name (suspects), a careful user does not.
            ++*attempt;
            QTimer::singleShot(m_random.between(50, 400), job, [job, draft] { job->submit(draft); });
            return;
        }
        job->deleteLater();
        next();
    });
    job->submit(draft);
}

void SoakWriter::clone()
{
    const QString id = pickAssistant();
    if (id.isEmpty() || m_pool.size() >= m_options.maxAssistants)
        return edit();
    const int op = beginOperation();
    report(QStringLiteral("begin"), {{QStringLiteral("kind"), QStringLiteral("clone")}, {QStringLiteral("id"), id}});
    Assistant source;
    source.setValue(QStringLiteral("id"), id);
    auto *job = new CloneJob(m_client.get(), source, this);
    connect(job, &CloneJob::sending, this, [this, id] {
        report(QStringLiteral("sending"),
               {{QStringLiteral("kind"), QStringLiteral("clone")}, {QStringLiteral("id"), id}});
    });
    connect(job, &CloneJob::finished, this, [this, op, id](const CloneResult &result) {
        report(QStringLiteral("end"),
               {{QStringLiteral("op"), op},
                {QStringLiteral("kind"), QStringLiteral("clone")},
                {QStringLiteral("id"), id},
                {QStringLiteral("clone"), result.clone ? result.clone->id() : QString()},
                {QStringLiteral("error"), result.error ? result.error.summary() : QString()}});
        if (result.clone)
            m_pool.append(result.clone->id());
        next();
    });
    job->start();
}

void SoakWriter::remove()
{
    if (m_pool.size() <= m_options.minAssistants)
        return edit();
    const QString id = m_random.pick(m_pool);
    const int op = beginOperation();
    report(QStringLiteral("begin"), {{QStringLiteral("kind"), QStringLiteral("delete")}, {QStringLiteral("id"), id}});
    auto *job = new DeleteJob(m_client.get(), id, this);
    connect(job, &DeleteJob::sending, this, [this, id] {
        report(QStringLiteral("sending"),
               {{QStringLiteral("kind"), QStringLiteral("delete")}, {QStringLiteral("id"), id}});
    });
    connect(job, &DeleteJob::finished, this, [this, op, id](const DeleteResult &result) {
        report(QStringLiteral("end"),
               {{QStringLiteral("op"), op},
                {QStringLiteral("kind"), QStringLiteral("delete")},
                {QStringLiteral("id"), id},
                {QStringLiteral("outcome"), DeleteResult::outcomeName(result.outcome)},
                {QStringLiteral("error"), result.error ? result.error.summary() : QString()}});
        if (!result.succeeded())
            return next();
        m_pool.removeAll(id);
        if (!m_editors.contains(id))
            return next();
        // My own open editor's assistant: gone for good, unless a lying 404 said so.
        confirmGone(id, [this, id](bool gone) {
            if (gone)
                dropEditor(id, QStringLiteral("deleted"));
            next();
        });
    });
    job->start();
}

void SoakWriter::refresh()
{
    beginOperation();
    report(QStringLiteral("begin"), {{QStringLiteral("kind"), QStringLiteral("refresh")}});
    loadList([this](bool ok) {
        report(QStringLiteral("end"),
               {{QStringLiteral("kind"), QStringLiteral("refresh")},
                {QStringLiteral("outcome"), ok ? QStringLiteral("listed") : QStringLiteral("failed")},
                {QStringLiteral("count"), m_pool.size()}});
        next();
    });
}

// --- drafts ------------------------------------------------------------------------------------------------

QJsonObject SoakWriter::pendingOf(const QString &id) const
{
    const auto it = m_editors.constFind(id);
    return it == m_editors.cend() ? QJsonObject() : AssistantPatch::between(it->base, it->edited).body();
}

bool SoakWriter::keepDraft(const QString &id, QString *error)
{
    const auto it = m_editors.constFind(id);
    if (it == m_editors.cend() || pendingOf(id).isEmpty()) {
        m_drafts->remove(connectionId(), id);
        return true;
    }
    return m_drafts->save({connectionId(), id, it->base, it->edited, QDateTime::currentDateTimeUtc()}, error);
}

void SoakWriter::dropEditor(const QString &id, const QString &reason)
{
    report(QStringLiteral("dropped"), {{QStringLiteral("id"), id}, {QStringLiteral("reason"), reason}});
    m_editors.remove(id);
    m_pool.removeAll(id);
    m_drafts->remove(connectionId(), id);
}
