// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assistant.h"
#include "core/AssistantSchema.h"

#include <QJsonValue>
#include <QStringList>

#include <optional>

class SoakRandom;

// Random edits the way a user makes them: a new value for one top-level field, drawn from what the catalogue
// (AssistantSchema) says of the field and its members — type, enum values, range, format, nullability,
// required members, the rules between siblings — and kept only when Validation finds nothing wrong with it,
// so the app would let it be saved. Every writable field of the catalogue can be drawn.
class SoakEdits
{
public:
    explicit SoakEdits(SoakRandom &random)
        : m_random(random)
    { }

    // Every top-level key a user can edit, in catalogue order.
    static QStringList editableKeys();
    // What kind of field `key` is, for counts: "text", "number", "object", … (the catalogue's FieldType).
    static QString kindOf(const QString &key);

    // A value for `key` that differs from what `edited` and `base` hold there (an edit never returns to the
    // server's value, so it always leaves something to save) and passes validation; nullopt when none was
    // found in a few draws.
    std::optional<QJsonValue> newValue(const Assistant &base, const Assistant &edited, const QString &key);
    std::optional<QJsonValue> newValue(const Assistant &edited, const QString &key)
    {
        return newValue(edited, edited, key);
    }
    // The draft of a new assistant named `name`: a prompt and a few other fields, all valid.
    Assistant draftForCreate(const QString &name);

private:
    QJsonValue valueFor(const FieldSpec &spec, const QJsonObject &siblings);
    QJsonValue objectFor(const FieldSpec &spec);
    QJsonValue listFor(const FieldSpec &spec);
    QString textFor(const FieldSpec &spec);
    QString formatted(const FieldSpec &spec);
    double numberFor(const FieldSpec &spec, const QJsonObject &siblings);
    QString phoneNumber();
    QString timeOfDay(int minutes);
    QString words(int count, bool lines = false); // some line breaks between them when `lines`

    SoakRandom &m_random;
};
