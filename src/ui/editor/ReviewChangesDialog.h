// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assistant.h"
#include "core/AssistantPatch.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QListWidget;
class QPlainTextEdit;

// Shown before a save: every changed field as "label: old → new" (ChangeSummary), and the exact body that
// will be sent. Save accepts, Cancel rejects; the owner keeps "Don't show this again" (dontShowAgain())
// under skipReviewKey in its settings. Secret values (the catalogue's mark) are masked in both until the
// user shows them; what is sent is always the exact body.
class ReviewChangesDialog : public QDialog
{
    Q_OBJECT

public:
    static inline const QString skipReviewKey = QStringLiteral("editor/skipReview");

    ReviewChangesDialog(const Assistant &base, const Assistant &edited, QWidget *parent = nullptr);

    const AssistantPatch &patch() const { return m_patch; }
    bool dontShowAgain() const;

private:
    void showContent(bool revealSecrets);

    Assistant m_base;
    Assistant m_edited;
    AssistantPatch m_patch;
    QListWidget *m_changes;
    QPlainTextEdit *m_body;
    QCheckBox *m_dontShow;
};
