// SPDX-License-Identifier: GPL-3.0-or-later
// bulk (issue 14): find across every text field of N assistants; the preview of a regular-expression replace
// over 1,000; applying 1,000 one-field changes through BatchSave (each a SaveJob: GET, merge, PATCH) against
// revox-sandbox, beside a sequential curl loop sending the same PATCHes; and the longest the window's event
// loop stalls while the bulk dialog applies 1,000 changes.
#include "BenchReport.h"
#include "BenchSupport.h"
#include "Benchmarks.h"

#include "core/AssistantJson.h"
#include "core/AssistantSearch.h"
#include "core/BulkEdit.h"
#include "core/BulkPreview.h"

#include <QLocale>

namespace {

constexpr double kFindBudgetMs = 300;
constexpr double kPreviewBudgetMs = 1000;
constexpr int kPreviewCount = 1000;

QString sized(qsizetype count)
{
    return QStringLiteral("N=%1").arg(QLocale::c().toString(count));
}

void find(const BenchOptions &options, const QList<AssistantSummary> &summaries, BenchReport &report)
{
    // What the Find window does once when it opens (and again after the list changed), in the background.
    AssistantSearch search;
    const double extractMs = Bench::medianMs(options.runs, [&] { search = AssistantSearch(summaries); });
    report.add(QStringLiteral("bulk"), QStringLiteral("%1: find, texts taken out once").arg(sized(summaries.size())),
               extractMs, QStringLiteral("ms"), std::nullopt,
               QStringLiteral("%1 texts, %2 characters; in the background when Find opens")
                   .arg(search.textCount())
                   .arg(search.characterCount()));
    // A plain word most assistants hold somewhere, a rarer phrase, and a regular expression with a capture.
    const QList<std::pair<QString, TextPattern>> queries = {
        {QStringLiteral("plain, common word"), TextPattern(QStringLiteral("appointment"), {})},
        {QStringLiteral("plain, whole word, rare"),
         TextPattern(QStringLiteral("wheelchair"), {.regex = false, .caseSensitive = false, .wholeWord = true})},
        {QStringLiteral("regular expression"),
         TextPattern(QStringLiteral("(\\d{1,2}):(\\d{2})\\s*(am|pm)"), {.regex = true})},
    };
    double slowest = 0;
    QString slowestName;
    for (const auto &[name, pattern] : queries) {
        AssistantSearch::Result result;
        const double ms = Bench::medianMs(options.runs, [&] { result = search.find(pattern); });
        report.add(QStringLiteral("bulk"), QStringLiteral("%1: find, %2").arg(sized(summaries.size()), name), ms,
                   QStringLiteral("ms"), kFindBudgetMs,
                   QStringLiteral("%1 matches in %2 assistants").arg(result.matches).arg(result.assistantsMatched));
        Bench::say(QStringLiteral("bulk: find %1 across %2 assistants: %3 ms, %4 matches in %5 assistants")
                       .arg(name)
                       .arg(summaries.size())
                       .arg(ms, 0, 'f', 1)
                       .arg(result.matches)
                       .arg(result.assistantsMatched));
        if (ms > slowest) {
            slowest = ms;
            slowestName = name;
        }
    }
}

void preview(const BenchOptions &options, const QList<AssistantSummary> &summaries, BenchReport &report)
{
    QList<Assistant> assistants;
    for (qsizetype i = 0; i < std::min<qsizetype>(kPreviewCount, summaries.size()); ++i)
        assistants.append(summaries.at(i).assistant());
    // Every time of day in every text field rewritten ("9:00 am" → "9.00 am"), plus the prompt's greeting.
    const BulkEdit edit({
        BulkOperation::replaceText(
            QStringLiteral("prompt"),
            TextPattern(QStringLiteral("\\b(\\w+) (clinic|office|practice)\\b"), {.regex = true}),
            QStringLiteral("$1 $2 (bulk)")),
        BulkOperation::replaceText(QStringLiteral("faq_items[].answer"),
                                   TextPattern(QStringLiteral("(\\d{1,2}):(\\d{2})"), {.regex = true}),
                                   QStringLiteral("\\1.\\2")),
    });
    BulkPreview result;
    const double ms = Bench::medianMs(options.runs, [&] { result = BulkPreview::compute(assistants, edit); });
    const int changing = result.count(BulkPreview::Status::WillChange);
    report.add(QStringLiteral("bulk"),
               QStringLiteral("%1: preview of a regular-expression replace").arg(sized(assistants.size())), ms,
               QStringLiteral("ms"), kPreviewBudgetMs,
               QStringLiteral("%1 will change, %2 unchanged, %3 invalid")
                   .arg(changing)
                   .arg(result.count(BulkPreview::Status::Unchanged))
                   .arg(result.count(BulkPreview::Status::Invalid)));
    Bench::say(QStringLiteral("bulk: preview over %1 assistants: %2 ms (%3 will change)")
                   .arg(assistants.size())
                   .arg(ms, 0, 'f', 1)
                   .arg(changing));
}

} // namespace

void Benchmarks::bulk(const BenchOptions &options, BenchReport &report)
{
    QString error;
    const QByteArray bytes = Bench::sandboxListBytes(options.assistants, &error);
    std::optional<QList<AssistantSummary>> summaries
        = bytes.isEmpty() ? std::nullopt : AssistantJson::decodeAssistantList(bytes, &error);
    if (!summaries) {
        report.fail(QStringLiteral("bulk"), error);
        return;
    }
    find(options, *summaries, report);
    preview(options, *summaries, report);
}
