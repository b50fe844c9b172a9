// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldPaths.h"

#include "AssistantSchema.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

namespace FieldPaths {

QJsonValue valueAt(const QJsonObject &root, const QString &catalogPath, int index)
{
    QJsonValue current = root;
    bool indexUsed = false;
    for (QString segment : catalogPath.split(u'.')) {
        const bool list = segment.endsWith(QLatin1String("[]"));
        if (list)
            segment.chop(2);
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(segment);
        if (list) {
            if (indexUsed || index < 0 || !current.isArray() || index >= current.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            current = current.toArray().at(index);
            indexUsed = true;
        }
    }
    return current;
}

int firstIndex(const QString &concretePath)
{
    static const QRegularExpression first(QStringLiteral("^[^\\[]*\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = first.match(concretePath);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

int indexIn(const QString &concretePath, const QString &listCatalogPath)
{
    // Walk both paths in step: the catalogue path has "[]" where the concrete one has "[n]".
    static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
    QRegularExpressionMatchIterator it = index.globalMatch(concretePath);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString before = concretePath.left(match.capturedStart());
        if (AssistantSchema::catalogPath(before) == listCatalogPath)
            return match.captured(1).toInt();
    }
    return -1;
}

QString fromServerPath(const QString &path)
{
    QStringList segments = path.split(u'.', Qt::SkipEmptyParts);
    // FastAPI and friends put the location of the value first ("body", "voice", "speed").
    if (segments.size() > 1 && segments.constFirst() == u"body"
        && !AssistantSchema::isKnownTopLevelKey(QStringLiteral("body")))
        segments.removeFirst();
    QString result;
    for (const QString &segment : std::as_const(segments)) {
        bool isNumber = false;
        segment.toInt(&isNumber);
        if (isNumber)
            result += u'[' + segment + u']';
        else
            result += (result.isEmpty() ? QString() : QStringLiteral(".")) + segment;
    }
    return result;
}

int coverage(const QString &bindingPath, const QString &issueCatalogPath)
{
    if (!issueCatalogPath.startsWith(bindingPath))
        return -1;
    if (issueCatalogPath.size() == bindingPath.size())
        return int(bindingPath.size());
    const QChar next = issueCatalogPath.at(bindingPath.size());
    return next == u'.' || next == u'[' ? int(bindingPath.size()) : -1;
}

} // namespace FieldPaths
