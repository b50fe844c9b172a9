// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

#include <functional>

class QWidget;

// The one place for the colours that carry meaning: problems, changed fields, the connection strip, banners,
// conflict sides, the week picture, a test call's notice and transcript. Each has a light and a dark variant, chosen by
// the palette in use, so it stays readable (WCAG AA: 4.5:1 for text, 3:1 for marks) whichever theme is on; TestTheme
// checks the pairs.
class ThemeColors
{
public:
    enum class Role {
        ErrorText, // blocking problems and server errors, on the window or a field
        WarningText, // values the server holds that break a rule; they never block
        ChangedMark, // the marker of changed fields and pages
        HelpText, // the catalogue's help under a field
        SandboxStrip, // the connection strip's background: sandbox, production, any other account
        ProductionStrip,
        AccountStrip,
        StripText, // text on the sandbox and other strips
        ProductionStripText,
        InfoBanner, // banners' backgrounds
        WarningBanner,
        ErrorBanner,
        BannerText,
        ConflictMine, // the conflict dialog's sides: the user's version, the server's
        ConflictTheirs,
        WeekOpen, // the week picture: when calls may go out, and a day on which none may
        WeekClosedDay,
        PlaceholderText, // a {{variable}} in a template, and its background
        PlaceholderBackground,
        BadPlaceholderBackground,
        FindMatch, // background of the matches of the find bar
        TranscriptAssistant, // a test call's transcript: the assistant's lines, and the tools' (in HelpText)
        TranscriptTool,
    };

    // A foreground that must stay readable on a background, and the ratio it needs.
    struct Pair
    {
        const char *name;
        QColor foreground;
        QColor background;
        double minimumRatio;
        bool paletteOnly = false; // both colours the palette's own (the desktop's, with the System theme)
    };

    static bool isDark(const QPalette &palette);
    static QColor color(Role role, const QPalette &palette);
    static QColor color(Role role); // for the application's palette
    // Every pair of colours that carries meaning, for `palette`: what TestTheme holds to WCAG AA.
    static QList<Pair> pairs(const QPalette &palette);
    // WCAG 2 contrast ratio of two opaque colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);

    // Calls `apply` whenever the application's palette changes (View ▸ Theme), for a widget that sets colours
    // of its own (it applies them once itself).
    static void follow(QWidget *widget, const std::function<void()> &apply);
};
