// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeSummary.h"

#include "AssistantPatch.h"
#include "AssistantSchema.h"
#include "SecretFields.h"
#include "ValueText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSummary)
};

QString labelled(const QString &label, const QStringList &context)
{
    return context.isEmpty() ? label : Text::tr("%1 (%2)").arg(label, context.join(QStringLiteral(", ")));
}

// What names a list item for people: the member that does (FieldSpec::namesItem), when it holds text.
QString itemTitle(const FieldSpec &listSpec, const QJsonValue &item)
{
    for (const FieldSpec *member : AssistantSchema::children(listSpec.path)) {
        const QJsonValue value = item.toObject().value(member->key());
        if (member->namesItem && value.isString() && !value.toString().isEmpty())
            return u' ' + ValueText::inlineText(value);
    }
    return {};
}

QJsonValue maskedIfSecret(const FieldSpec *spec, const QJsonValue &value, bool reveal)
{
    if (reveal || !spec || !spec->secret || !value.isString())
        return value;
    return SecretFields::maskedText(value.toString());
}

void describe(const FieldSpec *spec, const QString &label, const QStringList &context, const QJsonValue &before,
              const QJsonValue &after, bool reveal, QStringList &out)
{
    if (before == after && before.type() == after.type())
        return;
    if (spec && spec->type == FieldType::Object && before.isObject() && after.isObject()) {
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        QStringList known;
        for (const FieldSpec *child : AssistantSchema::children(spec->path)) {
            known.append(child->key());
            if (!child->readOnly)
                describe(child, child->displayLabel(), context, a.value(child->key()), b.value(child->key()), reveal,
                         out);
        }
        QStringList others = a.keys() + b.keys();
        others.removeDuplicates();
        for (const QString &key : std::as_const(others)) {
            if (!known.contains(key))
                describe(nullptr, label + u'.' + key, context, a.value(key), b.value(key), reveal, out);
        }
        return;
    }
    if (spec && spec->type == FieldType::ObjectList && before.isArray() && after.isArray()) {
        const QJsonArray a = before.toArray();
        const QJsonArray b = after.toArray();
        const QList<const FieldSpec *> children = AssistantSchema::children(spec->path);
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            const QStringList itemContext = context + QStringList{QStringLiteral("%1 #%2").arg(label).arg(i + 1)};
            if (i >= a.size()) {
                out.append(Text::tr("%1 #%2: added%3").arg(label).arg(i + 1).arg(itemTitle(*spec, b.at(i))));
            } else if (i >= b.size()) {
                out.append(Text::tr("%1 #%2: removed%3").arg(label).arg(i + 1).arg(itemTitle(*spec, a.at(i))));
            } else {
                const QJsonObject itemA = a.at(i).toObject();
                const QJsonObject itemB = b.at(i).toObject();
                for (const FieldSpec *child : children) {
                    if (!child->readOnly)
                        describe(child, child->displayLabel(), itemContext, itemA.value(child->key()),
                                 itemB.value(child->key()), reveal, out);
                }
            }
        }
        return;
    }
    const auto [from, to]
        = ValueText::inlineChange(maskedIfSecret(spec, before, reveal), maskedIfSecret(spec, after, reveal));
    out.append(Text::tr("%1: %2 → %3").arg(labelled(label, context), from, to));
}

} // namespace

namespace ChangeSummary {

QStringList lines(const Assistant &base, const Assistant &edited, bool revealSecrets)
{
    const AssistantPatch patch = AssistantPatch::between(base, edited);
    QStringList keys = patch.keys();
    // The catalogue's order is the editor's order; keys it does not know come last.
    QStringList ordered;
    for (const FieldSpec *spec : AssistantSchema::topLevelFields()) {
        if (keys.removeAll(spec->path))
            ordered.append(spec->path);
    }
    ordered += keys;

    QStringList result;
    for (const QString &key : std::as_const(ordered)) {
        const FieldSpec *spec = AssistantSchema::field(key);
        const QJsonValue before = base.contains(key) ? AssistantSchema::writableValue(key, base.value(key))
                                                     : QJsonValue(QJsonValue::Undefined);
        describe(spec, spec ? spec->displayLabel() : key, {}, before, patch.value(key), revealSecrets, result);
    }
    return result;
}

} // namespace ChangeSummary
