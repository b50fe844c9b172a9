// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateResult.h"

QString CreateResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Created:
        return QStringLiteral("created");
    case Outcome::Recovered:
        return QStringLiteral("recovered");
    case Outcome::NotCreated:
        return QStringLiteral("notCreated");
    case Outcome::Uncertain:
        return QStringLiteral("uncertain");
    }
    return {};
}
