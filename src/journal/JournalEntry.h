// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// One write to the server, as the change journal keeps it: written down before the request leaves
// (status Pending) and completed when its answer came. Values are kept redacted (SecretSealer::redacted):
// a secret is its keyed digest, enough to tell that it changed, never what it was.
struct JournalEntry
{
    enum class Operation {
        Create,
        Update,
        Clone,
        Delete,
        Revert, // an update that puts back what an earlier entry (relatedEntry) changed
        Restore, // a create that brings back a deleted assistant (relatedEntry: the delete) under a new id
    };
    enum class Status {
        Pending, // the request left (or was about to) and no answer was recorded yet
        Succeeded,
        Failed,
        Unknown, // the answer was lost, or the app stopped before it came: the server may or may not hold it
    };

    qint64 id = 0; // increasing: a later entry has a larger id
    QString connectionId; // never the API key
    QString connectionName;
    QDateTime started; // when the request was about to leave (UTC)
    QDateTime finished; // when its answer was recorded; invalid while pending
    Operation operation = Operation::Update;
    Status status = Status::Pending;
    QString assistantId; // a create's or clone's new id once known
    QString assistantName;
    QString sourceId; // Clone: the assistant cloned; Restore: the deleted one's id
    qint64 relatedEntry = 0; // Revert: the (earliest) entry put back; Restore: the delete
    qint64 batchId = 0; // entries written as one action (bulk edits, a batch revert)
    QStringList fields; // the top-level keys the write changed
    QJsonObject before; // those keys as the server held them before (Delete: the whole assistant)
    QJsonObject after; // as the server holds them after (its answer); what was sent while pending
    QJsonObject request; // the body sent (Create, Update, Revert, Restore)
    int httpStatus = 0; // of the answer, when one came
    QString message; // for people: what went wrong, or what a check against the server found
    QJsonArray unstored; // verify-after-save: [{"key", "how", "stored"}] fields not stored as sent
    QDateTime checked; // when an Unknown entry was compared with the server
    QString summary; // one line for lists, made by the store (JournalText::summary)

    bool isFinished() const { return status != Status::Pending; }
    // An update of fields (Update, Revert) that can be put back.
    bool changesFields() const { return operation == Operation::Update || operation == Operation::Revert; }
    // Entries whose assistant is a new one (Create, Clone, Restore).
    bool createsAssistant() const
    {
        return operation == Operation::Create || operation == Operation::Clone || operation == Operation::Restore;
    }

    // One JSON object per entry, as the export writes it (JSON Lines).
    QJsonObject toJson() const;

    // Stable names, for exports, filters and tools: "create", "update", …; "pending", "succeeded", …
    static QString operationName(Operation operation);
    static std::optional<Operation> operationFromName(const QString &name);
    static QString statusName(Status status);
    static QList<Operation> allOperations();
};

Q_DECLARE_METATYPE(JournalEntry)
