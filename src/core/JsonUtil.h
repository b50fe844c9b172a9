// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <cmath>
#include <limits>
#include <optional>

// Small helpers for reading and writing JSON without losing what was there.
namespace JsonUtil {

inline std::optional<double> optionalDouble(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

// A double cut to a whole number, saturating: qint64(d) is undefined behaviour for values outside
// qint64 (1e300 is valid JSON, and the fuzzer sends it).
inline qint64 truncatedInteger(double d)
{
    constexpr double kTwo63 = 9223372036854775808.0;
    if (d >= kTwo63)
        return std::numeric_limits<qint64>::max();
    if (d < -kTwo63 || std::isnan(d))
        return std::numeric_limits<qint64>::min();
    return qint64(d);
}

inline std::optional<qint64> optionalInteger(const QJsonValue &value)
{
    // toInteger() keeps int53 values exact; toInt() would turn them into the default.
    return value.isDouble() ? std::optional<qint64>(value.toInteger(truncatedInteger(value.toDouble()))) : std::nullopt;
}

inline std::optional<bool> optionalBool(const QJsonValue &value)
{
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

inline std::optional<QString> optionalString(const QJsonValue &value)
{
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

inline QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

inline std::optional<QStringList> optionalStringList(const QJsonValue &value)
{
    return value.isArray() ? std::optional<QStringList>(stringList(value)) : std::nullopt;
}

// A JSON array of objects as a list of typed views (AssistantTypes.h), and back.
template<typename T> QList<T> listFrom(const QJsonValue &value)
{
    QList<T> items;
    const QJsonArray array = value.toArray();
    items.reserve(array.size());
    for (const QJsonValue &item : array)
        items.append(T::fromJson(item.toObject()));
    return items;
}

template<typename T> QJsonArray arrayFrom(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}

// What an empty optional becomes when written back.
enum class WhenEmpty {
    RemoveKey, // key-optional members (voice.speed)
    WriteNull, // nullable members (call_retry_config.timezone): null, unless the key was absent
};

template<typename T>
void putOptional(QJsonObject &object, const QString &key, const std::optional<T> &value,
                 WhenEmpty whenEmpty = WhenEmpty::RemoveKey)
{
    if (value) {
        if constexpr (std::is_same_v<T, QStringList>)
            object.insert(key, QJsonArray::fromStringList(*value));
        else
            object.insert(key, *value);
    } else if (whenEmpty == WhenEmpty::WriteNull && object.contains(key)) {
        object.insert(key, QJsonValue::Null);
    } else if (whenEmpty == WhenEmpty::RemoveKey) {
        object.remove(key);
    }
}

// Writes a member, but leaves an absent key absent while the value is still the one an absent key
// reads as: a round trip through a typed struct adds nothing the server did not send.
inline void putKeepingAbsent(QJsonObject &object, const QString &key, const QJsonValue &value,
                             const QJsonValue &readAsWhenAbsent)
{
    if (!object.contains(key) && value == readAsWhenAbsent)
        return;
    object.insert(key, value);
}

} // namespace JsonUtil
