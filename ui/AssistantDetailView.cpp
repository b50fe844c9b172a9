// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantDetailView.h"

#include "core/AssistantSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Null:
        return QCoreApplication::translate("AssistantDetailView", "(not set)");
    case QJsonValue::Bool:
        return value.toBool() ? QCoreApplication::translate("AssistantDetailView", "Yes")
                              : QCoreApplication::translate("AssistantDetailView", "No");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    }
    return {};
}

} // namespace

AssistantDetailView::AssistantDetailView(const Assistant &assistant, QWidget *parent)
    : QWidget(parent), m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(QStringLiteral("detailBrowser"));
    m_browser->setAccessibleName(tr("Assistant details"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    setAssistant(assistant);
}

void AssistantDetailView::setAssistant(const Assistant &assistant)
{
    m_assistant = assistant;
    QString html
        = QStringLiteral("<h2>%1</h2><table cellspacing=0 cellpadding=4>").arg(assistant.name().toHtmlEscaped());
    for (const FieldSpec *spec : AssistantSchema::topLevelFields()) {
        if (!assistant.contains(spec->path))
            continue;
        html += QStringLiteral("<tr><td valign=top><b>%1</b></td><td><pre style='margin:0; "
                               "white-space:pre-wrap'>%2</pre></td></tr>")
                    .arg(spec->displayLabel().toHtmlEscaped(), valueText(assistant.value(spec->path)).toHtmlEscaped());
    }
    for (const QString &key : assistant.unknownKeys()) {
        html
            += QStringLiteral("<tr><td valign=top><b>%1</b> <i>%2</i></td><td><pre style='margin:0'>%3</pre></td></tr>")
                   .arg(key.toHtmlEscaped(), tr("(newer API field)"), valueText(assistant.value(key)).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_browser->setHtml(html);
}
