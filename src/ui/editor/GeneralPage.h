// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorPage.h"

#include "core/AssistantTypes.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

// Name, LLM model, call duration, webhook and Calendly; who created the assistant (read-only).
class GeneralPage : public EditorPage
{
    Q_OBJECT

public:
    explicit GeneralPage(EditorDocument *editorDocument, QWidget *parent = nullptr);
    void load() override;

private:
    void buildLlmModel(QFormLayout *form);
    void buildCalendly(QFormLayout *form);
    void buildCreatedBy(QFormLayout *form);
    void updateLlmRows();
    void updateCalendly();

    QFormLayout *m_form = nullptr;
    QComboBox *m_llmType = nullptr;
    QPlainTextEdit *m_llmUnknown = nullptr;
    QWidget *m_llmUnknownRow = nullptr;
    QCheckBox *m_calendly = nullptr;
    QLineEdit *m_calendlyConnection = nullptr;
    QLineEdit *m_calendlyEventType = nullptr;
    QLineEdit *m_createdBy = nullptr; // read-only: who made the assistant
    std::optional<Calendly> m_lastCalendly; // what ticking the box again brings back
};
