// SPDX-License-Identifier: GPL-3.0-or-later
#include "FolderState.h"

#include "AssistantFile.h"
#include "AssistantFolder.h"
#include "AssistantPatch.h"
#include "AssistantSchema.h"
#include "CanonicalJson.h"
#include "ParallelParts.h"
#include "SecretFields.h"
#include "SecretPlaceholder.h"
#include "SecretSealer.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

// Comparing or parsing one assistant is quick: fewer than this many stay on the calling thread.
constexpr qsizetype kItemsPerPart = 16;

using Status = AssistantState::Status;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FolderState)
};

// Catalogue order, then the keys the catalogue does not know, sorted; never a read-only one.
QStringList writableKeys(std::initializer_list<const QJsonObject *> objects)
{
    QStringList keys;
    QSet<QString> seen;
    for (const FieldSpec *spec : AssistantSchema::topLevelFields()) {
        seen.insert(spec->path);
        if (spec->readOnly)
            continue;
        if (std::any_of(objects.begin(), objects.end(),
                        [spec](const QJsonObject *o) { return o->contains(spec->path); }))
            keys.append(spec->path);
    }
    QStringList unknown;
    for (const QJsonObject *object : objects) {
        for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
            if (!seen.contains(it.key()) && !AssistantSchema::isReadOnlyKey(it.key())) {
                seen.insert(it.key());
                unknown.append(it.key());
            }
        }
    }
    unknown.sort();
    return keys + unknown;
}

QStringList changedKeys(const QStringList &keys, const Assistant &from, const Assistant &to)
{
    QStringList changed;
    for (const QString &key : keys) {
        if (AssistantPatch::differs(from, to, key))
            changed.append(key);
    }
    return changed;
}

// Secrets of one assistant, seen from its file: references resolved through the folder's secrets file,
// everything compared by digest.
class Secrets
{
public:
    Secrets(const AssistantFolder &folder, const QString &id, const QJsonObject &baseline)
        : m_folder(folder)
        , m_id(id)
        , m_baseline(baseline)
    { }

    QString digestOf(const QString &value) const
    {
        return value.isEmpty() ? value : SecretPlaceholder::digest(m_folder.sealer().digest(value)).toString();
    }

    // The file as the comparison sees it: each secret its digest. A reference pull wrote whose value is not
    // in the secrets file stands for what the baseline remembers; any other unknown one stays itself.
    QJsonObject digestForm(const QJsonObject &local) const
    {
        return SecretFields::replaced(local, [this](const SecretLocation &where, const QString &value) {
            const std::optional<SecretPlaceholder> placeholder = SecretPlaceholder::parse(value);
            if (!placeholder)
                return digestOf(value);
            if (placeholder->kind() != SecretPlaceholder::Kind::Reference)
                return value;
            if (const std::optional<QString> known = m_folder.secrets().value(placeholder->referenceName()))
                return digestOf(*known);
            const auto remembered = baseDigests().constFind(where.identity);
            if (isPulledName(*placeholder, where) && remembered != baseDigests().constEnd())
                return *remembered;
            return value;
        });
    }

    // The file's value of `key` as a save sends it: references resolved. A secret the file did not change
    // takes what `base` holds at its place (the server's value, or a placeholder the merge settles), so an
    // unchanged secret is never sent back stale. What cannot be resolved stays a placeholder and is an issue.
    QJsonValue resolved(const QString &key, const QJsonValue &value, const QHash<QString, QString> &baseValues,
                        const QString &file, QList<FolderIssue> &issues) const
    {
        return SecretFields::replaced(key, value, [&](const SecretLocation &where, const QString &text) {
            const std::optional<SecretPlaceholder> placeholder = SecretPlaceholder::parse(text);
            const auto inBase = baseValues.constFind(where.identity);
            if (!placeholder) {
                if (inBase != baseValues.constEnd() && digestOf(text) == baseDigests().value(where.identity))
                    return *inBase;
                return text;
            }
            if (placeholder->kind() != SecretPlaceholder::Kind::Reference) {
                issues.append({file, where.path,
                               Text::tr("%1: not a value but a placeholder: put the value in %2 and a reference here")
                                   .arg(where.description, AssistantFolder::secretsFile())});
                return text;
            }
            const std::optional<QString> known = m_folder.secrets().value(placeholder->referenceName());
            if (known) {
                if (inBase != baseValues.constEnd() && digestOf(*known) == baseDigests().value(where.identity))
                    return *inBase;
                return *known;
            }
            if (isPulledName(*placeholder, where) && inBase != baseValues.constEnd())
                return *inBase;
            issues.append({file, where.path,
                           Text::tr("%1: the secret “%2” is not in %3")
                               .arg(where.description, placeholder->referenceName(), AssistantFolder::secretsFile())});
            return text;
        });
    }

private:
    bool isPulledName(const SecretPlaceholder &reference, const SecretLocation &where) const
    {
        return !m_id.isEmpty() && reference.referenceName() == AssistantFile::referenceName(m_id, where);
    }

    // Identity → digest placeholder, read from the baseline when first needed (most files need none).
    const QHash<QString, QString> &baseDigests() const
    {
        if (!m_baseDigests)
            m_baseDigests = SecretFields::byIdentity(m_baseline);
        return *m_baseDigests;
    }

    const AssistantFolder &m_folder;
    QString m_id;
    QJsonObject m_baseline;
    mutable std::optional<QHash<QString, QString>> m_baseDigests;
};

// For the editor's rules: a secret is checked for being there, not for what it is (and a reference or a
// digest stands for a value), so every non-empty one reads the same.
Assistant forRules(const QJsonObject &json)
{
    return Assistant(SecretFields::replaced(json, [](const SecretLocation &, const QString &value) {
        return value.isEmpty() ? value : QStringLiteral("secret");
    }));
}

QString fileOf(const FolderFile &file, const QString &path)
{
    return Validation::topLevelKey(path) == u"prompt" && !file.promptFile.isEmpty() ? file.promptFile : file.jsonFile;
}

void addIssues(QList<FolderIssue> &to, const FolderFile &file, const QList<ValidationIssue> &issues)
{
    for (const ValidationIssue &issue : issues)
        to.append({fileOf(file, issue.path), issue.path, issue.message});
}

// Secret fields written in clear in a file meant for git.
void addLiteralSecrets(QList<FolderIssue> &to, const FolderFile &file)
{
    SecretFields::visit(*file.json, [&](const SecretLocation &where, const QString &value) {
        if (!value.isEmpty() && !SecretPlaceholder::isPlaceholder(value))
            to.append({file.jsonFile, where.path,
                       Text::tr("%1: a secret written in clear: put it in %2 and {\"%3\": \"NAME\"} here")
                           .arg(where.description, AssistantFolder::secretsFile(), AssistantFile::referenceKey())});
    });
}

// Validation::review's blocking issues, computed for the fields a save sends only: the same issues (validate()
// is validateField() over the top-level fields), without validating all of both copies for every assistant.
QList<ValidationIssue> blocking(const Assistant &base, const Assistant &edited)
{
    QList<ValidationIssue> issues;
    for (const QString &key : AssistantPatch::between(base, edited).keys()) {
        const QList<ValidationIssue> held = Validation::validateField(base, key);
        for (const ValidationIssue &issue : Validation::validateField(edited, key)) {
            if (!held.contains(issue))
                issues.append(issue);
        }
    }
    return issues;
}

AssistantState stateOfNew(const AssistantFolder &folder, const FolderFile &file)
{
    AssistantState state;
    state.status = Status::NewHere;
    state.file = &file;
    state.name = file.json->value(u"name").toString();
    const Secrets secrets(folder, QString(), {});
    QJsonObject draft = *file.json;
    for (const QString &key : draft.keys()) {
        if (SecretFields::hasSecrets(key))
            draft.insert(key, secrets.resolved(key, draft.value(key), {}, file.jsonFile, state.issues));
    }
    state.mine = Assistant(draft);
    addIssues(state.issues, file, Validation::validateCreate(forRules(draft)));
    return state;
}

AssistantState stateOf(const AssistantFolder &folder, const FolderFile &file, const ListedAssistant &listed)
{
    AssistantState state;
    state.file = &file;
    state.id = file.id();
    state.server = listed.assistant();
    state.name = state.server->name();
    const QJsonObject &server = state.server->json();
    state.hasBaseline = folder.hasBaseline(state.id);
    const QJsonObject baseline = folder.baseline(state.id);
    const Secrets secrets(folder, state.id, baseline);

    const Assistant serverForm(CanonicalJson::withLfLineEndings(folder.sealer().redacted(server)));
    const Assistant localForm(CanonicalJson::withLfLineEndings(secrets.digestForm(*file.json)));
    const Assistant baseForm = state.hasBaseline ? Assistant(CanonicalJson::withLfLineEndings(baseline)) : serverForm;
    const QStringList keys = writableKeys({&baseForm.json(), &localForm.json(), &serverForm.json()});
    state.changedHere = changedKeys(keys, baseForm, localForm);
    state.changedOnServer = changedKeys(keys, baseForm, serverForm);
    if (!state.hasBaseline) // nothing tells which side changed: each difference is both sides' to settle
        state.changedOnServer = state.conflicts = state.changedHere;
    for (const QString &key : std::as_const(state.changedHere)) {
        if (state.changedOnServer.contains(key) && AssistantPatch::differs(serverForm, localForm, key)
            && !state.conflicts.contains(key))
            state.conflicts.append(key);
    }

    if (state.changedHere.isEmpty())
        state.status = state.changedOnServer.isEmpty() ? Status::Unchanged : Status::ChangedOnServer;
    else
        state.status = state.changedOnServer.isEmpty() ? Status::ChangedHere : Status::ChangedOnBoth;

    if (state.changedHere.isEmpty())
        return state; // nothing to save: no base, no draft
    // What a save starts from: the baseline with the server's values for the secrets it still holds.
    state.base = state.hasBaseline ? Assistant(folder.sealer().rehydrated(baseline, server)) : *state.server;
    const QHash<QString, QString> baseValues = SecretFields::byIdentity(state.base->json());
    QJsonObject mine = state.base->json();
    for (const QString &key : std::as_const(state.changedHere)) {
        if (file.json->contains(key))
            mine.insert(key, secrets.resolved(key, file.json->value(key), baseValues, file.jsonFile, state.issues));
        else
            mine.remove(key);
    }
    state.mine = Assistant(mine);
    addIssues(state.issues, file, blocking(forRules(state.base->json()), forRules(mine)));
    return state;
}

} // namespace

QString AssistantState::statusName(Status status)
{
    switch (status) {
    case Status::Unchanged:
        return Text::tr("unchanged");
    case Status::ChangedHere:
        return Text::tr("changed here");
    case Status::ChangedOnServer:
        return Text::tr("changed on the server");
    case Status::ChangedOnBoth:
        return Text::tr("changed on both");
    case Status::NewHere:
        return Text::tr("new here");
    case Status::NewOnServer:
        return Text::tr("new on the server");
    case Status::GoneFromServer:
        return Text::tr("gone from the server");
    case Status::DeletedHere:
        return Text::tr("deleted here");
    case Status::Invalid:
        return Text::tr("invalid");
    }
    return {};
}

QString AssistantState::statusCount(Status status, int count)
{
    switch (status) {
    case Status::Unchanged:
        return Text::tr("%n unchanged", nullptr, count);
    case Status::ChangedHere:
        return Text::tr("%n changed here", nullptr, count);
    case Status::ChangedOnServer:
        return Text::tr("%n changed on the server", nullptr, count);
    case Status::ChangedOnBoth:
        return Text::tr("%n changed on both", nullptr, count);
    case Status::NewHere:
        return Text::tr("%n new here", nullptr, count);
    case Status::NewOnServer:
        return Text::tr("%n new on the server", nullptr, count);
    case Status::GoneFromServer:
        return Text::tr("%n gone from the server", nullptr, count);
    case Status::DeletedHere:
        return Text::tr("%n deleted here", nullptr, count);
    case Status::Invalid:
        return Text::tr("%n invalid", nullptr, count);
    }
    return {};
}

QString AssistantState::statusKey(Status status)
{
    switch (status) {
    case Status::Unchanged:
        return QStringLiteral("unchanged");
    case Status::ChangedHere:
        return QStringLiteral("changed_here");
    case Status::ChangedOnServer:
        return QStringLiteral("changed_on_server");
    case Status::ChangedOnBoth:
        return QStringLiteral("changed_on_both");
    case Status::NewHere:
        return QStringLiteral("new_here");
    case Status::NewOnServer:
        return QStringLiteral("new_on_server");
    case Status::GoneFromServer:
        return QStringLiteral("gone_from_server");
    case Status::DeletedHere:
        return QStringLiteral("deleted_here");
    case Status::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

namespace FolderState {

QList<AssistantState> compare(AssistantFolder &folder, const QList<ListedAssistant> &server)
{
    QHash<QString, qsizetype> onServer;
    for (qsizetype i = 0; i < server.size(); ++i)
        onServer.insert(server.at(i).id(), i);

    // First what the fingerprint index settles without reading anything: files, baselines and server copies
    // exactly as they were when last seen in agreement.
    const QList<FolderFile> &files = folder.files();
    QList<AssistantState> states(files.size());
    QList<bool> settled(files.size(), false);
    // Written through plain pointers: QList's operator[] may detach, which threads must not do at once.
    AssistantState *const stateAt = states.data();
    bool *const settledAt = settled.data();
    ParallelParts::forEach(files.size(), kItemsPerPart, [&](qsizetype i) {
        const FolderFile &file = files.at(i);
        const auto it = onServer.constFind(file.id());
        if (file.json || !file.isValid() || it == onServer.constEnd()
            || !folder.isKnownUnchanged(file, server.at(*it).json()))
            return;
        AssistantState &state = stateAt[i];
        state.file = &file;
        state.id = file.id();
        state.name = server.at(*it).name();
        state.hasBaseline = true;
        settledAt[i] = true;
    });

    QSet<QString> inFolder;
    QSet<QString> toRead;
    for (qsizetype i = 0; i < files.size(); ++i) {
        inFolder.insert(files.at(i).id());
        if (!settled.at(i))
            toRead.insert(files.at(i).id());
    }
    const QStringList baselineIds = folder.baselineIds();
    for (const QString &id : baselineIds) {
        if (!inFolder.contains(id))
            toRead.insert(id);
    }
    folder.prepare(toRead);

    ParallelParts::forEach(files.size(), kItemsPerPart, [&](qsizetype i) {
        if (settled.at(i))
            return;
        const FolderFile &file = files.at(i);
        AssistantState &state = stateAt[i];
        if (!file.isValid()) {
            state.status = Status::Invalid;
            state.file = &file;
            state.issues = file.issues;
            return;
        }
        if (file.id().isEmpty()) {
            state = stateOfNew(folder, file);
            return;
        }
        const auto it = onServer.constFind(file.id());
        if (it == onServer.constEnd()) {
            state.status = Status::GoneFromServer;
            state.file = &file;
            state.id = file.id();
            state.name = file.json->value(u"name").toString();
            state.hasBaseline = folder.hasBaseline(state.id);
            if (state.hasBaseline) { // whether removing the file would lose an edit
                const QJsonObject baseline = folder.baseline(state.id);
                const Secrets secrets(folder, state.id, baseline);
                const Assistant baseForm(CanonicalJson::withLfLineEndings(baseline));
                const Assistant localForm(CanonicalJson::withLfLineEndings(secrets.digestForm(*file.json)));
                state.changedHere
                    = changedKeys(writableKeys({&baseForm.json(), &localForm.json()}), baseForm, localForm);
            }
            return;
        }
        state = stateOf(folder, file, server.at(*it));
    });

    // A file that cannot be read is still somebody's: its assistant is not "deleted here", or apply --prune
    // would delete an assistant whose file has a typo. Its name says whose it is (pull named it); a file whose
    // name says nothing could be any of them, and then no assistant counts as deleted here. So does a file
    // whose "id" was edited: the assistant its name gives is not deleted for that.
    QHash<QString, QString> idByStemSuffix;
    for (const QString &id : baselineIds)
        idByStemSuffix.insert(AssistantFile::stemSuffixFor(id), id);
    for (AssistantState &state : states) {
        if (!state.file)
            continue;
        const QString named = idByStemSuffix.value(AssistantFile::stemSuffixOf(state.file->stem));
        inFolder.insert(named);
        if (state.status == Status::Invalid && state.file->id().isEmpty())
            state.id = named;
    }
    const bool everyFileKnown = !hasFileOfUnknownAssistant(states);
    for (const QString &id : baselineIds) {
        const auto it = onServer.constFind(id);
        if (!everyFileKnown || inFolder.contains(id) || it == onServer.constEnd() || !folder.hasBaseline(id))
            continue;
        AssistantState state;
        state.status = Status::DeletedHere;
        state.id = id;
        state.hasBaseline = true;
        state.server = server.at(*it).assistant();
        state.name = state.server->name();
        state.base = Assistant(folder.sealer().rehydrated(folder.baseline(id), state.server->json()));
        state.changedOnServer = changedOnServer(folder, *state.server);
        states.append(state);
    }
    QList<const ListedAssistant *> added;
    for (const ListedAssistant &listed : server) {
        if (!inFolder.contains(listed.id()) && !folder.hasBaseline(listed.id())
            && folder.scope().selects(listed.id(), listed.name()))
            added.append(&listed);
    }
    const qsizetype first = states.size();
    states.resize(first + added.size());
    AssistantState *const addedAt = states.data() + first;
    // A first pull parses every assistant here, unless the list kept them parsed.
    ParallelParts::forEach(added.size(), kItemsPerPart, [&](qsizetype i) {
        AssistantState &state = addedAt[i];
        state.status = Status::NewOnServer;
        state.id = added.at(i)->id();
        state.name = added.at(i)->name();
        state.server = added.at(i)->assistant();
    });
    return states;
}

bool hasFileOfUnknownAssistant(const QList<AssistantState> &states)
{
    return std::any_of(states.cbegin(), states.cend(), [](const AssistantState &state) {
        return state.status == AssistantState::Status::Invalid && state.id.isEmpty() && state.file
            && state.file->id().isEmpty();
    });
}

QStringList changedOnServer(const AssistantFolder &folder, const Assistant &server)
{
    const Assistant serverForm(CanonicalJson::withLfLineEndings(folder.sealer().redacted(server.json())));
    const Assistant baseForm(CanonicalJson::withLfLineEndings(folder.baseline(server.id())));
    return changedKeys(writableKeys({&baseForm.json(), &serverForm.json()}), baseForm, serverForm);
}

Check check(AssistantFolder &folder)
{
    folder.prepareAll();
    Check result;
    result.problems = folder.issues();
    for (const FolderFile &file : folder.files()) {
        if (!file.isValid()) {
            result.problems += file.issues;
            continue;
        }
        addLiteralSecrets(result.problems, file);
        if (file.id().isEmpty() || !folder.hasBaseline(file.id())) {
            const Assistant local = forRules(*file.json);
            addIssues(result.problems, file,
                      file.id().isEmpty() ? Validation::validateCreate(local) : Validation::validate(local));
            continue;
        }
        const QJsonObject baseline = folder.baseline(file.id());
        const Secrets secrets(folder, file.id(), baseline);
        const Assistant base = forRules(CanonicalJson::withLfLineEndings(baseline));
        const Assistant local = forRules(CanonicalJson::withLfLineEndings(secrets.digestForm(*file.json)));
        const Validation::Review review = Validation::review(base, local);
        addIssues(result.problems, file, review.blocking);
        addIssues(result.notes, file, review.flagged);
    }
    return result;
}

} // namespace FolderState
