// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assistant.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>

// Shared by the fuzz targets. An invariant that does not hold aborts, so libFuzzer saves the input
// as a crash and scripts/fuzz.sh fails.
#define FUZZ_CHECK(condition, detail)                                                                                  \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::Fuzz::fail(#condition, (detail), __FILE__, __LINE__);                                                    \
    } while (false)

namespace Fuzz {

[[noreturn]] void fail(const char *condition, const QString &detail, const char *file, int line);

QByteArray bytes(const uint8_t *data, size_t size);
// Two documents in one input, separated by the first NUL byte; without one, both are the whole input.
std::pair<QByteArray, QByteArray> splitAtNul(const QByteArray &input);
// The input as an assistant: a JSON object, or nullopt.
std::optional<Assistant> assistantFrom(const QByteArray &json);

QString compact(const QJsonValue &value); // for failure messages
QString compact(const QJsonObject &object);

// Walks every read-only member the catalogue names below `topLevelKey` ("faq_items[].id") and
// returns the path of the first one present in `value`; empty when there is none.
QString readOnlyMemberIn(const QString &topLevelKey, const QJsonValue &value);

} // namespace Fuzz
