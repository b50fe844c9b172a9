// SPDX-License-Identifier: GPL-3.0-or-later
#include "StructuredOutputPage.h"

#include "EditorDocument.h"
#include "EditorWidgets.h"
#include "ParameterTable.h"
#include "core/Assistant.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

const QString kOutput = QStringLiteral("structured_output_config");

} // namespace

StructuredOutputPage::StructuredOutputPage(EditorDocument *editorDocument, QWidget *parent)
    : EditorPage(editorDocument, FieldPage::StructuredOutput, tr("Structured output"), parent)
{
    m_table = new ParameterTable(kOutput, tr("output field"), this);
    QLabel *title = makeLabel(kOutput, m_table->table());
    QLabel *message = makeMessage(kOutput);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("structuredOutputState"));
    m_state->setWordWrap(true);
    EditorWidgets::makeSecondary(m_state);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    layout->addWidget(message);
    bind(kOutput, m_table->table(), title, message);

    connect(m_table, &ParameterTable::parametersEdited, this, [this](const QList<TypedParameter> &parameters) {
        const bool isNull = parameters.isEmpty() && emptyListIsNull(kOutput);
        document()->edit(kOutput, [&](Assistant &a) {
            a.setStructuredOutputConfig(isNull ? std::nullopt : std::optional(parameters));
        });
        // Not load(): this runs inside the table's own change signal, and the table already shows it.
        updateState();
    });
}

void StructuredOutputPage::load()
{
    const std::optional<QList<TypedParameter>> fields = edited().structuredOutputConfig();
    m_table->setParameters(fields.value_or(QList<TypedParameter>()));
    updateState();
}

void StructuredOutputPage::updateState()
{
    const std::optional<QList<TypedParameter>> fields = edited().structuredOutputConfig();
    m_state->setText(fields && !fields->isEmpty()
                         ? tr("After each call, these fields are extracted from the conversation (the prompt for it "
                              "is on the Prompt page).")
                         : tr("Nothing is extracted from calls. Add a field to extract one."));
}

QWidget *StructuredOutputPage::reveal(const QString &concretePath)
{
    m_table->selectCell(concretePath);
    return m_table->table();
}

void StructuredOutputPage::markIssues(const QList<ValidationIssue> &issues, const QList<ValidationIssue> &blocking)
{
    m_table->markIssues(issues, blocking);
}
