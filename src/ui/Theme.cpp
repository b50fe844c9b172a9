// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include "AppStyle.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

const QString Theme::settingsKey = QStringLiteral("ui/theme");

namespace {

const char *const kKeys[] = {"system", "light", "dark"};

// The style the platform gave the application before any theme was applied, to go back to.
QString systemStyleName()
{
    static const QString name = QApplication::style() ? QApplication::style()->name() : QString();
    return name;
}

} // namespace

Theme::Theme(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    systemStyleName(); // remembered now, before a theme replaces it
}

void Theme::applySaved()
{
    const QString key = m_settings ? m_settings->value(settingsKey).toString() : QString();
    Choice choice = Choice::System;
    for (int i = 0; i < 3; ++i) {
        if (key == QLatin1String(kKeys[i]))
            choice = Choice(i);
    }
    apply(choice);
}

void Theme::setChoice(Choice choice)
{
    if (m_settings)
        m_settings->setValue(settingsKey, QLatin1String(kKeys[int(choice)]));
    apply(choice);
}

void Theme::apply(Choice choice)
{
    // The application's palette is one for the whole process, whichever Theme set it last.
    static Choice applied = Choice::System;
    const bool changing = choice != applied;
    applied = choice;
    m_choice = choice;
    if (choice == Choice::System) {
        // Only when leaving another theme: the platform's own style is already in place at start.
        if (changing) {
            if (QStyle *style = QStyleFactory::create(systemStyleName()))
                QApplication::setStyle(style);
            QApplication::setPalette(QApplication::style()->standardPalette());
        }
    } else {
        QApplication::setStyle(new AppStyle);
        QApplication::setPalette(choice == Choice::Dark ? darkPalette() : lightPalette());
    }
    if (changing)
        emit changed(choice);
}

QString Theme::name(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return tr("&Light");
    case Choice::Dark:
        return tr("&Dark");
    case Choice::System:
        break;
    }
    return tr("&System");
}

QPalette Theme::lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette palette = fusion->standardPalette();
    delete fusion;
    // Fusion's placeholder text is Text at half alpha, too faint to read (3:1); this one reaches 4.5:1. White on
    // Fusion's highlight is 3.7:1: a deeper blue reaches 5.2:1.
    palette.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x6b, 0x6b));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb8));
    return palette;
}

QPalette Theme::darkPalette()
{
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x23, 0x23, 0x23);
    const QColor text(0xf0, 0xf0, 0xf0);
    const QColor disabled(0x8c, 0x8c, 0x8c);
    const QColor highlight(0x2a, 0x6f, 0xb8);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2c, 0x2c));
    palette.setColor(QPalette::ToolTipBase, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    palette.setColor(QPalette::Mid, QColor(0x6a, 0x6a, 0x6a));
    palette.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x82, 0xb1, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xce, 0x93, 0xd8));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return palette;
}
