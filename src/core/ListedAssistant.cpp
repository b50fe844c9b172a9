// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListedAssistant.h"

#include "JsonText.h"

#include <QJsonDocument>

ListedAssistant::ListedAssistant(const Assistant &assistant, QByteArray json, Form form)
    : m_id(assistant.id())
    , m_name(assistant.name())
    , m_json(std::move(json))
{
    if (form == Form::Parsed)
        m_parsed = assistant;
}

Assistant ListedAssistant::assistant() const
{
    // The bytes were a JSON object when this item was decoded, so this cannot fail.
    return m_parsed ? *m_parsed : Assistant(JsonText::read(m_json).object());
}
