// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssistantTableModel.h"

#include "AssistantSchema.h"
#include "EnumText.h"

#include <QDateTime>
#include <QLocale>

namespace {

using Column = AssistantTableModel::Column;

QString llmText(const AssistantSummary &row)
{
    const std::optional<LlmModel> &model = row.llmModel();
    if (!model)
        return {};
    if (model->type == u"dedicated-instance")
        return model->name;
    if (model->type == u"openrouter")
        return model->openrouterProvider.isEmpty()
            ? model->openrouterModelId
            : QStringLiteral("%1 (%2)").arg(model->openrouterModelId, model->openrouterProvider);
    if (model->type == u"realtime")
        return model->provider.isEmpty() ? model->realtimeModelId
                                         : QStringLiteral("%1 (%2)").arg(model->realtimeModelId, model->provider);
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

void AssistantTableModel::setSummaries(QList<AssistantSummary> summaries)
{
    beginResetModel();
    m_rows = std::move(summaries);
    m_searchTexts.clear();
    qsizetype characters = 0;
    for (const AssistantSummary &row : std::as_const(m_rows))
        characters += row.foldedSearchText().size();
    m_searchTexts.reserve(characters);
    for (AssistantSummary &row : m_rows)
        m_searchTexts.append(row.takeFoldedSearchText());
    resetCache();
    reindex();
    endResetModel();
}

void AssistantTableModel::setAssistants(const QList<Assistant> &assistants)
{
    QList<AssistantSummary> summaries;
    summaries.reserve(assistants.size());
    for (const Assistant &assistant : assistants)
        summaries.append(AssistantSummary(assistant));
    setSummaries(std::move(summaries));
}

void AssistantTableModel::replaceAssistant(const Assistant &assistant)
{
    replaceAssistants({assistant});
}

void AssistantTableModel::appendAssistant(const Assistant &assistant)
{
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(AssistantSummary(assistant));
    m_searchTexts.append(m_rows.last().takeFoldedSearchText());
    m_sortKeys.append(SortKeys());
    m_rowById.insert(assistant.id(), int(m_rows.size()) - 1);
    endInsertRows();
}

void AssistantTableModel::replaceAssistants(const QList<Assistant> &assistants)
{
    int first = int(m_rows.size());
    int last = -1;
    for (const Assistant &assistant : assistants) {
        const int row = rowOf(assistant.id());
        if (row < 0) { // after the last row: the rows changed so far keep their numbers
            appendAssistant(assistant);
            continue;
        }
        m_rows[row] = AssistantSummary(assistant);
        m_searchTexts.replace(row, m_rows[row].takeFoldedSearchText());
        m_sortKeys[row] = SortKeys();
        m_sortKeys[row][int(Column::Id)] = m_rows.at(row).id();
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last >= 0)
        emit dataChanged(index(first, 0), index(last, int(Column::Count) - 1));
}

void AssistantTableModel::removeAssistant(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_searchTexts.remove(row);
    m_sortKeys.removeAt(row);
    reindex();
    endRemoveRows();
}

void AssistantTableModel::setVoiceNames(const QHash<QString, QString> &namesById)
{
    m_voiceNames = namesById;
    for (SortKeys &keys : m_sortKeys)
        keys[int(Column::Voice)] = QVariant();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, int(Column::Voice)), index(rowCount() - 1, int(Column::Voice)));
}

std::optional<Assistant> AssistantTableModel::assistant(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : std::optional(m_rows.at(row).assistant());
}

int AssistantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssistantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AssistantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssistantSummary &row = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole: {
        QVariant &key = m_sortKeys[index.row()][index.column()];
        if (!key.isValid())
            key = sortValue(row, column);
        return key;
    }
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, column);
        return tip.isEmpty() ? QVariant() : tip;
    }
    case IdRole:
        return row.id();
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

QVariant AssistantTableModel::display(const AssistantSummary &row, Column column) const
{
    switch (column) {
    case Column::Name:
        return row.name();
    case Column::Voice: {
        const std::optional<Voice> &voice = row.voice();
        if (!voice)
            return tr("None");
        const QString name = m_voiceNames.value(voice->id, voice->id);
        const QString provider
            = voice->provider == u"elevenlabs" ? QStringLiteral("ElevenLabs") : QStringLiteral("Cartesia");
        return QStringLiteral("%1 · %2").arg(name, provider);
    }
    case Column::LlmModel:
        return llmText(row);
    case Column::FirstSentenceMode:
        return row.firstSentenceMode().isEmpty() ? QString() : EnumText::display(row.firstSentenceMode());
    case Column::FaqItems:
        return row.pendingFaqCount() > 0 ? tr("%L1 (%L2 pending)").arg(row.faqCount()).arg(row.pendingFaqCount())
                                         : QLocale().toString(row.faqCount());
    case Column::CustomTools:
        return QLocale().toString(qint64(row.customToolNames().size()));
    case Column::RetryAttempts:
        return row.maxRetryAttempts() ? QLocale().toString(*row.maxRetryAttempts()) : QString();
    case Column::Updated: {
        const QDateTime when = timestamp(row.updatedAt());
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    case Column::Id:
        return row.id();
    case Column::Count:
        break;
    }
    return {};
}

QVariant AssistantTableModel::sortValue(const AssistantSummary &row, Column column) const
{
    switch (column) {
    case Column::FaqItems:
        return qint64(row.faqCount());
    case Column::CustomTools:
        return qint64(row.customToolNames().size());
    case Column::RetryAttempts:
        return row.maxRetryAttempts().value_or(0);
    case Column::Updated:
        return timestamp(row.updatedAt()).toMSecsSinceEpoch();
    case Column::Name:
        return row.name().toLower();
    default:
        return display(row, column);
    }
}

QString AssistantTableModel::toolTip(const AssistantSummary &row, Column column) const
{
    switch (column) {
    case Column::CustomTools:
        return row.customToolNames().join(u", ");
    case Column::Voice:
        return row.voice() ? tr("Voice ID: %1").arg(row.voice()->id) : QString();
    default:
        return {};
    }
}

void AssistantTableModel::resetCache()
{
    m_sortKeys = QList<SortKeys>(m_rows.size());
}

void AssistantTableModel::reindex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString &id = m_rows.at(row).id();
        m_rowById.insert(id, row);
        m_sortKeys[row][int(Column::Id)] = id; // at hand anyway
    }
}
