// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdvancedPage.h"

#include "EditorDocument.h"
#include "EditorWidgets.h"
#include "core/Assistant.h"

#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

AdvancedPage::AdvancedPage(EditorDocument *editorDocument, QWidget *parent)
    : EditorPage(editorDocument, FieldPage::Advanced, tr("Advanced"), parent)
{
    auto *layout = new QVBoxLayout(this);

    auto *serverBox = new QGroupBox(tr("Set by Revox"), this);
    auto *serverLayout = new QVBoxLayout(serverBox);
    m_readOnly = new QLabel(serverBox);
    m_readOnly->setObjectName(QStringLiteral("readOnlyFields"));
    m_readOnly->setTextFormat(Qt::RichText);
    m_readOnly->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    serverLayout->addWidget(m_readOnly);
    layout->addWidget(serverBox);

    auto *unknownBox = new QGroupBox(tr("Fields from a newer API"), this);
    auto *unknownLayout = new QVBoxLayout(unknownBox);
    m_unknownNote = new QLabel(unknownBox);
    m_unknownNote->setWordWrap(true);
    m_unknown = new QPlainTextEdit(unknownBox);
    m_unknown->setObjectName(QStringLiteral("advancedJson"));
    m_unknown->setAccessibleName(tr("Fields this version does not know"));
    m_unknown->setReadOnly(true);
    EditorWidgets::makeMonospace(m_unknown);
    unknownLayout->addWidget(m_unknownNote);
    unknownLayout->addWidget(m_unknown, 1);
    layout->addWidget(unknownBox, 1);
    m_layout = layout;
    m_unknownBox = unknownBox;
}

void AdvancedPage::load()
{
    const Assistant &assistant = edited();
    QString rows;
    for (const FieldSpec *spec : AssistantSchema::topLevelFields()) {
        // A read-only field with a page of its own (created_by on General) is shown there.
        const bool elsewhere = spec->page != FieldPage::None && spec->page != FieldPage::Advanced;
        if (!spec->readOnly || elsewhere || !assistant.contains(spec->path))
            continue;
        const QJsonValue value = assistant.value(spec->path);
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isDouble())
            text = QString::number(value.toDouble(), 'g', 17);
        else
            text = QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
        if (value.isObject() && value.toObject().isEmpty())
            text = tr("(not given)");
        rows += QStringLiteral("<tr><td><b>%1:</b></td><td>%2</td></tr>")
                    .arg(spec->displayLabel().toHtmlEscaped(), text.toHtmlEscaped());
    }
    m_readOnly->setText(QStringLiteral("<table cellspacing=0 cellpadding=3>%1</table>").arg(rows));

    QJsonObject unknown;
    for (const QString &key : assistant.unknownKeys())
        unknown.insert(key, assistant.value(key));
    m_unknownNote->setText(
        unknown.isEmpty() ? tr("This assistant has no fields beyond the ones this version of Revox Studio knows.")
                          : tr("%n field(s) this version of Revox Studio does not know.", nullptr, int(unknown.size()))
                + u' ' + tr("They are kept exactly as the server sent them and never changed by this editor."));
    m_unknown->setPlainText(
        unknown.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(unknown).toJson(QJsonDocument::Indented)));
    m_unknown->setVisible(!unknown.isEmpty());
    // Without JSON to show, the box is only its sentence; the room below stays empty.
    m_layout->setStretchFactor(m_unknownBox, unknown.isEmpty() ? 0 : 1);
    if (unknown.isEmpty() && m_layout->count() == 2)
        m_layout->addStretch(1);
    else if (!unknown.isEmpty() && m_layout->count() == 3)
        delete m_layout->takeAt(2);
}
