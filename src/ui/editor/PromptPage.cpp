// SPDX-License-Identifier: GPL-3.0-or-later
#include "PromptPage.h"

#include "EditorDocument.h"
#include "EditorWidgets.h"
#include "FindBar.h"
#include "PlaceholderHighlighter.h"
#include "core/Assistant.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString kPrompt = QStringLiteral("prompt");
const QString kStructuredOutputPrompt = QStringLiteral("structured_output_prompt");

} // namespace

PromptPage::PromptPage(EditorDocument *editorDocument, QWidget *parent)
    : EditorPage(editorDocument, FieldPage::Prompt, tr("Prompt"), parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildPrompt(), 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addTextEdit(
        form, QStringLiteral("first_sentence"),
        [](Assistant &a, const std::optional<QString> &v) { a.setFirstSentence(v); }, 2);
    addEnumBox(form, QStringLiteral("first_sentence_mode"),
               [](Assistant &a, const std::optional<QString> &v) { a.setFirstSentenceMode(v.value_or(QString())); });
    addIntegerBox(
        form, QStringLiteral("first_sentence_delay_ms"), [](Assistant &a, qint64 v) { a.setFirstSentenceDelayMs(v); },
        tr(" ms"));
    addTextEdit(
        form, QStringLiteral("end_of_call_sentence"),
        [](Assistant &a, const std::optional<QString> &v) { a.setEndOfCallSentence(v); }, 2);
    addTextEdit(
        form, QStringLiteral("max_duration_end_message"),
        [](Assistant &a, const std::optional<QString> &v) { a.setMaxDurationEndMessage(v); }, 2);

    auto *outputPrompt = new QPlainTextEdit(this);
    EditorWidgets::setVisibleLines(outputPrompt, 4);
    outputPrompt->setTabChangesFocus(true);
    const FieldSpec *outputSpec = AssistantSchema::field(kStructuredOutputPrompt);
    new PlaceholderHighlighter(outputPrompt->document(), outputSpec->templateVariables);
    auto *outputField = new QWidget(this);
    auto *outputColumn = new QVBoxLayout(outputField);
    outputColumn->setContentsMargins(0, 0, 0, 0);
    outputColumn->addWidget(outputPrompt);
    outputColumn->addWidget(buildVariables(outputPrompt, kStructuredOutputPrompt));
    addRow(form, kStructuredOutputPrompt, outputPrompt, outputField);
    bindText(outputPrompt, kStructuredOutputPrompt,
             [](Assistant &a, const std::optional<QString> &v) { a.setStructuredOutputPrompt(v); });

    layout->addLayout(form);
}

QWidget *PromptPage::buildPrompt()
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);

    m_prompt = new QPlainTextEdit(box);
    describe(m_prompt, kPrompt);
    EditorWidgets::makeMonospace(m_prompt);
    m_prompt->setMinimumHeight(260);
    m_prompt->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_prompt->setTabChangesFocus(true);
    m_prompt->setPlaceholderText(tr("You are a friendly receptionist for…"));
    m_prompt->installEventFilter(this);
    new PlaceholderHighlighter(m_prompt->document(), AssistantSchema::field(kPrompt)->templateVariables);

    QLabel *label = makeLabel(kPrompt, m_prompt);
    m_counts = new QLabel(box);
    m_counts->setObjectName(QStringLiteral("promptCounts"));
    EditorWidgets::makeSecondary(m_counts);
    auto *find = new QToolButton(box);
    find->setObjectName(QStringLiteral("promptFindButton"));
    find->setText(tr("Find…"));
    find->setToolTip(
        tr("Find in the prompt (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    find->setAutoRaise(true);
    auto *header = new QHBoxLayout;
    header->addWidget(label);
    header->addStretch(1);
    header->addWidget(m_counts);
    header->addWidget(find);

    m_findBar = new FindBar(m_prompt, QStringLiteral("promptFind"), box);
    connect(find, &QToolButton::clicked, m_findBar, &FindBar::open);
    // Ctrl+F in the prompt: the filter below takes the key before the window's Find; the action says so to
    // Help ▸ Keyboard Shortcuts.
    m_findAction = new QAction(tr("Find in the Prompt"), m_prompt);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_findAction, &QAction::triggered, m_findBar, &FindBar::open);
    m_prompt->addAction(m_findAction);
    QWidget::setTabOrder(find, m_prompt); // the header's Find… button sits above the text

    QLabel *message = makeMessage(kPrompt);
    column->addLayout(header);
    column->addWidget(m_findBar);
    column->addWidget(m_prompt, 1);
    if (QLabel *help = makeHelp(kPrompt))
        column->addWidget(help);
    column->addWidget(message);
    bind(kPrompt, m_prompt, label, message);
    bindText(m_prompt, kPrompt,
             [](Assistant &a, const std::optional<QString> &v) { a.setPrompt(v.value_or(QString())); });
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &PromptPage::updateCounts);
    return box;
}

QWidget *PromptPage::buildVariables(QPlainTextEdit *target, const QString &path)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *label = new QLabel(tr("Insert:"), row);
    EditorWidgets::makeSecondary(label);
    layout->addWidget(label);
    for (const QString &variable : AssistantSchema::field(path)->templateVariables) {
        const QString placeholder = QStringLiteral("{{%1}}").arg(variable);
        auto *button = new QToolButton(row);
        button->setObjectName(QStringLiteral("insert:") + variable);
        button->setText(placeholder);
        button->setAutoRaise(true);
        button->setToolTip(tr("Insert %1 at the cursor").arg(placeholder));
        connect(button, &QToolButton::clicked, target, [target, placeholder] {
            target->insertPlainText(placeholder);
            target->setFocus(Qt::OtherFocusReason);
        });
        layout->addWidget(button);
    }
    layout->addStretch(1);
    return row;
}

void PromptPage::load()
{
    EditorPage::load();
    updateCounts();
}

void PromptPage::updateCounts()
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QString text = m_prompt->toPlainText();
    const qsizetype words = text.split(space, Qt::SkipEmptyParts).size();
    m_counts->setText(tr("%L1 characters · %L2 words").arg(text.size()).arg(words));
}

bool PromptPage::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+F in the prompt opens the prompt's own find bar; the window's find stays for the list.
    if (watched == m_prompt && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Find)) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
            } else {
                m_findAction->trigger();
            }
            return true;
        }
    }
    return EditorPage::eventFilter(watched, event);
}
