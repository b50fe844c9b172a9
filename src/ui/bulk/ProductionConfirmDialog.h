// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// Before a change to many assistants on a production connection: says how many, and goes on only once the
// connection's name is typed, so that nobody applies a batch to production by reflex.
class ProductionConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    ProductionConfirmDialog(const QString &connectionName, int assistants, QWidget *parent = nullptr);

private:
    QString m_name;
    QLineEdit *m_typed;
    QPushButton *m_apply;
};
