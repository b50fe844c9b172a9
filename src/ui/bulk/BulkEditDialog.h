// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BatchApplyDialog.h"
#include "core/Assistant.h"
#include "core/BulkEdit.h"
#include "core/VoiceInfo.h"

#include <QList>

class BulkEditorPage;

// Edit Selected…: the bulk editor (BulkEditorPage), then the preview of what each assistant would get (worked
// out on another thread) and the apply with its results (BatchApplyDialog).
class BulkEditDialog : public BatchApplyDialog
{
    Q_OBJECT

public:
    // `assistants`: the server's copies of the selected assistants; the first is the template for values.
    BulkEditDialog(const Context &context, const QList<Assistant> &assistants, QWidget *parent = nullptr);
    ~BulkEditDialog() override;

    void setVoices(const QList<VoiceInfo> &voices);
    // Goes straight to the preview of `edit` (Find in All Assistants' Replace); Back is not offered.
    void previewEdit(const BulkEdit &edit);

    BulkEditorPage *editorPage() const { return m_editor; }

private:
    void showPreviewOf(const BulkEdit &edit);

    QList<Assistant> m_assistants;
    BulkEditorPage *m_editor;
    int m_generation = 0; // of the preview being worked out: an older one that arrives late is dropped
};
