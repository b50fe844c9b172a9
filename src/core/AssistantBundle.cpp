// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantBundle.h"

#include "AssistantSchema.h"
#include "CanonicalJson.h"
#include "JsonText.h"
#include "SecretFieldWalk.h"
#include "SecretFields.h"
#include "SecretPlaceholder.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

constexpr int kVersion = 1;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AssistantBundle)
};

// What travels: every writable field, nulls included (an update must be able to clear a field).
QJsonObject portable(const QJsonObject &json)
{
    QJsonObject result;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!AssistantSchema::isReadOnlyKey(it.key()))
            result.insert(it.key(), AssistantSchema::writableValue(it.key(), it.value()));
    }
    return result;
}

QJsonObject redacted(const QJsonObject &json)
{
    QHash<QString, QString> descriptions; // by concrete path
    const QJsonObject withheld = SecretFields::replaced(json, [&](const SecretLocation &where, const QString &value) {
        if (value.isEmpty())
            return value;
        descriptions.insert(where.path, where.description);
        return SecretPlaceholder::withheld().toString();
    });
    const SecretFieldWalk walk{[&](const QJsonValue &value, const QString &path) -> QJsonValue {
                                   if (!descriptions.contains(path))
                                       return value;
                                   return QJsonObject{{AssistantBundle::redactedKey(), descriptions.value(path)}};
                               },
                               {}};
    return walk.assistant(withheld);
}

QByteArray indented(const QByteArray &text, int spaces)
{
    QByteArray out;
    const QByteArray pad(spaces, ' ');
    const QList<QByteArray> lines = text.trimmed().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i)
        out += (i == 0 ? QByteArray() : pad) + lines.at(i) + (i + 1 < lines.size() ? "\n" : "");
    return out;
}

} // namespace

namespace AssistantBundle {

QString format()
{
    return QStringLiteral("revox-studio-bundle");
}

QString redactedKey()
{
    return QStringLiteral("$redacted");
}

QByteArray write(const QList<Assistant> &assistants, bool redactSecrets)
{
    QByteArray out = "{\n  \"format\": " + CanonicalJson::scalar(format())
        + ",\n  \"version\": " + QByteArray::number(kVersion) + ",\n  \"assistants\": [";
    for (qsizetype i = 0; i < assistants.size(); ++i) {
        QJsonObject json = portable(assistants.at(i).json());
        if (redactSecrets)
            json = redacted(json);
        out += (i == 0 ? "\n    " : ",\n    ") + indented(CanonicalJson::write(json), 4);
    }
    out += assistants.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

bool save(const QString &path, const QList<Assistant> &assistants, bool redactSecrets, QString *error)
{
    const QByteArray bytes = write(assistants, redactSecrets);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

bool holdsSecrets(const QList<Assistant> &assistants)
{
    bool found = false;
    for (const Assistant &assistant : assistants) {
        SecretFields::visit(assistant.json(), [&found](const SecretLocation &, const QString &value) {
            found = found || (!value.isEmpty() && !SecretPlaceholder::isPlaceholder(value));
        });
    }
    return found;
}

Read read(const QByteArray &bytes, const QString &fileName)
{
    Read result;
    QJsonParseError error;
    const QJsonDocument document = JsonText::read(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        result.issues.append({fileName, QString(),
                              Text::tr("not valid JSON (at byte %1): %2").arg(error.offset).arg(error.errorString())});
        return result;
    }
    const QJsonObject root = document.object();
    if (root.value(u"format").toString() != format() || !root.value(u"assistants").isArray()) {
        result.issues.append(
            {fileName, QString(),
             Text::tr("not a bundle of assistants (expected {\"format\": \"%1\", \"assistants\": […]})")
                 .arg(format())});
        return result;
    }
    if (root.value(u"version").toInt() > kVersion) {
        result.issues.append({fileName, QStringLiteral("version"),
                              Text::tr("written by a newer version (%1); this one reads version %2")
                                  .arg(root.value(u"version").toInt())
                                  .arg(kVersion)});
        return result;
    }
    const QJsonArray items = root.value(u"assistants").toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString prefix = QStringLiteral("assistants[%1]").arg(i);
        if (!items.at(i).isObject()) {
            result.issues.append({fileName, prefix, Text::tr("not an assistant (a JSON object)")});
            continue;
        }
        Entry entry;
        const SecretFieldWalk walk{
            [&](const QJsonValue &value, const QString &path) -> QJsonValue {
                if (!value.isObject())
                    return value;
                const QString field = prefix + u'.' + path;
                if (value.toObject().contains(redactedKey())) {
                    const QString description = value.toObject().value(redactedKey()).toString();
                    entry.redacted.append({path, description, field});
                    entry.issues.append({fileName, field,
                                         Text::tr("%1: the secret was redacted on export; fill in its value before "
                                                  "importing")
                                             .arg(description)});
                } else
                    entry.issues.append({fileName, field, Text::tr("a secret is text")});
                return SecretPlaceholder::withheld().toString(); // never sent (RevoxClient refuses it)
            },
            {}};
        entry.assistant = Assistant(portable(walk.assistant(items.at(i).toObject())));
        result.entries.append(entry);
    }
    return result;
}

bool fill(Entry &entry, const QString &path, const QString &value)
{
    const auto redacted = std::find_if(entry.redacted.cbegin(), entry.redacted.cend(),
                                       [&path](const Redacted &secret) { return secret.path == path; });
    if (redacted == entry.redacted.cend())
        return false;
    if (value.isEmpty())
        return true;
    const SecretFieldWalk walk{
        [&](const QJsonValue &held, const QString &at) -> QJsonValue { return at == path ? QJsonValue(value) : held; },
        {}};
    entry.assistant = Assistant(walk.assistant(entry.assistant.json()));
    const QString field = redacted->field;
    entry.issues.removeIf([&field](const FolderIssue &issue) { return issue.field == field; });
    entry.redacted.erase(redacted);
    return true;
}

} // namespace AssistantBundle
