// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageMenu.h"

#include "Prompter.h"
#include "core/LanguageSetup.h"

#include <QActionGroup>
#include <QSettings>

LanguageMenu::LanguageMenu(QSettings *settings, Prompter *prompter, QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
    , m_prompter(prompter)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString chosen = LanguageSetup::chosen(*settings);
    QStringList codes{QString()};
    codes += LanguageSetup::languages();
    for (const QString &code : std::as_const(codes)) {
        // Each language keeps its own name and accelerator, whatever the app speaks now.
        const QString text = code.isEmpty() ? tr("&System Language") : u'&' + LanguageSetup::nativeName(code);
        QAction *action = addAction(text);
        action->setObjectName(code.isEmpty() ? QStringLiteral("actionLanguageSystem")
                                             : QStringLiteral("actionLanguage_%1").arg(code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    }
}

void LanguageMenu::choose(const QString &code)
{
    if (LanguageSetup::chosen(*m_settings) == code)
        return;
    m_settings->setValue(LanguageSetup::settingsKey, code);
    m_prompter->ask(parentWidget(),
                    {.id = QStringLiteral("languageRestart"),
                     .icon = QMessageBox::Information,
                     .title = tr("Language"),
                     .text = tr("Revox Studio will speak %1 the next time it starts.")
                                 .arg(code.isEmpty() ? tr("the system's language") : LanguageSetup::nativeName(code)),
                     .choices = {{QStringLiteral("ok"), tr("OK"), QMessageBox::AcceptRole}},
                     .defaultChoice = QStringLiteral("ok")});
}
