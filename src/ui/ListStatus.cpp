// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListStatus.h"

#include "AssistantListPage.h"
#include "ConnectionController.h"
#include "ListLoader.h"
#include "core/AssistantProxyModel.h"
#include "core/AssistantTableModel.h"

#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>

ListStatus::ListStatus(AssistantTableModel *model, AssistantProxyModel *proxy, AssistantListPage *list,
                       ListLoader *loader, ConnectionController *connections, QLineEdit *search, QLabel *rowCount,
                       QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_list(list)
    , m_loader(loader)
    , m_connections(connections)
    , m_search(search)
    , m_rowCount(rowCount)
{
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, &ListStatus::updateRowCount);
        connect(m_proxy, signal, this, &ListStatus::update);
    }
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListStatus::updateRowCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ListStatus::update);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ListStatus::update);
}

QString ListStatus::actionText(BannerAction action)
{
    switch (action) {
    case BannerAction::None:
        break;
    case BannerAction::Retry:
        return tr("Retry");
    case BannerAction::EnterKey:
        return tr("Enter Key…");
    case BannerAction::ReplaceKey:
        return tr("Enter New Key…");
    }
    return {};
}

void ListStatus::setLoaded()
{
    m_loaded = true;
    m_problem.clear();
}

void ListStatus::setProblem(const QString &text, BannerAction action)
{
    m_problem = text;
    m_action = action;
    update();
}

void ListStatus::reset()
{
    m_loaded = false;
    m_problem.clear();
}

void ListStatus::update()
{
    // "No assistants yet" only when a list really loaded empty: after a failure it says why, with the way out.
    QString message;
    BannerAction action = BannerAction::None;
    if (m_proxy->rowCount() == 0) {
        if (m_loader->isLoading() || m_connections->isAwaitingKey()) {
            message = tr("Loading assistants…");
        } else if (m_model->rowCount() > 0) {
            message = tr("No assistant matches “%1”.").arg(m_search->text().trimmed());
        } else if (!m_problem.isEmpty()) {
            message = tr("The assistants could not be loaded.\n%1").arg(m_problem);
            action = m_action;
        } else if (m_loaded) {
            message = tr("There are no assistants yet.\nPress %1 to create one.")
                          .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
        }
    }
    QString actionName;
    if (action == BannerAction::Retry)
        actionName = tr("Retry loading the assistants");
    else if (action != BannerAction::None)
        actionName = tr("Enter the API key of “%1”").arg(m_connections->current().name);
    m_list->showMessage(message, actionText(action), actionName);
    emit updated();
}

void ListStatus::updateRowCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QString assistants = tr("%Ln assistant(s)", nullptr, total);
    m_rowCount->setText(shown == total ? assistants
                                       : tr("%L1 of %2", "shown of total assistants").arg(shown).arg(assistants));
}
