// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeekPicture.h"

#include "ui/ThemeColors.h"

#include <QLocale>
#include <QPainter>

namespace {

constexpr int kDays = 7;
constexpr int kHours = 24;
constexpr int kRowHeight = 18;
constexpr int kTop = 18; // hour labels
constexpr int kGap = 8;

double hours(const QTime &time)
{
    return time.hour() + time.minute() / 60.0;
}

} // namespace

WeekPicture::WeekPicture(QWidget *parent)
    : QWidget(parent)
    , m_days(kDays, false)
{
    setObjectName(QStringLiteral("weekPicture"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Week")); // as its label reads; the description says when calls may go out
}

void WeekPicture::setSchedule(const QList<bool> &days, const QList<std::pair<QTime, QTime>> &windows)
{
    m_days = days;
    m_days.resize(kDays, false);
    m_windows.clear();
    for (const auto &window : windows) {
        if (window.first.isValid() && window.second.isValid() && window.first < window.second)
            m_windows.append(window);
    }
    setAccessibleDescription(summary());
    setToolTip(summary());
    update();
}

bool WeekPicture::isOpen(int day, const QTime &time) const
{
    if (day < 0 || day >= kDays || !m_days.at(day))
        return false;
    return std::any_of(m_windows.cbegin(), m_windows.cend(),
                       [&time](const auto &window) { return window.first <= time && time < window.second; });
}

QSize WeekPicture::sizeHint() const
{
    return {560, kTop + kDays * kRowHeight + 2};
}

QSize WeekPicture::minimumSizeHint() const
{
    return {300, kTop + kDays * kRowHeight + 2};
}

QString WeekPicture::summary() const
{
    QStringList days;
    const QLocale locale;
    for (int day = 0; day < kDays; ++day) {
        if (m_days.at(day))
            days.append(locale.dayName(day + 1, QLocale::ShortFormat));
    }
    QStringList windows;
    for (const auto &window : m_windows)
        windows.append(QStringLiteral("%1–%2").arg(locale.toString(window.first, QLocale::ShortFormat),
                                                   locale.toString(window.second, QLocale::ShortFormat)));
    if (days.isEmpty() || windows.isEmpty())
        return tr("No calls can go out with these settings.");
    return tr("Calls may go out on %1, %2.").arg(days.join(QStringLiteral(", ")), windows.join(QStringLiteral(", ")));
}

void WeekPicture::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QLocale locale;
    const QFontMetrics metrics(font());
    int labelWidth = 0;
    for (int day = 1; day <= kDays; ++day)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(locale.dayName(day, QLocale::ShortFormat)));
    const int left = labelWidth + kGap;
    const int gridWidth = width() - left - 1;
    const double hourWidth = double(gridWidth) / kHours;
    const QPalette &palette = this->palette();
    const QColor open = ThemeColors::color(ThemeColors::Role::WeekOpen, palette);
    const QColor closedDay = ThemeColors::color(ThemeColors::Role::WeekClosedDay, palette);

    // Hour labels: as many as fit.
    const int every = hourWidth * 3 >= metrics.horizontalAdvance(QStringLiteral("00:00")) + 6 ? 3 : 6;
    painter.setPen(palette.color(QPalette::WindowText));
    for (int hour = 0; hour <= kHours; hour += every) {
        const QString text = QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0'));
        const int x = left + int(hour * hourWidth);
        const int textWidth = metrics.horizontalAdvance(text);
        painter.drawText(std::clamp(x - textWidth / 2, left, width() - textWidth), metrics.ascent(), text);
    }

    for (int day = 0; day < kDays; ++day) {
        const int y = kTop + day * kRowHeight;
        const QRect row(left, y, gridWidth, kRowHeight);
        painter.setPen(palette.color(QPalette::WindowText));
        painter.drawText(QRect(0, y, labelWidth, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                         locale.dayName(day + 1, QLocale::ShortFormat));
        painter.fillRect(row, m_days.at(day) ? palette.color(QPalette::Base) : closedDay);
        if (m_days.at(day)) {
            for (const auto &window : std::as_const(m_windows)) {
                const int x1 = left + int(hours(window.first) * hourWidth);
                const int x2 = left + int(hours(window.second) * hourWidth);
                painter.fillRect(QRect(x1, y + 2, std::max(1, x2 - x1), kRowHeight - 4), open);
            }
        }
    }

    // Grid: a line per hour, stronger every six.
    const QColor line = palette.color(QPalette::Mid);
    for (int hour = 0; hour <= kHours; ++hour) {
        QColor color = line;
        color.setAlpha(hour % 6 == 0 ? 255 : 70);
        painter.setPen(color);
        const int x = left + int(hour * hourWidth);
        painter.drawLine(x, kTop, x, kTop + kDays * kRowHeight);
    }
    painter.setPen(line);
    for (int day = 0; day <= kDays; ++day)
        painter.drawLine(left, kTop + day * kRowHeight, left + gridWidth, kTop + day * kRowHeight);
}
