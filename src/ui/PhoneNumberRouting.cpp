// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumberRouting.h"

#include "ConnectionController.h"
#include "Prompter.h"
#include "core/PhoneNumberDirectory.h"
#include "editor/AssistantEditor.h"
#include "editor/PhoneNumbersPanel.h"

namespace {

constexpr int kStatusMessageMs = 5000;

QString describe(const PhoneNumberInfo &number)
{
    return number.label.isEmpty() ? number.phoneNumber
                                  : QStringLiteral("%1 (%2)").arg(number.phoneNumber, number.label);
}

QString nameOf(const AssistantEditor *editor)
{
    const QString name = editor->base().name().trimmed();
    return name.isEmpty() ? editor->assistantId() : name;
}

} // namespace

PhoneNumberRouting::PhoneNumberRouting(PhoneNumberDirectory *directory, Prompter *prompter,
                                       ConnectionController *connections, QWidget *window)
    : QObject(window)
    , m_directory(directory)
    , m_prompter(prompter)
    , m_window(window)
{
    connect(m_directory, &PhoneNumberDirectory::changed, this, &PhoneNumberRouting::refreshPanels);
    connect(connections, &ConnectionController::switched, m_directory, &PhoneNumberDirectory::clear);
    connect(m_directory, &PhoneNumberDirectory::routed, this, [this](const PhoneNumberInfo &number, const QString &) {
        const QString reaches = number.inboundAssistantId.isEmpty()
            ? tr("no assistant")
            : (number.inboundAssistantName.isEmpty() ? number.inboundAssistantId
                                                     : QStringLiteral("“%1”").arg(number.inboundAssistantName));
        emit message(tr("Inbound calls to %1 now reach %2.").arg(describe(number), reaches), kStatusMessageMs);
    });
    connect(m_directory, &PhoneNumberDirectory::routeFailed, this,
            [this](const PhoneNumberInfo &number, const ApiError &error) {
                const QString text = tr("%1 was not changed: %2").arg(describe(number), error.message());
                for (AssistantEditor *editor : std::as_const(m_editors)) {
                    if (editor)
                        editor->phoneNumbers()->showProblem(text);
                }
            });
}

void PhoneNumberRouting::watch(AssistantEditor *editor)
{
    m_editors.removeIf([](const QPointer<AssistantEditor> &e) { return e.isNull(); });
    m_editors.append(editor);
    PhoneNumbersPanel *panel = editor->phoneNumbers();
    connect(panel, &PhoneNumbersPanel::routeHereRequested, this,
            [this, editor](const QString &id) { routeHere(editor, id); });
    connect(panel, &PhoneNumbersPanel::routeAwayRequested, this,
            [this, editor](const QString &id) { routeAway(editor, id); });
    connect(panel, &PhoneNumbersPanel::reloadRequested, m_directory, &PhoneNumberDirectory::reload);
    if (m_directory->state() == PhoneNumberDirectory::State::Unknown)
        m_directory->reload(); // refreshes every panel once it answers
    else
        refresh(editor);
}

void PhoneNumberRouting::refreshPanels()
{
    for (AssistantEditor *editor : std::as_const(m_editors)) {
        if (editor)
            refresh(editor);
    }
}

void PhoneNumberRouting::refresh(AssistantEditor *editor)
{
    PhoneNumbersPanel *panel = editor->phoneNumbers();
    QSet<QString> routing;
    for (const PhoneNumberInfo &number : m_directory->numbers()) {
        if (m_directory->isRouting(number.id))
            routing.insert(number.id);
    }
    switch (m_directory->state()) {
    case PhoneNumberDirectory::State::Unknown:
    case PhoneNumberDirectory::State::Loading:
        panel->showLoading();
        break;
    case PhoneNumberDirectory::State::Loaded:
        panel->showNumbers(m_directory->numbers(), routing);
        break;
    case PhoneNumberDirectory::State::Failed:
        panel->showNumbers(m_directory->numbers(), routing);
        panel->showProblem(tr("The phone numbers could not be read: %1").arg(m_directory->error().message()));
        break;
    }
}

void PhoneNumberRouting::routeHere(AssistantEditor *editor, const QString &numberId)
{
    const std::optional<PhoneNumberInfo> number = m_directory->number(numberId);
    if (!number)
        return;
    const QString informative = number->inboundAssistantId.isEmpty()
        ? tr("Its inbound calls reach no assistant now.")
        : tr("Its inbound calls reach “%1” now; they will reach this assistant instead, from the next call on.")
              .arg(number->inboundAssistantName.isEmpty() ? number->inboundAssistantId : number->inboundAssistantName);
    const Prompter::Question question{
        .id = QStringLiteral("routePhoneNumber"),
        .icon = QMessageBox::Question,
        .title = tr("Route Phone Number"),
        .text = tr("Route the inbound calls of %1 to “%2”?").arg(describe(*number), nameOf(editor)),
        .informativeText = informative,
        .choices = {{QStringLiteral("confirmRoute"), tr("Route"), QMessageBox::AcceptRole}, Prompter::cancelChoice()},
        .defaultChoice = Prompter::cancel};
    if (m_prompter->ask(m_window, question) == u"confirmRoute")
        m_directory->route(numberId, editor->assistantId());
}

void PhoneNumberRouting::routeAway(AssistantEditor *editor, const QString &numberId)
{
    const std::optional<PhoneNumberInfo> number = m_directory->number(numberId);
    if (!number)
        return;
    const Prompter::Question question{
        .id = QStringLiteral("unroutePhoneNumber"),
        .icon = QMessageBox::Warning,
        .title = tr("Stop Routing Phone Number"),
        .text = tr("Stop routing the inbound calls of %1 to “%2”?").arg(describe(*number), nameOf(editor)),
        .informativeText = tr("Calls to this number will then reach no assistant."),
        .choices = {{QStringLiteral("confirmUnroute"), tr("Stop Routing"), QMessageBox::DestructiveRole},
                    Prompter::cancelChoice()},
        .defaultChoice = Prompter::cancel};
    if (m_prompter->ask(m_window, question) == u"confirmUnroute")
        m_directory->route(numberId, QString());
}
