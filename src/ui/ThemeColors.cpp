// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemeColors.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

#include <cmath>

namespace {

struct Variant
{
    QColor light;
    QColor dark;
};

Variant variant(ThemeColors::Role role)
{
    using R = ThemeColors::Role;
    switch (role) {
    case R::ErrorText:
        return {QColor(0xb3, 0x26, 0x1e), QColor(0xff, 0x8a, 0x80)};
    case R::WarningText:
        return {QColor(0x80, 0x52, 0x00), QColor(0xff, 0xcc, 0x66)};
    case R::ChangedMark:
        return {QColor(0x15, 0x65, 0xc0), QColor(0x82, 0xb1, 0xff)};
    case R::HelpText:
        return {QColor(0x55, 0x55, 0x55), QColor(0xb4, 0xb4, 0xb4)};
    case R::SandboxStrip:
        return {QColor(0xd8, 0xf0, 0xe6), QColor(0x1b, 0x4a, 0x37)};
    case R::ProductionStrip:
        return {QColor(0xb3, 0x26, 0x1e), QColor(0xb3, 0x26, 0x1e)}; // red in both: it must alarm
    case R::AccountStrip:
        return {QColor(0xe3, 0xe6, 0xec), QColor(0x3a, 0x3f, 0x4b)};
    case R::StripText:
        return {QColor(Qt::black), QColor(Qt::white)};
    case R::ProductionStripText:
        return {QColor(Qt::white), QColor(Qt::white)};
    case R::InfoBanner:
        return {QColor(0xdd, 0xeb, 0xfa), QColor(0x1f, 0x3a, 0x5a)};
    case R::WarningBanner:
        return {QColor(0xfd, 0xf1, 0xc8), QColor(0x4d, 0x3d, 0x00)};
    case R::ErrorBanner:
        return {QColor(0xf9, 0xd7, 0xd5), QColor(0x5c, 0x1f, 0x1b)};
    case R::BannerText:
        return {QColor(Qt::black), QColor(Qt::white)};
    case R::ConflictMine:
        return {QColor(0x15, 0x65, 0xc0), QColor(0x82, 0xb1, 0xff)};
    case R::ConflictTheirs:
        return {QColor(0x6a, 0x1b, 0x9a), QColor(0xce, 0x93, 0xd8)};
    case R::WeekOpen:
        return {QColor(0x2e, 0x7d, 0x32), QColor(0x66, 0xbb, 0x6a)};
    case R::WeekClosedDay:
        return {QColor(0xdc, 0xdc, 0xdc), QColor(0x12, 0x12, 0x12)};
    case R::PlaceholderText:
        return {QColor(0x6a, 0x1b, 0x9a), QColor(0xe1, 0xbe, 0xe7)};
    case R::PlaceholderBackground:
        return {QColor(0xf3, 0xe5, 0xf5), QColor(0x3b, 0x24, 0x40)};
    case R::BadPlaceholderBackground:
        return {QColor(0xfd, 0xe7, 0xe6), QColor(0x4a, 0x1c, 0x19)};
    case R::FindMatch:
        return {QColor(0xff, 0xe0, 0x5c), QColor(0x7a, 0x5c, 0x00)};
    case R::TranscriptAssistant:
        return {QColor(0xe8, 0xf0, 0xfb), QColor(0x1f, 0x33, 0x4d)};
    case R::TranscriptTool:
        return {QColor(0xf1, 0xf1, 0xf1), QColor(0x2e, 0x2e, 0x2e)};
    }
    return {QColor(Qt::black), QColor(Qt::white)};
}

double linear(double channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

// Runs the followers' colour changes when the application's palette changes: QApplication tells itself
// (ApplicationPaletteChange, sent to the application object), not the widgets whose palettes were set by hand.
class PaletteWatch : public QObject
{
public:
    static PaletteWatch *instance()
    {
        static QPointer<PaletteWatch> watch;
        if (!watch)
            watch = new PaletteWatch(qApp);
        return watch;
    }

    void add(QWidget *widget, const std::function<void()> &apply) { m_followers.append({widget, apply}); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
            m_followers.removeIf([](const auto &follower) { return follower.first.isNull(); });
            const auto followers = m_followers; // a follower may add others
            for (const auto &[widget, apply] : followers) {
                if (widget)
                    apply();
            }
        }
        return false;
    }

private:
    explicit PaletteWatch(QObject *application)
        : QObject(application)
    {
        application->installEventFilter(this);
    }

    QList<std::pair<QPointer<QWidget>, std::function<void()>>> m_followers;
};

} // namespace

bool ThemeColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor ThemeColors::color(Role role, const QPalette &palette)
{
    const Variant colors = variant(role);
    return isDark(palette) ? colors.dark : colors.light;
}

QColor ThemeColors::color(Role role)
{
    return color(role, QApplication::palette());
}

QList<ThemeColors::Pair> ThemeColors::pairs(const QPalette &palette)
{
    const auto c = [&palette](Role role) { return color(role, palette); };
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    constexpr double text = 4.5; // WCAG AA, normal text
    constexpr double mark = 3.0; // WCAG AA, graphical objects
    return {
        {"window text", palette.color(QPalette::WindowText), window, text, true},
        {"field text", palette.color(QPalette::Text), base, text, true},
        {"selected text", palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight), text, true},
        {"problem on the window", c(Role::ErrorText), window, text},
        {"problem in a field", c(Role::ErrorText), base, text},
        {"warning on the window", c(Role::WarningText), window, text},
        {"warning in a field", c(Role::WarningText), base, text},
        {"help text", c(Role::HelpText), window, text},
        {"changed mark", c(Role::ChangedMark), window, mark},
        {"sandbox strip", c(Role::StripText), c(Role::SandboxStrip), text},
        {"production strip", c(Role::ProductionStripText), c(Role::ProductionStrip), text},
        {"account strip", c(Role::StripText), c(Role::AccountStrip), text},
        {"information banner", c(Role::BannerText), c(Role::InfoBanner), text},
        {"warning banner", c(Role::BannerText), c(Role::WarningBanner), text},
        {"error banner", c(Role::BannerText), c(Role::ErrorBanner), text},
        {"your side of a conflict", c(Role::ConflictMine), window, text},
        {"the server's side of a conflict", c(Role::ConflictTheirs), window, text},
        {"open hours in the week", c(Role::WeekOpen), base, mark},
        {"open hours against a closed day", c(Role::WeekOpen), c(Role::WeekClosedDay), mark},
        {"placeholder", c(Role::PlaceholderText), c(Role::PlaceholderBackground), text},
        {"bad placeholder", c(Role::ErrorText), c(Role::BadPlaceholderBackground), text},
        {"find match", palette.color(QPalette::Text), c(Role::FindMatch), text},
        {"the assistant's words in a transcript", palette.color(QPalette::Text), c(Role::TranscriptAssistant), text},
        {"a tool's call in a transcript", c(Role::HelpText), c(Role::TranscriptTool), text},
        {"a real call's notice", c(Role::BannerText), c(Role::WarningBanner), text},
    };
}

double ThemeColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void ThemeColors::follow(QWidget *widget, const std::function<void()> &apply)
{
    PaletteWatch::instance()->add(widget, apply);
}
