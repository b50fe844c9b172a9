// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QString>
#include <QStringMatcher>

class AssistantTableModel;

// The list as the main window shows it: sorted on AssistantTableModel::SortRole, filtered by the search
// box. A row matches when its name, ID or prompt contains the search text, ignoring case.
//
// Why not QSortFilterProxyModel's own filter: it reads every row through data(), a QVariant copy of each
// row's text, and runs a regular expression over it. At 10,000 rows that was most of every keystroke.
// This reads the model's case-folded texts (one contiguous block) directly and searches them for the
// folded query with one QStringMatcher (QStringView::contains, without a prepared table, was slower than
// the expression).
class AssistantProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AssistantProxyModel(AssistantTableModel *model, QObject *parent = nullptr);

    void setSearchText(const QString &text); // surrounding spaces are ignored

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AssistantTableModel *m_model;
    QString m_folded; // the search text, trimmed and case-folded
    QStringMatcher m_matcher; // of m_folded: Boyer-Moore, its skip table built once per query
};
