// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLineEdit;
class QListWidget;

// Chooses one assistant of the list, by name or ID, typed to filter: the other side of "Compare with…".
class AssistantPicker : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QString id;
        QString name;
    };

    AssistantPicker(const QString &title, const QList<Choice> &choices, QWidget *parent = nullptr);
    QString chosenId() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);

    QLineEdit *m_filter;
    QListWidget *m_list;
};
