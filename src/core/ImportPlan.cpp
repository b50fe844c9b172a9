// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPlan.h"

#include "Validation.h"

#include <QCoreApplication>
#include <QMultiHash>
#include <QSet>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
};

QString freeName(const QString &name, const QSet<QString> &taken)
{
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

// Values another server accepted: what a server checks stops the assistant, the editor's further rules are
// only said, as for values a server already holds.
void check(ImportPlan::Item &item, const QString &fileName, const QString &at)
{
    using Action = ImportPlan::Item::Action;
    const bool create = item.action == Action::Create;
    const QList<ValidationIssue> server = create ? Validation::validateCreate(item.wanted, Validation::Level::Structure)
                                                 : Validation::validate(item.wanted, Validation::Level::Structure);
    const QList<ValidationIssue> editor
        = create ? Validation::validateCreate(item.wanted) : Validation::review(*item.existing, item.wanted).blocking;
    for (const ValidationIssue &issue : editor) {
        const FolderIssue found{fileName, at + u'.' + issue.path, Text::tr("“%1”: %2").arg(item.name, issue.message)};
        if (server.contains(issue))
            item.issues.append(found);
        else
            item.notes.append(found);
    }
    if (!item.issues.isEmpty())
        item.action = Action::Stop;
}

} // namespace

namespace ImportPlan {

std::optional<NameTaken> nameTakenFrom(const QString &word)
{
    if (word.isEmpty())
        return NameTaken::Stop;
    if (word == u"rename")
        return NameTaken::Rename;
    if (word == u"skip")
        return NameTaken::Skip;
    if (word == u"update")
        return NameTaken::Update;
    return std::nullopt;
}

namespace {

// `existing` holds AssistantSummary or ListedAssistant items: their names and IDs are read, and an assistant is
// parsed whole only for a name the bundle takes.
template<typename Listed>
QList<Item> planAgainst(const QList<AssistantBundle::Entry> &entries, const QList<Listed> &existing, NameTaken rule,
                        const QString &fileName, const QString &nameTakenHint)
{
    QMultiHash<QString, qsizetype> byName;
    QSet<QString> taken;
    for (qsizetype i = 0; i < existing.size(); ++i) {
        byName.insert(existing.at(i).name(), i);
        taken.insert(existing.at(i).name());
    }
    QList<Item> items;
    items.reserve(entries.size());
    for (const AssistantBundle::Entry &entry : entries) {
        const QString at = QStringLiteral("assistants[%1]").arg(items.size());
        Item item;
        item.name = entry.assistant.name();
        item.wanted = entry.assistant;
        item.issues = entry.issues;
        const QList<qsizetype> same = byName.values(item.name);
        if (!same.isEmpty() && rule == NameTaken::Update) {
            if (same.size() > 1) {
                item.issues.append(
                    {fileName, at + QStringLiteral(".name"),
                     Text::tr("“%1”: %2 assistants have that name; update needs one").arg(item.name).arg(same.size())});
            } else {
                item.action = Item::Action::Update;
                item.existing = existing.at(same.first()).assistant();
                item.wanted = *item.existing; // with every field the bundle holds, a null clearing its field
                for (auto it = entry.assistant.json().constBegin(); it != entry.assistant.json().constEnd(); ++it)
                    item.wanted.setValue(it.key(), it.value());
            }
        } else if (!same.isEmpty() && rule == NameTaken::Skip) {
            item.action = Item::Action::Skip;
            item.existing = existing.at(same.first()).assistant();
        } else if (!same.isEmpty() && rule == NameTaken::Stop) {
            item.issues.append({fileName, at + QStringLiteral(".name"),
                                Text::tr("an assistant named “%1” exists already (%2): %3")
                                    .arg(item.name, existing.at(same.first()).id(), nameTakenHint)});
        } else {
            item.action = Item::Action::Create;
            // Renamed when the account or an earlier assistant of the bundle has the name.
            if (!same.isEmpty() || taken.contains(item.name)) {
                item.name = freeName(item.name, taken);
                item.wanted.setName(item.name);
            }
            taken.insert(item.name);
        }
        if (!item.issues.isEmpty())
            item.action = Item::Action::Stop;
        else if (item.action != Item::Action::Skip)
            check(item, fileName, at);
        items.append(item);
    }
    return items;
}

} // namespace

QList<Item> plan(const QList<AssistantBundle::Entry> &entries, const QList<AssistantSummary> &existing, NameTaken rule,
                 const QString &fileName, const QString &nameTakenHint)
{
    return planAgainst(entries, existing, rule, fileName, nameTakenHint);
}

QList<Item> plan(const QList<AssistantBundle::Entry> &entries, const QList<ListedAssistant> &existing, NameTaken rule,
                 const QString &fileName, const QString &nameTakenHint)
{
    return planAgainst(entries, existing, rule, fileName, nameTakenHint);
}

} // namespace ImportPlan
