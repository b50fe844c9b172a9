// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppStyle.h"

#include "AppIcons.h"

AppStyle::AppStyle()
    : QProxyStyle(QStringLiteral("Fusion"))
{ }

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    if (icon == SP_LineEditClearButton)
        return AppIcons::icon(QStringLiteral("edit-clear"));
    return QProxyStyle::standardIcon(icon, option, widget);
}
