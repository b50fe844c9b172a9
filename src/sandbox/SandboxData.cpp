// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxData.h"

#include "core/JsonText.h"

#include <QFile>
#include <QJsonDocument>

// Q_INIT_RESOURCE must be called from the global namespace; a static library's resources are not
// registered until someone does.
static void initSandboxResources()
{
    Q_INIT_RESOURCE(sandbox);
}

namespace {

QJsonObject readResource(const QString &path)
{
    initSandboxResources();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("revox-sandbox: the resource %s is missing from the build", qPrintable(path));
    QJsonParseError error;
    const QJsonDocument document = JsonText::read(file.readAll(), &error);
    if (!document.isObject())
        qFatal("revox-sandbox: the resource %s is not a JSON object: %s", qPrintable(path),
               qPrintable(error.errorString()));
    return document.object();
}

} // namespace

namespace SandboxData {

const QJsonArray &voices()
{
    static const QJsonArray list = readResource(QStringLiteral(":/sandbox/voices.json")).value(u"voices").toArray();
    return list;
}

QByteArray voicesJson()
{
    static const QByteArray json
        = QJsonDocument(QJsonObject{{QStringLiteral("voices"), voices()}}).toJson(QJsonDocument::Compact);
    return json;
}

QList<QJsonObject> sampleAssistants()
{
    QList<QJsonObject> list;
    const QJsonArray array
        = readResource(QStringLiteral(":/sandbox/sample-assistants.json")).value(u"assistants").toArray();
    for (const QJsonValue &value : array)
        list.append(value.toObject());
    return list;
}

QList<QJsonObject> samplePhoneNumbers()
{
    QList<QJsonObject> list;
    const QJsonArray array
        = readResource(QStringLiteral(":/sandbox/sample-phone-numbers.json")).value(u"phone_numbers").toArray();
    for (const QJsonValue &value : array)
        list.append(value.toObject());
    return list;
}

const QJsonObject &generatorPools()
{
    static const QJsonObject pools = readResource(QStringLiteral(":/sandbox/generator-pools.json"));
    return pools;
}

} // namespace SandboxData
