// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTime>
#include <QWidget>

#include <utility>

// A week at a glance: seven rows (Monday first) of 24 hours, shaded where calls may go out, that is
// on the allowed days inside one of the calling windows.
class WeekPicture : public QWidget
{
    Q_OBJECT

public:
    explicit WeekPicture(QWidget *parent = nullptr);

    // `days`: seven flags, Monday first. A window that does not end after it starts is left out.
    void setSchedule(const QList<bool> &days, const QList<std::pair<QTime, QTime>> &windows);
    bool isOpen(int day, const QTime &time) const; // day 0 = Monday

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString summary() const;

    QList<bool> m_days;
    QList<std::pair<QTime, QTime>> m_windows;
};
