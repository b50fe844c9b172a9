// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assistant.h"
#include "core/CallInfo.h"
#include "core/ConnectionProfile.h"
#include "core/TestCallJob.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QMap>

#include <functional>
#include <optional>

class Prompter;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QTreeWidget;
class RevoxClient;

// A test call of one assistant: whom to call (E.164, remembered per connection), a value for each
// {{variable}} of the prompt and first sentence, an optional caller number; then the call as it goes —
// status, attempts, the transcript with the person, the assistant and tools told apart, and at the end the
// outcome, duration, result and structured output. Earlier test calls of the assistant in this session stay
// listed. The dialog lays out and wires: TestCallJob places and follows the call. The assistant sent is the
// editor's current state, unsaved edits included, read when Call is pressed: nothing is saved.
class TestCallDialog : public QDialog
{
    Q_OBJECT

public:
    struct Context
    {
        RevoxClient *client = nullptr;
        QSettings *settings = nullptr; // the window's: the number to call, per connection
        Prompter *prompter = nullptr; // asks before a running call is left
        ConnectionProfile connection;
    };
    // The editor's state now; nullopt once the editor is gone.
    using Source = std::function<std::optional<Assistant>()>;

    TestCallDialog(const Context &context, const QString &assistantId, QWidget *parent = nullptr);
    ~TestCallDialog() override;

    void setSource(const Source &source);
    QString assistantId() const { return m_assistantId; }
    QString connectionId() const { return m_context.connection.id; }
    TestCallJob *job() const { return m_job; }
    bool isCallRunning() const { return m_job->isActive(); }
    const QList<CallInfo> &calls() const { return m_calls; } // this session's, newest first

    // Reads the prompt's variables again (the editor may have changed them) and the assistant's name.
    void refresh();
    // Places the call with what the inputs hold; nothing when the number is not valid or a call runs.
    void placeCall();
    // The connection is changing: stop reading the call (it goes on), the client will talk to another server.
    void stopFollowing();

    // Settings keys of what is remembered per connection.
    static QString numberKey(const QString &connectionId);
    static QString callerKey(const QString &connectionId);

signals:
    // "Show in Editor": the field the call could not be placed for (a secret that must be typed again).
    void fieldRequested(const QString &path);

public slots:
    // Closing while a call runs asks whether to cancel it, let it run, or stay.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    void buildCallArea();
    void showNotice();
    void rebuildVariables(const QStringList &names);
    void revalidate();
    void updateButtons();

    void onStateChanged(TestCallJob::State state);
    void onPlaced(const CallInfo &call);
    void onUpdated(const CallInfo &call);
    void onRefused(const ApiError &error, bool mayHaveBeenPlaced);
    void showProblem(const QString &text, bool error = true);
    void clearProblem();

    void record(const CallInfo &call); // into the history, newest first
    void showCall(const QString &callId);
    void renderStatus(const CallInfo &call);
    void renderTranscript(const QList<CallInfo::TranscriptEntry> &transcript);
    void renderOutcome(const CallInfo &call);
    QString historyText(const CallInfo &call) const;

    Context m_context;
    QString m_assistantId;
    Source m_source;
    TestCallJob *m_job;
    QList<CallInfo> m_calls;
    QHash<QString, QDateTime> m_placedAt; // by call id: when this dialog placed it
    QString m_shownId; // the call whose transcript is shown
    QMap<QString, QString> m_values; // typed variable values, kept across rebuilds
    QString m_secretPath; // the field a refused call named, for "Show in Editor"

    QLabel *m_notice = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_numberMessage = nullptr;
    QLineEdit *m_caller = nullptr;
    QLabel *m_callerMessage = nullptr;
    QWidget *m_variablesBox = nullptr;
    QFormLayout *m_variablesForm = nullptr;
    QLabel *m_variablesNote = nullptr;
    QLabel *m_variablesWarning = nullptr;
    QList<QLineEdit *> m_variableInputs;
    QPushButton *m_call = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_lookUp = nullptr;
    QPushButton *m_showField = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_attempts = nullptr;
    QLabel *m_problem = nullptr;
    QListWidget *m_history = nullptr;
    QTreeWidget *m_transcript = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_structuredLabel = nullptr;
    QPlainTextEdit *m_structured = nullptr;
};
