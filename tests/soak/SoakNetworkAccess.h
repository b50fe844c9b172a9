// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>

// A writer's network access: every request carries the operation it belongs to ("A2:17": writer A, its second
// process, operation 17) in one extra header, so that the soak can tell, from what the sandbox received, who
// sent what for which operation. The client itself is the app's (RevoxClient), unchanged.
class SoakNetworkAccess : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;

    static QByteArray header() { return QByteArrayLiteral("X-Soak-Op"); }
    void setOperation(const QByteArray &tag) { m_tag = tag; }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *data) override;

private:
    QByteArray m_tag;
};
