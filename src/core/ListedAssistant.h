// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"

#include <QByteArray>
#include <QString>

#include <optional>

// One item of GET /assistants as work on each assistant of a list needs it (a batch's merges, the command-line
// tool): the bytes the server sent for it, its ID and name, and the assistant parsed whole, kept from the list's
// own parse (Form::Parsed) when nearly every item will be used, or parsed again when asked (Form::Bytes) when
// most will not: 10,000 kept trees cost a status of an unchanged folder 150 MB and a tenth of its time. The
// window's table keeps AssistantSummary instead, which also holds what its columns show.
class ListedAssistant
{
public:
    enum class Form { Bytes, Parsed };

    ListedAssistant() = default;
    // `json` must be the encoding `assistant` was parsed from (or AssistantJson::encode of it).
    ListedAssistant(const Assistant &assistant, QByteArray json, Form form);

    const QString &id() const { return m_id; }
    const QString &name() const { return m_name; }
    const QByteArray &json() const { return m_json; }
    Assistant assistant() const; // the kept one, or parsed from json() now

private:
    QString m_id;
    QString m_name;
    QByteArray m_json;
    std::optional<Assistant> m_parsed;
};
