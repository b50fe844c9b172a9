// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

// The body of a partial update (PATCH /assistants/{id}) or of a create (POST /assistants).
//
// Only top-level keys travel. A nested object or array is sent whole when anything inside it
// changed: the API validates nested objects as complete values and replaces lists (faq_items).
// Read-only keys never travel; JSON null only where the user cleared a nullable field.
class AssistantPatch
{
public:
    AssistantPatch() = default;

    static AssistantPatch between(const Assistant &base, const Assistant &edited);
    // Whether between(from, to) carries `key`: the one notion of "changed" that the merge, the editor and
    // the check after a save share. 600 and 600.0 are equal, so are null and absent on a nullable field,
    // and read-only members of nested items do not count.
    static bool differs(const Assistant &from, const Assistant &to, const QString &key);
    // Every writable field the draft holds; nulls are left out (absent means the same on create).
    static AssistantPatch forCreate(const Assistant &draft);

    bool isEmpty() const { return m_body.isEmpty(); }
    QStringList keys() const { return m_body.keys(); }
    bool contains(const QString &key) const { return m_body.contains(key); }
    QJsonValue value(const QString &key) const { return m_body.value(key); }
    void insert(const QString &key, const QJsonValue &value) { m_body.insert(key, value); }
    void remove(const QString &key) { m_body.remove(key); }

    const QJsonObject &body() const { return m_body; }
    QByteArray toJson() const; // compact, as sent on the wire

    // `base` with this patch applied, as the server would store it.
    Assistant appliedTo(const Assistant &base) const;

    friend bool operator==(const AssistantPatch &a, const AssistantPatch &b) { return a.m_body == b.m_body; }

private:
    QJsonObject m_body;
};

Q_DECLARE_METATYPE(AssistantPatch)
