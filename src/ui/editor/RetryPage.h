// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorPage.h"

#include "core/AssistantTypes.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;
class WeekPicture;

// call_retry_config: allowed days, attempts, time zone and the calling windows, with a picture of
// the week they add up to.
class RetryPage : public EditorPage
{
    Q_OBJECT

public:
    explicit RetryPage(EditorDocument *editorDocument, QWidget *parent = nullptr);
    void load() override;
    QWidget *reveal(const QString &concretePath) override;
    void markIssues(const QList<ValidationIssue> &issues, const QList<ValidationIssue> &blocking) override;

    // What a new configuration starts from: the defaults the API documents.
    static CallRetryConfig defaultConfig();
    static CallingWindow defaultWindow();

private:
    void buildDays(QFormLayout *form);
    void buildTimeZone(QFormLayout *form);
    void buildWindows(QFormLayout *form);
    void editConfig(const QString &field, const std::function<void(CallRetryConfig &)> &change, bool typing = false);
    void editWindows(const std::function<void(QList<CallingWindow> &)> &change, int selectRow);
    void onWindowChanged(int row, int column);
    void loadDays();
    void loadWindows();
    void followConfig();
    QStringList shownDays() const;

    QCheckBox *m_enabled = nullptr;
    QList<QCheckBox *> m_days;
    QComboBox *m_timezone = nullptr;
    QTableWidget *m_windows = nullptr;
    WeekPicture *m_week = nullptr;
    QLabel *m_weekNote = nullptr;
    QList<QWidget *> m_inputs; // enabled only while the assistant has its own configuration
    std::optional<CallRetryConfig> m_lastConfig; // what ticking the box again brings back
};
