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
    if (const QRegularExpressionMatch match = soundFile.match(value); match.hasMatch()) {
        QString name = match.captured(1);
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
