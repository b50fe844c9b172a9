// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogueTree.h"

#include <memory>
#include <vector>

namespace CatalogueTree {

namespace {

struct Tree
{
    std::vector<std::unique_ptr<Node>> nodes;

    Node *add(const FieldSpec *spec)
    {
        nodes.push_back(std::make_unique<Node>());
        nodes.back()->spec = spec;
        return nodes.back().get();
    }

    void fill(Node *node, const QString &path)
    {
        for (const FieldSpec *child : AssistantSchema::children(path)) {
            const QString key = child->key();
            node->rank.insert(key, int(node->keys.size()));
            node->keys.append(key);
            node->fields.insert(key, child);
            if (child->secret)
                node->towardSecrets.insert(key);
            if (child->type == FieldType::Object || child->type == FieldType::ObjectList) {
                Node *inner = add(child);
                fill(inner, child->path);
                node->objects.insert(key, inner);
                if (!inner->towardSecrets.isEmpty())
                    node->towardSecrets.insert(key);
            }
        }
    }
};

const Tree &tree()
{
    static const Tree built = [] {
        Tree result;
        result.fill(result.add(nullptr), QString());
        return result;
    }();
    return built;
}

} // namespace

const Node &root()
{
    return *tree().nodes.front();
}

} // namespace CatalogueTree
