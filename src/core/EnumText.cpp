// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnumText.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace {

// Names whose spelling words alone cannot recover.
const QHash<QString, const char *> &properNames()
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("dedicated-instance"), QT_TRANSLATE_NOOP("EnumText", "Dedicated instance")},
        {QStringLiteral("openrouter"), QT_TRANSLATE_NOOP("EnumText", "OpenRouter")},
        {QStringLiteral("cartesia"), QT_TRANSLATE_NOOP("EnumText", "Cartesia")},
        {QStringLiteral("elevenlabs"), QT_TRANSLATE_NOOP("EnumText", "ElevenLabs")},
        {QStringLiteral("ai"), QT_TRANSLATE_NOOP("EnumText", "AI")},
    };
    return names;
}

// The catalogue's values, and the voices' genders, in words translators see (lupdate finds these; the words are
// those the spelling gives in English).
const QHash<QString, const char *> &knownWords()
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("generated"), QT_TRANSLATE_NOOP("EnumText", "Generated")},
        {QStringLiteral("static"), QT_TRANSLATE_NOOP("EnumText", "Static")},
        {QStringLiteral("human"), QT_TRANSLATE_NOOP("EnumText", "Human")},
        {QStringLiteral("cold"), QT_TRANSLATE_NOOP("EnumText", "Cold")},
        {QStringLiteral("warm"), QT_TRANSLATE_NOOP("EnumText", "Warm")},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("EnumText", "None")},
        {QStringLiteral("realtime"), QT_TRANSLATE_NOOP("EnumText", "Realtime")},
        {QStringLiteral("string"), QT_TRANSLATE_NOOP("EnumText", "String")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("EnumText", "Number")},
        {QStringLiteral("boolean"), QT_TRANSLATE_NOOP("EnumText", "Boolean")},
        {QStringLiteral("enum"), QT_TRANSLATE_NOOP("EnumText", "Enum")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("EnumText", "Date")},
        {QStringLiteral("datetime"), QT_TRANSLATE_NOOP("EnumText", "Datetime")},
        {QStringLiteral("not_interested"), QT_TRANSLATE_NOOP("EnumText", "Not interested")},
        {QStringLiteral("interested"), QT_TRANSLATE_NOOP("EnumText", "Interested")},
        {QStringLiteral("completed"), QT_TRANSLATE_NOOP("EnumText", "Completed")},
        {QStringLiteral("requested_callback_later"), QT_TRANSLATE_NOOP("EnumText", "Requested callback later")},
        {QStringLiteral("office"), QT_TRANSLATE_NOOP("EnumText", "Office")},
        {QStringLiteral("city-ambience"), QT_TRANSLATE_NOOP("EnumText", "City ambience")},
        {QStringLiteral("crowded-room"), QT_TRANSLATE_NOOP("EnumText", "Crowded room")},
        {QStringLiteral("forest-ambience"), QT_TRANSLATE_NOOP("EnumText", "Forest ambience")},
        {QStringLiteral("hold_music"), QT_TRANSLATE_NOOP("EnumText", "Hold music")},
        {QStringLiteral("keyboard-typing"), QT_TRANSLATE_NOOP("EnumText", "Keyboard typing")},
        {QStringLiteral("keyboard-typing2"), QT_TRANSLATE_NOOP("EnumText", "Keyboard typing2")},
        {QStringLiteral("office-ambience"), QT_TRANSLATE_NOOP("EnumText", "Office ambience")},
        {QStringLiteral("female"), QT_TRANSLATE_NOOP("EnumText", "Female")},
        {QStringLiteral("male"), QT_TRANSLATE_NOOP("EnumText", "Male")},
    };
    return words;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

namespace EnumText {

QString display(const QString &value)
{
    if (const auto it = properNames().constFind(value); it != properNames().constEnd())
        return QCoreApplication::translate("EnumText", it.value());
    static const QRegularExpression soundFile(QStringLiteral("^(?:.*/)?([a-z0-9_-]+)\\.ogg$"));
    const QRegularExpressionMatch sound = soundFile.match(value);
    const QString word = sound.hasMatch() ? sound.captured(1) : value.toLower();
    if (const auto it = knownWords().constFind(word); it != knownWords().constEnd())
        return QCoreApplication::translate("EnumText", it.value());
    if (sound.hasMatch()) {
        QString name = sound.captured(1);
        return capitalized(name.replace(u'-', u' ').replace(u'_', u' '));
    }
    static const QRegularExpression words(QStringLiteral("^[a-z]+([_ ][a-z]+)*$"));
    if (words.match(value).hasMatch())
        return capitalized(QString(value).replace(u'_', u' '));
    return value; // model names, HTTP methods: shown as written
}

QString none()
{
    return QCoreApplication::translate("EnumText", "None");
}

QString unknown(const QString &value)
{
    return QCoreApplication::translate("EnumText", "%1 (not known to this version)").arg(value);
}

} // namespace EnumText
