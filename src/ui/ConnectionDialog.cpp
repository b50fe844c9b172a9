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
                                   std::function<QString(const QUrl &)> checkBaseUrl, QWidget *parent)
    : QDialog(parent)
    , m_editing(existing.has_value())
    , m_checkBaseUrl(std::move(checkBaseUrl))
    , m_name(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
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
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_production->setToolTip(tr("Production connections are shown in red everywhere, so nobody mistakes them "
                                "for a test account."));

    m_name->setPlaceholderText(tr("e.g. Acme production"));
    m_baseUrl->setText(RevoxClient::defaultBaseUrl().toString());
    m_apiKey->setPlaceholderText(m_editing ? tr("unchanged") : tr("from the Revox dashboard"));
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
    form->addRow(QString(), m_production);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The key is stored in your system keychain, never in a settings file."), this));
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(520, 0);

    connect(m_name, &QLineEdit::textChanged, this, &ConnectionDialog::revalidate);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &ConnectionDialog::revalidate);
    connect(m_apiKey, &QLineEdit::textChanged, this, &ConnectionDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
    if (!m_editing && apiKey().isEmpty())
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
