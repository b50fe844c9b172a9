// SPDX-License-Identifier: GPL-3.0-or-later
#include "VoicePage.h"

#include "EditorDocument.h"
#include "EditorWidgets.h"
#include "core/Assistant.h"
#include "core/EnumText.h"
#include "core/FieldPaths.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace {

const QString kVoice = QStringLiteral("voice");
const QString kProvider = QStringLiteral("voice.provider");
const QString kVoiceId = QStringLiteral("voice.id");
const QString kSpeed = QStringLiteral("voice.speed");
const QString kVolume = QStringLiteral("voice.volume");

enum class PickerColumn { Name, Language, Accent, Gender, Count };

Voice voiceOf(const Assistant &assistant)
{
    return assistant.voice().value_or(Voice());
}

QString languageName(const QString &code)
{
    const QLocale locale(code);
    if (code.isEmpty() || locale.language() == QLocale::C)
        return code;
    return QLocale::languageToString(locale.language());
}

} // namespace

VoicePage::VoicePage(EditorDocument *editorDocument, QWidget *parent)
    : EditorPage(editorDocument, FieldPage::Voice, tr("Voice"), parent)
{
    auto *layout = new QVBoxLayout(this);

    auto *voiceGroup = new QGroupBox(AssistantSchema::field(kVoice)->displayLabel(), this);
    auto *voiceForm = new QFormLayout(voiceGroup);
    voiceForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_provider = addEnumBox(voiceForm, kProvider, [](Assistant &a, const std::optional<QString> &v) {
        Voice voice = voiceOf(a);
        voice.provider = v.value_or(QString());
        a.setVoice(voice);
    });

    m_voiceId = new QLineEdit(this);
    m_voiceId->setPlaceholderText(tr("Pick a voice below or paste its ID"));
    addRow(voiceForm, kVoiceId, m_voiceId, buildPicker());
    bindText(m_voiceId, kVoiceId, [](Assistant &a, const std::optional<QString> &v) {
        Voice voice = voiceOf(a);
        voice.id = v.value_or(QString());
        a.setVoice(voice);
    });

    m_speed = addNumberBox(
        voiceForm, kSpeed,
        [](Assistant &a, double v) {
            Voice voice = voiceOf(a);
            voice.speed = v;
            a.setVoice(voice);
        },
        2);
    m_volume = addNumberBox(
        voiceForm, kVolume,
        [](Assistant &a, double v) {
            Voice voice = voiceOf(a);
            voice.volume = v;
            a.setVoice(voice);
        },
        2, {}, 1.0); // no known server default: full volume
    layout->addWidget(voiceGroup);

    auto *soundGroup = new QGroupBox(tr("Sounds"), this);
    auto *soundForm = new QFormLayout(soundGroup);
    soundForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addEnumBox(soundForm, QStringLiteral("background_sound"),
               [](Assistant &a, const std::optional<QString> &v) { a.setBackgroundSound(v); });
    addNumberBox(
        soundForm, QStringLiteral("background_sound_volume"),
        [](Assistant &a, double v) { a.setBackgroundSoundVolume(v); }, 2);
    addEnumBox(soundForm, QStringLiteral("thinking_sound"),
               [](Assistant &a, const std::optional<QString> &v) { a.setThinkingSound(v); });
    addNumberBox(
        soundForm, QStringLiteral("thinking_sound_probability"),
        [](Assistant &a, double v) { a.setThinkingSoundProbability(v); }, 2);
    addNumberBox(
        soundForm, QStringLiteral("thinking_sound_volume"), [](Assistant &a, double v) { a.setThinkingSoundVolume(v); },
        2);
    layout->addWidget(soundGroup);
    layout->addStretch(1);

    connect(editorDocument, &EditorDocument::changed, this, [this](const QStringList &keys) {
        if (keys.contains(kVoice))
            followVoice(false);
    });
}

QWidget *VoicePage::buildPicker()
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);

    m_voiceDescription = new QLabel(box);
    m_voiceDescription->setObjectName(QStringLiteral("voiceDescription"));
    m_voiceDescription->setWordWrap(true);
    EditorWidgets::makeSecondary(m_voiceDescription);

    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("voiceSearch"));
    m_search->setPlaceholderText(tr("Search voices by name, language or accent"));
    m_search->setAccessibleName(tr("Search voices"));
    m_search->setClearButtonEnabled(true);

    m_picker = new QTreeWidget(box);
    m_picker->setObjectName(QStringLiteral("voicePicker"));
    m_picker->setAccessibleName(tr("Voices"));
    m_picker->setRootIsDecorated(false);
    m_picker->setAlternatingRowColors(true);
    m_picker->setUniformRowHeights(true);
    m_picker->setColumnCount(int(PickerColumn::Count));
    m_picker->setHeaderLabels({tr("Name"), tr("Language"), tr("Accent"), tr("Gender")});
    m_picker->header()->setSectionResizeMode(int(PickerColumn::Name), QHeaderView::Stretch);
    m_picker->header()->setStretchLastSection(false);
    m_picker->setMinimumHeight(150);
    m_picker->setMaximumHeight(200);

    column->addWidget(m_voiceId);
    column->addWidget(m_voiceDescription);
    column->addWidget(m_search);
    column->addWidget(m_picker);

    connect(m_search, &QLineEdit::textChanged, this, &VoicePage::fillPicker);
    connect(m_picker, &QTreeWidget::itemClicked, this, &VoicePage::choose);
    connect(m_picker, &QTreeWidget::itemActivated, this, &VoicePage::choose);
    return box;
}

std::pair<double, double> VoicePage::speedRange(const QString &provider)
{
    const FieldSpec &spec = *AssistantSchema::field(kSpeed);
    const double lowest = spec.minimum.value_or(0.0);
    const double highest = spec.maximum.value_or(2.0);
    std::optional<double> first;
    double last = highest;
    for (qint64 hundredths = std::llround(lowest * 100); hundredths <= std::llround(highest * 100); ++hundredths) {
        const double speed = double(hundredths) / 100.0;
        if (Validation::checkVoiceSpeed(spec.displayLabel(), provider, speed).isEmpty()) {
            if (!first)
                first = speed;
            last = speed;
        }
    }
    return first ? std::pair(*first, last) : std::pair(lowest, highest);
}

void VoicePage::setVoices(const QList<VoiceInfo> &voices)
{
    m_voices = voices;
    fillPicker();
    followVoice(false);
}

void VoicePage::load()
{
    EditorPage::load();
    followVoice(true);
}

void VoicePage::fillPicker()
{
    const Voice voice = voiceOf(edited());
    const QString query = m_search->text().trimmed();
    const QSignalBlocker blocker(m_picker);
    m_picker->clear();
    for (const VoiceInfo &info : std::as_const(m_voices)) {
        if (!voice.provider.isEmpty() && info.provider != voice.provider)
            continue;
        const QString language = languageName(info.language);
        const QStringList searchable
            = {info.name, info.language, language, info.accent.value_or(QString()), info.gender.value_or(QString()),
               info.id};
        if (!query.isEmpty() && std::none_of(searchable.cbegin(), searchable.cend(), [&query](const QString &text) {
                return text.contains(query, Qt::CaseInsensitive);
            }))
            continue;
        auto *item = new QTreeWidgetItem(m_picker);
        item->setText(int(PickerColumn::Name), info.name);
        item->setText(int(PickerColumn::Language), language);
        item->setText(int(PickerColumn::Accent), EnumText::display(info.accent.value_or(QString())));
        item->setText(int(PickerColumn::Gender), EnumText::display(info.gender.value_or(QString())));
        item->setData(int(PickerColumn::Name), Qt::UserRole, info.id);
        item->setData(int(PickerColumn::Name), Qt::UserRole + 1, info.provider);
        item->setToolTip(int(PickerColumn::Name), info.description.isEmpty() ? info.id : info.description);
        if (info.id == voice.id)
            m_picker->setCurrentItem(item);
    }
    m_picker->resizeColumnToContents(int(PickerColumn::Language));
    m_picker->resizeColumnToContents(int(PickerColumn::Accent));
    m_picker->resizeColumnToContents(int(PickerColumn::Gender));
}

void VoicePage::choose(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString id = item->data(int(PickerColumn::Name), Qt::UserRole).toString();
    const QString provider = item->data(int(PickerColumn::Name), Qt::UserRole + 1).toString();
    document()->edit(kVoiceId, [&](Assistant &a) {
        Voice voice = voiceOf(a);
        voice.id = id;
        voice.provider = provider;
        a.setVoice(voice);
    });
    if (m_voiceId->text() != id) {
        const QSignalBlocker blocker(m_voiceId);
        m_voiceId->setText(id);
    }
}

void VoicePage::followVoice(bool force)
{
    const Voice voice = voiceOf(edited());
    const FieldSpec &speedSpec = *AssistantSchema::field(kSpeed);

    // The speed box offers what the provider supports, plus whatever the voice holds now.
    if (force || voice.provider != m_rangeProvider) {
        m_rangeProvider = voice.provider;
        const auto [low, high] = speedRange(voice.provider);
        const double speed = voice.speed.value_or(m_speed->value());
        const QSignalBlocker blocker(m_speed);
        m_speed->setRange(std::min(low, speed), std::max(high, speed));
        m_speed->setValue(speed);
        m_speed->setToolTip(
            tr("%1 supports %2 to %3.")
                .arg(EnumText::display(voice.provider.isEmpty() ? QStringLiteral("voice") : voice.provider))
                .arg(low)
                .arg(high)
            + u' ' + speedSpec.displayHelp());
        fillPicker();
        if (m_provider->currentData().toString() != voice.provider)
            fillEnum(m_provider, *AssistantSchema::field(kProvider), FieldPaths::valueAt(edited().json(), kProvider));
    }

    // The catalogue says it only in words ("Cartesia only"): volume means nothing to other providers.
    m_volume->setEnabled(voice.provider == u"cartesia");

    const auto known = std::find_if(m_voices.cbegin(), m_voices.cend(), [&voice](const VoiceInfo &info) {
        return info.id == voice.id && info.provider == voice.provider;
    });
    if (voice.id.isEmpty())
        m_voiceDescription->setText(tr("No voice chosen."));
    else if (known != m_voices.cend())
        m_voiceDescription->setText(
            QStringList{known->name, languageName(known->language), known->description}.join(QStringLiteral(" · ")));
    else if (m_voices.isEmpty())
        m_voiceDescription->setText(tr("The voice list has not been loaded; the ID is kept as it is."));
    else
        m_voiceDescription->setText(tr("Not in the voice list of this provider; the ID is kept as typed."));

    for (int i = 0; i < m_picker->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_picker->topLevelItem(i);
        if (item->data(int(PickerColumn::Name), Qt::UserRole).toString() == voice.id) {
            const QSignalBlocker blocker(m_picker);
            m_picker->setCurrentItem(item);
        }
    }
}
