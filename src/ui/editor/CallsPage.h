// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorPage.h"

class QComboBox;
class QPlainTextEdit;

// What happens around a call: IVR, voicemail, SMS, e-mail notifications, transfer, caller ID.
class CallsPage : public EditorPage
{
    Q_OBJECT

public:
    explicit CallsPage(EditorDocument *editorDocument, QWidget *parent = nullptr);
    void load() override;

private:
    void followTransfer();

    QComboBox *m_transferMode = nullptr;
    QPlainTextEdit *m_warmInstructions = nullptr;
};
