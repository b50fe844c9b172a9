// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionDialog.h"

#include "ThemeColors.h"

#include "Prompter.h"
#include "core/RevoxClient.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(const std::optional<ConnectionProfile> &existing,
                                   std::function<QString(const QUrl &)> checkBaseUrl, ConnectionCheck *check,
                                   const QString &knownKey, QWidget *parent)
    : QDialog(parent)
    , m_editing(existing.has_value())
    , m_checkBaseUrl(std::move(checkBaseUrl))
    , m_check(check)
    , m_knownKey(knownKey)
    , m_name(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_keyMessage(new QLabel(this))
    , m_production(new QCheckBox(tr("This is a &production account"), this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_editing ? tr("Edit Connection") : tr("New Connection"));
    setObjectName(QStringLiteral("connectionDialog"));
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_baseUrl->setObjectName(QStringLiteral("connectionBaseUrl"));
    m_apiKey->setObjectName(QStringLiteral("connectionApiKey"));
    m_production->setObjectName(QStringLiteral("connectionProduction"));
    m_problems->setObjectName(QStringLiteral("connectionProblems"));
    m_problems->setWordWrap(true);
    QPalette problemPalette = m_problems->palette();
    problemPalette.setColor(QPalette::WindowText, ThemeColors::color(ThemeColors::Role::ErrorText));
    m_problems->setPalette(problemPalette);
    m_keyMessage->setObjectName(QStringLiteral("connectionKeyMessage"));
    m_keyMessage->setWordWrap(true);
    m_keyMessage->hide();
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_production->setToolTip(tr("Production connections are shown in red everywhere, so nobody mistakes them "
                                "for a test account."));

    m_name->setPlaceholderText(tr("e.g. Acme production"));
    m_baseUrl->setText(RevoxClient::defaultBaseUrl().toString());
    m_apiKey->setPlaceholderText(m_editing && !m_knownKey.isEmpty() ? tr("unchanged") : tr("from the Revox dashboard"));
    if (existing) {
        m_name->setText(existing->name);
        m_baseUrl->setText(existing->baseUrl.toString());
        m_production->setChecked(existing->production);
    }

    auto *form = new QFormLayout;
    const auto addRow = [this, form](const QString &text, QLineEdit *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        field->setAccessibleName(QString(text).remove(u'&').remove(u':'));
        form->addRow(label, field);
    };
    addRow(tr("&Name:"), m_name);
    addRow(tr("&Base URL:"), m_baseUrl);
    addRow(tr("API &key:"), m_apiKey);
    form->addRow(QString(), m_keyMessage);
    form->addRow(QString(), m_production);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("OK checks the key with the server first. It is stored in your system keychain, "
                                    "never in a settings file."),
                                 this));
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(520, 0);

    connect(m_name, &QLineEdit::textChanged, this, &ConnectionDialog::revalidate);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &ConnectionDialog::revalidate);
    connect(m_apiKey, &QLineEdit::textChanged, this, &ConnectionDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    if (m_check)
        connect(m_check, &ConnectionCheck::finished, this, &ConnectionDialog::onChecked);
    revalidate();
}

ConnectionDialog::~ConnectionDialog()
{
    if (m_checking && m_check)
        m_check->abort();
}

void ConnectionDialog::accept()
{
    if (m_checking)
        return;
    revalidate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const QString key = apiKey().isEmpty() ? m_knownKey : apiKey();
    if (!m_check) {
        QDialog::accept();
        return;
    }
    m_keyMessage->setPalette(QPalette()); // the window's colours again
    m_keyMessage->setText(tr("Checking the key with %1…").arg(ApiError::originOf(baseUrl())));
    m_keyMessage->show();
    setChecking(true);
    m_check->check(baseUrl(), key);
}

void ConnectionDialog::reject()
{
    if (m_checking && m_check)
        m_check->abort();
    setChecking(false);
    QDialog::reject();
}

void ConnectionDialog::onChecked(const ConnectionCheck::Result &result)
{
    if (!m_checking)
        return;
    setChecking(false);
    if (result.accepted()) {
        m_user = result.user;
        m_checkNote = result.message;
        QDialog::accept();
        return;
    }
    // Said where the user fixes it; nothing is stored.
    QPalette problemPalette = m_keyMessage->palette();
    problemPalette.setColor(QPalette::WindowText, ThemeColors::color(ThemeColors::Role::ErrorText));
    m_keyMessage->setPalette(problemPalette);
    m_keyMessage->setText(tr("%1 Nothing is stored until the server takes the key.").arg(result.message));
    m_keyMessage->show();
    // A refused key is the key's fault; a check that could not be made usually the address's.
    QLineEdit *culprit = result.outcome == ConnectionCheck::Result::Outcome::Refused ? m_apiKey : m_baseUrl;
    culprit->setFocus(Qt::OtherFocusReason);
    culprit->selectAll();
}

void ConnectionDialog::setChecking(bool checking)
{
    m_checking = checking;
    for (QWidget *input : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_baseUrl),
                           static_cast<QWidget *>(m_apiKey), static_cast<QWidget *>(m_production)})
        input->setEnabled(!checking);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!checking);
    if (!checking)
        revalidate();
}

QString ConnectionDialog::name() const
{
    return m_name->text().trimmed();
}

QUrl ConnectionDialog::baseUrl() const
{
    return QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
}

bool ConnectionDialog::isProduction() const
{
    return m_production->isChecked();
}

QString ConnectionDialog::apiKey() const
{
    return m_apiKey->text().trimmed();
}

void ConnectionDialog::revalidate()
{
    QStringList problems;
    if (name().isEmpty())
        problems.append(tr("Name: enter a name for this connection."));
    if (const QString urlProblem = m_checkBaseUrl(baseUrl()); !urlProblem.isEmpty())
        problems.append(tr("Base URL: %1").arg(urlProblem));
    if (apiKey().isEmpty() && (!m_editing || m_knownKey.isEmpty()))
        problems.append(tr("API key: enter the key of this account."));
    m_problems->setText(problems.join(u'\n'));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

QString askForApiKey(Prompter &prompter, QWidget *parent, const QString &profileName, const QString &reason, bool *ok)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("apiKeyDialog"));
    dialog.setWindowTitle(QCoreApplication::translate("ConnectionDialog", "API Key"));
    dialog.setLabelText(
        QCoreApplication::translate("ConnectionDialog", "%1\n\nEnter the API key for “%2”:").arg(reason, profileName));
    dialog.setTextEchoMode(QLineEdit::Password);
    *ok = prompter.exec(&dialog) == QDialog::Accepted;
    return *ok ? dialog.textValue() : QString();
}
