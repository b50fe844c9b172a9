// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzSupport.h"

#include "core/AssistantJson.h"
#include "core/AssistantSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

namespace {

// True when `value` holds `path` (segments of a catalogue path below the top level; "x[]" is a list).
bool holds(const QJsonValue &value, QStringList segments)
{
    if (segments.isEmpty())
        return true;
    QString segment = segments.takeFirst();
    const bool list = segment.endsWith(QLatin1String("[]"));
    if (list)
        segment.chop(2);
    if (!value.isObject() || !value.toObject().contains(segment))
        return false;
    const QJsonValue member = value.toObject().value(segment);
    if (!list)
        return holds(member, segments);
    if (segments.isEmpty())
        return true;
    const QJsonArray items = member.toArray();
    return std::any_of(items.begin(), items.end(),
                       [&segments](const QJsonValue &item) { return holds(item, segments); });
}

} // namespace

namespace Fuzz {

void fail(const char *condition, const QString &detail, const char *file, int line)
{
    std::fprintf(stderr, "\n*** invariant violated at %s:%d: %s\n*** %s\n", file, line, condition,
                 detail.toLocal8Bit().constData());
    std::fflush(stderr);
    std::abort();
}

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

std::pair<QByteArray, QByteArray> splitAtNul(const QByteArray &input)
{
    const qsizetype nul = input.indexOf('\0');
    if (nul < 0)
        return {input, input};
    return {input.left(nul), input.mid(nul + 1)};
}

std::optional<Assistant> assistantFrom(const QByteArray &json)
{
    return AssistantJson::decodeAssistant(json);
}

QString compact(const QJsonValue &value)
{
    QJsonArray wrapper{value};
    const QByteArray text = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2)).left(2000);
}

QString compact(const QJsonObject &object)
{
    return compact(QJsonValue(object));
}

QString readOnlyMemberIn(const QString &topLevelKey, const QJsonValue &value)
{
    for (const FieldSpec &spec : AssistantSchema::fields()) {
        if (!spec.readOnly || spec.isTopLevel())
            continue;
        QStringList segments = spec.path.split(u'.');
        QString first = segments.first();
        if (first.endsWith(QLatin1String("[]")))
            first.chop(2);
        if (first != topLevelKey)
            continue;
        // The top-level value itself stands where the first segment was.
        QJsonObject root;
        root.insert(topLevelKey, value);
        if (holds(root, segments))
            return spec.path;
    }
    return {};
}

} // namespace Fuzz
