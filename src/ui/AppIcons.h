// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

// The icons of actions, by their freedesktop names ("view-refresh"): the desktop's icon theme when it has one,
// else the app's own (resources/icons/actions), drawn from SVG at each size and scale — sharp at 200 % — in the
// palette's button text colour, so that they read in the light and the dark theme alike.
namespace AppIcons {

QIcon icon(const QString &themeName);
// Whether the app brings its own icon of that name.
bool has(const QString &themeName);

} // namespace AppIcons
