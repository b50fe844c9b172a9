// SPDX-License-Identifier: GPL-3.0-or-later
// revox-translation-check: fails when a string of src/ has no finished translation, or a translation drops or
// adds a placeholder or an accelerator. lupdate runs into temporary copies of the .ts files first, so a tr()
// added since the last `scripts/translations.sh update` is caught as well. Each problem is printed with the
// file and line of the string, for `scripts/translations.sh check` and the TranslationCheck test.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QString file;
    int line = 0;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or one per plural form
};

QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current
                = Message{.context = context, .numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes"};
        } else if (name == u"location") {
            if (current.file.isEmpty()) {
                current.file = xml.attributes().value(QLatin1String("filename")).toString();
                current.line = xml.attributes().value(QLatin1String("line")).toInt();
            }
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            if (type == u"obsolete" || type == u"vanished")
                continue;
            current.unfinished = type == u"unfinished";
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            } else {
                current.translations.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1…%99, %n and their %L forms, sorted: the same multiset must be in the source and each translation.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    std::sort(found.begin(), found.end());
    return found;
}

// How many accelerator marks ("&x", not "&&" nor an entity like "&lt;") a text has.
int accelerators(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&(?!&|[a-zA-Z]+;|#)(?=\\S)"));
    QString plain = text;
    plain.remove(QStringLiteral("&&"));
    return int(plain.count(pattern));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Checks that every string has a finished translation."));
    parser.addHelpOption();
    const QCommandLineOption lupdateOption(QStringLiteral("lupdate"), QStringLiteral("The lupdate program."),
                                           QStringLiteral("path"));
    const QCommandLineOption rootOption(QStringLiteral("root"), QStringLiteral("The source tree (holds src/)."),
                                        QStringLiteral("dir"));
    parser.addOptions({lupdateOption, rootOption});
    parser.addPositionalArgument(QStringLiteral("ts"), QStringLiteral("The .ts files, relative to the root."));
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QDir root(parser.value(rootOption));
    QTemporaryDir temp;
    if (!temp.isValid() || parser.positionalArguments().isEmpty() || !parser.isSet(lupdateOption)) {
        err << "usage: revox-translation-check --lupdate PATH --root DIR TS_FILE…\n";
        return 2;
    }

    int problems = 0;
    int checked = 0;
    const auto report = [&](const Message &message, const QString &what) {
        const QString file = message.file.isEmpty() ? QStringLiteral("?") : root.relativeFilePath(message.file);
        out << file << ':' << message.line << ": [" << message.context << "] \"" << message.source << "\": " << what
            << '\n';
        ++problems;
    };
    for (const QString &ts : parser.positionalArguments()) {
        // English (the source language) holds only the plural forms.
        const bool pluralOnly = QFileInfo(ts).completeBaseName().endsWith(QLatin1String("_en"));
        const QString copy = temp.filePath(QFileInfo(ts).fileName());
        QFile::remove(copy);
        if (!QFile::copy(root.filePath(ts), copy)) {
            err << "cannot copy " << ts << '\n';
            return 2;
        }
        QStringList arguments{QStringLiteral("-recursive"),   root.filePath(QStringLiteral("src")),
                              QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                              QStringLiteral("absolute"),     QStringLiteral("-silent"),
                              QStringLiteral("-ts"),          copy};
        if (pluralOnly)
            arguments.insert(0, QStringLiteral("-pluralonly"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        lupdate.start(parser.value(lupdateOption), arguments);
        if (!lupdate.waitForFinished(300000) || lupdate.exitStatus() != QProcess::NormalExit
            || lupdate.exitCode() != 0) {
            err << "lupdate failed on " << ts << ": " << lupdate.errorString() << '\n';
            return 2;
        }
        QString language;
        QString error;
        const QList<Message> messages = readTs(copy, &language, &error);
        if (!error.isEmpty()) {
            err << ts << ": " << error << '\n';
            return 2;
        }
        for (Message message : messages) {
            // lupdate wrote the locations relative to the copy: make them the tree's again.
            message.file = QDir::cleanPath(QDir(temp.path()).absoluteFilePath(message.file));
            ++checked;
            const bool empty = std::any_of(message.translations.cbegin(), message.translations.cend(),
                                           [](const QString &text) { return text.isEmpty(); });
            if (message.unfinished || message.translations.isEmpty() || empty) {
                report(message, QStringLiteral("no finished %1 translation in %2").arg(language, ts));
                continue;
            }
            const QStringList expected = placeholders(message.source);
            const int marks = accelerators(message.source);
            for (const QString &translation : std::as_const(message.translations)) {
                if (placeholders(translation) != expected)
                    report(message,
                           QStringLiteral("the %1 translation \"%2\" has the placeholders %3, not %4")
                               .arg(language, translation, placeholders(translation).join(u' '), expected.join(u' ')));
                if (accelerators(translation) != marks)
                    report(message,
                           QStringLiteral("the %1 translation \"%2\" has %3 accelerator(s) (&), the source %4")
                               .arg(language, translation)
                               .arg(accelerators(translation))
                               .arg(marks));
            }
        }
    }
    if (problems > 0) {
        out << problems << " translation problem(s). Run scripts/translations.sh update, translate the strings "
            << "marked unfinished in translations/*.ts (linguist or a text editor), and commit the .ts files.\n";
        return 1;
    }
    out << "All " << checked << " strings are translated.\n";
    return 0;
}
