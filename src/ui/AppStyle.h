// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

// The Light and Dark themes' style: Fusion, with the app's own SVG icons (AppIcons) where Fusion would draw a
// bitmap that blurs at 200 % — the clear button of the search boxes.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    AppStyle();

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
