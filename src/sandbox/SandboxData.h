// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// The data shipped in resources/sandbox (sandbox.qrc), read once.
namespace SandboxData {

// GET /voices: {"voices":[{id,name,description,language,provider,accent?,gender?}…]}.
const QJsonArray &voices();
QByteArray voicesJson(); // compact, as served
// The realistic sample set a new sandbox starts with.
QList<QJsonObject> sampleAssistants();
// The sample phone numbers (without created_by, which the sandbox's user fills in).
QList<QJsonObject> samplePhoneNumbers();
// Businesses, prompts, FAQ, tools and outputs SandboxGenerator draws from.
const QJsonObject &generatorPools();

} // namespace SandboxData
