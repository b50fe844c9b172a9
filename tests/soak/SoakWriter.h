// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SoakEdits.h"
#include "SoakRandom.h"

#include "core/Assistant.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class ApiError;
class DraftStore;
class FolderSecretStore;
class RevoxClient;
class SecretSealer;
class SoakNetworkAccess;

// One writing process of the soak: a user at the app, without the window. It opens assistants, edits random
// fields, saves through SaveJob (its ConflictPolicy answers conflicts), creates through CreateJob (trying
// again after an uncertain outcome, as a user would), clones through CloneJob and deletes through DeleteJob,
// one operation at a time, and keeps every unsaved edit in a DraftStore draft as the app does — its keys for
// sealing typed secrets in a FolderSecretStore, so that the drafts open again after a SIGKILL. At start it
// restores the drafts it finds, as the app offers to.
//
// It reports what it intends and what it did on stdout, one JSON object per line, each line written before
// the step it announces touches the server or the disk (SoakLedger reads them). "stop" on stdin ends it after
// the operation in flight.
class SoakWriter : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString name; // "A"
        int incarnation = 1; // 1 for the first process, +1 for each restart
        QUrl baseUrl;
        QString apiKey;
        QString stateDir; // drafts and keys, kept across restarts
        quint64 seed = 0;
        bool auditOnly = false; // restore the drafts, report them, and end
        int minAssistants = 4; // no delete below this many
        int maxAssistants = 16; // no create or clone above
    };

    explicit SoakWriter(const Options &options, QObject *parent = nullptr);
    ~SoakWriter() override;

    bool open(QString *error);
    void start();
    void stop(); // after the operation in flight

    static QString connectionId() { return QStringLiteral("soak"); }

signals:
    void finished(int exitCode);

private:
    struct Editor
    {
        Assistant base;
        Assistant edited;
    };
    enum class Kind { Edit, Save, Create, Clone, Delete, Refresh };

    void report(const QString &event, QJsonObject fields = {});
    int beginOperation(); // a new operation number, set on every request that follows
    void next();
    void runOperation();

    void loadList(const std::function<void(bool ok)> &done);
    void restoreDrafts();
    void restoreNext();
    // Whether the assistant is gone: a 404 is believed only when the list agrees.
    void confirmGone(const QString &id, const std::function<void(bool gone)> &done);

    void edit();
    void applyEdits(const QString &id);
    void save();
    void create();
    void clone();
    void remove();
    void refresh();

    bool keepDraft(const QString &id, QString *error = nullptr); // writes it, or removes it when nothing is unsaved
    void dropEditor(const QString &id, const QString &reason);
    QJsonObject pendingOf(const QString &id) const;
    QString pickAssistant();

    Options m_options;
    SoakRandom m_random;
    SoakEdits m_edits;
    std::unique_ptr<SoakNetworkAccess> m_network;
    std::unique_ptr<RevoxClient> m_client;
    std::unique_ptr<FolderSecretStore> m_keys;
    std::unique_ptr<SecretSealer> m_sealer;
    std::unique_ptr<DraftStore> m_drafts;

    QMap<QString, Editor> m_editors;
    QStringList m_pool; // the assistants of the last list, as this writer knows them
    QStringList m_toRestore;
    int m_operation = 0;
    int m_created = 0;
    bool m_stopping = false;
    bool m_running = false;
};
