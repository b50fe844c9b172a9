// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIcons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace {

QString pathOf(const QString &name)
{
    return QStringLiteral(":/icons/actions/%1.svg").arg(name);
}

// One SVG drawn in the colour of the palette in use, at the size and scale asked for. The files stroke with
// "currentColor", which becomes that colour.
class TintedSvgEngine : public QIconEngine
{
public:
    explicit TintedSvgEngine(QByteArray svg)
        : m_svg(std::move(svg))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(tinted(mode));
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QSize pixels = size * scale;
        const QByteArray svg = tinted(mode);
        const QString key = QStringLiteral("%1x%2:%3").arg(pixels.width()).arg(pixels.height()).arg(qHash(svg));
        QPixmap pixmap = m_cache.value(key);
        if (pixmap.isNull()) {
            pixmap = QPixmap(pixels);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            QSvgRenderer(svg).render(&painter, QRectF(QPointF(0, 0), pixels));
            painter.end();
            m_cache.insert(key, pixmap);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new TintedSvgEngine(m_svg); }
    QString key() const override { return QStringLiteral("TintedSvgEngine"); }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    QByteArray tinted(QIcon::Mode mode) const
    {
        const QPalette palette = QApplication::palette();
        const QColor colour = mode == QIcon::Disabled ? palette.color(QPalette::Disabled, QPalette::ButtonText)
            : mode == QIcon::Selected                 ? palette.color(QPalette::HighlightedText)
                                                      : palette.color(QPalette::Active, QPalette::ButtonText);
        QByteArray svg = m_svg;
        return svg.replace("currentColor", colour.name().toLatin1());
    }

    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache; // by pixel size and the colours drawn in
};

} // namespace

namespace AppIcons {

bool has(const QString &themeName)
{
    return QFile::exists(pathOf(themeName));
}

QIcon icon(const QString &themeName)
{
    const QIcon themed = QIcon::fromTheme(themeName);
    if (!themed.isNull() || !has(themeName))
        return themed;
    QFile file(pathOf(themeName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new TintedSvgEngine(file.readAll()));
}

} // namespace AppIcons
