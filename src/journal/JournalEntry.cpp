// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalEntry.h"

namespace {

QJsonValue time(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject JournalEntry::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("connection"),
         QJsonObject{{QStringLiteral("id"), connectionId}, {QStringLiteral("name"), connectionName}}},
        {QStringLiteral("started"), time(started)},
        {QStringLiteral("finished"), time(finished)},
        {QStringLiteral("operation"), operationName(operation)},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("assistant"),
         QJsonObject{{QStringLiteral("id"), assistantId}, {QStringLiteral("name"), assistantName}}},
        {QStringLiteral("source"), sourceId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(sourceId)},
        {QStringLiteral("relatedEntry"), relatedEntry ? QJsonValue(relatedEntry) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("batch"), batchId ? QJsonValue(batchId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
        {QStringLiteral("before"), before},
        {QStringLiteral("after"), after},
        {QStringLiteral("request"), request},
        {QStringLiteral("httpStatus"), httpStatus ? QJsonValue(httpStatus) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("message"), message},
        {QStringLiteral("unstored"), unstored},
        {QStringLiteral("checked"), time(checked)},
        {QStringLiteral("summary"), summary},
    };
}

QString JournalEntry::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Create:
        return QStringLiteral("create");
    case Operation::Update:
        return QStringLiteral("update");
    case Operation::Clone:
        return QStringLiteral("clone");
    case Operation::Delete:
        return QStringLiteral("delete");
    case Operation::Revert:
        return QStringLiteral("revert");
    case Operation::Restore:
        return QStringLiteral("restore");
    }
    return {};
}

std::optional<JournalEntry::Operation> JournalEntry::operationFromName(const QString &name)
{
    for (const Operation operation : allOperations()) {
        if (operationName(operation) == name)
            return operation;
    }
    return std::nullopt;
}

QString JournalEntry::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Succeeded:
        return QStringLiteral("succeeded");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QList<JournalEntry::Operation> JournalEntry::allOperations()
{
    return {Operation::Create, Operation::Update, Operation::Clone,
            Operation::Delete, Operation::Revert, Operation::Restore};
}
