// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"
#include "BulkOperation.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// The change the bulk editor makes to each of many assistants: a list of operations (BulkOperation), applied in
// order. Only the fields the operations work on can change; every other field of each assistant is left exactly
// as it was, and a field whose result means what it held (600 and 600.0, null and absent) keeps its own JSON,
// so the PATCH per assistant carries just what really changed.
class BulkEdit
{
public:
    BulkEdit() = default;
    explicit BulkEdit(const QList<BulkOperation> &operations)
        : m_operations(operations)
    { }

    void append(const BulkOperation &operation) { m_operations.append(operation); }
    const QList<BulkOperation> &operations() const { return m_operations; }
    bool isEmpty() const { return m_operations.isEmpty(); }

    // Each operation's problem (BulkOperation::problem), in order: nothing may be applied while there is one.
    QStringList problems() const;
    // The top-level keys the operations may change, in catalogue order.
    QStringList touchedKeys() const;
    // `assistant` with every operation applied.
    Assistant appliedTo(const Assistant &assistant) const;
    QStringList descriptions() const; // one line per operation, for people

    QJsonObject toJson() const; // {"operations": [ … ]}
    static std::optional<BulkEdit> fromJson(const QJsonObject &json, QString *error = nullptr);

    friend bool operator==(const BulkEdit &, const BulkEdit &) = default;

private:
    QList<BulkOperation> m_operations;
};
