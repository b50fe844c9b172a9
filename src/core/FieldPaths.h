// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Paths into an assistant: catalogue paths ("custom_tools[].headers") name fields and the editor's widgets,
// concrete paths ("custom_tools[1].headers[0].key") name values, issues and servers' field errors.
namespace FieldPaths {

// The value at a catalogue path; the first "[]" takes item `index`. Undefined when anything on the
// way is missing or not of the right kind.
QJsonValue valueAt(const QJsonObject &root, const QString &catalogPath, int index = -1);

// The index of the first list item a concrete path goes through, or -1.
int firstIndex(const QString &concretePath);
// The index of the item of `listCatalogPath` ("faq_items", "custom_tools[].headers") that
// `concretePath` goes through, or -1.
int indexIn(const QString &concretePath, const QString &listCatalogPath);

// A field path as servers report it ("custom_tools.0.name", ["body","voice","speed"] joined with
// dots) in our concrete form ("custom_tools[0].name").
QString fromServerPath(const QString &path);

// How well a widget's catalogue path covers an issue's catalogue path: the length of the match
// when `bindingPath` is the issue's path or one of its parents, otherwise -1.
int coverage(const QString &bindingPath, const QString &issueCatalogPath);

} // namespace FieldPaths
