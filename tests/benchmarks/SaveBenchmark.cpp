// SPDX-License-Identifier: GPL-3.0-or-later
// save: what a one-field edit sends (AssistantPatch::between) against the whole assistant, and how long
// a PATCH takes through RevoxClient against revox-sandbox running as its own process.
#include "BenchReport.h"
#include "BenchSupport.h"
#include "Benchmarks.h"
#include "SandboxProcess.h"

#include "core/AssistantJson.h"
#include "core/AssistantPatch.h"
#include "core/RevoxClient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>

void Benchmarks::save(const BenchOptions &options, BenchReport &report)
{
    SandboxProcess sandbox;
    QNetworkAccessManager network;
    RevoxClient client(&network);
    QString error;
    const std::optional<QList<Assistant>> listed
        = Bench::startAndList(sandbox, std::min(options.assistants, 1000), client, &error);
    if (!listed) {
        report.fail(QStringLiteral("save"), error);
        return;
    }
    const QList<Assistant> &assistants = *listed;

    QList<double> fullSizes;
    QList<double> nameSizes;
    QList<double> faqSizes;
    for (const Assistant &original : assistants) {
        fullSizes.append(AssistantJson::encode(original).size());
        Assistant renamed = original;
        renamed.setName(original.name() + QStringLiteral(" (edited)"));
        nameSizes.append(AssistantPatch::between(original, renamed).toJson().size());
        QList<FaqItem> faq = original.faqItems();
        if (faq.isEmpty())
            continue;
        Assistant answered = original;
        faq.first().answer += QStringLiteral(" Edited.");
        answered.setFaqItems(faq);
        faqSizes.append(AssistantPatch::between(original, answered).toJson().size());
    }
    const double full = Bench::median(fullSizes);
    const double name = Bench::median(nameSizes);
    report.add(QStringLiteral("save"), QStringLiteral("whole assistant, encoded"), full, QStringLiteral("B"),
               std::nullopt, QStringLiteral("median of %1").arg(assistants.size()));
    report.add(QStringLiteral("save"), QStringLiteral("PATCH body, name edited"), name, QStringLiteral("B"));
    report.add(QStringLiteral("save"), QStringLiteral("PATCH body / whole, name edited"), 100 * name / full,
               QStringLiteral("%"));
    if (!faqSizes.isEmpty())
        report.add(QStringLiteral("save"), QStringLiteral("PATCH body, one FAQ answer edited"), Bench::median(faqSizes),
                   QStringLiteral("B"), std::nullopt, QStringLiteral("the API replaces faq_items whole"));

    // Round trips, one after another, each renaming another assistant.
    const int trips = std::max(options.runs * 5, 20);
    QList<double> times;
    for (int trip = 0; trip < trips; ++trip) {
        const Assistant &original = assistants.at(trip % assistants.size());
        Assistant edited = original;
        edited.setName(original.name() + QStringLiteral(" #%1").arg(trip));
        QElapsedTimer timer;
        timer.start();
        const Bench::CallOutcome saved
            = Bench::finish(client.updateAssistant(original.id(), AssistantPatch::between(original, edited)));
        times.append(timer.nsecsElapsed() / 1e6);
        if (!saved.ok) {
            report.fail(QStringLiteral("save"), QStringLiteral("PATCH: ") + saved.error);
            return;
        }
        if (saved.assistant.name() != edited.name()) {
            report.fail(QStringLiteral("save"), QStringLiteral("PATCH answered another name"));
            return;
        }
    }
    const double trip = Bench::median(times);
    Bench::say(QStringLiteral("save: whole assistant %1 B, name PATCH %2 B, one FAQ answer %3 B; PATCH round trip "
                              "%4 ms (median of %5)")
                   .arg(full)
                   .arg(name)
                   .arg(Bench::median(faqSizes))
                   .arg(trip, 0, 'f', 2)
                   .arg(trips));
    report.add(QStringLiteral("save"), QStringLiteral("PATCH round trip through RevoxClient"), trip,
               QStringLiteral("ms"), std::nullopt, QStringLiteral("median of %1, sequential").arg(trips));
}
