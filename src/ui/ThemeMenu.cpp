// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemeMenu.h"

#include "Theme.h"

#include <QActionGroup>

ThemeMenu::ThemeMenu(Theme *theme, QWidget *parent)
    : QMenu(tr("&Theme"), parent)
{
    setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(this);
    const std::pair<Theme::Choice, const char *> choices[] = {{Theme::Choice::System, "actionThemeSystem"},
                                                              {Theme::Choice::Light, "actionThemeLight"},
                                                              {Theme::Choice::Dark, "actionThemeDark"}};
    for (const auto &[choice, name] : choices) {
        QAction *action = addAction(Theme::name(choice));
        action->setObjectName(QLatin1String(name));
        action->setCheckable(true);
        action->setChecked(theme->choice() == choice);
        group->addAction(action);
        connect(action, &QAction::triggered, theme, [theme, choice = choice] { theme->setChoice(choice); });
    }
    connect(theme, &Theme::changed, this,
            [this, group](Theme::Choice choice) { group->actions().at(int(choice))->setChecked(true); });
}
