// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ConnectionCheck.h"
#include "core/ConnectionProfile.h"
#include "core/UserInfo.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class Prompter;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Adds or edits one Revox account: its name, base URL, API key and whether it is production. OK checks the
// key with the server first (ConnectionCheck): the dialog closes only once the server took it; a refusal or
// a failure is said beside the key field and the dialog stays open, so nothing is stored.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    // `checkBaseUrl` returns an empty string for an acceptable URL, else why not. `check` tests the key.
    // `knownKey` is the key in use when editing the live connection (checked again when the field is left
    // empty); without it, the key must be typed.
    ConnectionDialog(const std::optional<ConnectionProfile> &existing,
                     std::function<QString(const QUrl &)> checkBaseUrl, ConnectionCheck *check,
                     const QString &knownKey = {}, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    QString name() const;
    QUrl baseUrl() const;
    bool isProduction() const;
    QString apiKey() const; // empty when editing and left unchanged
    // Once accepted: whose key it is (empty when the server did not say) and a note about the check, if any.
    UserInfo user() const { return m_user; }
    QString checkNote() const { return m_checkNote; }

    void accept() override; // checks the key; the dialog closes when the server took it
    void reject() override;

private:
    void revalidate();
    void onChecked(const ConnectionCheck::Result &result);
    void setChecking(bool checking);

    bool m_editing;
    std::function<QString(const QUrl &)> m_checkBaseUrl;
    QPointer<ConnectionCheck> m_check;
    QString m_knownKey;
    UserInfo m_user;
    QString m_checkNote;
    bool m_checking = false;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLineEdit *m_apiKey;
    QLabel *m_keyMessage;
    QCheckBox *m_production;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

// Asks for a new API key when the server rejected the one it had.
QString askForApiKey(Prompter &prompter, QWidget *parent, const QString &profileName, const QString &reason, bool *ok);
