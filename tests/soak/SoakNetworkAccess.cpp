// SPDX-License-Identifier: GPL-3.0-or-later
#include "SoakNetworkAccess.h"

#include <QNetworkRequest>

QNetworkReply *SoakNetworkAccess::createRequest(Operation operation, const QNetworkRequest &request, QIODevice *data)
{
    QNetworkRequest tagged(request);
    if (!m_tag.isEmpty())
        tagged.setRawHeader(header(), m_tag);
    return QNetworkAccessManager::createRequest(operation, tagged, data);
}
