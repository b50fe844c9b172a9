// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "Assistant.h"

#include <QMetaType>

#include <optional>

// What one CloneJob came to.
struct CloneResult
{
    Assistant source; // the assistant cloned, as the caller knew it
    std::optional<Assistant> clone; // the new assistant, when the server answered
    ApiError error; // when it failed; error.mayHaveBeenApplied(): the copy may exist all the same

    bool succeeded() const { return clone.has_value(); }
};

Q_DECLARE_METATYPE(CloneResult)
