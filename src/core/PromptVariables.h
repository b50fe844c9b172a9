// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class Assistant;

// The {{variables}} a call fills in (POST /call's prompt_variables): the ones the prompt and the first
// sentence use.
namespace PromptVariables {

// Each name once, in the order of first use. A malformed placeholder is left out: Validation flags it.
QStringList find(const QString &text);
// The prompt's, then the first sentence's.
QStringList of(const Assistant &assistant);

} // namespace PromptVariables
