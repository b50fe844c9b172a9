// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallText.h"

#include <QCoreApplication>

#include <cmath>

namespace {

struct Word
{
    const char *value;
    const char *text;
};

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallText)
};

template<std::size_t N> QString lookUp(const Word (&words)[N], const QString &value)
{
    for (const Word &word : words) {
        if (value == QLatin1String(word.value))
            return Text::tr(word.text);
    }
    return value;
}

const Word kStatuses[] = {
    {"initializing", QT_TRANSLATE_NOOP("CallText", "Starting")},
    {"queued_for_calling", QT_TRANSLATE_NOOP("CallText", "Waiting to dial")},
    {"calling", QT_TRANSLATE_NOOP("CallText", "Calling")},
    {"scheduled", QT_TRANSLATE_NOOP("CallText", "Scheduled")},
    {"completed", QT_TRANSLATE_NOOP("CallText", "Completed")},
    {"cancelled", QT_TRANSLATE_NOOP("CallText", "Cancelled")},
    {"errored", QT_TRANSLATE_NOOP("CallText", "Failed")},
};

const Word kAttemptStatuses[] = {
    {"queued", QT_TRANSLATE_NOOP("CallText", "queued")},
    {"ringing", QT_TRANSLATE_NOOP("CallText", "ringing")},
    {"ongoing", QT_TRANSLATE_NOOP("CallText", "in conversation")},
    {"completed", QT_TRANSLATE_NOOP("CallText", "ended")},
    {"error", QT_TRANSLATE_NOOP("CallText", "error")},
};

const Word kResults[] = {
    {"human", QT_TRANSLATE_NOOP("CallText", "A person answered")},
    {"voicemail", QT_TRANSLATE_NOOP("CallText", "Voicemail")},
    {"IVR", QT_TRANSLATE_NOOP("CallText", "A phone menu (IVR) answered")},
    {"unknown", QT_TRANSLATE_NOOP("CallText", "Unknown")},
    {"ios-screening-filter", QT_TRANSLATE_NOOP("CallText", "iOS call screening answered")},
};

const Word kEndedBy[] = {
    {"agent", QT_TRANSLATE_NOOP("CallText", "the assistant")},
    {"user", QT_TRANSLATE_NOOP("CallText", "the person called")},
    {"system", QT_TRANSLATE_NOOP("CallText", "the system")},
};

const Word kEndReasons[] = {
    {"tool_end_call", QT_TRANSLATE_NOOP("CallText", "the assistant hung up")},
    {"voicemail", QT_TRANSLATE_NOOP("CallText", "voicemail")},
    {"transfer", QT_TRANSLATE_NOOP("CallText", "transferred to a person")},
};

const Word kDialErrors[] = {
    {"number_non_attributed", QT_TRANSLATE_NOOP("CallText", "The number is not assigned")},
    {"too_many_calls", QT_TRANSLATE_NOOP("CallText", "Too many calls at once")},
    {"busy", QT_TRANSLATE_NOOP("CallText", "Busy")},
    {"temporarily_unavailable", QT_TRANSLATE_NOOP("CallText", "Temporarily unavailable")},
    {"no_answer", QT_TRANSLATE_NOOP("CallText", "No answer")},
    {"no_international_permission", QT_TRANSLATE_NOOP("CallText", "International calls are not allowed")},
    {"precondition_failed", QT_TRANSLATE_NOOP("CallText", "A precondition failed")},
    {"non_classified_error", QT_TRANSLATE_NOOP("CallText", "An unclassified error")},
};

} // namespace

namespace CallText {

QString status(const QString &value)
{
    return lookUp(kStatuses, value);
}

QString attemptStatus(const QString &value)
{
    return lookUp(kAttemptStatuses, value);
}

QString result(const QString &value)
{
    return lookUp(kResults, value);
}

QString endedBy(const QString &value)
{
    return lookUp(kEndedBy, value);
}

QString endReason(const QString &value)
{
    QString text = lookUp(kEndReasons, value);
    return text == value ? QString(value).replace(u'_', u' ') : text;
}

QString dialError(const QString &value)
{
    return lookUp(kDialErrors, value);
}

QString speaker(CallInfo::TranscriptEntry::Role role)
{
    switch (role) {
    case CallInfo::TranscriptEntry::Role::User:
        return Text::tr("Person");
    case CallInfo::TranscriptEntry::Role::Assistant:
        return Text::tr("Assistant");
    case CallInfo::TranscriptEntry::Role::Tool:
        return Text::tr("Tool");
    case CallInfo::TranscriptEntry::Role::Other:
        break;
    }
    return Text::tr("Other");
}

QString duration(std::optional<double> seconds)
{
    if (!seconds || *seconds < 0 || !std::isfinite(*seconds))
        return {};
    const qint64 whole = qint64(std::llround(*seconds));
    if (whole < 60)
        return Text::tr("%1 s").arg(whole);
    return Text::tr("%1 min %2 s").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

QString attempt(const CallInfo::Attempt &attempt, int number)
{
    QString text = Text::tr("Attempt %1: %2").arg(number).arg(attemptStatus(attempt.status));
    QStringList details;
    if (!attempt.dialError.isEmpty())
        details.append(dialError(attempt.dialError));
    if (!attempt.result.isEmpty())
        details.append(result(attempt.result));
    if (!attempt.endedBy.isEmpty())
        details.append(Text::tr("ended by %1").arg(endedBy(attempt.endedBy)));
    if (!attempt.endReason.isEmpty())
        details.append(endReason(attempt.endReason));
    if (const QString length = duration(attempt.durationSeconds); !length.isEmpty())
        details.append(length);
    if (!details.isEmpty())
        text += QStringLiteral(" — ") + details.join(QStringLiteral(", "));
    return text;
}

} // namespace CallText
