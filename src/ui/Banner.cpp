// SPDX-License-Identifier: GPL-3.0-or-later
#include "Banner.h"

#include "ThemeColors.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_action->setObjectName(QStringLiteral("bannerAction"));
    connect(m_action, &QPushButton::clicked, this, &Banner::actionTriggered);

    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("bannerClose"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss message"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(close);
    ThemeColors::follow(this, [this] { applyColors(); });
    hide();
}

void Banner::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    m_kind = kind;
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_action->setAccessibleName(actionText);

    applyColors();
    setAccessibleName(text);
    show();
}

void Banner::applyColors()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    ThemeColors::Role background = ThemeColors::Role::InfoBanner;
    if (m_kind == Kind::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        background = ThemeColors::Role::WarningBanner;
    } else if (m_kind == Kind::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        background = ThemeColors::Role::ErrorBanner;
    }
    // The icon as an icon, not a pixmap of one size: sharp at any scale (QT_SCALE_FACTOR=2).
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, ThemeColors::color(background));
    palette.setColor(QPalette::WindowText, ThemeColors::color(ThemeColors::Role::BannerText));
    palette.setColor(QPalette::ButtonText, QApplication::palette().color(QPalette::ButtonText));
    setPalette(palette);
}

QString Banner::text() const
{
    return m_text->text();
}
