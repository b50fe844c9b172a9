// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageSetup.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

const QString LanguageSetup::settingsKey = QStringLiteral("ui/language");

namespace {

const QString kSource = QStringLiteral("en");

// The language of a locale when the app has a translation for it; English otherwise.
QString supported(const QLocale &locale)
{
    for (const QString &code : LanguageSetup::languages()) {
        if (QLocale(code).language() == locale.language())
            return code;
    }
    return kSource;
}

} // namespace

LanguageSetup::LanguageSetup() = default;

LanguageSetup::~LanguageSetup()
{
    remove();
}

QStringList LanguageSetup::languages()
{
    return {kSource, QStringLiteral("fr")};
}

QString LanguageSetup::nativeName(const QString &code)
{
    // Each language names itself, whatever the app speaks now: that is how people find their own.
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

QString LanguageSetup::chosen(const QSettings &settings)
{
    const QString code = settings.value(settingsKey).toString();
    return languages().contains(code) ? code : QString();
}

QString LanguageSetup::install(const QString &code)
{
    remove();
    // The system's locale keeps its country (fr_CA, fr_BE: their number and date formats); a chosen language
    // uses its main country's.
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    m_language = code.isEmpty() ? supported(locale) : code;
    const QLocale used = supported(locale) == m_language ? locale : QLocale(m_language);
    QLocale::setDefault(used);

    // English has a translation too: it holds the plural forms of the "%n …" strings.
    m_app = std::make_unique<QTranslator>();
    if (m_app->load(QStringLiteral(":/i18n/revox-studio_%1.qm").arg(m_language)))
        QCoreApplication::installTranslator(m_app.get());
    else
        m_app.reset();

    m_qtLoaded = false;
    if (m_language != kSource) {
        m_qt = std::make_unique<QTranslator>();
        m_qtLoaded = m_qt->load(used, QStringLiteral("qtbase"), QStringLiteral("_"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (m_qtLoaded)
            QCoreApplication::installTranslator(m_qt.get());
        else
            m_qt.reset();
    }
    return m_language;
}

void LanguageSetup::remove()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}
