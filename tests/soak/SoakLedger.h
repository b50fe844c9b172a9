// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assistant.h"
#include "sandbox/SandboxFault.h"
#include "sandbox/SandboxRequestRecord.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

// The judge of the soak. It hears both sides: what the sandbox applied, in the server's order
// (SandboxServer::requestAnswered, each request tagged with the writer's operation), and what each writer
// intended and was told (SoakWriter's lines). From them it checks, as it goes where it can and at the end:
//
//   1. every save the client reported as done is on the server: the fields it stored hold what it sent,
//      unless a later write (by either writer, in server order) changed them or the assistant was deleted;
//   2. no assistant was created twice: two creations of one draft only when the first was deleted before the
//      second POST, a CreateJob answer never contradicts the server, no clone operation stored two copies;
//   3. no field a writer did not touch was changed by it: every PATCH the server applied carries only fields
//      the writer had edited (its unsaved edits when the save began), with the values it typed;
//   4. every unsaved edit is kept: whenever a writer says what it holds (after an edit, a save, a restore of
//      its drafts after a SIGKILL, the audit at the end), each edit still unsaved is there with its value,
//      unless the server took it (this operation's PATCH), the user gave it up (take theirs on a conflict),
//      the server already held it, or the assistant was deleted — and nothing is there that was never typed;
//   5. the server's final state (read back after a restart of the sandbox) is what its answers said.
class SoakLedger
{
public:
    struct Violation
    {
        QString rule; // "saved", "created twice", "untouched field", "unsaved edit", "server state", …
        QString text;
    };

    // The server's side, in its order.
    void serverAnswered(const SandboxRequestRecord &request, int status, const QByteArray &body);
    void faultTaken(const SandboxRequestRecord &request, const SandboxFault &fault);
    // A writer's line.
    void writerEvent(const QJsonObject &event);
    void writerKilled(const QString &writer);
    // A check of the caller's (a writer that died by itself, a request sent elsewhere).
    void addViolation(const QString &rule, const QString &text);
    // The end: the last checks against the server's state as read back.
    void finish(const QList<Assistant> &finalState);

    const QList<Violation> &violations() const { return m_violations; }
    // Counts for the report, by name ("save saved", "create recovered", "edit text", "fault reset", …).
    const QMap<QString, qint64> &counts() const { return m_counts; }
    qint64 count(const QString &name) const { return m_counts.value(name); }

    static QByteArray tagOf(const SandboxRequestRecord &request);
    static QString tag(const QString &writer, int incarnation, int operation);

private:
    struct Write // a PATCH the server applied
    {
        qint64 seq = 0;
        QString tag;
        QString id;
        QJsonObject body;
    };
    struct Creation
    {
        qint64 seq = 0;
        QString id;
        QString tag;
    };
    struct Operation
    {
        QString kind;
        QString id;
        QString policy;
        QJsonObject snapshot; // a save's: the writer's unsaved edits of `id` when it began
        QStringList conflicts; // decided by the policy, in any merge of the save
        QStringList decided; // decided by the last merge, until the PATCH that follows it
        bool resolved = false;
        QJsonObject edits; // an edit's values, until the draft holds them
    };
    struct SavedClaim
    {
        qint64 seq = 0;
        QString tag;
        QString id;
        QString key;
        QJsonValue value;
    };
    struct WriterModel
    {
        QHash<QString, QJsonObject> pending; // id → the edits not saved yet, as the model has them
        QHash<QString, QHash<QString, QList<QJsonValue>>> typed; // id → key → every value it typed there
        QString inFlight; // the operation begun and not ended
        QStringList justifying; // operations that may have settled edits the model has not heard of (killed)
        QSet<QString> restoredIds;
        bool restoring = false;
    };

    void violation(const QString &rule, const QString &text);
    void tally(const QString &name, qint64 n = 1) { m_counts[name] += n; }
    void checkDecisions(const QString &opTag, const QString &id, const QJsonObject &body);
    void checkPatches(const QString &opTag); // those of one operation, not checked yet
    void checkPatch(const Write &write);
    // Compares what a writer says it holds for `id` with the model, then takes it as the model.
    void adopt(WriterModel &model, const QString &writer, const QString &id, const QJsonObject &reported,
               const QStringList &justifying, const QString &when);
    bool settled(const QString &id, const QString &key, const QJsonValue &value, const QStringList &tags) const;
    // Whether one of `tags` is an edit that typed `value` there: its draft may be on disk before its line is read.
    bool editedAgain(const QString &id, const QString &key, const QJsonValue &value, const QStringList &tags) const;
    void onEnd(WriterModel &model, const QString &writer, const QString &tag, const QJsonObject &event);
    bool isDeleted(const QString &id) const { return m_deletedAt.contains(id); }
    bool faultedWith404(const QString &tag) const;

    static bool same(const QString &key, const QJsonValue &a, const QJsonValue &b);

    qint64 m_seq = 0;
    QHash<QString, QJsonObject> m_shadow; // id → the assistant as the server's last answer showed it
    bool m_listed = false;
    QList<Write> m_writes;
    QHash<QString, QList<int>> m_writesById; // id → indexes into m_writes
    QHash<QString, QList<int>> m_writesByTag;
    QSet<int> m_unchecked; // writes whose operation has not ended yet
    QHash<QString, QHash<QString, QList<QJsonObject>>> m_reads; // tag → id → its GETs' answers
    QHash<QString, qint64> m_deletedAt; // id → seq
    QHash<QString, QString> m_deletedBy; // id → tag
    QHash<QString, QList<Creation>> m_creations; // name → creations, in order
    QHash<QString, QStringList> m_clones; // tag → ids of the copies it stored
    QHash<QString, QStringList> m_faultsByTag;
    QHash<QString, Operation> m_operations; // tag → what the writer said it was doing
    QHash<QString, WriterModel> m_writers;
    QList<SavedClaim> m_claims;
    QList<Violation> m_violations;
    QMap<QString, qint64> m_counts;
};
