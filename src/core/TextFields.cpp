// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFields.h"

#include "AssistantSchema.h"

#include <QHash>
#include <QJsonArray>
#include <QList>

namespace {

struct Segment
{
    QString key;
    bool list = false;
};

using Segments = QList<Segment>;

const Segments &segmentsOf(const QString &catalogPath)
{
    // Split once per path: a search walks the same few dozen paths in every assistant.
    static const QHash<QString, Segments> cache = [] {
        QHash<QString, Segments> split;
        for (const FieldSpec &spec : AssistantSchema::fields()) {
            Segments segments;
            for (QString part : spec.path.split(u'.')) {
                const bool list = part.endsWith(QLatin1String("[]"));
                if (list)
                    part.chop(2);
                segments.append({part, list});
            }
            split.insert(spec.path, segments);
        }
        return split;
    }();
    static const Segments none;
    const auto it = cache.constFind(catalogPath);
    return it == cache.cend() ? none : *it;
}

bool isTextSpec(const FieldSpec &spec)
{
    if (spec.readOnly || spec.secret || (spec.type != FieldType::String && spec.type != FieldType::Text))
        return false;
    // A text inside a read-only parent is read-only too.
    for (QString parent = spec.parentPath(); !parent.isEmpty();) {
        if (parent.endsWith(QLatin1String("[]")))
            parent.chop(2);
        const FieldSpec *up = AssistantSchema::field(parent);
        if (!up || up->readOnly)
            return false;
        parent = up->parentPath();
    }
    return true;
}

using Visitor = std::function<void(const QString &, const TextFields::Indices &)>;

void visitValue(const QJsonValue &value, const Segments &segments, qsizetype at, TextFields::Indices &indices,
                const Visitor &visitor)
{
    if (at == segments.size()) {
        if (value.isString())
            visitor(value.toString(), indices);
        return;
    }
    if (!value.isObject())
        return;
    const Segment &segment = segments.at(at);
    const QJsonValue child = value.toObject().value(segment.key);
    if (!segment.list) {
        visitValue(child, segments, at + 1, indices, visitor);
        return;
    }
    if (!child.isArray())
        return;
    const QJsonArray items = child.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        indices.append(int(i));
        visitValue(items.at(i), segments, at + 1, indices, visitor);
        indices.removeLast();
    }
}

QJsonValue transformValue(const QJsonValue &value, const Segments &segments, qsizetype at,
                          const std::function<QString(const QString &)> &change, bool &changed)
{
    if (at == segments.size()) {
        if (!value.isString())
            return value;
        const QString before = value.toString();
        const QString after = change(before);
        if (after == before)
            return value;
        changed = true;
        return after;
    }
    if (!value.isObject())
        return value;
    const Segment &segment = segments.at(at);
    QJsonObject object = value.toObject();
    const QJsonValue child = object.value(segment.key);
    bool childChanged = false;
    QJsonValue next;
    if (!segment.list) {
        next = transformValue(child, segments, at + 1, change, childChanged);
    } else {
        if (!child.isArray())
            return value;
        QJsonArray items = child.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            bool itemChanged = false;
            const QJsonValue item = transformValue(items.at(i), segments, at + 1, change, itemChanged);
            if (itemChanged) {
                items[i] = item;
                childChanged = true;
            }
        }
        next = items;
    }
    if (!childChanged)
        return value;
    object.insert(segment.key, next);
    changed = true;
    return object;
}

// The string at the end of `segments` from `at` on (no lists), or a null string.
QString memberText(const QJsonValue &item, const Segments &segments, qsizetype at)
{
    QJsonValue value = item;
    for (qsizetype i = at; i < segments.size(); ++i) {
        if (!value.isObject())
            return {};
        value = value.toObject().value(segments.at(i).key);
    }
    return value.isString() ? value.toString() : QString();
}

QJsonValue removeFrom(const QJsonValue &value, const Segments &segments, qsizetype at, qsizetype lastList,
                      const std::function<bool(const QString &)> &matches, int &removed)
{
    if (!value.isObject() || at > lastList)
        return value;
    const Segment &segment = segments.at(at);
    QJsonObject object = value.toObject();
    const QJsonValue child = object.value(segment.key);
    const int before = removed;
    QJsonValue next = child;
    if (!segment.list) {
        next = removeFrom(child, segments, at + 1, lastList, matches, removed);
    } else if (child.isArray()) {
        QJsonArray items = child.toArray();
        if (at == lastList) {
            for (qsizetype i = items.size() - 1; i >= 0; --i) {
                const QJsonValue item = items.at(i);
                if (item.isObject() && matches(memberText(item, segments, at + 1))) {
                    items.removeAt(i);
                    ++removed;
                }
            }
        } else {
            for (qsizetype i = 0; i < items.size(); ++i)
                items[i] = removeFrom(items.at(i), segments, at + 1, lastList, matches, removed);
        }
        next = items;
    }
    if (removed == before)
        return value;
    object.insert(segment.key, next);
    return object;
}

// The text fields as a tree of JSON keys, for visitAll's one walk.
struct TextNode
{
    QHash<QString, TextNode> children;
    QString textPath; // non-empty when this key is a text field
};

const TextNode &textTree()
{
    static const TextNode tree = [] {
        TextNode root;
        for (const QString &path : TextFields::all()) {
            TextNode *node = &root;
            for (const Segment &segment : segmentsOf(path))
                node = &node->children[segment.key];
            node->textPath = path;
        }
        return root;
    }();
    return tree;
}

using AllVisitor = std::function<void(const QString &, const QString &, const TextFields::Indices &)>;

void walkObject(const QJsonObject &object, const TextNode &node, TextFields::Indices &indices,
                const AllVisitor &visitor);

void walkValue(const QJsonValue &value, const TextNode &node, TextFields::Indices &indices, const AllVisitor &visitor)
{
    switch (value.type()) {
    case QJsonValue::String:
        if (!node.textPath.isEmpty())
            visitor(node.textPath, value.toString(), indices);
        break;
    case QJsonValue::Object:
        if (!node.children.isEmpty())
            walkObject(value.toObject(), node, indices, visitor);
        break;
    case QJsonValue::Array:
        if (!node.children.isEmpty()) {
            const QJsonArray items = value.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                indices.append(int(i));
                if (items.at(i).isObject())
                    walkObject(items.at(i).toObject(), node, indices, visitor);
                indices.removeLast();
            }
        }
        break;
    default:
        break;
    }
}

void walkObject(const QJsonObject &object, const TextNode &node, TextFields::Indices &indices,
                const AllVisitor &visitor)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto child = node.children.constFind(it.key());
        if (child != node.children.cend())
            walkValue(it.value(), *child, indices, visitor);
    }
}

} // namespace

namespace TextFields {

const QStringList &all()
{
    static const QStringList paths = [] {
        QStringList list;
        for (const FieldSpec &spec : AssistantSchema::fields()) {
            if (isTextSpec(spec))
                list.append(spec.path);
        }
        return list;
    }();
    return paths;
}

QStringList under(const QString &topLevelKey)
{
    QStringList list;
    for (const QString &path : all()) {
        if (path == topLevelKey || path.startsWith(topLevelKey + u'.') || path.startsWith(topLevelKey + u'['))
            list.append(path);
    }
    return list;
}

bool isText(const QString &catalogPath)
{
    return all().contains(catalogPath);
}

QString concretePath(const QString &catalogPath, const Indices &indices)
{
    QString path;
    path.reserve(catalogPath.size() + 4 * indices.size());
    qsizetype used = 0;
    qsizetype from = 0;
    for (qsizetype at = catalogPath.indexOf(QLatin1String("[]")); at >= 0;
         at = catalogPath.indexOf(QLatin1String("[]"), from)) {
        path += QStringView(catalogPath).mid(from, at - from);
        path += u'[' + QString::number(used < indices.size() ? indices.at(used) : 0) + u']';
        ++used;
        from = at + 2;
    }
    path += QStringView(catalogPath).mid(from);
    return path;
}

void visit(const QJsonObject &root, const QString &catalogPath,
           const std::function<void(const QString &, const Indices &)> &visitor)
{
    const Segments &segments = segmentsOf(catalogPath);
    if (segments.isEmpty())
        return;
    Indices indices;
    visitValue(root, segments, 0, indices, visitor);
}

void visitAll(const QJsonObject &root,
              const std::function<void(const QString &, const QString &, const Indices &)> &visitor)
{
    Indices indices;
    walkObject(root, textTree(), indices, visitor);
}

bool transform(QJsonObject &root, const QString &catalogPath, const std::function<QString(const QString &)> &change)
{
    const Segments &segments = segmentsOf(catalogPath);
    if (segments.isEmpty())
        return false;
    bool changed = false;
    const QJsonValue after = transformValue(root, segments, 0, change, changed);
    if (changed)
        root = after.toObject();
    return changed;
}

int removeItems(QJsonObject &root, const QString &memberPath, const std::function<bool(const QString &)> &matches)
{
    const Segments &segments = segmentsOf(memberPath);
    qsizetype lastList = -1;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (segments.at(i).list)
            lastList = i;
    }
    if (lastList < 0 || lastList == segments.size() - 1)
        return 0;
    int removed = 0;
    const QJsonValue after = removeFrom(root, segments, 0, lastList, matches, removed);
    if (removed > 0)
        root = after.toObject();
    return removed;
}

} // namespace TextFields
