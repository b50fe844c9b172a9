// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CallInfo.h"

#include <QString>

#include <optional>

// A call's values as people read them, one wording wherever a call is shown (the test-call dialog, the
// command-line tool). A value this version does not know is shown as the server sent it.
namespace CallText {

QString status(const QString &status); // "queued_for_calling" → "Waiting to dial"
QString attemptStatus(const QString &status); // "ringing" → "Ringing"
QString result(const QString &result); // "human" → "A person answered"
QString endedBy(const QString &endedBy); // "agent" → "the assistant"
QString endReason(const QString &endReason); // "tool_end_call" → "the assistant hung up"
QString dialError(const QString &dialError); // "no_answer" → "No answer"
QString speaker(CallInfo::TranscriptEntry::Role role); // "Person", "Assistant", "Tool"
QString duration(std::optional<double> seconds); // "42 s", "3 min 05 s"; "" when unknown
// One line about an attempt: "Attempt 1: ringing", "Attempt 2: ended — no answer".
QString attempt(const CallInfo::Attempt &attempt, int number);

} // namespace CallText
