// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretFieldWalk.h"

#include "CatalogueTree.h"

#include <QJsonArray>

namespace {

using CatalogueTree::Node;

class Walker
{
public:
    explicit Walker(const SecretFieldWalk &walk)
        : m_walk(walk)
    { }

    // In place; true when anything changed, so that unchanged containers are not copied.
    bool value(QJsonValue &value, const FieldSpec *spec, const Node *node, const QString &path) const
    {
        if (spec && spec->secret) {
            QJsonValue replaced = m_walk.secret(value, path);
            if (replaced == value && replaced.type() == value.type())
                return false;
            value = replaced;
            return true;
        }
        if (value.isObject()) {
            QJsonObject json = value.toObject();
            if (!object(json, node, path))
                return false;
            value = json;
            return true;
        }
        if (!value.isArray())
            return false;
        QJsonArray items = value.toArray();
        bool changed = false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonValue item = items.at(i);
            if ((item.isObject() || item.isArray())
                && this->value(item, nullptr, node, path + u'[' + QString::number(i) + u']')) {
                items[i] = item;
                changed = true;
            }
        }
        if (changed)
            value = items;
        return changed;
    }

    bool object(QJsonObject &json, const Node *node, const QString &path) const
    {
        if (m_walk.other)
            m_walk.other(json, path);
        else if (!node)
            return false; // nothing below a key the catalogue does not know is a secret field
        bool changed = false;
        for (const QString &key : json.keys()) {
            // Without `other` to call, only the way to a secret field is walked.
            if (!m_walk.other && !node->towardSecrets.contains(key))
                continue;
            const FieldSpec *spec = node ? node->field(key) : nullptr;
            QJsonValue member = json.value(key);
            if (!(spec && spec->secret) && !member.isObject() && !member.isArray())
                continue;
            const QString inner = path.isEmpty() ? key : path + u'.' + key;
            if (value(member, spec, node ? node->object(key) : nullptr, inner)) {
                json.insert(key, member);
                changed = true;
            }
        }
        return changed;
    }

private:
    const SecretFieldWalk &m_walk;
};

} // namespace

QJsonObject SecretFieldWalk::assistant(const QJsonObject &json) const
{
    QJsonObject result = json;
    Walker(*this).object(result, &CatalogueTree::root(), QString());
    return result;
}
