// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorPage.h"

#include "EditorDocument.h"
#include "EditorWidgets.h"
#include "PlaceholderHighlighter.h"
#include "core/EnumText.h"
#include "core/FieldPaths.h"
#include "ui/AccessibleNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <cmath>

namespace {

constexpr int kUnknownRole = Qt::UserRole + 1; // marks the extra entry of a value the catalogue lacks

const FieldSpec &specAt(const QString &path)
{
    const FieldSpec *spec = AssistantSchema::field(path);
    Q_ASSERT_X(spec, "EditorPage", qPrintable(path));
    return *spec;
}

} // namespace

EditorPage::EditorPage(EditorDocument *document, FieldPage page, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_page(page)
    , m_title(title)
{ }

const Assistant &EditorPage::edited() const
{
    return m_document->edited();
}

void EditorPage::load()
{
    for (const std::function<void()> &loader : std::as_const(m_loaders))
        loader();
}

QWidget *EditorPage::reveal(const QString &concretePath)
{
    Q_UNUSED(concretePath)
    return nullptr;
}

void EditorPage::markIssues(const QList<ValidationIssue> &issues, const QList<ValidationIssue> &blocking)
{
    Q_UNUSED(issues)
    Q_UNUSED(blocking)
}

// --- rows ------------------------------------------------------------------------------------

QLabel *EditorPage::makeLabel(const QString &path, QWidget *buddy)
{
    const FieldSpec &spec = specAt(path);
    auto *label = new QLabel(tr("%1:", "a field's label").arg(spec.displayLabel()), this); // "Nom :" in French
    label->setObjectName(QStringLiteral("label:") + path);
    label->setBuddy(buddy);
    label->setToolTip(spec.displayHelp());
    AccessibleNames::fromLabel(label);
    return label;
}

QLabel *EditorPage::makeMessage(const QString &path)
{
    auto *message = new QLabel(this);
    message->setObjectName(QStringLiteral("issue:") + path);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message->hide();
    return message;
}

QLabel *EditorPage::makeHelp(const QString &path)
{
    const QString help = specAt(path).displayHelp();
    if (help.isEmpty())
        return nullptr;
    auto *label = new QLabel(help, this);
    label->setObjectName(QStringLiteral("help:") + path);
    label->setWordWrap(true);
    EditorWidgets::makeSecondary(label);
    return label;
}

void EditorPage::describe(QWidget *input, const QString &path)
{
    const FieldSpec &spec = specAt(path);
    input->setObjectName(path);
    input->setAccessibleName(spec.displayLabel());
    input->setAccessibleDescription(spec.displayHelp());
    input->setToolTip(spec.displayHelp());
}

FieldBinding &EditorPage::bind(const QString &path, QWidget *input, QLabel *label, QLabel *message)
{
    m_bindings.append({path, input, label, message, {}});
    return m_bindings.last();
}

std::pair<QLabel *, QLabel *> EditorPage::layoutRow(QFormLayout *form, const QString &path, QWidget *input,
                                                    QWidget *shown, bool withHelp)
{
    if (input->objectName().isEmpty())
        describe(input, path);
    QLabel *label = makeLabel(path, input);
    QLabel *message = makeMessage(path);
    // A layout, not a widget around the input: the label and its input stay siblings, which is how the
    // accessible tree finds an input's label (Linux's screen readers read a combo box's label that way).
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(shown ? shown : input);
    if (QLabel *help = withHelp ? makeHelp(path) : nullptr)
        column->addWidget(help);
    column->addWidget(message);
    form->addRow(label, column);
    return {label, message};
}

void EditorPage::setRowShown(QFormLayout *form, QLabel *label, QLabel *message, bool shown)
{
    form->setRowVisible(label, shown); // shows every widget of the row, the empty problem line too
    if (shown)
        message->setVisible(!message->text().isEmpty());
}

FieldBinding &EditorPage::addRow(QFormLayout *form, const QString &path, QWidget *input, QWidget *shown, bool withHelp)
{
    const auto [label, message] = layoutRow(form, path, input, shown, withHelp);
    return bind(path, input, label, message);
}

// --- values ----------------------------------------------------------------------------------

std::optional<QString> EditorPage::textValue(const QString &path, const QString &text) const
{
    if (!text.isEmpty() || !specAt(AssistantSchema::catalogPath(path)).nullable)
        return text;
    const QJsonValue before = FieldPaths::valueAt(m_document->base().json(), AssistantSchema::catalogPath(path),
                                                  FieldPaths::firstIndex(path));
    if (before.isString() && before.toString().isEmpty())
        return QString();
    return std::nullopt;
}

bool EditorPage::emptyListIsNull(const QString &path) const
{
    const QJsonValue before = FieldPaths::valueAt(m_document->base().json(), path);
    if (before.isArray() && before.toArray().isEmpty())
        return false;
    return specAt(path).nullable;
}

double EditorPage::rounded(double value, int decimals)
{
    // The nearest double to the decimal text the box shows: what JSON parsing of that text gives.
    return QString::number(value, 'f', decimals).toDouble();
}

void EditorPage::fillEnum(QComboBox *combo, const FieldSpec &spec, const QJsonValue &value)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (spec.nullable)
        combo->addItem(EnumText::none(), QVariant());
    for (const QString &option : spec.enumValues) {
        combo->addItem(EnumText::display(option), option);
        combo->setItemData(combo->count() - 1, option, Qt::ToolTipRole);
    }
    if (value.isString()) {
        int index = combo->findData(value.toString());
        if (index < 0) {
            combo->addItem(EnumText::unknown(value.toString()), value.toString());
            index = combo->count() - 1;
            combo->setItemData(index, true, kUnknownRole);
        }
        combo->setCurrentIndex(index);
    } else if (value.isNull() && spec.nullable) {
        combo->setCurrentIndex(0);
    } else {
        combo->setCurrentIndex(-1); // absent: nothing chosen yet
    }
}

void EditorPage::showNumber(QDoubleSpinBox *box, const FieldSpec &spec, const QJsonValue &value, double fallback)
{
    const double step = box->decimals() == 0 ? 1.0 : std::pow(10.0, -box->decimals());
    double minimum
        = spec.minimum ? *spec.minimum + (spec.exclusiveMinimum ? step : 0.0) : -AssistantSchema::maxSafeInteger;
    double maximum = spec.maximum.value_or(AssistantSchema::maxSafeInteger);
    const double shown
        = value.isDouble() ? value.toDouble() : AssistantSchema::serverDefault(spec.path).toDouble(fallback);
    minimum = std::min(minimum, shown);
    maximum = std::max(maximum, shown);
    const QSignalBlocker blocker(box);
    box->setRange(minimum, maximum);
    box->setValue(shown);
}

// --- binders ---------------------------------------------------------------------------------

void EditorPage::bindText(QLineEdit *edit, const QString &path, const TextWriter &write)
{
    connect(edit, &QLineEdit::textEdited, this, [this, path, write](const QString &text) {
        const std::optional<QString> value = textValue(path, text);
        m_document->edit(
            path, [&](Assistant &assistant) { write(assistant, value); }, EditorDocument::Merge::Typing);
    });
    addLoader([this, edit, path] {
        const QString text = FieldPaths::valueAt(edited().json(), path).toString();
        if (edit->text() != text) {
            const QSignalBlocker blocker(edit);
            edit->setText(text);
        }
    });
}

void EditorPage::bindText(QPlainTextEdit *edit, const QString &path, const TextWriter &write)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, path, write] {
        const std::optional<QString> value = textValue(path, edit->toPlainText());
        m_document->edit(
            path, [&](Assistant &assistant) { write(assistant, value); }, EditorDocument::Merge::Typing);
    });
    addLoader([this, edit, path] {
        EditorWidgets::setPlainTextKeepingCursor(edit, FieldPaths::valueAt(edited().json(), path).toString());
    });
}

void EditorPage::bindNumber(QDoubleSpinBox *box, const QString &path, const NumberWriter &write, double fallback)
{
    connect(box, &QDoubleSpinBox::valueChanged, this, [this, box, path, write](double value) {
        const double exact = rounded(value, box->decimals());
        m_document->edit(
            path, [&](Assistant &assistant) { write(assistant, exact); }, EditorDocument::Merge::Typing);
    });
    addLoader([this, box, path, fallback] {
        showNumber(box, specAt(path), FieldPaths::valueAt(edited().json(), path), fallback);
    });
}

void EditorPage::bindInteger(QDoubleSpinBox *box, const QString &path, const IntegerWriter &write)
{
    box->setDecimals(0);
    connect(box, &QDoubleSpinBox::valueChanged, this, [this, path, write](double value) {
        const qint64 whole = std::llround(value);
        m_document->edit(
            path, [&](Assistant &assistant) { write(assistant, whole); }, EditorDocument::Merge::Typing);
    });
    addLoader([this, box, path] { showNumber(box, specAt(path), FieldPaths::valueAt(edited().json(), path), 0.0); });
}

void EditorPage::bindEnum(QComboBox *combo, const QString &path, const EnumWriter &write)
{
    connect(combo, &QComboBox::activated, this, [this, combo, path, write](int index) {
        const QVariant data = combo->itemData(index);
        const std::optional<QString> value = data.isValid() ? std::optional(data.toString()) : std::nullopt;
        m_document->edit(path, [&](Assistant &assistant) { write(assistant, value); });
    });
    addLoader([this, combo, path] { fillEnum(combo, specAt(path), FieldPaths::valueAt(edited().json(), path)); });
}

QLineEdit *EditorPage::addLineEdit(QFormLayout *form, const QString &path, const TextWriter &write)
{
    auto *edit = new QLineEdit(this);
    addRow(form, path, edit);
    bindText(edit, path, write);
    return edit;
}

QPlainTextEdit *EditorPage::addTextEdit(QFormLayout *form, const QString &path, const TextWriter &write, int lines)
{
    auto *edit = new QPlainTextEdit(this);
    EditorWidgets::setVisibleLines(edit, lines);
    edit->setTabChangesFocus(true);
    if (const FieldSpec &spec = specAt(path); spec.format == FieldFormat::Template)
        new PlaceholderHighlighter(edit->document(), spec.templateVariables);
    addRow(form, path, edit);
    bindText(edit, path, write);
    return edit;
}

QDoubleSpinBox *EditorPage::addNumberBox(QFormLayout *form, const QString &path, const NumberWriter &write,
                                         int decimals, const QString &suffix, double unknownDefault)
{
    auto *box = new QDoubleSpinBox(this);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    // Volumes and speeds move in twentieths; open-ended numbers (seconds) in ones.
    const FieldSpec &spec = specAt(path);
    box->setSingleStep(spec.maximum && *spec.maximum - spec.minimum.value_or(0.0) <= 2.0 ? 0.05 : 1.0);
    box->setMinimumWidth(120);
    box->setMaximumWidth(220);
    addRow(form, path, box);
    bindNumber(box, path, write, unknownDefault);
    return box;
}

QDoubleSpinBox *EditorPage::addIntegerBox(QFormLayout *form, const QString &path, const IntegerWriter &write,
                                          const QString &suffix)
{
    auto *box = new QDoubleSpinBox(this);
    box->setSuffix(suffix);
    box->setMinimumWidth(120);
    box->setMaximumWidth(220);
    addRow(form, path, box);
    bindInteger(box, path, write);
    return box;
}

QCheckBox *EditorPage::addCheckBox(QFormLayout *form, const QString &path, const BoolWriter &write)
{
    // The help sentence says what ticking the box does; without one, "Enabled" does.
    const FieldSpec &spec = specAt(path);
    auto *box = new QCheckBox(spec.help ? spec.displayHelp() : tr("Enabled"), this);
    addRow(form, path, box, nullptr, false);
    connect(box, &QCheckBox::clicked, this, [this, path, write](bool on) {
        m_document->edit(path, [&](Assistant &assistant) { write(assistant, on); });
    });
    addLoader([this, box, path] {
        const QSignalBlocker blocker(box);
        box->setChecked(FieldPaths::valueAt(edited().json(), path).toBool());
    });
    return box;
}

QComboBox *EditorPage::addEnumBox(QFormLayout *form, const QString &path, const EnumWriter &write)
{
    auto *combo = new QComboBox(this);
    EditorWidgets::makeCompact(combo);
    addRow(form, path, combo);
    bindEnum(combo, path, write);
    return combo;
}

QListWidget *EditorPage::addEnumList(QFormLayout *form, const QString &path, const EnumListWriter &write)
{
    auto *list = new QListWidget(this);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    addRow(form, path, list);
    connect(list, &QListWidget::itemChanged, this, [this, list, path, write] {
        QStringList values;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                values.append(list->item(row)->data(Qt::UserRole).toString());
        }
        const std::optional<QStringList> value
            = values.isEmpty() && emptyListIsNull(path) ? std::nullopt : std::optional(values);
        m_document->edit(path, [&](Assistant &assistant) { write(assistant, value); });
    });
    addLoader([this, list, path] {
        const FieldSpec &spec = specAt(path);
        const QJsonValue value = FieldPaths::valueAt(edited().json(), path);
        QStringList options = spec.enumValues;
        QStringList chosen;
        for (const QJsonValue &item : value.toArray()) {
            chosen.append(item.toString());
            if (!options.contains(item.toString()))
                options.append(item.toString());
        }
        const QSignalBlocker blocker(list);
        list->clear();
        for (const QString &option : std::as_const(options)) {
            auto *item = new QListWidgetItem(
                spec.enumValues.contains(option) ? EnumText::display(option) : EnumText::unknown(option), list);
            item->setData(Qt::UserRole, option);
            item->setToolTip(option);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(chosen.contains(option) ? Qt::Checked : Qt::Unchecked);
        }
        EditorWidgets::fitListHeight(list);
    });
    return list;
}
