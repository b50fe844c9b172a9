// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assistant.h"
#include "core/BulkEdit.h"
#include "core/VoiceInfo.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class BulkFieldPanel;
class EditorDocument;
class EditorPages;
class QLabel;
class QPushButton;
class QVBoxLayout;
class QTreeWidget;
class QTreeWidgetItem;

// The first step of Edit Selected…: every field of the catalogue, each ticked on its own (only ticked fields
// change), with what to do to it (BulkFieldPanel). Values to set are given in the editor's own pages
// (EditorPages) on a template — a copy of the first selected assistant — so they get the same inputs and the
// same rules as in the editor; editing a value there ticks its field. Problems show at their inputs, and
// Preview stays off while there is one.
class BulkEditorPage : public QWidget
{
    Q_OBJECT

public:
    BulkEditorPage(const Assistant &templateAssistant, int assistantCount, QWidget *parent = nullptr);

    void setVoices(const QList<VoiceInfo> &voices);

    // The ticked fields' operations, in catalogue order.
    BulkEdit edit() const;
    // Why there is nothing to preview yet, for people (empty: ready).
    QStringList problems() const;
    QStringList tickedKeys() const;
    void setTicked(const QString &key, bool ticked);
    // Shows the field's panel (making it when needed) and returns it.
    BulkFieldPanel *showField(const QString &key);
    EditorPages *templatePages() const { return m_pages; }

signals:
    void previewRequested();

private:
    QWidget *buildFieldList();
    QTreeWidgetItem *itemFor(const QString &key) const;
    BulkFieldPanel *panel(const QString &key);
    void onCurrentItemChanged(QTreeWidgetItem *item);
    void onTemplateChanged(const QStringList &keys);
    void refresh();

    EditorDocument *m_template;
    EditorPages *m_pages;
    QTreeWidget *m_fields;
    QWidget *m_panels; // the hint, or the current field's panel
    QVBoxLayout *m_panelLayout;
    QLabel *m_hint;
    QLabel *m_summary;
    QPushButton *m_preview;
    QHash<QString, BulkFieldPanel *> m_panelByKey;
    QString m_current;
};
