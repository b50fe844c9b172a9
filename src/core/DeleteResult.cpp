// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeleteResult.h"

QString DeleteResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Deleted:
        return QStringLiteral("deleted");
    case Outcome::AlreadyGone:
        return QStringLiteral("alreadyGone");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}
