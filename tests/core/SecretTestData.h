// SPDX-License-Identifier: GPL-3.0-or-later
// What the secret tests share: an assistant whose tools carry credentials, and a persistent store.
#pragma once

#include "core/Assistant.h"
#include "core/SecretSealer.h"
#include "core/SecretStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

#include <memory>

namespace SecretTestData {

inline const QString serverCanary = QStringLiteral("Bearer rvx_TOOLCANARY_41d9e2");
inline const QString typedCanary = QStringLiteral("rvx_TYPEDCANARY_8c03b7");

// Entries kept for as long as the test runs, and said to be persistent, as a keychain's are: the real
// keychain needs a Secret Service the test machines do not run (its fallback is tested in tests/security).
class KeptSecretStore : public MemorySecretStore
{
public:
    using MemorySecretStore::MemorySecretStore;
    bool isPersistent() const override { return true; }
};

inline QJsonObject pair(const QString &key, const QString &value)
{
    return {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}};
}

inline QJsonObject tool(const QString &name, const QJsonArray &headers, const QJsonArray &query = {})
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("description"), QStringLiteral("Looks things up.")},
            {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("url"), QString(QStringLiteral("https://api.example.com/") + name)},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("query_params"), query}};
}

// Two tools: check_availability (Authorization: the server canary, Accept; query clinic_id) and
// book_slot (X-Api-Key).
inline Assistant assistant()
{
    return Assistant(QJsonObject{
        {QStringLiteral("id"), QStringLiteral("a1")},
        {QStringLiteral("name"), QStringLiteral("Dental reminders")},
        {QStringLiteral("prompt"), QStringLiteral("Remind patients.")},
        {QStringLiteral("custom_tools"),
         QJsonArray{tool(QStringLiteral("check_availability"),
                         {pair(QStringLiteral("Authorization"), serverCanary),
                          pair(QStringLiteral("Accept"), QStringLiteral("application/json"))},
                         {pair(QStringLiteral("clinic_id"), QStringLiteral("austin-north"))}),
                    tool(QStringLiteral("book_slot"), {pair(QStringLiteral("X-Api-Key"), QStringLiteral("k-2"))})}},
    });
}

// `assistant` with one header value replaced: tool `toolIndex`, header `headerIndex`.
inline Assistant withHeader(Assistant assistant, int toolIndex, int headerIndex, const QString &value)
{
    QList<CustomTool> tools = assistant.customTools();
    tools[toolIndex].headers[headerIndex].value = value;
    assistant.setCustomTools(tools);
    return assistant;
}

// A sealer whose store has answered.
inline std::unique_ptr<SecretSealer> readySealer(SecretStore *store)
{
    auto sealer = std::make_unique<SecretSealer>(store);
    if (!sealer->isReady()) {
        QSignalSpy ready(sealer.get(), &SecretSealer::ready);
        ready.wait(5000);
    }
    return sealer;
}

} // namespace SecretTestData
