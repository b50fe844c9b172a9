// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantFile.h"

#include "AssistantSchema.h"
#include "CanonicalJson.h"
#include "JsonText.h"
#include "SecretFieldWalk.h"
#include "SecretFields.h"
#include "SecretPlaceholder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringDecoder>

namespace {

constexpr qsizetype kLongestSlug = 60;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AssistantFile)
};

QString slugFor(const QString &name)
{
    // "Zürich Café" → "zurich-cafe": letters lose their accents (compatibility decomposition), anything
    // else that is not an ASCII letter or digit separates words.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    bool pendingDash = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (pendingDash && !slug.isEmpty())
                slug += u'-';
            pendingDash = false;
            slug += c;
        } else {
            pendingDash = true;
        }
    }
    if (slug.size() > kLongestSlug) {
        slug.truncate(kLongestSlug);
        const qsizetype dash = slug.lastIndexOf(u'-');
        if (dash > kLongestSlug / 2)
            slug.truncate(dash);
        while (slug.endsWith(u'-'))
            slug.chop(1);
    }
    return slug.isEmpty() ? QStringLiteral("assistant") : slug;
}

QString safeId(const QString &id)
{
    QString safe = id;
    for (QChar &c : safe) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
              || c == u'-'))
            c = u'_';
    }
    return safe;
}

bool isReference(const QJsonValue &value)
{
    if (!value.isString())
        return false;
    const std::optional<SecretPlaceholder> placeholder = SecretPlaceholder::parse(value.toString());
    return placeholder && placeholder->kind() == SecretPlaceholder::Kind::Reference;
}

// The prompt a Markdown file holds: its text without the final newline render() adds. A file whose every
// line ends with CRLF has been converted (git's autocrlf, an editor on Windows): its line endings go back to LF.
QString promptOfFile(QString text)
{
    const qsizetype lines = text.count(u'\n');
    if (lines > 0 && text.count(QLatin1String("\r\n")) == lines)
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

std::pair<int, int> lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < std::min(offset, bytes.size()); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(offset - lineStart) + 1};
}

QByteArray withoutByteOrderMark(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
}

} // namespace

namespace AssistantFile {

QString jsonSuffix()
{
    return QStringLiteral(".json");
}

QString promptSuffix()
{
    return QStringLiteral(".prompt.md");
}

QString referenceKey()
{
    return QStringLiteral("$secret");
}

QString stemFor(const QString &name, const QString &id)
{
    const QString slug = slugFor(name);
    return id.isEmpty() ? slug : slug + stemSuffixFor(id);
}

QString stemSuffixFor(const QString &id)
{
    return QStringLiteral("--") + safeId(id);
}

QString stemSuffixOf(const QString &stem)
{
    const qsizetype dashes = stem.indexOf(QLatin1String("--"));
    return dashes < 0 ? QString() : stem.mid(dashes);
}

QString referenceName(const QString &assistantId, const SecretLocation &where)
{
    // custom_tools["book_slot"].headers["Authorization"#1].value → custom_tools/book_slot/headers/Authorization#1/value
    QString name = assistantId + u'/';
    const QString &identity = where.identity;
    for (qsizetype i = 0; i < identity.size(); ++i) {
        const QChar c = identity.at(i);
        if (c == u'.' || c == u']') {
            if (c == u'.')
                name += u'/';
            continue;
        }
        if (c != u'[') {
            name += c;
            continue;
        }
        name += u'/';
        if (i + 1 < identity.size() && identity.at(i + 1) == u'"') {
            for (i += 2; i < identity.size() && identity.at(i) != u'"'; ++i) {
                if (identity.at(i) == u'\\' && i + 1 < identity.size())
                    ++i;
                name += identity.at(i);
            }
        }
    }
    if (name.endsWith(QLatin1String("/value"))) // every secret field is a "value" today: say less
        name.chop(6);
    return name;
}

QJsonObject kept(const QJsonObject &assistant)
{
    QJsonObject json = assistant;
    for (const QString &key : assistant.keys()) {
        if (key != u"id" && AssistantSchema::isReadOnlyKey(key))
            json.remove(key);
    }
    return json;
}

Content render(const QJsonObject &assistant)
{
    QJsonObject json = kept(assistant);
    Content content;
    // The prompt goes to its Markdown file whenever it reads back the same from there. One that would not stays
    // in the JSON, escaped: one that ends with a carriage return, one that opens with U+FEFF (a reader takes it
    // for a byte-order mark), one with a lone surrogate (UTF-8 has no such character).
    if (const QJsonValue prompt = json.value(u"prompt"); prompt.isString()
        && promptOfFile(prompt.toString() + u'\n') == prompt.toString() && !prompt.toString().startsWith(QChar(0xFEFF))
        && prompt.toString().isValidUtf16()) {
        content.prompt = prompt.toString().toUtf8() + '\n';
        json.remove(QStringLiteral("prompt"));
    }
    const SecretFieldWalk walk{
        [](const QJsonValue &value, const QString &) -> QJsonValue {
            if (!isReference(value))
                return value;
            return QJsonObject{{referenceKey(), SecretPlaceholder::parse(value.toString())->referenceName()}};
        },
        {}};
    content.json = CanonicalJson::write(walk.assistant(json));
    return content;
}

Parsed parse(const QByteArray &json, const std::optional<QByteArray> &prompt, const QString &jsonFile,
             const QString &promptFile)
{
    Parsed parsed;
    const auto problem = [&parsed](const QString &file, const QString &field, const QString &message) {
        parsed.issues.append({file, field, message});
    };

    const QByteArray bytes = JsonText::withEscapedByteOrderMarks(withoutByteOrderMark(json));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(bytes, error.offset);
        problem(jsonFile, QString(),
                Text::tr("not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(error.errorString()));
        return parsed;
    }
    if (!document.isObject()) {
        problem(jsonFile, QString(), Text::tr("must hold one JSON object (an assistant), not a list or a value"));
        return parsed;
    }
    QJsonObject object = document.object();
    // A field the server owns (created_at, …) would never be sent: said, rather than dropped without a word.
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != u"id" && AssistantSchema::isReadOnlyKey(it.key()))
            problem(jsonFile, it.key(), Text::tr("set by the server, so never sent from a file: remove it"));
    }
    if (const QJsonValue id = object.value(u"id"); !id.isUndefined() && (!id.isString() || id.toString().isEmpty()))
        problem(jsonFile, QStringLiteral("id"),
                Text::tr("the ID must be the assistant's ID as text; leave it out to create a new assistant"));

    if (prompt) {
        // The file's own byte-order mark is gone already; a second one is text.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        QString text = decoder.decode(withoutByteOrderMark(*prompt));
        if (decoder.hasError())
            problem(promptFile, QString(), Text::tr("not valid UTF-8 text"));
        if (object.contains(u"prompt"))
            problem(jsonFile, QStringLiteral("prompt"),
                    Text::tr("the prompt is also in %1: keep it in one place").arg(promptFile));
        object.insert(QStringLiteral("prompt"), promptOfFile(text));
    }

    const SecretFieldWalk walk{
        [&](const QJsonValue &value, const QString &path) -> QJsonValue {
            if (!value.isObject())
                return value; // text is the validator's business, and so is any other type
            const QJsonObject reference = value.toObject();
            const QJsonValue name = reference.value(referenceKey());
            if (reference.size() != 1 || !name.isString() || name.toString().isEmpty()) {
                problem(jsonFile, path,
                        Text::tr("a secret is text or a reference, {\"%1\": \"NAME\"}").arg(referenceKey()));
                return value;
            }
            return SecretPlaceholder::reference(name.toString()).toString();
        },
        [&](const QJsonObject &other, const QString &path) {
            if (other.contains(referenceKey()))
                problem(jsonFile, path,
                        Text::tr("a secret reference belongs only in a custom tool's header or query "
                                 "parameter value"));
        }};
    object = walk.assistant(object);
    if (parsed.issues.isEmpty())
        parsed.json = object;
    return parsed;
}

} // namespace AssistantFile
