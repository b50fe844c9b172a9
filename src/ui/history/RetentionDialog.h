// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/JournalRetention.h"

#include <QDialog>

class QSpinBox;

// How long the change journal keeps entries: so many days or so many entries, whichever keeps more.
class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    RetentionDialog(const JournalRetention &retention, qint64 entries, QWidget *parent = nullptr);

    JournalRetention retention() const;

private:
    QSpinBox *m_days;
    QSpinBox *m_entries;
};
