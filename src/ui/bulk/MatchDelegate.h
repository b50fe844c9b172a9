// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Paints a line of text with the part a search matched set off (bold, on the highlight colour). The match is
// the item's MatchStartRole and MatchLengthRole; items without them are painted as usual.
class MatchDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role { MatchStartRole = Qt::UserRole + 10, MatchLengthRole };

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
