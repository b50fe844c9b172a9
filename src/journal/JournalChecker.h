// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalEntry.h"
#include "core/Assistant.h"

#include <QList>
#include <QObject>
#include <QPointer>

class JournalStore;
class RevoxCall;
class RevoxClient;
class SecretSealer;

// Settles entries whose outcome is unknown (a lost answer, a crash mid-request) by reading what the server
// holds now, and writes the verdict into the journal:
//   - an edit or a revert: the server holds every value it sent → done; every value from before → not done;
//     anything else (somebody changed them since) → still unknown, marked checked;
//   - a create or restore: the list holds a new assistant with its name and prompt → done, else not done;
//   - a delete: the assistant is gone (404) → done, else not done;
//   - a clone: exactly one assistant made since whose name starts with the source's → done; none → not done.
// A request that fails leaves the entry as it was and stops the check (the server cannot be reached).
class JournalChecker : public QObject
{
    Q_OBJECT

public:
    enum class Verdict { Applied, NotApplied, Undetermined };
    Q_ENUM(Verdict)

    // The client and the store must outlive the checker.
    JournalChecker(RevoxClient *client, JournalStore *store, QObject *parent = nullptr);

    // Checks the entries one after another; ignored while a check runs.
    void check(const QList<JournalEntry> &entries);
    bool isRunning() const { return m_running; }

    // What the server's copy says about an edit, from values alone (tested without a server).
    static Verdict compare(const JournalEntry &entry, const Assistant &server, const SecretSealer &sealer);

signals:
    void checked(const JournalEntry &entry, JournalChecker::Verdict verdict);
    // All done, or stopped: `error` empty when every entry was checked.
    void finished(const QString &error);

private:
    void next();
    void settle(JournalEntry entry, Verdict verdict, const QString &assistantId = {});
    void stop(const QString &error);
    void checkEdit(const JournalEntry &entry);
    void checkDelete(const JournalEntry &entry);
    void checkByList(const JournalEntry &entry);

    QPointer<RevoxClient> m_client;
    QPointer<JournalStore> m_store;
    QList<JournalEntry> m_queue;
    bool m_running = false;
};
