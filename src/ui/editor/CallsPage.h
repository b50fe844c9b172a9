// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorPage.h"

class PhoneNumbersPanel;
class QComboBox;
class QPlainTextEdit;

// What happens around a call: the phone numbers that route their inbound calls to the assistant, IVR,
// voicemail, SMS, e-mail notifications, transfer, caller ID.
class CallsPage : public EditorPage
{
    Q_OBJECT

public:
    explicit CallsPage(EditorDocument *editorDocument, QWidget *parent = nullptr);
    void load() override;
    PhoneNumbersPanel *phoneNumbers() const { return m_phoneNumbers; }

private:
    void followTransfer();

    PhoneNumbersPanel *m_phoneNumbers = nullptr;
    QComboBox *m_transferMode = nullptr;
    QPlainTextEdit *m_warmInstructions = nullptr;
};
