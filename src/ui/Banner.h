// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QPushButton;

// An inline message above the content: what happened and, with an action button, what to do.
// Hidden until show…() is called; the close button hides it again.
class Banner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Info, Warning, Error };

    explicit Banner(QWidget *parent = nullptr);

    // `actionText` empty: no action button.
    void showMessage(Kind kind, const QString &text, const QString &actionText = {});
    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    void actionTriggered();

private:
    void applyColors();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    Kind m_kind = Kind::Info;
};
