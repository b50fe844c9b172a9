// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeneralPage.h"

#include "EditorDocument.h"
#include "EditorWidgets.h"
#include "core/Assistant.h"
#include "core/FieldPaths.h"
#include "core/UserInfo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {

const QString kLlmModel = QStringLiteral("llm_model");
const QString kLlmType = QStringLiteral("llm_model.type");
const QString kLlmName = QStringLiteral("llm_model.name");
const QString kOpenrouterModel = QStringLiteral("llm_model.openrouter_model_id");
const QString kOpenrouterProvider = QStringLiteral("llm_model.openrouter_provider");
const QString kRealtimeProvider = QStringLiteral("llm_model.provider");
const QString kRealtimeModel = QStringLiteral("llm_model.realtime_model_id");
const QString kRealtimeVoice = QStringLiteral("llm_model.realtime_voice_id");
const QString kCalendly = QStringLiteral("calendly");
const QString kCreatedBy = QStringLiteral("created_by");

const FieldSpec &spec(const QString &path)
{
    return *AssistantSchema::field(path);
}

// The model as it stands, or a fresh one of the variant a member belongs to.
LlmModel modelFor(const Assistant &assistant, const QString &memberPath)
{
    if (const std::optional<LlmModel> model = assistant.llmModel())
        return *model;
    LlmModel model;
    model.type = spec(memberPath).whenValue;
    return model;
}

} // namespace

GeneralPage::GeneralPage(EditorDocument *editorDocument, QWidget *parent)
    : EditorPage(editorDocument, FieldPage::General, tr("General"), parent)
{
    auto *page = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    page->addLayout(m_form);
    page->addStretch(1);

    QLineEdit *name = addLineEdit(m_form, QStringLiteral("name"), [](Assistant &a, const std::optional<QString> &v) {
        a.setName(v.value_or(QString()));
    });
    name->setPlaceholderText(tr("e.g. Appointment reminders"));
    buildLlmModel(m_form);
    addNumberBox(
        m_form, QStringLiteral("max_call_duration_secs"), [](Assistant &a, double v) { a.setMaxCallDurationSecs(v); },
        1, tr(" s"));
    QLineEdit *webhook = addLineEdit(m_form, QStringLiteral("webhook_url"),
                                     [](Assistant &a, const std::optional<QString> &v) { a.setWebhookUrl(v); });
    webhook->setPlaceholderText(tr("https://example.com/hooks/revox — empty: no webhook"));
    buildCalendly(m_form);
    buildCreatedBy(m_form);

    connect(editorDocument, &EditorDocument::changed, this, [this](const QStringList &keys) {
        if (keys.contains(kLlmModel))
            updateLlmRows();
        if (keys.contains(kCalendly))
            updateCalendly();
    });
}

void GeneralPage::buildLlmModel(QFormLayout *form)
{
    m_llmType = new QComboBox(this);
    EditorWidgets::makeCompact(m_llmType);
    addRow(form, kLlmType, m_llmType);
    connect(m_llmType, &QComboBox::activated, this, [this](int index) {
        const QString type = m_llmType->itemData(index).toString();
        document()->edit(kLlmType, [&](Assistant &a) {
            const std::optional<LlmModel> current = a.llmModel();
            // Members of a variant this version does not know would only confuse a known one.
            LlmModel model = current && spec(kLlmType).enumValues.contains(current->type) ? *current : LlmModel();
            model.type = type;
            if (spec(kLlmName).appliesTo(QJsonObject{{QStringLiteral("type"), type}})
                && !spec(kLlmName).enumValues.contains(model.name))
                model.name = spec(kLlmName).enumValues.value(0);
            a.setLlmModel(model);
        });
    });
    addLoader([this] { fillEnum(m_llmType, spec(kLlmType), FieldPaths::valueAt(edited().json(), kLlmType)); });

    addEnumBox(form, kLlmName, [](Assistant &a, const std::optional<QString> &v) {
        LlmModel model = modelFor(a, kLlmName);
        model.name = v.value_or(QString());
        a.setLlmModel(model);
    });
    QLineEdit *modelId = addLineEdit(form, kOpenrouterModel, [](Assistant &a, const std::optional<QString> &v) {
        LlmModel model = modelFor(a, kOpenrouterModel);
        model.openrouterModelId = v.value_or(QString());
        a.setLlmModel(model);
    });
    modelId->setPlaceholderText(tr("openai/gpt-4.1"));
    QLineEdit *provider = addLineEdit(form, kOpenrouterProvider, [](Assistant &a, const std::optional<QString> &v) {
        LlmModel model = modelFor(a, kOpenrouterProvider);
        model.openrouterProvider = v.value_or(QString());
        a.setLlmModel(model);
    });
    provider->setPlaceholderText(tr("openai"));
    QLineEdit *realtimeProvider
        = addLineEdit(form, kRealtimeProvider, [](Assistant &a, const std::optional<QString> &v) {
              LlmModel model = modelFor(a, kRealtimeProvider);
              model.provider = v.value_or(QString());
              a.setLlmModel(model);
          });
    realtimeProvider->setPlaceholderText(tr("openai"));
    QLineEdit *realtimeModel = addLineEdit(form, kRealtimeModel, [](Assistant &a, const std::optional<QString> &v) {
        LlmModel model = modelFor(a, kRealtimeModel);
        model.realtimeModelId = v.value_or(QString());
        a.setLlmModel(model);
    });
    realtimeModel->setPlaceholderText(tr("gpt-realtime"));
    QLineEdit *realtimeVoice = addLineEdit(form, kRealtimeVoice, [](Assistant &a, const std::optional<QString> &v) {
        LlmModel model = modelFor(a, kRealtimeVoice);
        model.realtimeVoiceId = v.value_or(QString());
        a.setLlmModel(model);
    });
    realtimeVoice->setPlaceholderText(tr("marin — empty: the model's default voice"));

    // A variant from a newer API: shown as it is and sent back untouched.
    m_llmUnknown = new QPlainTextEdit(this);
    m_llmUnknown->setObjectName(QStringLiteral("llmModelUnknown"));
    m_llmUnknown->setReadOnly(true);
    m_llmUnknown->setAccessibleName(tr("LLM model settings this version does not know"));
    EditorWidgets::makeMonospace(m_llmUnknown);
    EditorWidgets::setVisibleLines(m_llmUnknown, 4);
    m_llmUnknownRow = new QWidget(this);
    auto *column = new QVBoxLayout(m_llmUnknownRow);
    column->setContentsMargins(0, 0, 0, 0);
    auto *note = new QLabel(tr("This model type is newer than this version of Revox Studio. It is kept as it is "
                               "unless you choose another type."),
                            this);
    note->setWordWrap(true);
    EditorWidgets::makeSecondary(note);
    column->addWidget(m_llmUnknown);
    column->addWidget(note);
    form->addRow(QString(), m_llmUnknownRow);
}

void GeneralPage::buildCalendly(QFormLayout *form)
{
    m_calendly = new QCheckBox(tr("Book meetings through Calendly"), this);
    addRow(form, kCalendly, m_calendly);
    connect(m_calendly, &QCheckBox::clicked, this, [this](bool on) {
        if (!on)
            m_lastCalendly = edited().calendly();
        const std::optional<Calendly> restored = m_lastCalendly ? m_lastCalendly : document()->base().calendly();
        document()->edit(kCalendly, [&](Assistant &a) {
            a.setCalendly(on ? std::optional(restored.value_or(Calendly())) : std::nullopt);
        });
    });
    addLoader([this] {
        const QSignalBlocker blocker(m_calendly);
        m_calendly->setChecked(edited().calendly().has_value());
    });

    m_calendlyConnection = addLineEdit(form, QStringLiteral("calendly.connection_id"),
                                       [](Assistant &a, const std::optional<QString> &v) {
                                           Calendly calendly = a.calendly().value_or(Calendly());
                                           calendly.connectionId = v.value_or(QString());
                                           a.setCalendly(calendly);
                                       });
    m_calendlyEventType = addLineEdit(form, QStringLiteral("calendly.event_type_id"),
                                      [](Assistant &a, const std::optional<QString> &v) {
                                          Calendly calendly = a.calendly().value_or(Calendly());
                                          calendly.eventTypeId = v.value_or(QString());
                                          a.setCalendly(calendly);
                                      });
}

void GeneralPage::buildCreatedBy(QFormLayout *form)
{
    // Set by Revox: shown, selectable, never written.
    m_createdBy = new QLineEdit(this);
    m_createdBy->setReadOnly(true);
    m_createdBy->setFrame(false);
    const auto [label, message] = layoutRow(form, kCreatedBy, m_createdBy, nullptr, false);
    addLoader([this, label = label, message = message] {
        const QJsonValue value = edited().value(kCreatedBy);
        const UserInfo user = UserInfo::fromJson(value.toObject());
        QString text;
        if (user.isEmpty())
            text = tr("(not given)");
        else if (user.email.isEmpty() || user.displayName() == user.email)
            text = user.displayName().isEmpty() ? user.id : user.displayName();
        else
            text = QStringLiteral("%1 <%2>").arg(user.displayName(), user.email);
        m_createdBy->setText(text);
        m_createdBy->setCursorPosition(0);
        setRowShown(m_form, label, message, value.type() != QJsonValue::Undefined);
    });
}

void GeneralPage::load()
{
    EditorPage::load();
    updateLlmRows();
    updateCalendly();
}

void GeneralPage::updateLlmRows()
{
    const QJsonValue value = edited().value(kLlmModel);
    const QJsonObject model = value.toObject();
    const bool known = value.isObject() && spec(kLlmType).enumValues.contains(model.value(u"type").toString());
    // Each variant's members show when that variant is chosen (the catalogue's whenKey/whenValue).
    for (const FieldBinding &binding : bindings()) {
        if (binding.path.startsWith(kLlmModel + u'.') && binding.path != kLlmType)
            setRowShown(m_form, binding.label, binding.message, known && spec(binding.path).appliesTo(model));
    }
    m_form->setRowVisible(m_llmUnknownRow, value.isObject() && !known);
    if (value.isObject() && !known)
        m_llmUnknown->setPlainText(QString::fromUtf8(QJsonDocument(model).toJson(QJsonDocument::Indented)).trimmed());
}

void GeneralPage::updateCalendly()
{
    const bool on = edited().calendly().has_value();
    m_calendlyConnection->setEnabled(on);
    m_calendlyEventType->setEnabled(on);
}
