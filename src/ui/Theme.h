// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

class QSettings;

// View ▸ Theme: the system's style and palette, or Fusion with a light or a dark palette. The choice is kept
// in the settings the window is given and applied at once to the whole application; the colours that carry
// meaning follow it (ThemeColors).
class Theme : public QObject
{
    Q_OBJECT

public:
    enum class Choice { System, Light, Dark };
    Q_ENUM(Choice)

    static const QString settingsKey; // "system", "light" or "dark"

    explicit Theme(QSettings *settings, QObject *parent = nullptr);

    Choice choice() const { return m_choice; }
    // Applies the choice and keeps it in the settings.
    void setChoice(Choice choice);
    // Applies what the settings hold (System when nothing).
    void applySaved();

    static QString name(Choice choice); // for the menu, translated
    static QPalette darkPalette();
    static QPalette lightPalette();

signals:
    void changed(Theme::Choice choice);

private:
    void apply(Choice choice);

    QSettings *m_settings;
    Choice m_choice = Choice::System;
};
