// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "core/AssistantSummary.h"
#include "core/VoiceInfo.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QProgressBar;
class RevoxCall;
class RevoxClient;

// Loads the live connection's assistants (one load at a time: a new one replaces the one on its way) with
// its progress in a bar, and after the first list the voice catalogue, once per connection.
class ListLoader : public QObject
{
    Q_OBJECT

public:
    ListLoader(RevoxClient *client, QProgressBar *progress, QObject *parent);

    bool isLoading() const;
    const QList<VoiceInfo> &voices() const { return m_voices; }

    void load();
    // Another connection: the load on its way is dropped, its voices forgotten.
    void reset();

signals:
    void loaded(const QList<AssistantSummary> &summaries);
    void failed(const ApiError &error); // not when the load was dropped
    void finished(bool succeeded); // after loaded() or failed(), and after a dropped load
    // Voice names are a nicety: without them the table shows voice IDs, so a failure says nothing.
    void voicesLoaded(const QList<VoiceInfo> &voices);

private:
    void onFinished(RevoxCall *call);
    void loadVoices();

    RevoxClient *m_client;
    QProgressBar *m_progress;
    QPointer<RevoxCall> m_call;
    QPointer<RevoxCall> m_voicesCall;
    QList<VoiceInfo> m_voices;
};
