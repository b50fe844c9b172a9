// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorPage.h"

class ParameterTable;
class QLabel;

// structured_output_config: the fields extracted from each call.
class StructuredOutputPage : public EditorPage
{
    Q_OBJECT

public:
    explicit StructuredOutputPage(EditorDocument *editorDocument, QWidget *parent = nullptr);
    void load() override;
    QWidget *reveal(const QString &concretePath) override;
    void markIssues(const QList<ValidationIssue> &issues, const QList<ValidationIssue> &blocking) override;

private:
    void updateState();

    ParameterTable *m_table = nullptr;
    QLabel *m_state = nullptr;
};
