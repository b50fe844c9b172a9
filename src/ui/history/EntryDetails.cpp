// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryDetails.h"

#include "journal/JournalEntry.h"
#include "journal/JournalText.h"

#include <QLocale>

EntryDetails::EntryDetails(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setAccessibleName(tr("Change details"));
    setTabChangesFocus(true);
}

void EntryDetails::showEntry(const JournalEntry &entry)
{
    QStringList text;
    text.append(tr("#%1 · %2 · %3 · %4")
                    .arg(entry.id)
                    .arg(QLocale().toString(entry.started.toLocalTime(), QLocale::LongFormat),
                         JournalText::operationText(entry.operation), entry.connectionName));
    text.append(tr("Assistant: %1 (ID %2)")
                    .arg(entry.assistantName, entry.assistantId.isEmpty() ? tr("not known yet") : entry.assistantId));
    if (entry.batchId)
        text.append(tr("Part of batch %1").arg(entry.batchId));
    if (entry.relatedEntry)
        text.append(entry.operation == JournalEntry::Operation::Restore
                        ? tr("Restores what change #%1 deleted").arg(entry.relatedEntry)
                        : tr("Puts back change #%1").arg(entry.relatedEntry));
    QString outcome = JournalText::statusText(entry);
    if (entry.httpStatus && entry.status != JournalEntry::Status::Failed)
        outcome += tr(" (HTTP %1)").arg(entry.httpStatus);
    text.append(tr("Outcome: %1").arg(outcome));
    if (!entry.message.isEmpty())
        text.append(entry.message);
    text.append(QString());
    text += JournalText::lines(entry);
    const QStringList whole = JournalText::wholeValues(entry);
    for (qsizetype i = 0; i + 1 < whole.size(); i += 2)
        text += {QString(), whole.at(i), whole.at(i + 1)};
    setPlainText(text.join(u'\n'));
}

void EntryDetails::showNothing(const QString &why)
{
    setPlainText(why);
}
