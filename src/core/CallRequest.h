// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AssistantPatch.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

// The body of POST /call: whom to call, with which assistant, and the optional settings. The assistant is
// a saved one (assistantId) or a draft sent inline (assistant, as a create would send it:
// AssistantPatch::forCreate), which runs the call without saving anything.
struct CallRequest
{
    QString phoneNumber; // E.164, required
    QString assistantId;
    std::optional<AssistantPatch> assistant;
    QMap<QString, QString> promptVariables; // fills the prompt's {{variables}} for this call
    QString fromPhoneNumber; // empty: the account's default
    QMap<QString, QString> metadata;
    QDateTime scheduledAt; // invalid: now
    std::optional<bool> skipCallingWindow;
    QString concurrencyKey; // with concurrencyMax, sent as {"key", "max"} when not empty
    int concurrencyMax = 1;

    // Only what is set travels.
    QByteArray toJson() const;
};

Q_DECLARE_METATYPE(CallRequest)
