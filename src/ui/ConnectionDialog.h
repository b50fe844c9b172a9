// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ConnectionProfile.h"

#include <QDialog>

class Prompter;

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Adds or edits one Revox account: its name, base URL, API key and whether it is production.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    // `checkBaseUrl` returns an empty string for an acceptable URL, else why not.
    ConnectionDialog(const std::optional<ConnectionProfile> &existing,
                     std::function<QString(const QUrl &)> checkBaseUrl, QWidget *parent = nullptr);

    QString name() const;
    QUrl baseUrl() const;
    bool isProduction() const;
    QString apiKey() const; // empty when editing and left unchanged

private:
    void revalidate();

    bool m_editing;
    std::function<QString(const QUrl &)> m_checkBaseUrl;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLineEdit *m_apiKey;
    QCheckBox *m_production;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

// Asks for a new API key when the server rejected the one it had.
QString askForApiKey(Prompter &prompter, QWidget *parent, const QString &profileName, const QString &reason, bool *ok);
