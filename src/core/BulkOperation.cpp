// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkOperation.h"

#include "AssistantSchema.h"
#include "TextFields.h"
#include "Validation.h"
#include "ValueText.h"

#include <QJsonArray>

#include <array>

namespace {

const QString kFaqItems = QStringLiteral("faq_items");
const QString kCustomTools = QStringLiteral("custom_tools");
const QString kRetryConfig = QStringLiteral("call_retry_config");
const QString kWindows = QStringLiteral("call_retry_config.calling_windows");
const QString kStart = QStringLiteral("calling_window_start_time");
const QString kEnd = QStringLiteral("calling_window_end_time");

struct KindName
{
    BulkOperation::Kind kind;
    const char *name;
};

constexpr std::array kKindNames{
    KindName{BulkOperation::Kind::SetValue, "setValue"},
    KindName{BulkOperation::Kind::ReplaceText, "replaceText"},
    KindName{BulkOperation::Kind::PrependText, "prependText"},
    KindName{BulkOperation::Kind::AppendText, "appendText"},
    KindName{BulkOperation::Kind::AddFaqItem, "addFaqItem"},
    KindName{BulkOperation::Kind::RemoveItems, "removeItems"},
    KindName{BulkOperation::Kind::PutCustomTool, "putCustomTool"},
    KindName{BulkOperation::Kind::AddCallingWindow, "addCallingWindow"},
    KindName{BulkOperation::Kind::ReplaceCallingWindow, "replaceCallingWindow"},
    KindName{BulkOperation::Kind::RemoveCallingWindow, "removeCallingWindow"},
};

QString quoted(const QString &text)
{
    return ValueText::inlineText(text, 40);
}

// Whether two times of day are the same moment, however written ("9:00", "09:00", "9am").
bool sameTime(const QString &a, const QString &b)
{
    const std::optional<QTime> left = Validation::parseTimeOfDay(a.trimmed());
    const std::optional<QTime> right = Validation::parseTimeOfDay(b.trimmed());
    return left && right ? *left == *right : a.trimmed() == b.trimmed();
}

bool isWindow(const QJsonValue &item, const QString &start, const QString &end)
{
    const QJsonObject window = item.toObject();
    return sameTime(window.value(kStart).toString(), start) && sameTime(window.value(kEnd).toString(), end);
}

// The first issue Validation finds in `value` as the field `topLevelKey` of an assistant holding nothing else,
// among those under `within` (a catalogue path); empty when there is none.
QString firstIssue(const QString &topLevelKey, const QJsonValue &value, const QString &within)
{
    const Assistant alone(QJsonObject{{topLevelKey, value}});
    for (const ValidationIssue &issue : Validation::validateField(alone, topLevelKey)) {
        if (AssistantSchema::catalogPath(issue.path).startsWith(within))
            return issue.message;
    }
    return {};
}

// A value to set, in words: an object by its members, a list by its items' names.
QString valueInWords(const QString &path, const QJsonValue &value)
{
    const FieldSpec *spec = AssistantSchema::field(path);
    if (spec && value.isObject()) {
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (const FieldSpec *child : AssistantSchema::children(path)) {
            if (!child->readOnly && !child->secret && object.contains(child->key()))
                parts.append(child->displayLabel() + u' ' + ValueText::inlineText(object.value(child->key()), 32));
        }
        return ValueText::inlineText(parts.join(QStringLiteral(", ")), 110).mid(1).chopped(1);
    }
    if (spec && spec->type == FieldType::ObjectList && value.isArray()) {
        QStringList names;
        for (const QJsonValue &item : value.toArray()) {
            const QJsonObject object = item.toObject();
            for (const char16_t *key : {u"name", u"question", u"calling_window_start_time"}) {
                if (object.value(QStringView(key)).isString()) {
                    names.append(object.value(QStringView(key)).toString());
                    break;
                }
            }
        }
        return BulkOperation::tr("a list of %n: %1", nullptr, int(value.toArray().size()))
            .arg(ValueText::inlineText(names.join(QStringLiteral(", ")), 80).mid(1).chopped(1));
    }
    return ValueText::inlineText(value, 60);
}

QString windowProblem(const QJsonObject &window)
{
    const QJsonObject config{{QStringLiteral("calling_windows"), QJsonArray{window}},
                             {QStringLiteral("max_retry_attempts"), 1}};
    return firstIssue(kRetryConfig, config, kWindows);
}

QString timeProblem(const QString &path, const QString &time)
{
    return Validation::checkTimeOfDay(AssistantSchema::displayLabel(path), time.trimmed());
}

} // namespace

BulkOperation BulkOperation::setValue(const QString &topLevelKey, const QJsonValue &value)
{
    BulkOperation operation(Kind::SetValue, topLevelKey);
    operation.m_value = value;
    return operation;
}

BulkOperation BulkOperation::replaceText(const QString &textPath, const TextPattern &find, const QString &replacement)
{
    BulkOperation operation(Kind::ReplaceText, textPath);
    operation.m_pattern = find;
    operation.m_text = replacement;
    return operation;
}

BulkOperation BulkOperation::prependText(const QString &textPath, const QString &text)
{
    BulkOperation operation(Kind::PrependText, textPath);
    operation.m_text = text;
    return operation;
}

BulkOperation BulkOperation::appendText(const QString &textPath, const QString &text)
{
    BulkOperation operation(Kind::AppendText, textPath);
    operation.m_text = text;
    return operation;
}

BulkOperation BulkOperation::addFaqItem(const QString &question, const QString &answer)
{
    BulkOperation operation(Kind::AddFaqItem, kFaqItems);
    operation.m_text = question;
    operation.m_value = answer;
    return operation;
}

BulkOperation BulkOperation::removeItems(const QString &memberPath, const TextPattern &match)
{
    BulkOperation operation(Kind::RemoveItems, memberPath);
    operation.m_pattern = match;
    return operation;
}

BulkOperation BulkOperation::putCustomTool(const QJsonObject &tool)
{
    BulkOperation operation(Kind::PutCustomTool, kCustomTools);
    operation.m_value = tool;
    return operation;
}

BulkOperation BulkOperation::addCallingWindow(const QJsonObject &window)
{
    BulkOperation operation(Kind::AddCallingWindow, kWindows);
    operation.m_value = window;
    return operation;
}

BulkOperation BulkOperation::replaceCallingWindow(const QString &start, const QString &end, const QJsonObject &window)
{
    BulkOperation operation(Kind::ReplaceCallingWindow, kWindows);
    operation.m_start = start;
    operation.m_end = end;
    operation.m_value = window;
    return operation;
}

BulkOperation BulkOperation::removeCallingWindow(const QString &start, const QString &end)
{
    BulkOperation operation(Kind::RemoveCallingWindow, kWindows);
    operation.m_start = start;
    operation.m_end = end;
    return operation;
}

QString BulkOperation::topLevelKey() const
{
    return Validation::topLevelKey(m_field);
}

QString BulkOperation::problem() const
{
    const QString label = AssistantSchema::displayLabel(m_field);
    switch (m_kind) {
    case Kind::SetValue: {
        const FieldSpec *spec = AssistantSchema::field(m_field);
        if (!spec || !spec->isTopLevel())
            return tr("“%1” is not a field of an assistant.").arg(m_field);
        if (spec->readOnly)
            return tr("%1: is set by Revox and cannot be changed.").arg(label);
        if (m_value.isUndefined())
            return tr("%1: choose the value to set.").arg(label);
        return firstIssue(m_field, AssistantSchema::writableValue(m_field, m_value), m_field);
    }
    case Kind::ReplaceText:
    case Kind::PrependText:
    case Kind::AppendText:
        if (!TextFields::isText(m_field))
            return tr("%1: is not a text field; only texts can be found and replaced.").arg(label);
        if (m_kind == Kind::ReplaceText) {
            if (const QString problem = m_pattern.problem(); !problem.isEmpty())
                return tr("%1: %2").arg(label, problem);
            return m_pattern.replacementProblem(m_text).isEmpty()
                ? QString()
                : tr("%1: %2").arg(label, m_pattern.replacementProblem(m_text));
        }
        return m_text.isEmpty() ? tr("%1: type the text to add.").arg(label) : QString();
    case Kind::AddFaqItem: {
        const QJsonObject item{{QStringLiteral("question"), m_text}, {QStringLiteral("answer"), m_value}};
        return firstIssue(kFaqItems, QJsonArray{item}, kFaqItems);
    }
    case Kind::RemoveItems:
        if (!TextFields::isText(m_field) || !m_field.contains(QLatin1String("[].")))
            return tr("%1: is not a text of a list item; only list items can be removed.").arg(label);
        if (const QString problem = m_pattern.problem(); !problem.isEmpty())
            return tr("%1: %2").arg(label, problem);
        return {};
    case Kind::PutCustomTool:
        if (!m_value.isObject())
            return tr("%1: the tool to add is missing.").arg(label);
        return firstIssue(kCustomTools, AssistantSchema::writableValue(kCustomTools, QJsonArray{m_value}),
                          kCustomTools);
    case Kind::AddCallingWindow:
        return m_value.isObject() ? windowProblem(m_value.toObject())
                                  : tr("%1: the window to add is missing.").arg(label);
    case Kind::ReplaceCallingWindow:
    case Kind::RemoveCallingWindow: {
        if (QString problem = timeProblem(kWindows + QStringLiteral("[].") + kStart, m_start); !problem.isEmpty())
            return problem;
        if (QString problem = timeProblem(kWindows + QStringLiteral("[].") + kEnd, m_end); !problem.isEmpty())
            return problem;
        if (m_kind == Kind::ReplaceCallingWindow)
            return m_value.isObject() ? windowProblem(m_value.toObject())
                                      : tr("%1: the new window is missing.").arg(label);
        return {};
    }
    }
    return {};
}

bool BulkOperation::applyTo(QJsonObject &assistant) const
{
    switch (m_kind) {
    case Kind::SetValue: {
        const QJsonValue value = AssistantSchema::writableValue(m_field, m_value);
        if (assistant.contains(m_field) && assistant.value(m_field) == value
            && assistant.value(m_field).type() == value.type())
            return false;
        assistant.insert(m_field, value);
        return true;
    }
    case Kind::ReplaceText:
        return TextFields::transform(assistant, m_field,
                                     [this](const QString &text) { return m_pattern.replaced(text, m_text); });
    case Kind::PrependText:
        return TextFields::transform(assistant, m_field, [this](const QString &text) { return m_text + text; });
    case Kind::AppendText:
        return TextFields::transform(assistant, m_field, [this](const QString &text) { return text + m_text; });
    case Kind::AddFaqItem: {
        const QJsonValue list = assistant.value(kFaqItems);
        QJsonArray items = list.isArray() ? list.toArray() : QJsonArray();
        for (const QJsonValue &item : std::as_const(items)) {
            if (item.toObject().value(u"question").toString().trimmed() == m_text.trimmed())
                return false; // asked already: adding it again would make a duplicate
        }
        items.append(QJsonObject{{QStringLiteral("question"), m_text}, {QStringLiteral("answer"), m_value}});
        assistant.insert(kFaqItems, items);
        return true;
    }
    case Kind::RemoveItems:
        return TextFields::removeItems(assistant, m_field,
                                       [this](const QString &text) { return m_pattern.matches(text); })
            > 0;
    case Kind::PutCustomTool: {
        const QJsonObject tool
            = AssistantSchema::writableValue(kCustomTools, QJsonArray{m_value}).toArray().at(0).toObject();
        const QString name = tool.value(u"name").toString();
        const QJsonValue list = assistant.value(kCustomTools);
        QJsonArray tools = list.isArray() ? list.toArray() : QJsonArray();
        for (qsizetype i = 0; i < tools.size(); ++i) {
            if (tools.at(i).toObject().value(u"name").toString() == name) {
                if (tools.at(i).toObject() == tool)
                    return false;
                tools[i] = tool;
                assistant.insert(kCustomTools, tools);
                return true;
            }
        }
        tools.append(tool);
        assistant.insert(kCustomTools, tools);
        return true;
    }
    case Kind::AddCallingWindow:
    case Kind::ReplaceCallingWindow:
    case Kind::RemoveCallingWindow:
        return applyToWindows(assistant);
    }
    return false;
}

bool BulkOperation::applyToWindows(QJsonObject &assistant) const
{
    const QJsonValue configValue = assistant.value(kRetryConfig);
    QJsonObject config = configValue.isObject() ? configValue.toObject() : QJsonObject();
    QJsonArray windows = config.value(u"calling_windows").toArray();
    const QJsonObject window = m_value.toObject();
    bool changed = false;
    switch (m_kind) {
    case Kind::AddCallingWindow: {
        const QString start = window.value(kStart).toString();
        const QString end = window.value(kEnd).toString();
        if (std::any_of(windows.cbegin(), windows.cend(),
                        [&](const QJsonValue &item) { return isWindow(item, start, end); }))
            return false; // there already: replacing it is the other operation
        windows.append(window);
        changed = true;
        break;
    }
    case Kind::ReplaceCallingWindow:
        for (qsizetype i = 0; i < windows.size(); ++i) {
            if (isWindow(windows.at(i), m_start, m_end) && windows.at(i).toObject() != window) {
                windows[i] = window;
                changed = true;
            }
        }
        break;
    case Kind::RemoveCallingWindow:
        for (qsizetype i = windows.size() - 1; i >= 0; --i) {
            if (isWindow(windows.at(i), m_start, m_end)) {
                windows.removeAt(i);
                changed = true;
            }
        }
        break;
    default:
        break;
    }
    if (!changed)
        return false;
    // An assistant without a retry configuration gets one holding only the window; its other required
    // members are for the user to give, and the preview says so.
    config.insert(QStringLiteral("calling_windows"), windows);
    assistant.insert(kRetryConfig, config);
    return true;
}

QString BulkOperation::description() const
{
    const QString label = AssistantSchema::displayLabel(m_field);
    const auto how = [this] {
        QStringList flags;
        if (m_pattern.options().regex)
            flags.append(tr("regular expression"));
        if (m_pattern.options().caseSensitive)
            flags.append(tr("match case"));
        if (m_pattern.options().wholeWord)
            flags.append(tr("whole words"));
        return flags.isEmpty() ? QString() : tr(" (%1)").arg(flags.join(QStringLiteral(", ")));
    };
    const auto windowText = [](const QJsonObject &window) {
        return tr("%1–%2, retry after %3 s")
            .arg(window.value(kStart).toString(), window.value(kEnd).toString())
            .arg(window.value(u"retry_delay_seconds").toInteger());
    };
    switch (m_kind) {
    case Kind::SetValue:
        return tr("%1: set to %2").arg(label, valueInWords(m_field, m_value));
    case Kind::ReplaceText:
        return tr("%1: replace %2 with %3%4").arg(label, quoted(m_pattern.text()), quoted(m_text), how());
    case Kind::PrependText:
        return tr("%1: add %2 at the start").arg(label, quoted(m_text));
    case Kind::AppendText:
        return tr("%1: add %2 at the end").arg(label, quoted(m_text));
    case Kind::AddFaqItem:
        return tr("FAQ items: add %1").arg(quoted(m_text));
    case Kind::RemoveItems:
        return tr("%1: remove the items where it matches %2%3")
            .arg(AssistantSchema::displayLabel(m_field), quoted(m_pattern.text()), how());
    case Kind::PutCustomTool:
        return tr("Custom tools: add or replace the tool %1").arg(quoted(m_value.toObject().value(u"name").toString()));
    case Kind::AddCallingWindow:
        return tr("Calling windows: add %1").arg(windowText(m_value.toObject()));
    case Kind::ReplaceCallingWindow:
        return tr("Calling windows: replace %1–%2 with %3").arg(m_start, m_end, windowText(m_value.toObject()));
    case Kind::RemoveCallingWindow:
        return tr("Calling windows: remove %1–%2").arg(m_start, m_end);
    }
    return {};
}

QJsonObject BulkOperation::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), kindName(m_kind)}, {QStringLiteral("field"), m_field}};
    if (!m_value.isUndefined())
        json.insert(QStringLiteral("value"), m_value);
    if (m_kind == Kind::ReplaceText || m_kind == Kind::RemoveItems)
        json.insert(QStringLiteral("pattern"), m_pattern.toJson());
    if (!m_text.isEmpty() || m_kind == Kind::ReplaceText)
        json.insert(QStringLiteral("text"), m_text);
    if (m_kind == Kind::ReplaceCallingWindow || m_kind == Kind::RemoveCallingWindow) {
        json.insert(QStringLiteral("start"), m_start);
        json.insert(QStringLiteral("end"), m_end);
    }
    return json;
}

std::optional<BulkOperation> BulkOperation::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<BulkOperation> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const std::optional<Kind> kind = kindFromName(json.value(u"kind").toString());
    if (!kind)
        return fail(tr("Unknown operation “%1”.").arg(json.value(u"kind").toString()));
    BulkOperation operation(*kind, json.value(u"field").toString());
    operation.m_value = json.value(u"value");
    operation.m_text = json.value(u"text").toString();
    operation.m_start = json.value(u"start").toString();
    operation.m_end = json.value(u"end").toString();
    if (*kind == Kind::ReplaceText || *kind == Kind::RemoveItems) {
        const std::optional<TextPattern> pattern = TextPattern::fromJson(json.value(u"pattern").toObject());
        if (!pattern)
            return fail(tr("The operation “%1” needs a pattern.").arg(kindName(*kind)));
        operation.m_pattern = *pattern;
    }
    // The fixed fields of list operations, whatever the file says.
    switch (*kind) {
    case Kind::AddFaqItem:
        operation.m_field = kFaqItems;
        break;
    case Kind::PutCustomTool:
        operation.m_field = kCustomTools;
        break;
    case Kind::AddCallingWindow:
    case Kind::ReplaceCallingWindow:
    case Kind::RemoveCallingWindow:
        operation.m_field = kWindows;
        break;
    default:
        break;
    }
    return operation;
}

QString BulkOperation::kindName(Kind kind)
{
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<BulkOperation::Kind> BulkOperation::kindFromName(const QString &name)
{
    for (const KindName &entry : kKindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}
