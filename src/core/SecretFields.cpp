// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretFields.h"

#include "AssistantSchema.h"
#include "SecretPlaceholder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace {

constexpr qsizetype kLongestMask = 12;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SecretFields)
};

// Catalogue paths of the secret fields and of every field that contains one.
const QSet<QString> &pathsToSecrets()
{
    static const QSet<QString> paths = AssistantSchema::pathsToward([](const FieldSpec &spec) { return spec.secret; });
    return paths;
}

QString quoted(QString name)
{
    name.replace(u'\\', QLatin1String("\\\\"));
    name.replace(u'"', QLatin1String("\\\""));
    return u'"' + name + u'"';
}

// Walks the secret fields under one value, replacing them when a replacer is given.
class Walker
{
public:
    Walker(const SecretFields::Replacer *replacer, const SecretFields::Visitor *visitor)
        : m_replacer(replacer)
        , m_visitor(visitor)
    { }

    QJsonValue walk(const FieldSpec &spec, const SecretLocation &at, const QJsonValue &value)
    {
        if (spec.secret) {
            if (!value.isString())
                return value;
            if (m_visitor)
                (*m_visitor)(at, value.toString());
            return m_replacer ? QJsonValue((*m_replacer)(at, value.toString())) : value;
        }
        if (spec.type == FieldType::Object && value.isObject())
            return walkMembers(spec, at, value.toObject());
        if (spec.type == FieldType::ObjectList && value.isArray())
            return walkItems(spec, at, value.toArray());
        return value;
    }

private:
    QJsonObject walkMembers(const FieldSpec &parent, const SecretLocation &at, QJsonObject object)
    {
        for (const FieldSpec *child : AssistantSchema::children(parent.path)) {
            if (!pathsToSecrets().contains(child->path) || !object.contains(child->key()))
                continue;
            const SecretLocation inner{at.path + u'.' + child->key(), child->path, at.identity + u'.' + child->key(),
                                       at.description};
            const QJsonValue replaced = walk(*child, inner, object.value(child->key()));
            if (m_replacer)
                object.insert(child->key(), replaced);
        }
        return object;
    }

    QJsonArray walkItems(const FieldSpec &list, const SecretLocation &at, QJsonArray items)
    {
        QString keyName;
        for (const FieldSpec *child : AssistantSchema::children(list.path)) {
            if (child->namesItem)
                keyName = child->key();
        }
        QHash<QString, int> seen; // items with the same name get #1, #2… in the order they come
        // Translated once per list, not per item: assistants are walked by the thousand.
        const QString noun = list.displayItemNoun();
        const QString numbered = Text::tr("%1 %2");
        const QString withName = Text::tr("%1 “%2”");
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isObject())
                continue;
            const QJsonObject item = items.at(i).toObject();
            const QString name = keyName.isEmpty() ? QString() : item.value(keyName).toString();
            QString identity = keyName.isEmpty() ? QString::number(i) : quoted(name);
            if (const int before = seen.value(name); !keyName.isEmpty() && before > 0)
                identity += u'#' + QString::number(before);
            seen[name] += 1;
            const QString named = name.isEmpty() ? numbered.arg(noun).arg(i + 1) : withName.arg(noun, name);
            const SecretLocation inner{at.path + u'[' + QString::number(i) + u']', list.path + QStringLiteral("[]"),
                                       at.identity + u'[' + identity + u']',
                                       at.description.isEmpty() ? named
                                                                : at.description + QStringLiteral(", ") + named};
            const QJsonValue replaced = walkMembers(list, inner, item);
            if (m_replacer)
                items[i] = replaced;
        }
        return items;
    }

    const SecretFields::Replacer *m_replacer;
    const SecretFields::Visitor *m_visitor;
};

QJsonValue walkTopLevel(const QString &key, const QJsonValue &value, const SecretFields::Replacer *replacer,
                        const SecretFields::Visitor *visitor)
{
    const FieldSpec *spec = AssistantSchema::field(key);
    if (!spec || !spec->isTopLevel() || !pathsToSecrets().contains(key))
        return value;
    return Walker(replacer, visitor).walk(*spec, {key, key, key, QString()}, value);
}

} // namespace

namespace SecretFields {

bool hasSecrets(const QString &topLevelKey)
{
    const FieldSpec *spec = AssistantSchema::field(topLevelKey);
    return spec && spec->isTopLevel() && pathsToSecrets().contains(topLevelKey);
}

void visit(const QJsonObject &json, const Visitor &visitor)
{
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        walkTopLevel(it.key(), it.value(), nullptr, &visitor);
}

QJsonObject replaced(const QJsonObject &json, const Replacer &replacer)
{
    QJsonObject result = json;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (hasSecrets(it.key()))
            result.insert(it.key(), walkTopLevel(it.key(), it.value(), &replacer, nullptr));
    }
    return result;
}

QJsonValue replaced(const QString &topLevelKey, const QJsonValue &value, const Replacer &replacer)
{
    return walkTopLevel(topLevelKey, value, &replacer, nullptr);
}

QHash<QString, QString> byIdentity(const QJsonObject &json)
{
    QHash<QString, QString> values;
    visit(json, [&values](const SecretLocation &where, const QString &value) { values.insert(where.identity, value); });
    return values;
}

std::optional<SecretLocation> firstPlaceholder(const QJsonObject &json)
{
    std::optional<SecretLocation> found;
    visit(json, [&found](const SecretLocation &where, const QString &value) {
        if (!found && SecretPlaceholder::isPlaceholder(value))
            found = where;
    });
    return found;
}

QString maskedText(const QString &value)
{
    if (value.isEmpty())
        return value;
    if (!SecretPlaceholder::isPlaceholder(value))
        return QString(std::min(value.size(), kLongestMask), QChar(0x2022));
    const std::optional<SecretPlaceholder> placeholder = SecretPlaceholder::parse(value);
    if (placeholder && placeholder->kind() == SecretPlaceholder::Kind::Digest)
        return QString(8, QChar(0x2022)) + u' ' + Text::tr("(not kept here)");
    if (placeholder && placeholder->kind() == SecretPlaceholder::Kind::Reference)
        return Text::tr("(kept apart as “%1”)").arg(placeholder->referenceName());
    return Text::tr("(not kept: type it again)");
}

QJsonValue masked(const QString &topLevelKey, const QJsonValue &value)
{
    return replaced(topLevelKey, value, [](const SecretLocation &, const QString &text) { return maskedText(text); });
}

QJsonValue takeUnchanged(const QString &topLevelKey, const QJsonValue &base, const QJsonValue &mine,
                         const QJsonValue &theirs)
{
    if (!hasSecrets(topLevelKey))
        return mine;
    const QHash<QString, QString> before = byIdentity({{topLevelKey, base}});
    const QHash<QString, QString> server = byIdentity({{topLevelKey, theirs}});
    return replaced(topLevelKey, mine, [&](const SecretLocation &where, const QString &value) {
        const auto serverValue = server.constFind(where.identity);
        if (!SecretPlaceholder::isPlaceholder(value) || before.value(where.identity) != value
            || serverValue == server.constEnd() || SecretPlaceholder::isPlaceholder(*serverValue))
            return value;
        return *serverValue;
    });
}

} // namespace SecretFields
