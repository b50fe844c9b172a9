// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxCallScript.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCallScript)
};

QJsonObject say(const char *role, const QString &content)
{
    return {{QStringLiteral("role"), QLatin1String(role)}, {QStringLiteral("content"), content}};
}

QJsonObject toolCall(const QString &name, const QJsonObject &arguments, const QString &result)
{
    QJsonObject entry = say("tool", result);
    entry.insert(u"tool_name", name);
    entry.insert(u"tool_arguments", arguments);
    entry.insert(u"tool_is_error", false);
    return entry;
}

// A plausible value of a parameter or output `type` (string, number, boolean, enum, date, datetime).
QJsonValue sampleValue(const QJsonObject &spec, const QDateTime &now)
{
    const QString type = spec.value(u"type").toString();
    if (type == u"number")
        return 1;
    if (type == u"boolean")
        return true;
    if (type == u"enum") {
        const QJsonArray options = spec.value(u"enum_options").toArray();
        return options.isEmpty() ? QJsonValue(QString()) : options.first();
    }
    if (type == u"date")
        return now.date().toString(Qt::ISODate);
    if (type == u"datetime")
        return now.toUTC().toString(Qt::ISODate);
    const QString description = spec.value(u"description").toString();
    return Text::tr("(sandbox value for %1)").arg(description.isEmpty() ? spec.value(u"name").toString() : description);
}

QString text(const QJsonObject &assistant, const char *key)
{
    return assistant.value(QLatin1String(key)).toString().trimmed();
}

} // namespace

namespace SandboxCallScript {

QString fill(const QString &text, const QJsonObject &variables)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.]*)\\s*\\}\\}"));
    QString filled;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text)) {
        const QJsonValue value = variables.value(match.captured(1));
        filled += QStringView(text).mid(last, match.capturedStart() - last);
        filled += value.isString() ? value.toString() : match.captured(0);
        last = match.capturedEnd();
    }
    return filled + QStringView(text).mid(last);
}

QJsonArray transcript(const QJsonObject &assistant, const QJsonObject &promptVariables)
{
    const QString name = text(assistant, "name").isEmpty() ? Text::tr("the assistant") : text(assistant, "name");
    const QString firstSentence = fill(text(assistant, "first_sentence"), promptVariables);
    const QString mode = assistant.value(u"first_sentence_mode").toString(QStringLiteral("generated"));
    QJsonArray lines;

    // The opening: spoken as written (static), written by the LLM from the instruction (generated: the
    // sandbox has no LLM and says the instruction after a greeting), or left to the callee (none).
    if (mode == u"none") {
        lines.append(say("user", Text::tr("Hello?")));
        lines.append(say("assistant", Text::tr("Hello, this is %1. How can I help you?").arg(name)));
    } else if (mode == u"static" && !firstSentence.isEmpty()) {
        lines.append(say("assistant", firstSentence));
        lines.append(say("user", Text::tr("Hi, yes, this is me.")));
    } else {
        lines.append(say("assistant",
                         firstSentence.isEmpty() ? Text::tr("Hello, this is %1. How can I help you today?").arg(name)
                                                 : Text::tr("Hello, this is %1. %2").arg(name, firstSentence)));
        lines.append(say("user", Text::tr("Hi, yes, this is me.")));
    }

    // A question the FAQ answers, with its answer.
    QString question;
    QString answer;
    for (const QJsonValue &item : assistant.value(u"faq_items").toArray()) {
        question = item.toObject().value(u"question").toString().trimmed();
        answer = item.toObject().value(u"answer").toString().trimmed();
        if (!question.isEmpty() && !answer.isEmpty())
            break;
        question.clear();
    }
    if (!question.isEmpty()) {
        lines.append(say("user", question));
        lines.append(say("assistant", fill(answer, promptVariables)));
    } else {
        lines.append(say("user", Text::tr("What is this call about?")));
        lines.append(say("assistant", Text::tr("I am calling on behalf of %1.").arg(name)));
    }

    // Its first custom tool, called with a value for each parameter.
    const QJsonObject tool = assistant.value(u"custom_tools").toArray().first().toObject();
    if (!tool.value(u"name").toString().isEmpty()) {
        QJsonObject arguments;
        for (const QJsonValue &parameter : tool.value(u"input_schema").toArray())
            arguments.insert(parameter.toObject().value(u"name").toString(),
                             sampleValue(parameter.toObject(), QDateTime::currentDateTimeUtc()));
        lines.append(toolCall(tool.value(u"name").toString(), arguments, QStringLiteral("{\"ok\":true}")));
        lines.append(say("assistant", Text::tr("That is done.")));
    }

    lines.append(say("user", Text::tr("Thank you, that is all.")));
    const QString goodbye = fill(text(assistant, "end_of_call_sentence"), promptVariables);
    lines.append(say("assistant", goodbye.isEmpty() ? Text::tr("Thank you for your time. Goodbye!") : goodbye));
    lines.append(toolCall(QStringLiteral("end_call"), {}, QString()));
    return lines;
}

QJsonValue structuredOutput(const QJsonObject &assistant, const QDateTime &now)
{
    const QJsonArray config = assistant.value(u"structured_output_config").toArray();
    if (config.isEmpty())
        return QJsonValue::Null;
    QJsonObject output;
    for (const QJsonValue &entry : config)
        output.insert(entry.toObject().value(u"name").toString(), sampleValue(entry.toObject(), now));
    return output;
}

} // namespace SandboxCallScript
