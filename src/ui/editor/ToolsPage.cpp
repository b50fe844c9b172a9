// SPDX-License-Identifier: GPL-3.0-or-later
#include "ToolsPage.h"

#include "EditorDocument.h"
#include "EditorWidgets.h"
#include "KeyValueTable.h"
#include "ParameterTable.h"
#include "core/Assistant.h"
#include "core/FieldPaths.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString kTools = QStringLiteral("custom_tools");
const QString kName = QStringLiteral("custom_tools[].name");
const QString kDescription = QStringLiteral("custom_tools[].description");
const QString kMethod = QStringLiteral("custom_tools[].method");
const QString kUrl = QStringLiteral("custom_tools[].url");
const QString kHeaders = QStringLiteral("custom_tools[].headers");
const QString kQueryParams = QStringLiteral("custom_tools[].query_params");
const QString kBodyTemplate = QStringLiteral("custom_tools[].body_template");
const QString kInputSchema = QStringLiteral("custom_tools[].input_schema");

// "custom_tools[].url" of tool 2 → "custom_tools[2].url": what the document records as the field.
QString concrete(const QString &path, int index)
{
    QString result = path;
    return result.replace(QStringLiteral("[]"), QStringLiteral("[%1]").arg(index));
}

CustomTool newTool(const QList<CustomTool> &tools)
{
    QStringList names;
    for (const CustomTool &tool : tools)
        names.append(tool.name);
    QString name = QStringLiteral("new_tool");
    for (int n = 2; names.contains(name); ++n)
        name = QStringLiteral("new_tool_%1").arg(n);
    // Every member present, so the list says at once which still need a value.
    return CustomTool::fromJson(QJsonObject{{QStringLiteral("name"), name},
                                            {QStringLiteral("description"), QString()},
                                            {QStringLiteral("method"), QStringLiteral("GET")},
                                            {QStringLiteral("url"), QString()},
                                            {QStringLiteral("headers"), QJsonArray()},
                                            {QStringLiteral("query_params"), QJsonArray()},
                                            {QStringLiteral("input_schema"), QJsonArray()}});
}

} // namespace

ToolsPage::ToolsPage(EditorDocument *editorDocument, QWidget *parent)
    : EditorPage(editorDocument, FieldPage::Tools, tr("Custom tools"), parent)
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildList());
    splitter->addWidget(buildForm());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(editorDocument, &EditorDocument::changed, this, [this](const QStringList &keys) {
        if (keys.contains(kTools))
            updateListTexts();
    });
}

QWidget *ToolsPage::buildList()
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(box);
    m_list->setAccessibleName(AssistantSchema::field(kTools)->displayLabel());
    m_list->setObjectName(kTools);
    QLabel *label = makeLabel(kTools, m_list);
    QLabel *message = makeMessage(kTools);
    const EditorWidgets::ListButtons buttons = EditorWidgets::makeListButtons(box, kTools, tr("tool"));
    column->addWidget(label);
    column->addWidget(m_list, 1);
    column->addWidget(buttons.bar);
    column->addWidget(message);
    bind(kTools, m_list, label, message);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        loadForm();
        emit selectionChanged();
    });
    connect(buttons.add, &QToolButton::clicked, this, [this] {
        const int index = int(edited().customTools().size());
        editList([](QList<CustomTool> &tools) { tools.append(newTool(tools)); }, index);
        m_name->setFocus(Qt::OtherFocusReason);
        m_name->selectAll();
    });
    connect(buttons.remove, &QToolButton::clicked, this, [this] {
        const int index = currentTool();
        if (index >= 0)
            editList([index](QList<CustomTool> &tools) { tools.removeAt(index); }, std::max(0, index - 1));
    });
    connect(buttons.up, &QToolButton::clicked, this, [this] {
        const int index = currentTool();
        if (index > 0)
            editList([index](QList<CustomTool> &tools) { tools.move(index, index - 1); }, index - 1);
    });
    connect(buttons.down, &QToolButton::clicked, this, [this] {
        const int index = currentTool();
        if (index >= 0 && index + 1 < m_list->count())
            editList([index](QList<CustomTool> &tools) { tools.move(index, index + 1); }, index + 1);
    });
    return box;
}

FieldBinding &ToolsPage::bindToolField(const QString &path, QWidget *input, QLabel *label, QLabel *message)
{
    FieldBinding &binding = bind(path, input, label, message);
    binding.itemIndex = [this] { return currentTool(); };
    return binding;
}

QWidget *ToolsPage::buildForm()
{
    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setContentsMargins(8, 0, 0, 0);

    m_name = new QLineEdit(m_form);
    m_name->setPlaceholderText(tr("get_weather"));
    m_description = new QPlainTextEdit(m_form);
    m_description->setTabChangesFocus(true);
    EditorWidgets::setVisibleLines(m_description, 3);
    m_description->setPlaceholderText(tr("When the agent should call this tool, and what it returns."));
    m_method = new QComboBox(m_form);
    EditorWidgets::makeCompact(m_method);
    m_url = new QLineEdit(m_form);
    m_url->setPlaceholderText(tr("https://api.example.com/v1/…"));
    m_headers = new KeyValueTable(kHeaders, tr("header"), m_form);
    m_queryParams = new KeyValueTable(kQueryParams, tr("query parameter"), m_form);
    m_bodyTemplate = new QPlainTextEdit(m_form);
    m_bodyTemplate->setTabChangesFocus(true);
    EditorWidgets::makeMonospace(m_bodyTemplate);
    EditorWidgets::setVisibleLines(m_bodyTemplate, 5);
    m_bodyTemplate->setPlaceholderText(tr("{\"date\": \"{{date}}\"} — empty: no body"));
    m_inputSchema = new ParameterTable(kInputSchema, tr("parameter"), m_form);

    const auto row = [this, form](const QString &path, QWidget *input, QWidget *shown = nullptr) {
        const auto [label, message] = layoutRow(form, path, input, shown, true);
        bindToolField(path, input, label, message);
    };
    row(kName, m_name);
    row(kDescription, m_description);
    row(kMethod, m_method);
    row(kUrl, m_url);
    row(kHeaders, m_headers->table(), m_headers);
    row(kQueryParams, m_queryParams->table(), m_queryParams);
    row(kBodyTemplate, m_bodyTemplate);
    row(kInputSchema, m_inputSchema->table(), m_inputSchema);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        editTool(
            kName, [&](CustomTool &tool) { tool.name = text; }, true);
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_description->toPlainText();
        editTool(
            kDescription, [&](CustomTool &tool) { tool.description = text; }, true);
    });
    connect(m_method, &QComboBox::activated, this, [this](int index) {
        const QString method = m_method->itemData(index).toString();
        editTool(kMethod, [&](CustomTool &tool) { tool.method = method; });
    });
    connect(m_url, &QLineEdit::textEdited, this, [this](const QString &text) {
        editTool(
            kUrl, [&](CustomTool &tool) { tool.url = text; }, true);
    });
    connect(m_headers, &KeyValueTable::itemsEdited, this, [this](const QList<KeyValue> &items) {
        editTool(kHeaders, [&](CustomTool &tool) { tool.headers = items; });
    });
    connect(m_queryParams, &KeyValueTable::itemsEdited, this, [this](const QList<KeyValue> &items) {
        editTool(kQueryParams, [&](CustomTool &tool) { tool.queryParams = items; });
    });
    connect(m_bodyTemplate, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_bodyTemplate->toPlainText();
        const QJsonValue server
            = FieldPaths::valueAt(document()->base().json(), kBodyTemplate, std::max(0, currentTool()));
        editTool(
            kBodyTemplate,
            [&](CustomTool &tool) {
                if (!text.isEmpty()) {
                    tool.bodyTemplate = text;
                } else if (server.isUndefined()) { // never there: leave it out again
                    tool.bodyTemplate.reset();
                    tool.raw.remove(QStringLiteral("body_template"));
                } else if (server.isString() && server.toString().isEmpty()) {
                    tool.bodyTemplate = QString();
                } else { // empty means "no body": null
                    tool.bodyTemplate.reset();
                }
            },
            true);
    });
    connect(m_inputSchema, &ParameterTable::parametersEdited, this, [this](const QList<TypedParameter> &parameters) {
        editTool(kInputSchema, [&](CustomTool &tool) { tool.inputSchema = parameters; });
    });

    auto *scroll = new QWidget(this);
    auto *column = new QVBoxLayout(scroll);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_form);
    column->addStretch(1);
    return scroll;
}

int ToolsPage::currentTool() const
{
    return m_list->currentRow();
}

void ToolsPage::selectTool(int index)
{
    m_list->setCurrentRow(index);
}

void ToolsPage::editTool(const QString &member, const std::function<void(CustomTool &)> &change, bool typing)
{
    const int index = currentTool();
    if (index < 0)
        return;
    document()->edit(
        concrete(member, index),
        [&](Assistant &a) {
            QList<CustomTool> tools = a.customTools();
            if (index >= tools.size())
                return;
            change(tools[index]);
            a.setCustomTools(tools);
        },
        typing ? EditorDocument::Merge::Typing : EditorDocument::Merge::No);
}

void ToolsPage::editList(const std::function<void(QList<CustomTool> &)> &change, int selectIndex)
{
    document()->edit(kTools, [&](Assistant &a) {
        QList<CustomTool> tools = a.customTools();
        change(tools);
        a.setCustomTools(tools);
    });
    loadList();
    selectTool(std::min(selectIndex, m_list->count() - 1));
}

void ToolsPage::load()
{
    loadList();
    loadForm();
}

void ToolsPage::loadList()
{
    const QList<CustomTool> tools = edited().customTools();
    const int current = std::max(0, m_list->currentRow());
    {
        const QSignalBlocker blocker(m_list);
        while (m_list->count() > tools.size())
            delete m_list->takeItem(m_list->count() - 1);
        while (m_list->count() < tools.size())
            m_list->addItem(QString());
        m_list->setCurrentRow(tools.isEmpty() ? -1 : std::min(current, int(tools.size()) - 1));
    }
    updateListTexts();
    loadForm();
}

void ToolsPage::updateListTexts()
{
    const QList<CustomTool> tools = edited().customTools();
    for (int i = 0; i < tools.size() && i < m_list->count(); ++i) {
        const CustomTool &tool = tools.at(i);
        QListWidgetItem *item = m_list->item(i);
        item->setText(tool.name.isEmpty() ? tr("(unnamed tool)") : tool.name);
        item->setToolTip(QStringLiteral("%1 %2").arg(tool.method, tool.url));
    }
}

void ToolsPage::loadForm()
{
    const int index = currentTool();
    const QList<CustomTool> tools = edited().customTools();
    const CustomTool tool = index >= 0 && index < tools.size() ? tools.at(index) : CustomTool();
    m_form->setEnabled(index >= 0 && index < tools.size());
    {
        const QSignalBlocker blocker(m_name);
        if (m_name->text() != tool.name)
            m_name->setText(tool.name);
    }
    EditorWidgets::setPlainTextKeepingCursor(m_description, tool.description);
    fillEnum(m_method, *AssistantSchema::field(kMethod),
             index >= 0 ? FieldPaths::valueAt(edited().json(), kMethod, index) : QJsonValue(QJsonValue::Undefined));
    {
        const QSignalBlocker blocker(m_url);
        if (m_url->text() != tool.url)
            m_url->setText(tool.url);
    }
    m_headers->setItems(tool.headers);
    m_queryParams->setItems(tool.queryParams);
    EditorWidgets::setPlainTextKeepingCursor(m_bodyTemplate, tool.bodyTemplate.value_or(QString()));
    m_inputSchema->setParameters(tool.inputSchema);
    markIssues(m_issues, m_blocking);
}

QWidget *ToolsPage::reveal(const QString &concretePath)
{
    const int index = FieldPaths::indexIn(concretePath, kTools);
    if (index < 0)
        return nullptr;
    selectTool(index);
    const QString path = AssistantSchema::catalogPath(concretePath);
    if (path.startsWith(kHeaders)) {
        m_headers->selectCell(concretePath);
        return m_headers->table();
    }
    if (path.startsWith(kQueryParams)) {
        m_queryParams->selectCell(concretePath);
        return m_queryParams->table();
    }
    if (path.startsWith(kInputSchema)) {
        m_inputSchema->selectCell(concretePath);
        return m_inputSchema->table();
    }
    return nullptr;
}

void ToolsPage::markIssues(const QList<ValidationIssue> &issues, const QList<ValidationIssue> &blocking)
{
    m_issues = issues;
    m_blocking = blocking;
    // The list shows which tools have problems; the tables of the shown tool mark their cells.
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        bool hasBlocking = false;
        bool hasFlagged = false;
        for (const ValidationIssue &issue : issues) {
            if (FieldPaths::indexIn(issue.path, kTools) != i)
                continue;
            (blocking.contains(issue) ? hasBlocking : hasFlagged) = true;
        }
        item->setIcon(hasBlocking      ? style()->standardIcon(QStyle::SP_MessageBoxCritical)
                          : hasFlagged ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                       : QIcon());
    }
    QList<ValidationIssue> shown;
    const int index = currentTool();
    for (const ValidationIssue &issue : issues) {
        if (index >= 0 && FieldPaths::indexIn(issue.path, kTools) == index)
            shown.append(issue);
    }
    m_headers->markIssues(shown, blocking);
    m_queryParams->markIssues(shown, blocking);
    m_inputSchema->markIssues(shown, blocking);
}
