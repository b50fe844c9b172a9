// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;
class QTranslator;

// Which language the app speaks and the translators that make it so: the system's (QLocale::system()) unless
// View ▸ Language chose one (kept in the settings, read at start: a change takes effect at the next start).
// Installs the app's own translation (embedded, :/i18n) and Qt's (qtbase_xx.qm from Qt's translations
// folder, when the system has it), and makes the language's locale the default one for numbers and dates.
class LanguageSetup
{
    Q_DECLARE_TR_FUNCTIONS(LanguageSetup)

public:
    // The setting's key; its value is "" (follow the system) or a language code ("en", "fr").
    static const QString settingsKey;

    LanguageSetup();
    ~LanguageSetup();
    LanguageSetup(const LanguageSetup &) = delete;
    LanguageSetup &operator=(const LanguageSetup &) = delete;

    // The languages the app is translated into, as codes; English is the source language.
    static QStringList languages();
    // A language's own name ("Français") for the menu.
    static QString nativeName(const QString &code);
    // The language chosen in the settings ("" = the system's).
    static QString chosen(const QSettings &settings);

    // Installs the translators for `code` ("" = the system's language, through QLocale::system()) and sets
    // QLocale's default; removes what an earlier install() installed. Returns the language used.
    QString install(const QString &code);
    QString install(const QSettings &settings) { return install(chosen(settings)); }

    QString language() const { return m_language; }
    bool hasQtTranslation() const { return m_qtLoaded; }

private:
    void remove();

    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
    bool m_qtLoaded = false;
};
