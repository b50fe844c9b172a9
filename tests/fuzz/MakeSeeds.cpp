// SPDX-License-Identifier: GPL-3.0-or-later
// revox_fuzz_seeds <dir>: writes the generated seed corpus of each fuzz target into <dir>/<target>/ from
// tests/data and the sandbox's sample assistants. The handwritten edge cases live in tests/fuzz/corpus/.
#include "core/AssistantBundle.h"
#include "core/AssistantFile.h"
#include "core/AssistantSchema.h"
#include "core/SecretFields.h"
#include "core/SecretPlaceholder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<QJsonDocument> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return document;
}

// Named by content, as libFuzzer names its own corpus files, so reruns do not pile up copies.
bool writeSeed(const QString &root, const QString &target, const QByteArray &input)
{
    const QString dir = root + u'/' + target;
    if (!QDir().mkpath(dir))
        return false;
    QFile file(dir + u'/' + QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha1).toHex()));
    return file.open(QIODevice::WriteOnly) && file.write(input) == input.size();
}

// Small edits of the kinds an editor makes, so the pair targets start near real diffs.
QList<QJsonObject> editsOf(const QJsonObject &base)
{
    QList<QJsonObject> edits;
    QJsonObject renamed = base;
    renamed.insert(QStringLiteral("name"), QString(base.value(u"name").toString() + QStringLiteral(" (copy)")));
    edits.append(renamed);

    for (const FieldSpec *spec : AssistantSchema::topLevelFields()) {
        if (!base.contains(spec->key()))
            continue;
        QJsonObject removed = base;
        removed.remove(spec->key());
        edits.append(removed);
        if (spec->nullable) {
            QJsonObject cleared = base;
            cleared.insert(spec->key(), QJsonValue::Null);
            edits.append(cleared);
        }
    }

    QJsonObject faq = base;
    QJsonArray items = base.value(u"faq_items").toArray();
    if (!items.isEmpty()) {
        QJsonObject item = items.first().toObject();
        item.insert(QStringLiteral("answer"), QStringLiteral("Changed answer."));
        item.remove(u"id");
        items[0] = item;
        faq.insert(QStringLiteral("faq_items"), items);
        edits.append(faq);
    }

    QJsonObject voice = base;
    QJsonObject voiceObject = base.value(u"voice").toObject();
    voiceObject.insert(QStringLiteral("speed"), 1.1);
    voice.insert(QStringLiteral("voice"), voiceObject);
    edits.append(voice);

    QJsonObject unknown = base;
    unknown.insert(QStringLiteral("added_by_a_newer_api"), QJsonObject{{QStringLiteral("keep"), true}});
    unknown.insert(QStringLiteral("created_by"), QStringLiteral("user_1"));
    edits.append(unknown);
    return edits;
}

// An HTTP/1.1 request as RevoxClient writes it; `chunked` sends the body in pieces of 100 bytes.
QByteArray httpRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body, bool chunked)
{
    QByteArray head = method + ' ' + path
        + " HTTP/1.1\r\nHost: 127.0.0.1:8787\r\nAuthorization: Bearer sandbox\r\nAccept: application/json\r\n";
    if (body.isEmpty())
        return head + "\r\n";
    head += "Content-Type: application/json\r\n";
    if (!chunked)
        return head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QByteArray bytes = head + "Transfer-Encoding: chunked\r\n\r\n";
    for (qsizetype at = 0; at < body.size(); at += 100) {
        const QByteArray piece = body.mid(at, 100);
        bytes += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }
    return bytes + "0\r\n\r\n";
}

// Texts for the rules: valid and nearly valid values of each format.
const QStringList kRuleTexts = {
    QStringLiteral("+14155550123\n+1415555012\n+33 1 23 45 67 89\n+999999999999999"),
    QStringLiteral("09:00\n17:30\n9am\n6:30pm\n12am\n24:00\n13pm\n0:00"),
    QStringLiteral("Europe/Paris\nUS/Eastern\nEtc/GMT+5\nUTC+01:00\nUTC\n../../etc/passwd\nMars/Olympus"),
    QStringLiteral("https://example.com/hook\nhttp://[::1]:8080/x?y=1#z\nftp://example.com\nhttps://\nexample.com"),
    QStringLiteral("name@example.com\nfirst.last+tag@sub.example.co.uk\n@example.com\nname@localhost"),
    QStringLiteral("get_weather\nGetWeather\n_x\nx__y\nx1_2"),
    QStringLiteral("{\"to\": \"{{phone}}\", \"n\": {{count}}}\n{\"a\": [1, 2,]}\n{{{x}}}\n[]"),
    QStringLiteral("Hello {{first_name}}!\n{{ last.name }}\n{{1x}}\n}} {{\n{{open"),
    QStringLiteral("9007199254740991\n9007199254740993\n-0\n1e308\n1.5\n0.6\n1.2000000000000002\n-1"),
    QStringLiteral("enum\nstring\n\n  \nenum"),
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: revox_fuzz_seeds <output directory>\n";
        return 2;
    }
    const QString root = QString::fromLocal8Bit(argv[1]);
    int count = 0;
    const auto write = [&root, &count](const char *target, const QByteArray &input) {
        ++count;
        return writeSeed(root, QLatin1String(target), input);
    };

    QList<QJsonObject> assistants;
    if (const auto seed = readJson(QStringLiteral(REVOX_TEST_DATA "/seed-assistant.json")))
        assistants.append(seed->object());
    const auto samples = readJson(QStringLiteral(REVOX_SAMPLE_DATA "/sample-assistants.json"));
    for (const QJsonValue &item : samples ? samples->object().value(u"assistants").toArray() : QJsonArray())
        assistants.append(item.toObject());
    if (assistants.size() < 2) {
        err << "seed data missing under " << REVOX_TEST_DATA << " or " << REVOX_SAMPLE_DATA << "\n";
        return 1;
    }

    bool ok = true;
    for (qsizetype i = 0; i < assistants.size(); ++i) {
        const QJsonObject &assistant = assistants.at(i);
        const QJsonObject &next = assistants.at((i + 1) % assistants.size());
        ok &= write("FuzzAssistantJson", compact(assistant));
        ok &= write("FuzzAssistantJson", compact({{QStringLiteral("assistant"), assistant}}));
        ok &= write("FuzzAssistantJson", compact({{QStringLiteral("assistants"), QJsonArray{assistant, next}}}));
        const QByteArray base = compact(assistant);
        for (const QJsonObject &edit : editsOf(assistant))
            ok &= write("FuzzAssistantPatch", base + '\0' + compact(edit));
        ok &= write("FuzzAssistantPatch", base + '\0' + compact(next));
        ok &= write("FuzzValidation", base + '\0' + compact(editsOf(assistant).first()));
        ok &= write("FuzzValidation", base + '\0' + compact(next));
        // As pull writes it: secrets as references, the prompt in its own file; and as a bundle.
        const QString id = assistant.value(u"id").toString();
        const AssistantFile::Content file = AssistantFile::render(
            SecretFields::replaced(assistant, [&id](const SecretLocation &where, const QString &value) {
                return value.isEmpty()
                    ? value
                    : SecretPlaceholder::reference(AssistantFile::referenceName(id, where)).toString();
            }));
        ok &= write("FuzzAssistantFile", file.prompt ? file.json + '\0' + *file.prompt : file.json);
        ok &= write("FuzzAssistantFile", AssistantBundle::write({Assistant(assistant), Assistant(next)}, i % 2 == 0));
    }
    for (const QString &text : kRuleTexts)
        ok &= write("FuzzValidation", QByteArray("{}") + '\0' + text.toUtf8());
    // Requests as the app sends them, carrying the sample assistants, alone and pipelined.
    for (qsizetype i = 0; i < assistants.size(); i += 3) {
        const QJsonObject &assistant = assistants.at(i);
        const QByteArray id = assistant.value(u"id").toString().toUtf8();
        const QByteArray body = compact(assistant);
        ok &= write("FuzzSandboxHttp", httpRequest("PATCH", "/api/assistants/" + id, body, false));
        ok &= write("FuzzSandboxHttp", httpRequest("POST", "/api/assistants", body, true));
        ok &= write("FuzzSandboxHttp",
                    httpRequest("GET", "/api/assistants/" + id, {}, false)
                        + httpRequest("PATCH", "/api/assistants/" + id, body, true));
    }
    if (!ok) {
        err << "could not write the seeds under " << argv[1] << "\n";
        return 1;
    }
    QTextStream(stdout) << count << " seeds written under " << argv[1] << "\n";
    return 0;
}
