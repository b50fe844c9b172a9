// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <functional>

// The texts people write in an assistant — its prompt, messages, FAQ questions and answers, tool descriptions
// and URLs, … — found by the catalogue (AssistantSchema): every writable field of FieldType::String or Text, at
// any depth, that is not secret. Find in all assistants and the bulk editor's text operations walk these.
namespace TextFields {

// The list items a value lies in, outermost first: custom_tools[2].input_schema[0].description → {2, 0}.
using Indices = QVarLengthArray<int, 4>;

// Catalogue paths of every text field, in catalogue order ("prompt", "faq_items[].answer", …).
const QStringList &all();
// The text fields of one top-level field: itself when it is a text, its text members when it holds some.
QStringList under(const QString &topLevelKey);
bool isText(const QString &catalogPath);

// The concrete path of a value: catalogue path with `indices` filled in ("custom_tools[2].url").
QString concretePath(const QString &catalogPath, const Indices &indices);

// Calls `visitor` for each string at `catalogPath` in `root` (every item of the lists on the way).
void visit(const QJsonObject &root, const QString &catalogPath,
           const std::function<void(const QString &text, const Indices &indices)> &visitor);
// Calls `visitor` for every text field's string in `root`, in one walk over it (much quicker than visit() once
// per path): in the order of the assistant's JSON, not of the catalogue.
void visitAll(
    const QJsonObject &root,
    const std::function<void(const QString &catalogPath, const QString &text, const Indices &indices)> &visitor);
// Replaces each string at `catalogPath` with `change(text)`; true when any of them changed.
bool transform(QJsonObject &root, const QString &catalogPath, const std::function<QString(const QString &)> &change);
// Removes the list items whose text at `memberPath` ("faq_items[].question": the items of faq_items whose
// question) `matches`; returns how many went.
int removeItems(QJsonObject &root, const QString &memberPath, const std::function<bool(const QString &)> &matches);

} // namespace TextFields
