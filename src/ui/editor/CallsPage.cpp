// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallsPage.h"

#include "EditorDocument.h"
#include "PhoneNumbersPanel.h"
#include "core/Assistant.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {

const QString kTransferMode = QStringLiteral("human_transfer_mode");

QFormLayout *group(QVBoxLayout *layout, const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(box);
    return form;
}

} // namespace

CallsPage::CallsPage(EditorDocument *editorDocument, QWidget *parent)
    : EditorPage(editorDocument, FieldPage::CallsMessages, tr("Calls and messages"), parent)
{
    using Text = std::optional<QString>;
    auto *layout = new QVBoxLayout(this);

    m_phoneNumbers = new PhoneNumbersPanel(editorDocument->base().id(), this);
    layout->addWidget(m_phoneNumbers);

    QFormLayout *call = group(layout, tr("During the call"), this);
    addCheckBox(call, QStringLiteral("ivr_navigation_enabled"),
                [](Assistant &a, bool on) { a.setIvrNavigationEnabled(on); });
    addCheckBox(call, QStringLiteral("sms_enabled"), [](Assistant &a, bool on) { a.setSmsEnabled(on); });
    addTextEdit(
        call, QStringLiteral("sms_template"), [](Assistant &a, const Text &v) { a.setSmsTemplate(v); }, 2);

    QFormLayout *voicemail = group(layout, tr("Voicemail"), this);
    addTextEdit(
        voicemail, QStringLiteral("voicemail_message"), [](Assistant &a, const Text &v) { a.setVoicemailMessage(v); },
        2);
    addTextEdit(
        voicemail, QStringLiteral("voicemail_sms_prompt"),
        [](Assistant &a, const Text &v) { a.setVoicemailSmsPrompt(v); }, 2);

    QFormLayout *after = group(layout, tr("After the call"), this);
    addTextEdit(
        after, QStringLiteral("after_call_sms_prompt"), [](Assistant &a, const Text &v) { a.setAfterCallSmsPrompt(v); },
        2);
    QLineEdit *email = addLineEdit(after, QStringLiteral("email_notification_address"),
                                   [](Assistant &a, const Text &v) { a.setEmailNotificationAddress(v); });
    email->setPlaceholderText(tr("name@example.com — empty: no e-mails"));
    addEnumList(after, QStringLiteral("email_notification_outcomes"),
                [](Assistant &a, const std::optional<QStringList> &v) {
                    if (v)
                        a.setEmailNotificationOutcomes(*v);
                    else
                        a.setValue(QStringLiteral("email_notification_outcomes"), QJsonValue::Null);
                });

    QFormLayout *transfer = group(layout, tr("Transfer to a person"), this);
    QLineEdit *transferNumber = addLineEdit(transfer, QStringLiteral("transfer_phone_number"),
                                            [](Assistant &a, const Text &v) { a.setTransferPhoneNumber(v); });
    transferNumber->setPlaceholderText(tr("+14155550123"));
    m_transferMode
        = addEnumBox(transfer, kTransferMode, [](Assistant &a, const Text &v) { a.setHumanTransferMode(v); });
    m_warmInstructions = addTextEdit(
        transfer, QStringLiteral("warm_transfer_summary_instructions"),
        [](Assistant &a, const Text &v) { a.setWarmTransferSummaryInstructions(v); }, 2);

    QFormLayout *callerId = group(layout, tr("Caller ID"), this);
    QLineEdit *from = addLineEdit(callerId, QStringLiteral("from_phone_number"),
                                  [](Assistant &a, const Text &v) { a.setFromPhoneNumber(v); });
    from->setPlaceholderText(tr("+14155550123 — empty: the organization's default"));
    layout->addStretch(1);

    connect(editorDocument, &EditorDocument::changed, this, [this](const QStringList &keys) {
        if (keys.contains(kTransferMode))
            followTransfer();
    });
}

void CallsPage::load()
{
    EditorPage::load();
    followTransfer();
}

void CallsPage::followTransfer()
{
    // The instructions brief the person on a warm transfer; they are kept but idle otherwise.
    const std::optional<QString> mode = edited().humanTransferMode();
    m_warmInstructions->setEnabled(mode.value_or(QString()) == u"warm" || !m_warmInstructions->toPlainText().isEmpty());
}
