// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assistant.h"

#include <QWidget>

class QTextBrowser;

// A read-only view of every field of one assistant, page by page as the catalogue orders them.
class AssistantDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit AssistantDetailView(const Assistant &assistant, QWidget *parent = nullptr);

    QString assistantId() const { return m_assistant.id(); }
    void setAssistant(const Assistant &assistant);

private:
    Assistant m_assistant;
    QTextBrowser *m_browser;
};
