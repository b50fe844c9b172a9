// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AssistantBundle.h"
#include "core/AssistantSummary.h"
#include "core/ImportPlan.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

// The first step of Import…: what the bundle holds and what in it cannot be imported (its file's own problems),
// what to do with an assistant whose name is taken here (ImportPlan's rules: stop, rename, skip, update), and a
// field for each secret redacted on export — an assistant is imported only once each of its has a value.
class ImportOptionsPage : public QWidget
{
    Q_OBJECT

public:
    // `existing`: the connection's assistants, to count the names already taken.
    ImportOptionsPage(const QString &fileName, const AssistantBundle::Read &bundle,
                      const QList<AssistantSummary> &existing, QWidget *parent = nullptr);

    ImportPlan::NameTaken nameTaken() const;
    // The bundle's assistants, with the values typed in place of redacted ones.
    QList<AssistantBundle::Entry> entries() const;

signals:
    void previewRequested();

private:
    struct Secret
    {
        qsizetype entry;
        QString path;
        QLineEdit *value;
    };

    QList<AssistantBundle::Entry> m_entries;
    QComboBox *m_nameTaken;
    QList<Secret> m_secrets;
    QPushButton *m_preview;
};
