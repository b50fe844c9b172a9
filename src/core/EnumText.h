// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How the editor and the table show the values of catalogue enums. The values themselves always come from
// AssistantSchema; this only makes "city-ambience.ogg" read as "City ambience".
namespace EnumText {

QString display(const QString &value);
QString none(); // the entry of a nullable enum that means JSON null
QString unknown(const QString &value); // a value the catalogue does not list (a newer server)

} // namespace EnumText
