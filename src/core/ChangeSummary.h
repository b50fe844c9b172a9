// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"

#include <QStringList>

// What a save would change, for people: one line per changed field, "label: old → new", nested members and
// list items named by their catalogue labels, in the catalogue's order (keys it does not know last).
namespace ChangeSummary {

QStringList lines(const Assistant &base, const Assistant &edited, bool revealSecrets = false);

} // namespace ChangeSummary
