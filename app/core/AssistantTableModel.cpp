// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantTableModel.h"

#include "AssistantSchema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace {

using Column = AssistantTableModel::Column;

int pendingCount(const Assistant &assistant)
{
    if (const std::optional<double> pending = assistant.pendingFaqCount())
        return int(*pending);
    int count = 0; // older servers leave the count out; the items still say it
    for (const QJsonValue &item : assistant.value(QStringLiteral("faq_items")).toArray())
        count += item.toObject().value(u"needs_human_answer").toBool() ? 1 : 0;
    return count;
}

QString llmText(const Assistant &assistant)
{
    const std::optional<LlmModel> model = assistant.llmModel();
    if (!model)
        return {};
    if (model->type == u"dedicated-instance")
        return model->name;
    if (model->type == u"openrouter")
        return model->openrouterProvider.isEmpty()
            ? model->openrouterModelId
            : QStringLiteral("%1 (%2)").arg(model->openrouterModelId, model->openrouterProvider);
    return model->type;
}

// updated_at is untyped in the API; the sandbox and the live API send ISO-8601 text.
QDateTime timestamp(const QJsonValue &value)
{
    if (value.isString())
        return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (value.isDouble())
        return QDateTime::fromMSecsSinceEpoch(value.toInteger());
    return {};
}

} // namespace

AssistantTableModel::AssistantTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString AssistantTableModel::fieldPath(Column column)
{
    switch (column) {
    case Column::Name:
        return QStringLiteral("name");
    case Column::Voice:
        return QStringLiteral("voice");
    case Column::LlmModel:
        return QStringLiteral("llm_model");
    case Column::FirstSentenceMode:
        return QStringLiteral("first_sentence_mode");
    case Column::FaqItems:
        return QStringLiteral("faq_items");
    case Column::CustomTools:
        return QStringLiteral("custom_tools");
    case Column::RetryAttempts:
        return QStringLiteral("call_retry_config.max_retry_attempts");
    case Column::Updated:
        return QStringLiteral("updated_at");
    case Column::Id:
        return QStringLiteral("id");
    case Column::Count:
        break;
    }
    return {};
}

void AssistantTableModel::setAssistants(QList<Assistant> assistants)
{
    beginResetModel();
    m_assistants = std::move(assistants);
    resetCache();
    reindex();
    endResetModel();
}

void AssistantTableModel::replaceAssistant(const Assistant &assistant)
{
    const int row = rowOf(assistant.id());
    if (row < 0) {
        beginInsertRows({}, int(m_assistants.size()), int(m_assistants.size()));
        m_assistants.append(assistant);
        m_cache.append(RowCache());
        m_rowById.insert(assistant.id(), int(m_assistants.size()) - 1);
        endInsertRows();
        return;
    }
    m_assistants[row] = assistant;
    m_cache[row] = RowCache();
    emit dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
}

void AssistantTableModel::removeAssistant(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_assistants.removeAt(row);
    m_cache.removeAt(row);
    reindex();
    endRemoveRows();
}

void AssistantTableModel::setVoiceNames(const QHash<QString, QString> &namesById)
{
    m_voiceNames = namesById;
    for (RowCache &cached : m_cache)
        cached.sortKeys[int(Column::Voice)] = QVariant();
    if (!m_assistants.isEmpty())
        emit dataChanged(index(0, int(Column::Voice)), index(rowCount() - 1, int(Column::Voice)));
}

std::optional<Assistant> AssistantTableModel::assistant(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : std::optional(m_assistants.at(row));
}

int AssistantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_assistants.size());
}

int AssistantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AssistantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Assistant &assistant = m_assistants.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(assistant, column);
    case SortRole: {
        QVariant &key = m_cache[index.row()].sortKeys[index.column()];
        if (!key.isValid())
            key = sortValue(assistant, column);
        return key;
    }
    case Qt::ToolTipRole: {
        const QString tip = toolTip(assistant, column);
        return tip.isEmpty() ? QVariant() : tip;
    }
    case IdRole:
        return assistant.id();
    case SearchRole: {
        QString &search = m_cache[index.row()].search;
        if (search.isNull())
            search = assistant.name() + u'\n' + assistant.id() + u'\n' + assistant.prompt();
        return search;
    }
    case Qt::TextAlignmentRole:
        if (column == Column::FaqItems || column == Column::CustomTools || column == Column::RetryAttempts)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AssistantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    const FieldSpec *spec = AssistantSchema::field(fieldPath(Column(section)));
    if (role == Qt::DisplayRole)
        return spec ? spec->displayLabel() : QVariant();
    if (role == Qt::ToolTipRole)
        return spec ? spec->displayHelp() : QVariant();
    return {};
}

QVariant AssistantTableModel::display(const Assistant &assistant, Column column) const
{
    switch (column) {
    case Column::Name:
        return assistant.name();
    case Column::Voice: {
        const std::optional<Voice> voice = assistant.voice();
        if (!voice)
            return tr("None");
        const QString name = m_voiceNames.value(voice->id, voice->id);
        const QString provider
            = voice->provider == u"elevenlabs" ? QStringLiteral("ElevenLabs") : QStringLiteral("Cartesia");
        return QStringLiteral("%1 · %2").arg(name, provider);
    }
    case Column::LlmModel:
        return llmText(assistant);
    case Column::FirstSentenceMode:
        return assistant.firstSentenceMode();
    case Column::FaqItems: {
        const auto count = assistant.value(QStringLiteral("faq_items")).toArray().size();
        const int pending = pendingCount(assistant);
        return pending > 0 ? tr("%1 (%2 pending)").arg(count).arg(pending) : QString::number(count);
    }
    case Column::CustomTools:
        return QString::number(assistant.value(QStringLiteral("custom_tools")).toArray().size());
    case Column::RetryAttempts: {
        const QJsonValue attempts
            = assistant.value(QStringLiteral("call_retry_config")).toObject().value(u"max_retry_attempts");
        return attempts.isDouble() ? QString::number(attempts.toInteger()) : QString();
    }
    case Column::Updated: {
        const QDateTime when = timestamp(assistant.updatedAt());
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    case Column::Id:
        return assistant.id();
    case Column::Count:
        break;
    }
    return {};
}

QVariant AssistantTableModel::sortValue(const Assistant &assistant, Column column) const
{
    switch (column) {
    case Column::FaqItems:
        return qint64(assistant.value(QStringLiteral("faq_items")).toArray().size());
    case Column::CustomTools:
        return qint64(assistant.value(QStringLiteral("custom_tools")).toArray().size());
    case Column::RetryAttempts:
        return assistant.value(QStringLiteral("call_retry_config")).toObject().value(u"max_retry_attempts").toInteger();
    case Column::Updated:
        return timestamp(assistant.updatedAt()).toMSecsSinceEpoch();
    case Column::Name:
        return assistant.name().toLower();
    default:
        return display(assistant, column);
    }
}

QString AssistantTableModel::toolTip(const Assistant &assistant, Column column) const
{
    switch (column) {
    case Column::CustomTools: {
        QStringList names;
        for (const CustomTool &tool : assistant.customTools())
            names.append(tool.name);
        return names.join(u", ");
    }
    case Column::Voice: {
        const std::optional<Voice> voice = assistant.voice();
        return voice ? tr("Voice ID: %1").arg(voice->id) : QString();
    }
    default:
        return {};
    }
}

void AssistantTableModel::resetCache()
{
    m_cache = QList<RowCache>(m_assistants.size());
}

void AssistantTableModel::reindex()
{
    m_rowById.clear();
    m_rowById.reserve(m_assistants.size());
    for (int row = 0; row < m_assistants.size(); ++row) {
        const QString id = m_assistants.at(row).id();
        m_rowById.insert(id, row);
        // Read here anyway, while the row is fresh in the cache: reading it again on the first sort by ID
        // costs more than the sort itself.
        m_cache[row].sortKeys[int(Column::Id)] = id;
    }
}
