// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"
#include "AssistantPatch.h"
#include "BulkEdit.h"
#include "ImportPlan.h"
#include "Validation.h"

#include <QList>
#include <QStringList>

#include <utility>

// What a change to many assistants would do, before anything is sent: per assistant its copy now and after,
// the changes in words (ChangeSummary, secrets masked), the exact minimal PATCH, and the problems of what
// changed (Validation::review: strict on changed fields, never on what the server already holds). An
// assistant whose result breaks a rule is Invalid and must not be sent. An import's preview holds new assistants
// too: a change from nothing, created rather than patched.
class BulkPreview
{
public:
    enum class Status {
        WillChange, // a non-empty PATCH that breaks no rule
        Unchanged, // nothing to send
        Invalid, // the result breaks a rule (`problems`): excluded
    };

    struct Item
    {
        Assistant before;
        Assistant after;
        AssistantPatch patch;
        QStringList changes; // "label: old → new", one per changed field
        QList<ValidationIssue> problems; // blocking issues of the changed fields
        QString reason; // why it is Unchanged when no rule says so (an import's skip), for people
        QStringList notes; // rules broken that do not stop it (an import's values that another server took)
        Status status = Status::Unchanged;

        QString id() const { return before.id(); }
        QString name() const { return creates() ? after.name() : before.name(); }
        // A new assistant (`before` has no ID): `patch` is the body of its POST.
        bool creates() const { return before.id().isEmpty(); }
    };

    BulkPreview() = default;

    // `edit` applied to each assistant, on every core; items in the order of `assistants`.
    static BulkPreview compute(const QList<Assistant> &assistants, const BulkEdit &edit);
    // For changes made another way (an import, a script): each pair is (server copy, wanted copy).
    static BulkPreview fromPairs(const QList<std::pair<Assistant, Assistant>> &pairs);
    // An import (ImportPlan): its creates and updates will change; a skipped assistant is Unchanged and a
    // stopped one Invalid, each with why.
    static BulkPreview fromImport(const QList<ImportPlan::Item> &plan);
    static Item itemFor(const Assistant &before, const Assistant &after);

    const QList<Item> &items() const { return m_items; }
    qsizetype size() const { return m_items.size(); }
    int count(Status status) const;
    int creates() const; // of the items that will change

private:
    QList<Item> m_items;
};
