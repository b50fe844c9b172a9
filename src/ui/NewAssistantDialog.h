// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assistant.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Asks for what a create needs (name and prompt). Stays open while the request runs, and keeps what
// was typed when it fails.
class NewAssistantDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewAssistantDialog(QWidget *parent = nullptr);

    Assistant draft() const;
    void setBusy(bool busy);
    void showError(const QString &message);

signals:
    void submitted(const Assistant &draft);

private:
    void revalidate();

    QLineEdit *m_name;
    QPlainTextEdit *m_prompt;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};
