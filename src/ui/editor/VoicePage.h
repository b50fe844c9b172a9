// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorPage.h"

#include "core/VoiceInfo.h"

#include <utility>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

// The voice (provider, voice picker, speed, volume) and the sounds under the call.
class VoicePage : public EditorPage
{
    Q_OBJECT

public:
    explicit VoicePage(EditorDocument *editorDocument, QWidget *parent = nullptr);
    void load() override;
    void setVoices(const QList<VoiceInfo> &voices);

    // The speed range a provider supports, read off Validation's own rule within the catalogue range.
    static std::pair<double, double> speedRange(const QString &provider);

private:
    QWidget *buildPicker();
    void fillPicker();
    void choose(QTreeWidgetItem *item);
    void followVoice(bool force);

    QList<VoiceInfo> m_voices;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_voiceId = nullptr;
    QLabel *m_voiceDescription = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_picker = nullptr;
    QDoubleSpinBox *m_speed = nullptr;
    QDoubleSpinBox *m_volume = nullptr;
    QString m_rangeProvider; // the provider the speed box's range was last set for
};
