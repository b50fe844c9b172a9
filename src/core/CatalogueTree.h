// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AssistantSchema.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// The field catalogue as a tree of objects, for code that walks an assistant's JSON whole (the file format,
// canonical comparison): each node is one kind of JSON object — the assistant, the voice, one custom tool —
// with its members in catalogue order. Built once from AssistantSchema, never kept by hand.
namespace CatalogueTree {

struct Node
{
    const FieldSpec *spec = nullptr; // the field whose value (or list item) this object is; null at the root
    QStringList keys; // catalogued members, catalogue order
    QHash<QString, int> rank; // member key → its place in `keys`
    QHash<QString, const FieldSpec *> fields; // by member key
    QHash<QString, const Node *> objects; // members that are objects, or lists of objects (the item's node)
    QSet<QString> towardSecrets; // members that are, or hold somewhere below, a secret field

    const Node *object(const QString &key) const { return objects.value(key, nullptr); }
    const FieldSpec *field(const QString &key) const { return fields.value(key, nullptr); }
};

const Node &root(); // the assistant

} // namespace CatalogueTree
