// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// A call as POST /call, GET /call/{id} and GET /call show it: its status, its attempts, the transcript as
// it grows, and once it has ended its outcome, duration, result and structured output. Read leniently:
// missing members stay empty, unknown ones are kept in `raw`; what the API puts either on the call or on
// its last attempt is taken from wherever it is.
struct CallInfo
{
    struct TranscriptEntry
    {
        enum class Role { User, Assistant, Tool, Other };
        Role role = Role::Other;
        QString roleName; // as sent: "user", "assistant", "tool", or something newer
        QString content;
        QString toolName; // tool entries
        QJsonValue toolArguments;
        bool toolIsError = false;

        static TranscriptEntry fromJson(const QJsonObject &object);
    };

    struct Attempt
    {
        QString id;
        QString status; // queued, ringing, ongoing, completed, error
        QString result; // IVR, voicemail, human, unknown, ios-screening-filter
        QString endedBy; // agent, user, system
        QString endReason; // tool_end_call, voicemail, transfer, …
        QString dialError; // busy, no_answer, …
        QDateTime startedAt;
        QDateTime answeredAt;
        QDateTime endedAt;
        std::optional<double> durationSeconds;
        QList<TranscriptEntry> transcript;
        QJsonObject raw;

        static Attempt fromJson(const QJsonObject &object);
    };

    QString id;
    QString status; // initializing, queued_for_calling, calling, scheduled, completed, cancelled, errored
    QString phoneNumber; // whom it calls
    QString fromPhoneNumber;
    QString assistantId; // empty for an inline assistant
    QString assistantName;
    QDateTime createdAt;
    QDateTime scheduledAt;
    QList<Attempt> attempts; // most recent first, as the API orders them
    QList<TranscriptEntry> transcript; // of the last attempt
    QString outcome;
    QString result;
    std::optional<double> durationSeconds;
    QJsonValue structuredOutput; // an object once extracted; null or undefined before
    QString recordingUrl;
    QJsonObject raw;

    // completed, cancelled or errored: polling can stop.
    bool isFinal() const { return isFinalStatus(status); }
    static bool isFinalStatus(const QString &status);

    // `object` is the call itself or {"call": {…}}.
    static CallInfo fromJson(const QJsonObject &object);
};

Q_DECLARE_METATYPE(CallInfo)
