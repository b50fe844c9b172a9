// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BatchApplyDialog.h"
#include "core/AssistantBundle.h"
#include "core/AssistantSummary.h"

class ImportOptionsPage;

// File ▸ Import…: a bundle's assistants into the live connection, by the rules revox-studio-cli import follows
// (ImportPlan): first the choices (ImportOptionsPage), then the preview every change to many assistants has, then
// the apply — new assistants through CreateJob, updates through SaveJob, in one BatchSave (one journal batch).
class ImportDialog : public BatchApplyDialog
{
    Q_OBJECT

public:
    // `existing`: the connection's assistants as the table holds them.
    ImportDialog(const Context &context, const QString &fileName, const AssistantBundle::Read &bundle,
                 const QList<AssistantSummary> &existing, QWidget *parent = nullptr);
    ~ImportDialog() override;

    ImportOptionsPage *optionsPage() const { return m_options; }

private:
    void preview();

    QString m_fileName;
    QList<AssistantSummary> m_existing;
    ImportOptionsPage *m_options;
    int m_generation = 0; // of the preview being worked out: an older one that arrives late is dropped
};
