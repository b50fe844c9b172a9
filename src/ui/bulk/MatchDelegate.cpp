// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchDelegate.h"

#include <QApplication>
#include <QPainter>

void MatchDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant start = index.data(MatchStartRole);
    if (!start.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString text = item.text;
    item.text.clear();
    const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    const qsizetype from = std::clamp<qsizetype>(start.toLongLong(), 0, text.size());
    const qsizetype length = std::clamp<qsizetype>(index.data(MatchLengthRole).toLongLong(), 0, text.size() - from);
    QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget).adjusted(2, 0, -2, 0);
    const bool selected = item.state & QStyle::State_Selected;
    const QColor ink = item.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    painter->setClipRect(area);
    QFont bold = item.font;
    bold.setBold(true);
    const QString before = text.left(from);
    const QString match = text.mid(from, length);
    const QString after = text.mid(from + length);
    const QFontMetrics plainMetrics(item.font);
    const QFontMetrics boldMetrics(bold);
    int x = area.left();
    const int baseline = area.top() + (area.height() + plainMetrics.ascent() - plainMetrics.descent()) / 2;
    painter->setPen(ink);
    painter->setFont(item.font);
    painter->drawText(x, baseline, before);
    x += plainMetrics.horizontalAdvance(before);
    const int matchWidth = boldMetrics.horizontalAdvance(match);
    QColor mark = item.palette.color(QPalette::Highlight);
    mark.setAlpha(selected ? 255 : 70);
    painter->fillRect(QRect(x, area.top() + 2, matchWidth, area.height() - 4), selected ? ink : mark);
    painter->setPen(selected ? item.palette.color(QPalette::Highlight) : ink);
    painter->setFont(bold);
    painter->drawText(x, baseline, match);
    x += matchWidth;
    painter->setPen(ink);
    painter->setFont(item.font);
    painter->drawText(x, baseline, after);
    painter->restore();
}
