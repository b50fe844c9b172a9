// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// What a simulated call says, made from the assistant it was placed with: its first sentence as its
// first_sentence_mode has it (generated, static, none), a question of its FAQ and its answer, a call of its
// first custom tool, its end-of-call sentence and the end_call tool; and the structured output its
// structured_output_config asks for.
namespace SandboxCallScript {

// [{role, content}…]; tool entries add tool_name, tool_arguments and tool_is_error.
QJsonArray transcript(const QJsonObject &assistant, const QJsonObject &promptVariables);
// {name: value} for each entry of structured_output_config, a value of its type; null when it asks for none.
QJsonValue structuredOutput(const QJsonObject &assistant, const QDateTime &now);
// `text` with each {{name}} that `variables` has replaced by its value; the others are left as written.
QString fill(const QString &text, const QJsonObject &variables);

} // namespace SandboxCallScript
