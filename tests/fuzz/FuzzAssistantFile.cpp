// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes revox-studio-cli's file reader: AssistantFile::parse (the JSON file and its prompt file, split at the
// first NUL byte; without one, no prompt file) and AssistantBundle::read (the whole input).
// Invariants: parse either gives JSON and no issue, or issues and no JSON; every issue names one of the two
// files and says something; a file it reads is written back by render() and reads again as the same JSON
// (render ∘ parse is a fixed point, byte for byte); the canonical text is valid JSON holding the same object;
// every reference is in a secret field and written as one; a secret field of a bundle that held anything but
// text (a redaction marker) reads as a placeholder, never sent, with an issue; a bundle entry written and read
// again is the same.
#include "FuzzSupport.h"

#include "core/AssistantBundle.h"
#include "core/AssistantFile.h"
#include "core/CanonicalJson.h"
#include "core/SecretFields.h"
#include "core/SecretPlaceholder.h"

#include <QJsonDocument>

namespace {

const QString kJson = QStringLiteral("f.json");
const QString kPrompt = QStringLiteral("f.prompt.md");

void checkFile(const QByteArray &json, const std::optional<QByteArray> &prompt)
{
    const AssistantFile::Parsed parsed = AssistantFile::parse(json, prompt, kJson, kPrompt);
    FUZZ_CHECK(parsed.json.has_value() == parsed.issues.isEmpty(), QString::number(parsed.issues.size()));
    for (const FolderIssue &issue : parsed.issues) {
        FUZZ_CHECK(issue.file == kJson || issue.file == kPrompt, issue.text());
        FUZZ_CHECK(!issue.message.isEmpty(), issue.text());
    }
    if (!parsed.json)
        return;

    // What the reader gives, the writer writes, and the reader reads again as the same.
    const AssistantFile::Content content = AssistantFile::render(*parsed.json);
    const AssistantFile::Parsed again = AssistantFile::parse(content.json, content.prompt, kJson, kPrompt);
    FUZZ_CHECK(again.json.has_value(), QString::fromUtf8(content.json));
    const QJsonObject expected = AssistantFile::kept(*parsed.json); // the fields the server owns are not written
    FUZZ_CHECK(*again.json == expected,
               Fuzz::compact(*again.json) + QStringLiteral("\n--- expected:\n") + Fuzz::compact(expected));
    const AssistantFile::Content twice = AssistantFile::render(*again.json);
    FUZZ_CHECK(twice.json == content.json && twice.prompt == content.prompt, QString::fromUtf8(content.json));

    // The canonical text is JSON for every other tool, with the same content and a final newline.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(content.json, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError && document.isObject(), error.errorString());
    FUZZ_CHECK(content.json.endsWith("}\n") && !content.json.contains('\r'), QString::fromUtf8(content.json));
    FUZZ_CHECK(CanonicalJson::write(document.object()) == content.json, QString::fromUtf8(content.json));

    // Each reference the reader made stands in a secret field, and the writer spells each one {"$secret": …}
    // (the reader refuses that key anywhere else).
    qsizetype references = 0;
    SecretFields::visit(*parsed.json, [&references](const SecretLocation &, const QString &value) {
        const std::optional<SecretPlaceholder> placeholder = SecretPlaceholder::parse(value);
        references += placeholder && placeholder->kind() == SecretPlaceholder::Kind::Reference ? 1 : 0;
    });
    FUZZ_CHECK(references == content.json.count("\"$secret\": "), QString::fromUtf8(content.json));
}

void checkBundle(const QByteArray &input)
{
    const AssistantBundle::Read read = AssistantBundle::read(input, kJson);
    for (const FolderIssue &issue : read.issues)
        FUZZ_CHECK(issue.file == kJson && !issue.message.isEmpty(), issue.text());
    for (const AssistantBundle::Entry &entry : read.entries) {
        for (const FolderIssue &issue : entry.issues) {
            FUZZ_CHECK(issue.file == kJson && issue.field.startsWith(u"assistants["), issue.text());
        }
        // A secret field that held anything but text reads as a placeholder (never sent) with an issue.
        SecretFields::visit(entry.assistant.json(), [&entry](const SecretLocation &where, const QString &value) {
            if (SecretPlaceholder::isPlaceholder(value))
                FUZZ_CHECK(std::any_of(entry.issues.begin(), entry.issues.end(),
                                       [&where](const FolderIssue &issue) { return issue.field.endsWith(where.path); })
                               || value.contains(u"revox-secret"),
                           where.path);
        });
        // Writing the entry and reading it again keeps it, secrets included.
        const AssistantBundle::Read again
            = AssistantBundle::read(AssistantBundle::write({entry.assistant}, false), kJson);
        FUZZ_CHECK(again.issues.isEmpty() && again.entries.size() == 1, QString::number(again.entries.size()));
        FUZZ_CHECK(again.entries.first().assistant == entry.assistant, Fuzz::compact(entry.assistant.json()));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype nul = input.indexOf('\0');
    if (nul < 0)
        checkFile(input, std::nullopt);
    else
        checkFile(input.left(nul), input.mid(nul + 1));
    checkBundle(input);
    return 0;
}
