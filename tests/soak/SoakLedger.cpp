// SPDX-License-Identifier: GPL-3.0-or-later
#include "SoakLedger.h"

#include "SoakNetworkAccess.h"

#include "core/AssistantPatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

QString shown(const QJsonValue &value)
{
    QByteArray text;
    if (value.isObject())
        text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    if (text.size() > 120)
        text = text.left(117) + "...";
    return QString::fromUtf8(text);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

QByteArray SoakLedger::tagOf(const SandboxRequestRecord &request)
{
    return request.header(SoakNetworkAccess::header());
}

QString SoakLedger::tag(const QString &writer, int incarnation, int operation)
{
    return writer + QString::number(incarnation) + u':' + QString::number(operation);
}

bool SoakLedger::same(const QString &key, const QJsonValue &a, const QJsonValue &b)
{
    // The one notion of "changed" the app uses: 600 and 600.0 are equal, read-only members of items do not count.
    Assistant left;
    Assistant right;
    if (!a.isUndefined())
        left.setValue(key, a);
    if (!b.isUndefined())
        right.setValue(key, b);
    return !AssistantPatch::differs(left, right, key);
}

void SoakLedger::violation(const QString &rule, const QString &text)
{
    m_violations.append({rule, text});
}

void SoakLedger::addViolation(const QString &rule, const QString &text)
{
    violation(rule, text);
}

// --- the server's side ---------------------------------------------------------------------------------------

void SoakLedger::serverAnswered(const SandboxRequestRecord &request, int status, const QByteArray &body)
{
    static const QRegularExpression route(QStringLiteral("^/api/assistants(?:/([^/]+)(/clone)?)?$"));
    const qint64 seq = ++m_seq;
    tally(QStringLiteral("requests answered"));
    const QRegularExpressionMatch match = route.match(request.path);
    if (!match.hasMatch() || status < 200 || status > 299)
        return;
    const QString tag = QString::fromLatin1(tagOf(request));
    const QString id = match.captured(1);
    const bool clone = !match.captured(2).isEmpty();
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    const QJsonObject assistant = answer.value(u"assistant").toObject();
    const QString &method = request.method;

    if (id.isEmpty() && method == u"GET") {
        m_shadow.clear();
        for (const QJsonValue &item : answer.value(u"assistants").toArray())
            m_shadow.insert(item.toObject().value(u"id").toString(), item.toObject());
        m_listed = true;
    } else if (!id.isEmpty() && method == u"GET") {
        m_shadow.insert(id, answer);
        m_reads[tag][id].append(answer);
    } else if (!id.isEmpty() && !clone && method == u"PATCH") {
        m_shadow.insert(id, assistant);
        const Write write{seq, tag, id, QJsonDocument::fromJson(request.body).object()};
        m_writes.append(write);
        m_writesById[id].append(int(m_writes.size() - 1));
        m_writesByTag[tag].append(int(m_writes.size() - 1));
        tally(QStringLiteral("patches applied"));
        // Checked once the writer's lines about its operation are read: at its end, or at the very end.
        m_unchecked.insert(int(m_writes.size() - 1));
    } else if (id.isEmpty() && method == u"POST") {
        const QString newId = assistant.value(u"id").toString();
        m_shadow.insert(newId, assistant);
        m_creations[assistant.value(u"name").toString()].append({seq, newId, tag});
        tally(QStringLiteral("creations applied"));
    } else if (clone && method == u"POST") {
        const QString newId = assistant.value(u"id").toString();
        m_shadow.insert(newId, assistant);
        m_clones[tag].append(newId);
        tally(QStringLiteral("clones applied"));
        if (m_clones.value(tag).size() > 1)
            violation(QStringLiteral("created twice"),
                      QStringLiteral("clone operation %1 stored %2 copies of %3")
                          .arg(tag)
                          .arg(m_clones.value(tag).size())
                          .arg(id));
    } else if (!id.isEmpty() && method == u"DELETE") {
        m_shadow.remove(id);
        m_deletedAt.insert(id, seq);
        m_deletedBy.insert(id, tag);
        tally(QStringLiteral("deletions applied"));
    }
}

void SoakLedger::faultTaken(const SandboxRequestRecord &request, const SandboxFault &fault)
{
    tally(QStringLiteral("fault ") + SandboxFault::kindName(fault.kind));
    m_faultsByTag[QString::fromLatin1(tagOf(request))].append(SandboxFault::kindName(fault.kind)
                                                              + QString::number(fault.status));
}

bool SoakLedger::faultedWith404(const QString &tag) const
{
    return m_faultsByTag.value(tag).contains(QStringLiteral("status404"));
}

void SoakLedger::checkPatches(const QString &opTag)
{
    for (const int index : m_writesByTag.value(opTag)) {
        if (m_unchecked.remove(index))
            checkPatch(m_writes.at(index));
    }
}

void SoakLedger::checkDecisions(const QString &opTag, const QString &id, const QJsonObject &body)
{
    // The PATCH that follows a merge's decisions: none after a stop, no field the user left to the server.
    Operation &operation = m_operations[opTag];
    if (operation.policy == u"stop" && !operation.decided.isEmpty())
        violation(QStringLiteral("untouched field"),
                  QStringLiteral("%1 sent a PATCH of %2 although the writer stopped on conflicts (%3)")
                      .arg(opTag, id, operation.decided.join(QStringLiteral(", "))));
    if (operation.policy == u"theirs") {
        for (const QString &key : std::as_const(operation.decided)) {
            if (body.contains(key))
                violation(QStringLiteral("untouched field"),
                          QStringLiteral("%1 sent %2 of %3, which the writer chose to keep as the server had it")
                              .arg(opTag, key, id));
        }
    }
    operation.decided.clear();
}

void SoakLedger::checkPatch(const Write &write)
{
    const Operation &operation = m_operations.value(write.tag);
    if (operation.kind != u"save" || operation.id != write.id) {
        violation(QStringLiteral("untouched field"),
                  QStringLiteral("the server applied a PATCH of %1 to %2 that no save of the writer began")
                      .arg(write.tag, write.id));
        return;
    }
    for (auto it = write.body.constBegin(); it != write.body.constEnd(); ++it) {
        if (!operation.snapshot.contains(it.key()))
            violation(QStringLiteral("untouched field"),
                      QStringLiteral("%1 changed %2 of %3, a field the writer had not edited (to %4)")
                          .arg(write.tag, it.key(), write.id, shown(it.value())));
        else if (!same(it.key(), it.value(), operation.snapshot.value(it.key())))
            violation(
                QStringLiteral("untouched field"),
                QStringLiteral("%1 stored %2 of %3 as %4, but the writer had typed %5")
                    .arg(write.tag, it.key(), write.id, shown(it.value()), shown(operation.snapshot.value(it.key()))));
    }
}

// --- the writers' side ---------------------------------------------------------------------------------------

void SoakLedger::writerKilled(const QString &writer)
{
    WriterModel &model = m_writers[writer];
    if (!model.inFlight.isEmpty())
        model.justifying.append(model.inFlight);
    model.inFlight.clear();
}

void SoakLedger::writerEvent(const QJsonObject &event)
{
    const QString kind = event.value(u"e").toString();
    const QString writer = event.value(u"w").toString();
    const QString opTag = tag(writer, event.value(u"inc").toInt(), event.value(u"op").toInt());
    const QString id = event.value(u"id").toString();
    WriterModel &model = m_writers[writer];

    if (kind == u"ready") {
        model.restoring = true;
        model.restoredIds.clear();
    } else if (kind == u"restored") {
        model.restoredIds.insert(id);
        adopt(model, writer, id, event.value(u"pending").toObject(), model.justifying,
              QStringLiteral("restoring its draft"));
        tally(QStringLiteral("drafts restored"));
    } else if (kind == u"restoredAll") {
        // A draft the model expects and the restore did not find: every edit in it must have been settled.
        const QStringList ids = model.pending.keys();
        for (const QString &expected : ids) {
            if (!model.restoredIds.contains(expected))
                adopt(model, writer, expected, {}, model.justifying, QStringLiteral("restoring its drafts"));
        }
        model.justifying.clear();
        model.restoring = false;
    } else if (kind == u"dropped") {
        if (!isDeleted(id))
            violation(QStringLiteral("unsaved edit"),
                      QStringLiteral("%1 let go of its edits of %2 as deleted, but the server never deleted it")
                          .arg(writer, id));
        model.pending.remove(id);
        tally(QStringLiteral("editors dropped (deleted)"));
    } else if (kind == u"draftUnreadable" || kind == u"draftFailed") {
        violation(QStringLiteral("unsaved edit"),
                  QStringLiteral("%1: the draft of %2 could not be %3 (%4)")
                      .arg(writer, id, kind == u"draftFailed" ? QStringLiteral("written") : QStringLiteral("read"),
                           event.value(u"error").toString()));
    } else if (kind == u"begin") {
        Operation operation;
        operation.kind = event.value(u"kind").toString();
        operation.id = id;
        operation.policy = event.value(u"policy").toString();
        model.inFlight = opTag;
        if (operation.kind == u"save") {
            adopt(model, writer, id, event.value(u"pending").toObject(), {}, QStringLiteral("beginning a save"));
            operation.snapshot = model.pending.value(id);
        }
        m_operations.insert(opTag, operation);
    } else if (kind == u"edit") {
        const QJsonObject values = event.value(u"values").toObject();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            model.typed[id][it.key()].append(it.value());
        for (const QJsonValue &fieldKind : event.value(u"kinds").toArray())
            tally(QStringLiteral("edit ") + fieldKind.toString());
        m_operations[opTag].edits = values;
        m_operations[opTag].id = id;
        model.inFlight = opTag;
    } else if (kind == u"kept") {
        QJsonObject pending = model.pending.value(id);
        const QJsonObject values = m_operations.value(opTag).edits;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            pending.insert(it.key(), it.value());
        model.pending.insert(id, pending);
        adopt(model, writer, id, event.value(u"pending").toObject(), {}, QStringLiteral("keeping its draft"));
        model.inFlight.clear();
    } else if (kind == u"resolved") {
        Operation &operation = m_operations[opTag];
        // A save merges again after a 412: what either merge decided stands.
        const QStringList conflicts = strings(event.value(u"conflicts"));
        for (const QString &key : conflicts) {
            if (!operation.conflicts.contains(key))
                operation.conflicts.append(key);
        }
        operation.decided = conflicts;
        operation.resolved = true;
        if (!operation.conflicts.isEmpty())
            tally(QStringLiteral("conflicts ") + event.value(u"policy").toString());
    } else if (kind == u"sending") {
        tally(QStringLiteral("sent ") + event.value(u"kind").toString());
        if (event.value(u"kind").toString() == u"save")
            checkDecisions(opTag, id, event.value(u"body").toObject());
    } else if (kind == u"end") {
        checkPatches(opTag);
        onEnd(model, writer, opTag, event);
        model.inFlight.clear();
    }
}

void SoakLedger::onEnd(WriterModel &model, const QString &writer, const QString &opTag, const QJsonObject &event)
{
    const QString kind = event.value(u"kind").toString();
    const QString id = event.value(u"id").toString();
    const QString outcome = event.value(u"outcome").toString();
    const QString cloneOutcome
        = event.value(u"clone").toString().isEmpty() ? QStringLiteral("failed") : QStringLiteral("cloned");
    tally(kind + u' ' + (outcome.isEmpty() ? cloneOutcome : outcome));

    if (kind == u"create" && event.value(u"suspects").toInt() > 0)
        tally(QStringLiteral("uncertain creates naming suspects"));
    if (kind == u"save") {
        if (event.value(u"patches").toInt() > 1)
            tally(QStringLiteral("merged again after 412"));
        if (outcome == u"saved") {
            // As it goes: the PATCH the client calls stored is one the server applied, holding what was sent.
            const QJsonObject sent = event.value(u"sent").toObject();
            const QStringList unstored = strings(event.value(u"unstored"));
            const QList<int> writes = m_writesByTag.value(opTag);
            const Write *applied = nullptr;
            for (const int index : writes) {
                if (m_writes.at(index).id == id)
                    applied = &m_writes.at(index);
            }
            if (!applied) {
                violation(QStringLiteral("saved"),
                          QStringLiteral("%1 reported %2 saved, but the server applied no PATCH of it").arg(opTag, id));
            } else {
                for (auto it = sent.constBegin(); it != sent.constEnd(); ++it) {
                    if (unstored.contains(it.key()))
                        continue;
                    if (!applied->body.contains(it.key()) || !same(it.key(), applied->body.value(it.key()), it.value()))
                        violation(
                            QStringLiteral("saved"),
                            QStringLiteral("%1 reported %2 of %3 saved as %4, but the PATCH the server applied "
                                           "held %5")
                                .arg(opTag, it.key(), id, shown(it.value()), shown(applied->body.value(it.key()))));
                    else
                        m_claims.append({applied->seq, opTag, id, it.key(), it.value()});
                }
            }
            if (!unstored.isEmpty())
                tally(QStringLiteral("fields not stored (reported)"), unstored.size());
        }
        adopt(model, writer, id, event.value(u"pending").toObject(), {opTag}, QStringLiteral("ending a save"));
    } else if (kind == u"create") {
        const QString name = event.value(u"name").toString();
        const QList<Creation> creations = m_creations.value(name);
        const QString newId = event.value(u"id").toString();
        if (outcome == u"created" || outcome == u"recovered") {
            const bool found = std::any_of(creations.cbegin(), creations.cend(),
                                           [&newId](const Creation &creation) { return creation.id == newId; });
            if (!found)
                violation(QStringLiteral("created twice"),
                          QStringLiteral("%1 reported “%2” %3 as %4, which the server never created")
                              .arg(opTag, name, outcome, newId));
        } else if (outcome == u"notCreated") {
            // "Submitting again is safe": then no copy may be alive on the server.
            for (const Creation &creation : creations) {
                if (!isDeleted(creation.id))
                    violation(QStringLiteral("created twice"),
                              QStringLiteral("%1 reported “%2” not created, but the server holds it as %3: a second "
                                             "submit would create it twice")
                                  .arg(opTag, name, creation.id));
            }
        }
    } else if (kind == u"clone") {
        const QString copy = event.value(u"clone").toString();
        if (!copy.isEmpty() && !m_clones.value(opTag).contains(copy))
            violation(QStringLiteral("created twice"),
                      QStringLiteral("%1 reported a clone %2 of %3 that the server never stored").arg(opTag, copy, id));
    } else if (kind == u"delete") {
        if (outcome == u"deleted" && m_deletedBy.value(id) != opTag)
            violation(QStringLiteral("deleted"),
                      QStringLiteral("%1 reported %2 deleted, but the server applied no DELETE of it").arg(opTag, id));
        if (outcome == u"alreadyGone" && !isDeleted(id) && !faultedWith404(opTag))
            violation(QStringLiteral("deleted"),
                      QStringLiteral("%1 reported %2 already gone, but it was never deleted").arg(opTag, id));
    }
}

void SoakLedger::adopt(WriterModel &model, const QString &writer, const QString &id, const QJsonObject &reported,
                       const QStringList &justifying, const QString &when)
{
    const QJsonObject expected = model.pending.value(id);
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        if (reported.contains(it.key()) && same(it.key(), reported.value(it.key()), it.value()))
            continue;
        if (settled(id, it.key(), it.value(), justifying))
            continue;
        if (reported.contains(it.key()) && editedAgain(id, it.key(), reported.value(it.key()), justifying))
            continue;
        violation(QStringLiteral("unsaved edit"),
                  QStringLiteral("%1, %2: its edit of %3 in %4 (%5) is gone, yet neither saved, given up, already "
                                 "on the server nor deleted; it holds %6")
                      .arg(writer, when, it.key(), id, shown(it.value()), shown(reported.value(it.key()))));
    }
    const auto &typed = model.typed.value(id);
    for (auto it = reported.constBegin(); it != reported.constEnd(); ++it) {
        if (expected.contains(it.key()) && same(it.key(), expected.value(it.key()), it.value()))
            continue;
        const QList<QJsonValue> values = typed.value(it.key());
        const bool wasTyped = std::any_of(values.cbegin(), values.cend(),
                                          [&it](const QJsonValue &value) { return same(it.key(), value, it.value()); });
        if (!wasTyped)
            violation(QStringLiteral("unsaved edit"),
                      QStringLiteral("%1, %2: it holds an edit of %3 in %4 (%5) that it never typed")
                          .arg(writer, when, it.key(), id, shown(it.value())));
    }
    if (reported.isEmpty())
        model.pending.remove(id);
    else
        model.pending.insert(id, reported);
}

bool SoakLedger::editedAgain(const QString &id, const QString &key, const QJsonValue &value,
                             const QStringList &tags) const
{
    // The draft is newer than the model: the killed writer wrote it and died before saying so.
    for (const QString &opTag : tags) {
        const Operation operation = m_operations.value(opTag);
        if (operation.id == id && operation.edits.contains(key) && same(key, operation.edits.value(key), value))
            return true;
    }
    return false;
}

bool SoakLedger::settled(const QString &id, const QString &key, const QJsonValue &value, const QStringList &tags) const
{
    if (isDeleted(id))
        return true;
    for (const QString &opTag : tags) {
        // Stored by this operation's PATCH.
        for (const int index : m_writesByTag.value(opTag)) {
            const Write &write = m_writes.at(index);
            if (write.id == id && write.body.contains(key) && same(key, write.body.value(key), value))
                return true;
        }
        // Given up on a conflict (take theirs).
        const Operation operation = m_operations.value(opTag);
        if (operation.resolved && operation.policy == u"theirs" && operation.conflicts.contains(key))
            return true;
        // Already held by the server when this operation read it (a save reads again after a 412: then a
        // colleague's write between the two reads came later than the value it already held).
        for (const QJsonObject &read : m_reads.value(opTag).value(id)) {
            if (same(key, read.value(key), value))
                return true;
        }
    }
    return false;
}

// --- the end ---------------------------------------------------------------------------------------------------

void SoakLedger::finish(const QList<Assistant> &finalState)
{
    QHash<QString, QJsonObject> final;
    for (const Assistant &assistant : finalState)
        final.insert(assistant.id(), assistant.json());

    // 5. What the server holds is what its answers said, across its restarts.
    if (m_listed) {
        for (auto it = m_shadow.constBegin(); it != m_shadow.constEnd(); ++it) {
            if (!final.contains(it.key()))
                violation(QStringLiteral("server state"),
                          QStringLiteral("%1 was answered as stored but is not on the server").arg(it.key()));
            else if (final.value(it.key()) != it.value())
                violation(
                    QStringLiteral("server state"),
                    QStringLiteral("%1 on the server differs from the server's last answer about it").arg(it.key()));
        }
        for (auto it = final.constBegin(); it != final.constEnd(); ++it) {
            if (!m_shadow.contains(it.key()))
                violation(QStringLiteral("server state"),
                          QStringLiteral("%1 is on the server, but no answer ever said it was created").arg(it.key()));
        }
    }

    // 1. Every field a save reported stored holds its value, unless written again later or deleted.
    for (const SavedClaim &claim : std::as_const(m_claims)) {
        if (isDeleted(claim.id))
            continue;
        bool overwritten = false;
        for (const int index : m_writesById.value(claim.id)) {
            const Write &write = m_writes.at(index);
            overwritten = overwritten || (write.seq > claim.seq && write.body.contains(claim.key));
        }
        if (overwritten)
            continue;
        const QJsonValue now = final.value(claim.id).value(claim.key);
        if (!final.contains(claim.id) || !same(claim.key, now, claim.value))
            violation(QStringLiteral("saved"),
                      QStringLiteral("%1 saved %2 of %3 as %4 and nobody wrote it since, but the server holds %5")
                          .arg(claim.tag, claim.key, claim.id, shown(claim.value), shown(now)));
    }
    tally(QStringLiteral("saved fields checked"), m_claims.size());

    // 2. One creation per draft, unless the earlier one was deleted first.
    for (auto it = m_creations.constBegin(); it != m_creations.constEnd(); ++it) {
        for (qsizetype i = 1; i < it->size(); ++i) {
            const Creation &earlier = it->at(i - 1);
            const Creation &later = it->at(i);
            if (!(m_deletedAt.contains(earlier.id) && m_deletedAt.value(earlier.id) < later.seq))
                violation(QStringLiteral("created twice"),
                          QStringLiteral("“%1” was created twice: %2 (%3) and %4 (%5), the first still there")
                              .arg(it.key(), earlier.id, earlier.tag, later.id, later.tag));
        }
    }

    // 3. The PATCHes of operations that never ended (their writer was killed), and any nobody began.
    for (const int index : std::as_const(m_unchecked))
        checkPatch(m_writes.at(index));
    m_unchecked.clear();
}
