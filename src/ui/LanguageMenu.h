// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class Prompter;
class QSettings;

// View ▸ Language: the system's language, or one the app is translated into, kept in the settings. It takes
// effect at the next start (LanguageSetup reads it then), which the menu says when the choice changes.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    LanguageMenu(QSettings *settings, Prompter *prompter, QWidget *parent);

private:
    void choose(const QString &code);

    QSettings *m_settings;
    Prompter *m_prompter;
};
