// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assistant.h"
#include "AssistantSchema.h"

#include <QJsonValue>
#include <QList>
#include <QString>

// Two assistants side by side, field by field: every writable top-level field in catalogue order, then keys
// this version does not know, with what each holds and whether they differ (AssistantPatch::differs: 600
// and 600.0 are the same, so are null and absent). Read-only fields (id, dates) are left out: they always
// differ and cannot be copied.
class AssistantComparison
{
public:
    struct Row
    {
        QString key;
        QString label; // the catalogue's, or the key itself
        FieldPage page = FieldPage::Advanced;
        QJsonValue left; // undefined when absent
        QJsonValue right;
        bool differs = false;
    };

    AssistantComparison(const Assistant &left, const Assistant &right);

    const QList<Row> &rows() const { return m_rows; }
    int differenceCount() const;

    // `to` with the field `key` as `from` holds it (its absence included): what copying a field over does.
    static Assistant withField(const Assistant &to, const Assistant &from, const QString &key);

private:
    QList<Row> m_rows;
};
