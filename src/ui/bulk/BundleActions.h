// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class AssistantListPage;
class AssistantTableModel;
class BulkActions;
class Prompter;
class QSettings;
class QWidget;

// File ▸ Export Selected… and File ▸ Import…: assistants out of and into one bundle file, in the format of
// revox-studio-cli export and import (AssistantBundle). Export writes the selected assistants as the server holds
// them, tool credentials only when the user says so (each otherwise a marker naming its tool and header), always
// in a file readable by its owner only. Import reads a file, says plainly when it is no bundle, and hands the
// rest to the import window (BulkActions::importBundle), which sends nothing before its preview.
class BundleActions : public QObject
{
    Q_OBJECT

public:
    static inline const QString folderKey = QStringLiteral("bundles/folder"); // where the last file was

    BundleActions(AssistantTableModel *model, AssistantListPage *list, BulkActions *bulk, Prompter *prompter,
                  QSettings *settings, QWidget *window);

    void exportSelected();
    void importFile();

signals:
    void message(const QString &text, int timeoutMs); // for the status bar

private:
    QString folder() const;
    void remember(const QString &path);
    void problem(const QString &id, const QString &text, const QString &details);

    AssistantTableModel *m_model;
    AssistantListPage *m_list;
    BulkActions *m_bulk;
    Prompter *m_prompter;
    QSettings *m_settings;
    QWidget *m_window;
};
