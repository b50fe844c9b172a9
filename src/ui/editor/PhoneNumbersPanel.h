// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/PhoneNumberInfo.h"

#include <QGroupBox>
#include <QList>
#include <QSet>

class QLabel;
class QPushButton;
class QTreeWidget;

// The account's phone numbers on the assistant's Calls page: which ones route their inbound calls to this
// assistant (listed first), with buttons to route the selected number here or away. It shows what it is
// given and asks its owner to act — the editor knows no network: PhoneNumberRouting fills it and confirms
// each change.
class PhoneNumbersPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit PhoneNumbersPanel(const QString &assistantId, QWidget *parent = nullptr);

    // `routing`: the numbers whose change is on its way.
    void showNumbers(const QList<PhoneNumberInfo> &numbers, const QSet<QString> &routing);
    void showLoading();
    // A failed read or change; the numbers shown stay.
    void showProblem(const QString &text);
    QString selectedId() const;
    void select(const QString &numberId);

signals:
    void routeHereRequested(const QString &numberId);
    void routeAwayRequested(const QString &numberId);
    void reloadRequested();

private:
    void updateButtons();

    QString m_assistantId;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_routeHere;
    QPushButton *m_routeAway;
    QPushButton *m_reload;
    QLabel *m_problem;
    QSet<QString> m_routing;
};
