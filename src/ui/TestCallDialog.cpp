// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCallDialog.h"

#include "AccessibleNames.h"
#include "AppIcons.h"
#include "Prompter.h"
#include "ThemeColors.h"
#include "core/AssistantPatch.h"
#include "core/CallText.h"
#include "core/LocaleFormat.h"
#include "core/PromptVariables.h"
#include "core/Validation.h"
#include "editor/EditorWidgets.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kCallIdRole = Qt::UserRole;
constexpr int kRoleNameRole = Qt::UserRole;

void setMessage(QLabel *label, const QString &text, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// The server's own words about a refusal, when our message for its status does not already hold them.
QString withServerWords(const ApiError &error)
{
    const QString message = error.message();
    const QString server = error.serverMessage().trimmed();
    if (server.isEmpty() || message.contains(server))
        return message;
    return QCoreApplication::translate("TestCallDialog", "%1 The server says: “%2”").arg(message, server);
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

} // namespace

TestCallDialog::TestCallDialog(const Context &context, const QString &assistantId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_assistantId(assistantId)
    , m_job(new TestCallJob(context.client, this))
{
    setObjectName(QStringLiteral("testCallDialog"));
    setWindowTitle(tr("Test Call"));
    setSizeGripEnabled(true);

    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("testCallNotice"));
    m_notice->setWordWrap(true);
    m_notice->setMargin(8);
    m_notice->setAutoFillBackground(true);
    m_notice->setTextFormat(Qt::RichText);
    layout->addWidget(m_notice);
    buildForm();
    buildCallArea();

    auto *footer = new QHBoxLayout;
    auto *nothingSaved = new QLabel(tr("Nothing is saved: the call takes the assistant as the editor holds it now, "
                                       "unsaved edits included, and leaves the stored assistant as it is."),
                                    this);
    nothingSaved->setWordWrap(true);
    EditorWidgets::makeSecondary(nothingSaved);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("testCallButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &TestCallDialog::reject);
    footer->addWidget(nothingSaved, 1);
    footer->addWidget(buttons);
    layout->addLayout(footer);

    connect(m_job, &TestCallJob::stateChanged, this, &TestCallDialog::onStateChanged);
    connect(m_job, &TestCallJob::placed, this, &TestCallDialog::onPlaced);
    connect(m_job, &TestCallJob::updated, this, &TestCallDialog::onUpdated);
    connect(m_job, &TestCallJob::refused, this, &TestCallDialog::onRefused);
    connect(m_job, &TestCallJob::pollFailed, this,
            [this](const ApiError &error, int failures, std::chrono::milliseconds retryIn) {
                showProblem(tr("The call could not be read (%1). Trying again in %n second(s)…", nullptr,
                               int((retryIn.count() + 999) / 1000))
                                    .arg(error.message())
                                + u' ' + tr("(%1 of %2)").arg(failures).arg(m_job->schedule().maxFailures),
                            false);
            });
    connect(m_job, &TestCallJob::lost, this, [this](const ApiError &error) {
        showProblem(tr("Lost track of the call: %1 It may still be running. Look Up Again reads it once more.")
                        .arg(error.message()));
    });
    connect(m_job, &TestCallJob::cancelFailed, this, [this](const ApiError &error) {
        showProblem(tr("The call could not be cancelled: %1").arg(withServerWords(error)));
        updateButtons();
    });
    connect(m_job, &TestCallJob::finished, this, [this](const CallInfo &) { clearProblem(); });

    const QString remembered = m_context.settings->value(numberKey(connectionId())).toString();
    m_number->setText(remembered);
    m_caller->setText(m_context.settings->value(callerKey(connectionId())).toString());
    showNotice();
    renderOutcome(CallInfo());
    revalidate();
    // View ▸ Theme while the dialog is open: the notice and the transcript take the new theme's colours.
    ThemeColors::follow(this, [this] {
        showNotice();
        m_transcript->setProperty("callId", QString());
        showCall(m_shownId);
    });
    resize(1100, 780);
}

TestCallDialog::~TestCallDialog() = default;

QString TestCallDialog::numberKey(const QString &connectionId)
{
    return QStringLiteral("testCall/%1/phoneNumber").arg(connectionId);
}

QString TestCallDialog::callerKey(const QString &connectionId)
{
    return QStringLiteral("testCall/%1/fromPhoneNumber").arg(connectionId);
}

// --- layout ------------------------------------------------------------------------------------

void TestCallDialog::buildForm()
{
    auto *row = new QHBoxLayout;

    auto *callBox = new QGroupBox(tr("Call"), this);
    auto *form = new QFormLayout(callBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addInput = [this, form](const QString &text, const char *name, const QString &accessible,
                                       const QString &placeholder, QLabel **message) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setAccessibleDescription(accessible);
        edit->setPlaceholderText(placeholder);
        auto *label = new QLabel(text, this);
        label->setBuddy(edit);
        AccessibleNames::fromLabel(label);
        form->addRow(label, edit);
        *message = new QLabel(this);
        (*message)->setObjectName(QLatin1String(name) + QStringLiteral("Message"));
        (*message)->setWordWrap(true);
        (*message)->hide();
        form->addRow(QString(), *message);
        connect(edit, &QLineEdit::textChanged, this, &TestCallDialog::revalidate);
        return edit;
    };
    m_number = addInput(tr("&Number to call:"), "testCallNumber", tr("Number to call"),
                        tr("+14155550123 — your own phone"), &m_numberMessage);
    m_caller = addInput(tr("Calling &from:"), "testCallFrom", tr("Calling from"),
                        tr("empty: the account's default number"), &m_callerMessage);
    row->addWidget(callBox, 1, Qt::AlignTop);

    auto *variablesBox = new QGroupBox(tr("Prompt variables"), this);
    m_variablesBox = variablesBox;
    auto *variablesLayout = new QVBoxLayout(variablesBox);
    m_variablesNote = new QLabel(variablesBox);
    m_variablesNote->setWordWrap(true);
    EditorWidgets::makeSecondary(m_variablesNote);
    m_variablesForm = new QFormLayout;
    m_variablesForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_variablesWarning = new QLabel(variablesBox);
    m_variablesWarning->setObjectName(QStringLiteral("testCallVariablesWarning"));
    m_variablesWarning->setWordWrap(true);
    m_variablesWarning->hide();
    variablesLayout->addWidget(m_variablesNote);
    variablesLayout->addLayout(m_variablesForm);
    variablesLayout->addWidget(m_variablesWarning);
    variablesLayout->addStretch(1);
    row->addWidget(variablesBox, 1);
    static_cast<QVBoxLayout *>(layout())->addLayout(row);

    auto *buttons = new QHBoxLayout;
    const auto button = [this, buttons](const QString &text, const char *name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        b->setAutoDefault(false);
        buttons->addWidget(b);
        return b;
    };
    m_call = button(tr("&Call"), "testCallPlace",
                    tr("Place the call with the assistant as it is in the editor, unsaved edits included"));
    m_call->setDefault(true);
    m_call->setIcon(AppIcons::icon(QStringLiteral("call-start")));
    m_cancel = button(tr("Cancel C&all"), "testCallCancel", tr("Ask the server to end the call"));
    m_cancel->setIcon(AppIcons::icon(QStringLiteral("call-stop")));
    m_lookUp = button(tr("&Look Up Again"), "testCallLookUp", tr("Read the call from the server again"));
    m_showField = button(tr("Show in &Editor"), "testCallShowField", tr("Go to the value that must be typed again"));
    m_showField->hide();
    buttons->addStretch(1);
    static_cast<QVBoxLayout *>(layout())->addLayout(buttons);

    connect(m_call, &QPushButton::clicked, this, &TestCallDialog::placeCall);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_job->cancel();
        updateButtons();
        if (!m_job->call().id.isEmpty())
            renderStatus(m_job->call());
    });
    connect(m_lookUp, &QPushButton::clicked, this, [this] {
        clearProblem();
        m_job->follow(m_job->call().id);
    });
    connect(m_showField, &QPushButton::clicked, this, [this] { emit fieldRequested(m_secretPath); });
}

void TestCallDialog::buildCallArea()
{
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("testCallProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("testCallStatus"));
    m_status->setTextFormat(Qt::RichText);
    m_status->setAccessibleName(tr("Call status"));
    m_attempts = new QLabel(this);
    m_attempts->setObjectName(QStringLiteral("testCallAttempts"));
    m_attempts->setWordWrap(true);
    EditorWidgets::makeSecondary(m_attempts);
    auto *top = static_cast<QVBoxLayout *>(layout());
    top->addWidget(m_problem);
    top->addWidget(m_status);
    top->addWidget(m_attempts);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    auto *historyBox = new QGroupBox(tr("Test calls this session"), splitter);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_history = new QListWidget(historyBox);
    m_history->setObjectName(QStringLiteral("testCallHistory"));
    m_history->setAccessibleName(tr("Test calls of this assistant in this session"));
    m_history->setWordWrap(true);
    historyLayout->addWidget(m_history);
    connect(m_history, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showCall(item->data(kCallIdRole).toString());
    });

    auto *callBox = new QWidget(splitter);
    auto *callLayout = new QVBoxLayout(callBox);
    callLayout->setContentsMargins(0, 0, 0, 0);
    auto *transcriptLabel = new QLabel(tr("&Transcript"), callBox);
    m_transcript = new QTreeWidget(callBox);
    m_transcript->setObjectName(QStringLiteral("testCallTranscript"));
    m_transcript->setAccessibleName(tr("Transcript"));
    transcriptLabel->setBuddy(m_transcript);
    m_transcript->setColumnCount(2);
    m_transcript->setHeaderLabels({tr("Who"), tr("What was said")});
    m_transcript->setRootIsDecorated(false);
    m_transcript->setWordWrap(true);
    m_transcript->setUniformRowHeights(false);
    m_transcript->setAlternatingRowColors(false);
    m_transcript->header()->setStretchLastSection(true);
    m_transcript->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_outcome = new QLabel(callBox);
    m_outcome->setObjectName(QStringLiteral("testCallOutcome"));
    m_outcome->setTextFormat(Qt::RichText);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_structured = new QPlainTextEdit(callBox);
    m_structured->setObjectName(QStringLiteral("testCallStructuredOutput"));
    m_structured->setAccessibleName(tr("Structured output"));
    m_structured->setReadOnly(true);
    EditorWidgets::makeMonospace(m_structured);
    EditorWidgets::setVisibleLines(m_structured, 6);
    m_structuredLabel = new QLabel(tr("&Structured output:"), callBox);
    m_structuredLabel->setBuddy(m_structured);
    callLayout->addWidget(transcriptLabel);
    callLayout->addWidget(m_transcript, 1);
    callLayout->addWidget(m_outcome);
    callLayout->addWidget(m_structuredLabel);
    callLayout->addWidget(m_structured);

    splitter->addWidget(historyBox);
    splitter->addWidget(callBox);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({340, 760});
    top->addWidget(splitter, 1);
}

void TestCallDialog::showNotice()
{
    const ConnectionProfile &connection = m_context.connection;
    using Role = ThemeColors::Role;
    Role background = Role::WarningBanner;
    Role text = Role::BannerText;
    if (connection.isSandbox()) {
        m_notice->setText(tr("<b>Sandbox</b> — the call is simulated on this computer. No phone rings."));
        background = Role::SandboxStrip;
        text = Role::StripText;
    } else if (connection.production) {
        m_notice->setText(tr("<b>This is a real call.</b> The phone at the number below will ring, on the "
                             "production account “%1”, and the call counts like any other.")
                              .arg(connection.name.toHtmlEscaped()));
        background = Role::ProductionStrip;
        text = Role::ProductionStripText;
    } else {
        m_notice->setText(tr("<b>This is a real call</b> through “%1”: the phone at the number below will ring.")
                              .arg(connection.name.toHtmlEscaped()));
    }
    QPalette palette = m_notice->palette();
    palette.setColor(QPalette::Window, ThemeColors::color(background));
    palette.setColor(QPalette::WindowText, ThemeColors::color(text));
    m_notice->setPalette(palette);
    m_notice->setProperty("production", connection.production);
    m_notice->setProperty("realCall", !connection.isSandbox());
    m_notice->setAccessibleName(QString(m_notice->text()).remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>")));
}

// --- the form ----------------------------------------------------------------------------------

void TestCallDialog::setSource(const Source &source)
{
    m_source = source;
    refresh();
}

void TestCallDialog::refresh()
{
    const std::optional<Assistant> state = m_source ? m_source() : std::nullopt;
    if (state) {
        const QString name = state->name().trimmed().isEmpty() ? tr("Unnamed assistant") : state->name();
        setWindowTitle(tr("Test Call — %1").arg(name));
        rebuildVariables(PromptVariables::of(*state));
    }
    updateButtons();
}

void TestCallDialog::changeEvent(QEvent *event)
{
    // Back from the editor: the prompt may use other variables now.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        refresh();
    QDialog::changeEvent(event);
}

void TestCallDialog::rebuildVariables(const QStringList &names)
{
    QStringList shown;
    for (const QLineEdit *input : std::as_const(m_variableInputs))
        shown.append(input->property("variable").toString());
    if (shown == names && !m_variablesNote->text().isEmpty())
        return;
    while (m_variablesForm->rowCount() > 0)
        m_variablesForm->removeRow(0);
    m_variableInputs.clear();
    for (const QString &name : names) {
        auto *input = new QLineEdit(m_values.value(name), m_variablesBox);
        input->setObjectName(QStringLiteral("variable:") + name);
        input->setProperty("variable", name);
        input->setAccessibleDescription(tr("Value of {{%1}}").arg(name));
        auto *label = new QLabel(QStringLiteral("{{%1}}:").arg(name), m_variablesBox);
        label->setBuddy(input);
        AccessibleNames::fromLabel(label);
        m_variablesForm->addRow(label, input);
        // Made after the buttons below them: Tab takes them in reading order all the same.
        QWidget::setTabOrder(m_variableInputs.isEmpty() ? m_caller : m_variableInputs.constLast(), input);
        m_variableInputs.append(input);
        connect(input, &QLineEdit::textChanged, this, [this, name](const QString &text) {
            m_values.insert(name, text);
            revalidate();
        });
    }
    if (!m_variableInputs.isEmpty())
        QWidget::setTabOrder(m_variableInputs.constLast(), m_call);
    m_variablesNote->setText(names.isEmpty()
                                 ? tr("The prompt and the first sentence use no {{variables}}.")
                                 : tr("Sent as prompt_variables: they fill the {{variables}} of the prompt and the "
                                      "first sentence for this call."));
    revalidate();
}

void TestCallDialog::revalidate()
{
    const QString number = m_number->text().trimmed();
    const QString numberProblem
        = number.isEmpty() ? QString() : Validation::checkPhoneE164(tr("Number to call"), number);
    setMessage(m_numberMessage, numberProblem, EditorWidgets::errorColor());
    const QString caller = m_caller->text().trimmed();
    const QString callerProblem = caller.isEmpty() ? QString() : Validation::checkPhoneE164(tr("Calling from"), caller);
    setMessage(m_callerMessage, callerProblem, EditorWidgets::errorColor());

    // The API takes a call without them: said, not blocked.
    QStringList missing;
    for (const QLineEdit *input : std::as_const(m_variableInputs)) {
        if (input->text().trimmed().isEmpty())
            missing.append(QStringLiteral("{{%1}}").arg(input->property("variable").toString()));
    }
    setMessage(m_variablesWarning,
               missing.isEmpty() ? QString()
                                 : tr("No value for %1: the call can go without, but the assistant then gets the "
                                      "placeholder as it is.")
                                       .arg(missing.join(QStringLiteral(", "))),
               EditorWidgets::warningColor());
    updateButtons();
}

void TestCallDialog::updateButtons()
{
    const TestCallJob::State state = m_job->state();
    const bool numberValid = !m_number->text().trimmed().isEmpty() && m_numberMessage->text().isEmpty();
    const bool callerValid = m_callerMessage->text().isEmpty();
    const bool hasSource = m_source && m_source().has_value();
    m_call->setEnabled(numberValid && callerValid && hasSource && !m_job->isActive());
    const bool callExists = state == TestCallJob::State::Placing || state == TestCallJob::State::Following
        || state == TestCallJob::State::Lost || state == TestCallJob::State::Stopped;
    m_cancel->setEnabled(callExists && !m_job->isCancelling());
    m_lookUp->setEnabled((state == TestCallJob::State::Lost || state == TestCallJob::State::Stopped)
                         && !m_job->call().id.isEmpty());
    m_showField->setVisible(!m_secretPath.isEmpty());
}

// --- the call ----------------------------------------------------------------------------------

void TestCallDialog::placeCall()
{
    if (m_job->isActive())
        return;
    refresh();
    const std::optional<Assistant> state = m_source ? m_source() : std::nullopt;
    if (!state) {
        showProblem(tr("The editor of this assistant was closed: open the assistant again to place a test call."));
        return;
    }
    revalidate();
    if (!m_call->isEnabled()) {
        m_number->setFocus(Qt::OtherFocusReason);
        return;
    }
    CallRequest request;
    request.phoneNumber = m_number->text().trimmed();
    request.fromPhoneNumber = m_caller->text().trimmed();
    request.assistant = AssistantPatch::forCreate(*state);
    for (const QLineEdit *input : std::as_const(m_variableInputs)) {
        if (!input->text().trimmed().isEmpty())
            request.promptVariables.insert(input->property("variable").toString(), input->text());
    }
    m_context.settings->setValue(numberKey(connectionId()), request.phoneNumber);
    if (request.fromPhoneNumber.isEmpty())
        m_context.settings->remove(callerKey(connectionId()));
    else
        m_context.settings->setValue(callerKey(connectionId()), request.fromPhoneNumber);

    m_secretPath.clear();
    clearProblem();
    m_status->setText(tr("Placing the call to %1…").arg(request.phoneNumber.toHtmlEscaped()));
    m_attempts->clear();
    m_job->start(request);
}

void TestCallDialog::stopFollowing()
{
    m_job->stop();
    if (m_job->state() == TestCallJob::State::Stopped)
        showProblem(tr("No longer followed: another connection became live. The call goes on; Look Up Again reads "
                       "it once more when this connection is live again."),
                    false);
}

void TestCallDialog::reject()
{
    if (m_job->isActive() && m_context.prompter) {
        const QString number
            = m_job->call().phoneNumber.isEmpty() ? m_number->text().trimmed() : m_job->call().phoneNumber;
        const Prompter::Question question{
            .id = QStringLiteral("cancelTestCall"),
            .icon = QMessageBox::Question,
            .title = tr("Close Test Call"),
            .text = tr("The test call to %1 is still running.").arg(number),
            .informativeText = tr("Cancel the call, or let it go on? A call that goes on stays listed here; "
                                  "open Test Call again to follow it."),
            .choices = {{QStringLiteral("cancelCall"), tr("Cancel the Call"), QMessageBox::DestructiveRole},
                        {QStringLiteral("letItRun"), tr("Let It Run"), QMessageBox::AcceptRole},
                        Prompter::cancelChoice()},
            .defaultChoice = Prompter::cancel};
        const QString answer = m_context.prompter->ask(this, question);
        if (answer == Prompter::cancel)
            return;
        if (answer == u"cancelCall")
            m_job->cancel();
    }
    QDialog::reject();
}

void TestCallDialog::onStateChanged(TestCallJob::State)
{
    updateButtons();
    if (!m_job->call().id.isEmpty())
        renderStatus(m_job->call());
}

void TestCallDialog::onPlaced(const CallInfo &call)
{
    m_placedAt.insert(call.id, QDateTime::currentDateTime());
    record(call);
    m_history->setCurrentRow(0); // shows it
}

void TestCallDialog::onUpdated(const CallInfo &call)
{
    record(call);
    if (call.id == m_shownId)
        showCall(call.id);
    updateButtons();
}

void TestCallDialog::onRefused(const ApiError &error, bool mayHaveBeenPlaced)
{
    m_status->setText(tr("<b>Not placed</b>"));
    // A secret the draft could not keep: said with the tool and header, and where to type it again.
    for (const ApiError::FieldError &field : error.fieldErrors()) {
        if (error.kind() == ApiError::Kind::Invalid && field.field.startsWith(u"custom_tools[")) {
            m_secretPath = field.field;
            break;
        }
    }
    if (!m_secretPath.isEmpty())
        showProblem(tr("The call was not placed: %1 Type the value again in the editor, then call again.")
                        .arg(error.message()));
    else if (mayHaveBeenPlaced)
        showProblem(tr("No answer came from the server, and the list of calls could not be read: the call may have "
                       "been placed all the same. %1 Check the phone before calling again.")
                        .arg(error.message()));
    else
        showProblem(tr("The call was not placed: %1").arg(withServerWords(error)));
    updateButtons();
}

void TestCallDialog::showProblem(const QString &text, bool error)
{
    setMessage(m_problem, text, error ? EditorWidgets::errorColor() : EditorWidgets::warningColor());
}

void TestCallDialog::clearProblem()
{
    setMessage(m_problem, QString(), EditorWidgets::errorColor());
}

// --- showing calls -----------------------------------------------------------------------------

void TestCallDialog::record(const CallInfo &call)
{
    for (int row = 0; row < m_calls.size(); ++row) {
        if (m_calls.at(row).id == call.id) {
            m_calls[row] = call;
            m_history->item(row)->setText(historyText(call));
            return;
        }
    }
    m_calls.prepend(call);
    auto *item = new QListWidgetItem(historyText(call));
    item->setData(kCallIdRole, call.id);
    m_history->insertItem(0, item);
}

QString TestCallDialog::historyText(const CallInfo &call) const
{
    const QDateTime placed = m_placedAt.value(call.id, call.createdAt.toLocalTime());
    QStringList parts{LocaleFormat::timeOfDay(placed), call.phoneNumber, CallText::status(call.status)};
    if (const QString length = CallText::duration(call.durationSeconds); !length.isEmpty())
        parts.append(length);
    return parts.join(QStringLiteral(" · "));
}

void TestCallDialog::showCall(const QString &callId)
{
    const auto it
        = std::find_if(m_calls.cbegin(), m_calls.cend(), [&callId](const CallInfo &c) { return c.id == callId; });
    if (it == m_calls.cend())
        return;
    m_shownId = callId;
    renderStatus(*it);
    renderTranscript(it->transcript);
    renderOutcome(*it);
}

void TestCallDialog::renderStatus(const CallInfo &call)
{
    QString status = QStringLiteral("<b>%1</b> · %2")
                         .arg(CallText::status(call.status).toHtmlEscaped(), call.phoneNumber.toHtmlEscaped());
    if (call.id == m_job->call().id) {
        if (m_job->isCancelling())
            status += u' ' + tr("· cancelling…");
        else if (m_job->state() == TestCallJob::State::Lost)
            status += u' ' + tr("· last known state");
        else if (m_job->state() == TestCallJob::State::Stopped)
            status += u' ' + tr("· not followed");
    }
    m_status->setText(status);
    QStringList attempts;
    for (int i = int(call.attempts.size()) - 1; i >= 0; --i) // oldest first
        attempts.append(CallText::attempt(call.attempts.at(i), int(call.attempts.size()) - i));
    m_attempts->setText(attempts.isEmpty() ? tr("No attempt yet.") : attempts.join(u'\n'));
}

void TestCallDialog::renderTranscript(const QList<CallInfo::TranscriptEntry> &transcript)
{
    QScrollBar *scroll = m_transcript->verticalScrollBar();
    const bool atEnd = scroll->value() == scroll->maximum();
    // A transcript only grows; anything else (another call shown) is drawn again.
    int shown = m_transcript->topLevelItemCount();
    if (shown > transcript.size() || m_transcript->property("callId").toString() != m_shownId) {
        m_transcript->clear();
        shown = 0;
        m_transcript->setProperty("callId", m_shownId);
    }
    const QColor assistantBackground = ThemeColors::color(ThemeColors::Role::TranscriptAssistant);
    const QColor toolBackground = ThemeColors::color(ThemeColors::Role::TranscriptTool);
    const QColor toolText = ThemeColors::color(ThemeColors::Role::HelpText);
    for (qsizetype i = shown; i < transcript.size(); ++i) {
        const CallInfo::TranscriptEntry &entry = transcript.at(i);
        QString said = entry.content;
        if (entry.role == CallInfo::TranscriptEntry::Role::Tool) {
            said = entry.toolName;
            const QString arguments = compactJson(entry.toolArguments);
            if (!arguments.isEmpty() && arguments != u"{}")
                said += u' ' + arguments;
            if (!entry.content.isEmpty())
                said += QStringLiteral(" → ") + entry.content;
            if (entry.toolIsError)
                said += u' ' + tr("(failed)");
        }
        auto *item = new QTreeWidgetItem({CallText::speaker(entry.role), said});
        item->setData(0, kRoleNameRole, entry.roleName);
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        if (entry.role == CallInfo::TranscriptEntry::Role::Assistant) {
            for (int column = 0; column < 2; ++column)
                item->setBackground(column, assistantBackground);
        } else if (entry.role == CallInfo::TranscriptEntry::Role::Tool) {
            QFont italic = item->font(1);
            italic.setItalic(true);
            item->setFont(1, italic);
            for (int column = 0; column < 2; ++column) {
                item->setBackground(column, toolBackground);
                item->setForeground(column, toolText);
            }
        }
        item->setToolTip(1, said);
        m_transcript->addTopLevelItem(item);
    }
    if (atEnd)
        m_transcript->scrollToBottom();
}

void TestCallDialog::renderOutcome(const CallInfo &call)
{
    if (call.id.isEmpty() || !call.isFinal()) {
        m_outcome->setText(call.id.isEmpty() ? tr("Place a call to hear the assistant as it is in the editor.")
                                             : tr("The outcome shows when the call has ended."));
        m_structured->hide();
        m_structuredLabel->hide();
        return;
    }
    const CallInfo::Attempt last = call.attempts.isEmpty() ? CallInfo::Attempt() : call.attempts.first();
    QList<std::pair<QString, QString>> rows;
    rows.append({tr("Outcome"), CallText::status(call.outcome.isEmpty() ? call.status : call.outcome)});
    if (!call.result.isEmpty())
        rows.append({tr("Result"), CallText::result(call.result)});
    if (const QString length = CallText::duration(call.durationSeconds); !length.isEmpty())
        rows.append({tr("Duration"), length});
    if (!last.endedBy.isEmpty())
        rows.append({tr("Ended by"),
                     last.endReason.isEmpty()
                         ? CallText::endedBy(last.endedBy)
                         : tr("%1 (%2)").arg(CallText::endedBy(last.endedBy), CallText::endReason(last.endReason))});
    if (!last.dialError.isEmpty())
        rows.append({tr("Dialling"), CallText::dialError(last.dialError)});
    if (!call.recordingUrl.isEmpty())
        rows.append({tr("Recording"), call.recordingUrl});
    QString html;
    for (const auto &[label, value] : rows)
        html += QStringLiteral("<tr><td><b>%1:</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    m_outcome->setText(QStringLiteral("<table cellspacing=0 cellpadding=2>%1</table>").arg(html));

    const bool structured = (call.structuredOutput.isObject() && !call.structuredOutput.toObject().isEmpty())
        || (call.structuredOutput.isArray() && !call.structuredOutput.toArray().isEmpty());
    if (structured)
        m_structured->setPlainText(
            QString::fromUtf8(call.structuredOutput.isObject()
                                  ? QJsonDocument(call.structuredOutput.toObject()).toJson(QJsonDocument::Indented)
                                  : QJsonDocument(call.structuredOutput.toArray()).toJson(QJsonDocument::Indented))
                .trimmed());
    m_structured->setVisible(structured);
    m_structuredLabel->setVisible(structured);
}
