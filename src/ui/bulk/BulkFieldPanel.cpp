// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkFieldPanel.h"

#include "core/AssistantSchema.h"
#include "core/TextFields.h"
#include "ui/AccessibleNames.h"
#include "ui/editor/EditorWidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

const QString kFaqItems = QStringLiteral("faq_items");
const QString kCustomTools = QStringLiteral("custom_tools");
const QString kRetryConfig = QStringLiteral("call_retry_config");

QString labelOf(const QString &path)
{
    return AssistantSchema::displayLabel(path);
}

// The tools of `edited` that `base` does not hold as they are, by name.
QList<QJsonObject> changedTools(const Assistant &base, const Assistant &edited)
{
    QHash<QString, QJsonObject> before;
    for (const QJsonValue &tool : base.value(kCustomTools).toArray())
        before.insert(tool.toObject().value(u"name").toString(), tool.toObject());
    QList<QJsonObject> changed;
    for (const QJsonValue &tool : edited.value(kCustomTools).toArray()) {
        const QJsonObject object = tool.toObject();
        const auto it = before.constFind(object.value(u"name").toString());
        if (it == before.cend() || *it != object)
            changed.append(object);
    }
    return changed;
}

} // namespace

BulkFieldPanel::BulkFieldPanel(const QString &topLevelKey, QWidget *parent)
    : QWidget(parent)
    , m_key(topLevelKey)
    , m_kinds(kindsFor(topLevelKey))
    , m_textPaths(TextFields::under(topLevelKey))
    , m_kind(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("bulkPanel:") + topLevelKey);
    for (const QString &path : std::as_const(m_textPaths)) {
        if (path.contains(QLatin1String("[].")))
            m_itemPaths.append(path);
    }
    const FieldSpec *spec = AssistantSchema::field(topLevelKey);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(labelOf(topLevelKey).toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("bulkFieldTitle"));
    auto *help = new QLabel(spec ? spec->displayHelp() : QString(), this);
    help->setWordWrap(true);
    help->setVisible(!help->text().isEmpty());
    EditorWidgets::makeSecondary(help);

    m_kind->setObjectName(QStringLiteral("bulkOperation"));
    m_kind->setAccessibleName(tr("What to do with %1").arg(labelOf(topLevelKey)));
    for (const Kind kind : std::as_const(m_kinds)) {
        m_kind->addItem(kindText(kind), int(kind));
        m_pages.append(buildPage(kind));
    }
    EditorWidgets::makeCompact(m_kind);
    auto *how = new QLabel(tr("&Change:"), this);
    how->setBuddy(m_kind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        showPage(index);
        emit changed();
    });
    showPage(0);

    m_problem->setObjectName(QStringLiteral("bulkProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, EditorWidgets::errorColor());
    m_problem->setPalette(palette);
    m_problem->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(how);
    top->addWidget(m_kind);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(help);
    layout->addLayout(top);
    for (QWidget *page : std::as_const(m_pages))
        layout->addWidget(page);
    layout->addWidget(m_problem);
    AccessibleNames::fromLabels(this);
}

void BulkFieldPanel::showPage(int index)
{
    // Only the chosen inputs take room (a stacked widget is as tall as its tallest page): the template's form
    // follows right below them.
    for (int page = 0; page < m_pages.size(); ++page)
        m_pages.at(page)->setVisible(page == index);
}

QList<BulkFieldPanel::Kind> BulkFieldPanel::kindsFor(const QString &topLevelKey)
{
    QList<Kind> kinds{Kind::SetValue};
    if (!TextFields::under(topLevelKey).isEmpty())
        kinds << Kind::ReplaceText << Kind::PrependText << Kind::AppendText;
    if (topLevelKey == kFaqItems)
        kinds << Kind::AddFaqItem;
    const FieldSpec *spec = AssistantSchema::field(topLevelKey);
    if (spec && spec->type == FieldType::ObjectList)
        kinds << Kind::RemoveItems;
    if (topLevelKey == kCustomTools)
        kinds << Kind::PutCustomTool;
    if (topLevelKey == kRetryConfig)
        kinds << Kind::AddCallingWindow << Kind::ReplaceCallingWindow << Kind::RemoveCallingWindow;
    return kinds;
}

QString BulkFieldPanel::kindText(Kind kind)
{
    switch (kind) {
    case Kind::SetValue:
        return tr("Set to the value below");
    case Kind::ReplaceText:
        return tr("Find and replace");
    case Kind::PrependText:
        return tr("Add text at the start");
    case Kind::AppendText:
        return tr("Add text at the end");
    case Kind::AddFaqItem:
        return tr("Add an FAQ item");
    case Kind::RemoveItems:
        return tr("Remove the items that match");
    case Kind::PutCustomTool:
        return tr("Add or replace tools by name");
    case Kind::AddCallingWindow:
        return tr("Add a calling window");
    case Kind::ReplaceCallingWindow:
        return tr("Replace a calling window");
    case Kind::RemoveCallingWindow:
        return tr("Remove a calling window");
    }
    return {};
}

BulkFieldPanel::Kind BulkFieldPanel::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void BulkFieldPanel::setKind(Kind kind)
{
    const int index = m_kind->findData(int(kind));
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

bool BulkFieldPanel::usesTemplate() const
{
    return kind() == Kind::SetValue || kind() == Kind::PutCustomTool;
}

QLineEdit *BulkFieldPanel::makeLine(const QString &name, const QString &accessibleName)
{
    auto *line = new QLineEdit(this);
    line->setObjectName(name);
    line->setAccessibleName(accessibleName);
    connect(line, &QLineEdit::textChanged, this, &BulkFieldPanel::changed);
    return line;
}

QComboBox *BulkFieldPanel::makeWhere(const QStringList &paths, bool withAll, const QString &name)
{
    auto *where = new QComboBox(this);
    where->setObjectName(name);
    where->setAccessibleName(tr("In which text"));
    if (withAll)
        where->addItem(tr("Each of its texts"), QString());
    for (const QString &path : paths)
        where->addItem(labelOf(path), path);
    EditorWidgets::makeCompact(where);
    connect(where, &QComboBox::currentIndexChanged, this, &BulkFieldPanel::changed);
    return where;
}

void BulkFieldPanel::addPatternOptions(QWidget *page, QFormLayout *form, TextInputs &inputs)
{
    const auto check = [this, page](const QString &text, const QString &name) {
        auto *box = new QCheckBox(text, page);
        box->setObjectName(name);
        box->setAccessibleName(QString(text).remove(u'&'));
        connect(box, &QCheckBox::toggled, this, &BulkFieldPanel::changed);
        return box;
    };
    inputs.regex = check(tr("Regular e&xpression"), QStringLiteral("bulkRegex"));
    inputs.matchCase = check(tr("Match c&ase"), QStringLiteral("bulkMatchCase"));
    inputs.wholeWord = check(tr("&Whole words"), QStringLiteral("bulkWholeWord"));
    auto *row = new QHBoxLayout;
    row->addWidget(inputs.regex);
    row->addWidget(inputs.matchCase);
    row->addWidget(inputs.wholeWord);
    row->addStretch(1);
    form->addRow(QString(), row);
}

QWidget *BulkFieldPanel::buildPage(Kind kind)
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("bulkKind:") + BulkOperation::kindName(kind));
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 4, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto note = [page, form](const QString &text) {
        auto *label = new QLabel(text, page);
        label->setWordWrap(true);
        form->addRow(label);
    };
    const auto row = [form, page](const QString &text, QWidget *input) {
        auto *label = new QLabel(text, page);
        label->setBuddy(input);
        form->addRow(label, input);
    };
    switch (kind) {
    case Kind::SetValue:
        note(tr("Every ticked assistant gets the value set in the form below, whatever it holds now."));
        break;
    case Kind::ReplaceText: {
        TextInputs &inputs = m_text[int(kind)];
        if (m_textPaths.size() > 1)
            row(tr("&In:"), inputs.where = makeWhere(m_textPaths, true, QStringLiteral("bulkTextField")));
        row(tr("&Find:"), inputs.find = makeLine(QStringLiteral("bulkFind"), tr("Text to find")));
        row(tr("&Replace with:"), inputs.text = makeLine(QStringLiteral("bulkReplace"), tr("Replacement")));
        addPatternOptions(page, form, inputs);
        auto *help = new QLabel(tr("With a regular expression, \\1 or $1 in the replacement stands for the first "
                                   "group in parentheses, \\0 for the whole match."),
                                page);
        help->setWordWrap(true);
        EditorWidgets::makeSecondary(help);
        form->addRow(help);
        break;
    }
    case Kind::PrependText:
    case Kind::AppendText: {
        TextInputs &inputs = m_text[int(kind)];
        if (m_textPaths.size() > 1)
            row(tr("&In:"), inputs.where = makeWhere(m_textPaths, true, QStringLiteral("bulkTextField")));
        inputs.added = new QPlainTextEdit(page);
        inputs.added->setObjectName(QStringLiteral("bulkText"));
        inputs.added->setAccessibleName(tr("Text to add"));
        inputs.added->setTabChangesFocus(true);
        EditorWidgets::setVisibleLines(inputs.added, 3);
        connect(inputs.added, &QPlainTextEdit::textChanged, this, &BulkFieldPanel::changed);
        row(tr("&Text:"), inputs.added);
        note(kind == Kind::PrependText ? tr("Added before what each assistant holds, exactly as typed (add a space or "
                                            "a line break yourself). Empty texts are left as they are.")
                                       : tr("Added after what each assistant holds, exactly as typed (add a space or "
                                            "a line break yourself). Empty texts are left as they are."));
        break;
    }
    case Kind::AddFaqItem:
        row(tr("&Question:"),
            m_faqQuestion
            = makeLine(QStringLiteral("bulkFaqQuestion"), labelOf(QStringLiteral("faq_items[].question"))));
        m_faqAnswer = new QPlainTextEdit(page);
        m_faqAnswer->setObjectName(QStringLiteral("bulkFaqAnswer"));
        m_faqAnswer->setAccessibleName(labelOf(QStringLiteral("faq_items[].answer")));
        m_faqAnswer->setTabChangesFocus(true);
        EditorWidgets::setVisibleLines(m_faqAnswer, 3);
        connect(m_faqAnswer, &QPlainTextEdit::textChanged, this, &BulkFieldPanel::changed);
        row(tr("&Answer:"), m_faqAnswer);
        note(tr("Assistants that already have an item with this question are left as they are."));
        break;
    case Kind::RemoveItems: {
        TextInputs &inputs = m_text[int(kind)];
        row(tr("W&here:"),
            inputs.where = makeWhere(m_itemPaths, m_itemPaths.size() > 1, QStringLiteral("bulkItemField")));
        row(tr("&Matches:"),
            inputs.find = makeLine(QStringLiteral("bulkItemFind"), tr("Text the items to remove hold")));
        addPatternOptions(page, form, inputs);
        break;
    }
    case Kind::PutCustomTool:
        note(tr("Add a tool or change one in the form below: each added or changed tool goes to every ticked "
                "assistant, replacing its tool of the same name, or added when it has none."));
        break;
    case Kind::AddCallingWindow:
    case Kind::ReplaceCallingWindow:
    case Kind::RemoveCallingWindow: {
        WindowInputs &inputs = m_windows[int(kind)];
        const QString startLabel
            = labelOf(QStringLiteral("call_retry_config.calling_windows[].calling_window_start_time"));
        const QString endLabel = labelOf(QStringLiteral("call_retry_config.calling_windows[].calling_window_end_time"));
        if (kind != Kind::AddCallingWindow) {
            row(tr("&From:"), inputs.fromStart = makeLine(QStringLiteral("bulkWindowFromStart"), startLabel));
            row(tr("&To:"), inputs.fromEnd = makeLine(QStringLiteral("bulkWindowFromEnd"), endLabel));
            inputs.fromStart->setPlaceholderText(tr("09:00"));
            inputs.fromEnd->setPlaceholderText(tr("12:00"));
        }
        if (kind != Kind::RemoveCallingWindow) {
            if (kind == Kind::ReplaceCallingWindow)
                note(tr("becomes:"));
            row(tr("&Start:"), inputs.start = makeLine(QStringLiteral("bulkWindowStart"), startLabel));
            row(tr("&End:"), inputs.end = makeLine(QStringLiteral("bulkWindowEnd"), endLabel));
            inputs.start->setPlaceholderText(tr("09:00"));
            inputs.end->setPlaceholderText(tr("12:00"));
            inputs.delay = new QSpinBox(page);
            inputs.delay->setObjectName(QStringLiteral("bulkWindowDelay"));
            inputs.delay->setAccessibleName(
                labelOf(QStringLiteral("call_retry_config.calling_windows[].retry_delay_seconds")));
            inputs.delay->setRange(1, 7 * 24 * 3600);
            inputs.delay->setValue(3600);
            inputs.delay->setSuffix(tr(" s"));
            connect(inputs.delay, &QSpinBox::valueChanged, this, &BulkFieldPanel::changed);
            row(tr("Retry &delay:"), inputs.delay);
        }
        note(tr("Times as 09:00 or 9am; a window is known by its start and end however they are written."));
        break;
    }
    }
    return page;
}

QStringList BulkFieldPanel::chosenPaths(const QComboBox *where, const QStringList &paths) const
{
    if (!where)
        return paths.mid(0, 1);
    const QString chosen = where->currentData().toString();
    return chosen.isEmpty() ? paths : QStringList{chosen};
}

TextPattern BulkFieldPanel::patternOf(const TextInputs &inputs) const
{
    return TextPattern(inputs.find->text(),
                       {.regex = inputs.regex->isChecked(),
                        .caseSensitive = inputs.matchCase->isChecked(),
                        .wholeWord = inputs.wholeWord->isChecked()});
}

QJsonObject BulkFieldPanel::windowOf(const WindowInputs &inputs) const
{
    return {{QStringLiteral("calling_window_start_time"), inputs.start->text().trimmed()},
            {QStringLiteral("calling_window_end_time"), inputs.end->text().trimmed()},
            {QStringLiteral("retry_delay_seconds"), inputs.delay->value()}};
}

QList<BulkOperation> BulkFieldPanel::operations(const Assistant &templateBase, const Assistant &templateEdited) const
{
    QList<BulkOperation> operations;
    const Kind current = kind();
    switch (current) {
    case Kind::SetValue: {
        const FieldSpec *spec = AssistantSchema::field(m_key);
        QJsonValue value = templateEdited.value(m_key);
        if (value.isUndefined() && spec && spec->nullable)
            value = QJsonValue::Null;
        operations.append(BulkOperation::setValue(m_key, value));
        break;
    }
    case Kind::ReplaceText: {
        const TextInputs &inputs = m_text.value(int(current));
        for (const QString &path : chosenPaths(inputs.where, m_textPaths))
            operations.append(BulkOperation::replaceText(path, patternOf(inputs), inputs.text->text()));
        break;
    }
    case Kind::PrependText:
    case Kind::AppendText: {
        const TextInputs &inputs = m_text.value(int(current));
        for (const QString &path : chosenPaths(inputs.where, m_textPaths))
            operations.append(current == Kind::PrependText
                                  ? BulkOperation::prependText(path, inputs.added->toPlainText())
                                  : BulkOperation::appendText(path, inputs.added->toPlainText()));
        break;
    }
    case Kind::AddFaqItem:
        operations.append(BulkOperation::addFaqItem(m_faqQuestion->text(), m_faqAnswer->toPlainText()));
        break;
    case Kind::RemoveItems: {
        const TextInputs &inputs = m_text.value(int(current));
        for (const QString &path : chosenPaths(inputs.where, m_itemPaths))
            operations.append(BulkOperation::removeItems(path, patternOf(inputs)));
        break;
    }
    case Kind::PutCustomTool:
        for (const QJsonObject &tool : changedTools(templateBase, templateEdited))
            operations.append(BulkOperation::putCustomTool(tool));
        break;
    case Kind::AddCallingWindow:
        operations.append(BulkOperation::addCallingWindow(windowOf(m_windows.value(int(current)))));
        break;
    case Kind::ReplaceCallingWindow: {
        const WindowInputs &inputs = m_windows.value(int(current));
        operations.append(
            BulkOperation::replaceCallingWindow(inputs.fromStart->text(), inputs.fromEnd->text(), windowOf(inputs)));
        break;
    }
    case Kind::RemoveCallingWindow: {
        const WindowInputs &inputs = m_windows.value(int(current));
        operations.append(BulkOperation::removeCallingWindow(inputs.fromStart->text(), inputs.fromEnd->text()));
        break;
    }
    }
    return operations;
}

QString BulkFieldPanel::inputProblem(const Assistant &templateBase, const Assistant &templateEdited) const
{
    if (kind() == Kind::PutCustomTool && changedTools(templateBase, templateEdited).isEmpty())
        return tr("Custom tools: add a tool or change one in the form below first.");
    return {};
}

void BulkFieldPanel::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}
