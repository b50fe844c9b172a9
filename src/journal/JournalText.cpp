// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalText.h"

#include "JournalFilter.h"
#include "core/Assistant.h"
#include "core/AssistantSchema.h"
#include "core/ChangeSummary.h"
#include "core/SecretFields.h"
#include "core/ValueText.h"

#include <QCoreApplication>

namespace {

constexpr qsizetype kSummaryLength = 240;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JournalText)
};

QString quoted(const QString &name)
{
    return Text::tr("“%1”").arg(name.isEmpty() ? Text::tr("Unnamed assistant") : name);
}

// Every field an assistant holds, "label: value", secrets masked: what a delete kept, what a create sent.
QStringList fieldsOf(const QJsonObject &json)
{
    QStringList result;
    QStringList keys = json.keys();
    const auto add = [&result, &json](const QString &key) {
        if (AssistantSchema::isReadOnlyKey(key))
            return;
        result.append(Text::tr("%1: %2").arg(AssistantSchema::displayLabel(key),
                                             ValueText::inlineText(SecretFields::masked(key, json.value(key)))));
    };
    for (const FieldSpec *spec : AssistantSchema::topLevelFields()) {
        if (keys.removeAll(spec->path))
            add(spec->path);
    }
    for (const QString &key : std::as_const(keys))
        add(key);
    return result;
}

// Two long texts that differ somewhere in the middle (a prompt with a sentence added) would read the same
// once shortened: keep what changed, with a little context, and mark what was cut with an ellipsis.
std::pair<QString, QString> changedParts(const QString &before, const QString &after)
{
    constexpr qsizetype kContext = 24;
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(before.size(), after.size());
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    constexpr qsizetype kWord = 12; // the context starts and ends with whole words, when they are this short
    const auto part = [&](const QString &text) -> QString {
        qsizetype start = std::max<qsizetype>(0, prefix - kContext);
        for (qsizetype i = 0; start > 0 && i < kWord && !text.at(start - 1).isSpace(); ++i)
            --start;
        qsizetype end = std::min(text.size(), text.size() - suffix + kContext);
        for (qsizetype i = 0; end < text.size() && i < kWord && !text.at(end).isSpace(); ++i)
            ++end;
        return (start > 0 ? QString(QChar(0x2026)) : QString()) + text.mid(start, end - start)
            + (end < text.size() ? QString(QChar(0x2026)) : QString());
    };
    return {part(before), part(after)};
}

QStringList fieldChanges(const JournalEntry &entry)
{
    QJsonObject beforeJson = entry.before;
    QJsonObject afterJson = entry.before;
    for (auto it = entry.after.constBegin(); it != entry.after.constEnd(); ++it)
        afterJson.insert(it.key(), it.value());
    for (const QString &key : entry.fields) {
        if (!entry.after.contains(key)) {
            afterJson.remove(key);
            continue;
        }
        const QJsonValue a = beforeJson.value(key);
        const QJsonValue b = afterJson.value(key);
        if (a.isString() && b.isString() && !SecretFields::hasSecrets(key)
            && std::min(a.toString().size(), b.toString().size()) > 60) {
            const auto [from, to] = changedParts(a.toString(), b.toString());
            beforeJson.insert(key, from);
            afterJson.insert(key, to);
        }
    }
    return ChangeSummary::lines(Assistant(beforeJson), Assistant(afterJson));
}

QString elided(const QString &text)
{
    return text.size() > kSummaryLength ? text.left(kSummaryLength - 1) + QChar(0x2026) : text;
}

} // namespace

namespace JournalText {

QString operationText(JournalEntry::Operation operation)
{
    switch (operation) {
    case JournalEntry::Operation::Create:
        return Text::tr("Created");
    case JournalEntry::Operation::Update:
        return Text::tr("Edited");
    case JournalEntry::Operation::Clone:
        return Text::tr("Cloned");
    case JournalEntry::Operation::Delete:
        return Text::tr("Deleted");
    case JournalEntry::Operation::Revert:
        return Text::tr("Reverted");
    case JournalEntry::Operation::Restore:
        return Text::tr("Restored");
    }
    return {};
}

QString statusText(const JournalEntry &entry)
{
    switch (entry.status) {
    case JournalEntry::Status::Pending:
        return Text::tr("Waiting for the answer");
    case JournalEntry::Status::Succeeded:
        if (!entry.unstored.isEmpty())
            return Text::tr("Done, but not every field was stored as sent");
        return entry.checked.isValid() ? Text::tr("Done (checked against the server)") : Text::tr("Done");
    case JournalEntry::Status::Failed:
        if (entry.checked.isValid())
            return Text::tr("Not done (checked against the server)");
        return entry.httpStatus ? Text::tr("Failed (HTTP %1)").arg(entry.httpStatus) : Text::tr("Failed");
    case JournalEntry::Status::Unknown:
        return entry.checked.isValid() ? Text::tr("Outcome unknown (checked: the server holds other values)")
                                       : Text::tr("Outcome unknown");
    }
    return {};
}

QStringList lines(const JournalEntry &entry)
{
    QStringList result;
    switch (entry.operation) {
    case JournalEntry::Operation::Update:
    case JournalEntry::Operation::Revert:
        result = fieldChanges(entry);
        break;
    case JournalEntry::Operation::Create:
    case JournalEntry::Operation::Restore:
        result = fieldsOf(entry.request);
        break;
    case JournalEntry::Operation::Clone:
        result.append(
            Text::tr("Copy of %1 (ID %2)").arg(quoted(entry.before.value(u"name").toString()), entry.sourceId));
        break;
    case JournalEntry::Operation::Delete:
        result.append(Text::tr("The whole assistant was kept before the delete:"));
        result += fieldsOf(entry.before);
        break;
    }
    for (const QJsonValue &value : entry.unstored) {
        const QJsonObject field = value.toObject();
        const QString key = field.value(u"key").toString();
        result.append(Text::tr("Not stored as sent: %1 (the server holds %2)")
                          .arg(AssistantSchema::displayLabel(key),
                               ValueText::inlineText(SecretFields::masked(key, field.value(u"stored")))));
    }
    return result;
}

QStringList wholeValues(const JournalEntry &entry)
{
    QStringList result;
    if (!entry.changesFields())
        return result;
    const auto whole = [](const QString &key, const QJsonObject &values) {
        return values.contains(key) ? ValueText::blockText(SecretFields::masked(key, values.value(key)))
                                    : ValueText::absent();
    };
    for (const QString &key : entry.fields) {
        const QString label = AssistantSchema::displayLabel(key);
        result.append(Text::tr("%1, before:").arg(label));
        result.append(whole(key, entry.before));
        result.append(Text::tr("%1, after:").arg(label));
        result.append(whole(key, entry.after));
    }
    return result;
}

QString summary(const JournalEntry &entry)
{
    switch (entry.operation) {
    case JournalEntry::Operation::Update: {
        const QStringList changes = fieldChanges(entry);
        return elided(changes.isEmpty() ? fieldLabels(entry.fields) : changes.join(QStringLiteral("; ")));
    }
    case JournalEntry::Operation::Revert: {
        const QStringList changes = fieldChanges(entry);
        const QString what = changes.isEmpty() ? fieldLabels(entry.fields) : changes.join(QStringLiteral("; "));
        return elided(entry.relatedEntry ? Text::tr("Put back change #%1: %2").arg(entry.relatedEntry).arg(what)
                                         : what);
    }
    case JournalEntry::Operation::Create:
        return Text::tr("Created %1").arg(quoted(entry.assistantName));
    case JournalEntry::Operation::Clone:
        return Text::tr("Cloned %1 (ID %2)").arg(quoted(entry.before.value(u"name").toString()), entry.sourceId);
    case JournalEntry::Operation::Delete:
        return Text::tr("Deleted %1; the whole assistant is kept").arg(quoted(entry.assistantName));
    case JournalEntry::Operation::Restore:
        return Text::tr("Restored %1 (deleted ID %2) as a new assistant")
            .arg(quoted(entry.assistantName), entry.sourceId);
    }
    return {};
}

QString fieldLabels(const QStringList &keys)
{
    QStringList labels;
    for (const QString &key : keys)
        labels.append(AssistantSchema::displayLabel(key));
    return labels.join(QStringLiteral(", "));
}

QString searchText(const JournalEntry &entry)
{
    const QStringList parts{
        entry.assistantName,       entry.assistantId, entry.sourceId, operationText(entry.operation),
        fieldLabels(entry.fields), entry.summary};
    return JournalFilter::folded(parts.join(u' '));
}

} // namespace JournalText
