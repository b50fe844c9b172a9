// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetryPage.h"

#include "EditorDocument.h"
#include "EditorWidgets.h"
#include "WeekPicture.h"
#include "core/Assistant.h"
#include "core/FieldPaths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace {

const QString kConfig = QStringLiteral("call_retry_config");
const QString kDays = QStringLiteral("call_retry_config.allowed_days");
const QString kTwice = QStringLiteral("call_retry_config.call_twice_in_a_row");
const QString kAttempts = QStringLiteral("call_retry_config.max_retry_attempts");
const QString kTimezone = QStringLiteral("call_retry_config.timezone");
const QString kWindows = QStringLiteral("call_retry_config.calling_windows");
const QString kStart = QStringLiteral("call_retry_config.calling_windows[].calling_window_start_time");
const QString kEnd = QStringLiteral("call_retry_config.calling_windows[].calling_window_end_time");
const QString kDelay = QStringLiteral("call_retry_config.calling_windows[].retry_delay_seconds");

enum class WindowColumn { Start, End, Delay, Count };

const FieldSpec &spec(const QString &path)
{
    return *AssistantSchema::field(path);
}

// The catalogue's day values (Monday to Sunday, in its order) as Qt numbers them, for the locale's day names.
int dayOfWeek(const QString &value)
{
    return int(spec(kDays).enumValues.indexOf(value)) + 1; // 0 when unknown
}

CallRetryConfig configOf(const Assistant &assistant)
{
    return assistant.callRetryConfig().value_or(CallRetryConfig());
}

// Whole seconds, > 0 as the catalogue demands, in a spin box instead of free text.
class DelayDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QSpinBox(parent);
        const FieldSpec &delay = spec(kDelay);
        box->setRange(int(delay.minimum.value_or(0)) + (delay.exclusiveMinimum ? 1 : 0),
                      std::numeric_limits<int>::max());
        box->setSuffix(QCoreApplication::translate("RetryPage", " s"));
        return box;
    }
};

} // namespace

RetryPage::RetryPage(EditorDocument *editorDocument, QWidget *parent)
    : EditorPage(editorDocument, FieldPage::Retry, tr("Retry windows"), parent)
{
    // The form keeps its natural height; extra room goes below it, not between its rows.
    auto *page = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    page->addLayout(form);
    page->addStretch(1);

    m_enabled = new QCheckBox(tr("Use these settings (unticked: the server's defaults)"), this);
    addRow(form, kConfig, m_enabled);
    connect(m_enabled, &QCheckBox::clicked, this, [this](bool on) {
        if (!on)
            m_lastConfig = edited().callRetryConfig();
        const std::optional<CallRetryConfig> restored
            = m_lastConfig ? m_lastConfig : document()->base().callRetryConfig();
        document()->edit(kConfig, [&](Assistant &a) {
            a.setCallRetryConfig(on ? std::optional(restored.value_or(defaultConfig())) : std::nullopt);
        });
        load();
    });

    buildDays(form);
    m_inputs.append(addCheckBox(form, kTwice, [](Assistant &a, bool on) {
        CallRetryConfig config = configOf(a);
        config.callTwiceInARow = on;
        a.setCallRetryConfig(config);
    }));
    m_inputs.append(addIntegerBox(form, kAttempts, [](Assistant &a, qint64 attempts) {
        CallRetryConfig config = configOf(a);
        config.maxRetryAttempts = attempts;
        a.setCallRetryConfig(config);
    }));
    buildTimeZone(form);
    buildWindows(form);

    m_week = new WeekPicture(this);
    m_weekNote = new QLabel(this);
    m_weekNote->setObjectName(QStringLiteral("weekNote"));
    EditorWidgets::makeSecondary(m_weekNote);
    auto *weekBox = new QWidget(this);
    auto *weekColumn = new QVBoxLayout(weekBox);
    weekColumn->setContentsMargins(0, 6, 0, 0);
    weekColumn->addWidget(m_week);
    weekColumn->addWidget(m_weekNote);
    auto *weekLabel = new QLabel(tr("Week:"), this);
    weekLabel->setBuddy(m_week);
    form->addRow(weekLabel, weekBox);

    connect(editorDocument, &EditorDocument::changed, this, [this](const QStringList &keys) {
        if (keys.contains(kConfig))
            followConfig();
    });
}

CallRetryConfig RetryPage::defaultConfig()
{
    return CallRetryConfig::fromJson(AssistantSchema::serverDefault(kConfig).toObject());
}

CallingWindow RetryPage::defaultWindow()
{
    return CallingWindow::fromJson(AssistantSchema::defaultItem(kWindows));
}

void RetryPage::buildDays(QFormLayout *form)
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (const QString &value : spec(kDays).enumValues) {
        const int day = dayOfWeek(value);
        auto *check = new QCheckBox(day ? locale.dayName(day, QLocale::ShortFormat) : value, box);
        check->setObjectName(kDays + u':' + value);
        check->setToolTip(day ? locale.dayName(day) : value);
        check->setAccessibleName(day ? locale.dayName(day) : value);
        check->setProperty("day", value);
        layout->addWidget(check);
        m_days.append(check);
        m_inputs.append(check);
        connect(check, &QCheckBox::clicked, this, [this] {
            QStringList chosen;
            for (QCheckBox *dayBox : std::as_const(m_days)) {
                if (dayBox->isChecked())
                    chosen.append(dayBox->property("day").toString());
            }
            editConfig(kDays, [&](CallRetryConfig &config) { config.allowedDays = chosen; });
        });
    }
    layout->addStretch(1);
    addRow(form, kDays, box);
    addLoader([this] { loadDays(); });
}

void RetryPage::buildTimeZone(QFormLayout *form)
{
    m_timezone = new QComboBox(this);
    m_timezone->setEditable(true);
    m_timezone->setInsertPolicy(QComboBox::NoInsert);
    m_timezone->setMaxVisibleItems(16);
    m_timezone->setMinimumContentsLength(28);
    m_timezone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_timezone->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_timezone->addItem(QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timezone->addItem(QString::fromUtf8(id));
    m_timezone->lineEdit()->setPlaceholderText(tr("Automatic: the time zone of the number called"));
    m_timezone->completer()->setFilterMode(Qt::MatchContains);
    m_timezone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timezone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    addRow(form, kTimezone, m_timezone);
    m_inputs.append(m_timezone);

    const auto write = [this](const QString &text, bool typing) {
        const std::optional<QString> zone = textValue(kTimezone, text.trimmed());
        editConfig(
            kTimezone, [&](CallRetryConfig &config) { config.timezone = zone; }, typing);
    };
    connect(m_timezone->lineEdit(), &QLineEdit::textEdited, this, [write](const QString &text) { write(text, true); });
    connect(m_timezone, &QComboBox::textActivated, this, [write](const QString &text) { write(text, false); });
    addLoader([this] {
        const QString zone = FieldPaths::valueAt(edited().json(), kTimezone).toString();
        if (m_timezone->currentText() != zone) {
            const QSignalBlocker blocker(m_timezone);
            m_timezone->setEditText(zone);
        }
    });
}

void RetryPage::buildWindows(QFormLayout *form)
{
    m_windows = new QTableWidget(0, int(WindowColumn::Count), this);
    m_windows->setTabKeyNavigation(false); // Tab goes on to the next input; arrows move between cells
    m_windows->setHorizontalHeaderLabels(
        {spec(kStart).displayLabel(), spec(kEnd).displayLabel(), tr("%1 (seconds)").arg(spec(kDelay).displayLabel())});
    m_windows->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_windows->verticalHeader()->hide();
    m_windows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_windows->setSelectionMode(QAbstractItemView::SingleSelection);
    m_windows->setItemDelegateForColumn(int(WindowColumn::Delay), new DelayDelegate(m_windows));
    m_windows->setMinimumHeight(110);
    m_windows->setMaximumHeight(170);
    m_windows->setToolTip(tr("Times as 09:00 or 9am, in the time zone above."));

    const EditorWidgets::ListButtons buttons = EditorWidgets::makeListButtons(this, kWindows, tr("calling window"));
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_windows);
    column->addWidget(buttons.bar);
    addRow(form, kWindows, m_windows, box);
    m_inputs << m_windows << buttons.bar;

    connect(m_windows, &QTableWidget::cellChanged, this, &RetryPage::onWindowChanged);
    connect(buttons.add, &QToolButton::clicked, this, [this] {
        const int row = m_windows->rowCount();
        editWindows([](QList<CallingWindow> &windows) { windows.append(defaultWindow()); }, row);
    });
    connect(buttons.remove, &QToolButton::clicked, this, [this] {
        const int row = m_windows->currentRow();
        if (row >= 0)
            editWindows([row](QList<CallingWindow> &windows) { windows.removeAt(row); }, std::max(0, row - 1));
    });
    connect(buttons.up, &QToolButton::clicked, this, [this] {
        const int row = m_windows->currentRow();
        if (row > 0)
            editWindows([row](QList<CallingWindow> &windows) { windows.move(row, row - 1); }, row - 1);
    });
    connect(buttons.down, &QToolButton::clicked, this, [this] {
        const int row = m_windows->currentRow();
        if (row >= 0 && row + 1 < m_windows->rowCount())
            editWindows([row](QList<CallingWindow> &windows) { windows.move(row, row + 1); }, row + 1);
    });
    addLoader([this] { loadWindows(); });
}

void RetryPage::editConfig(const QString &field, const std::function<void(CallRetryConfig &)> &change, bool typing)
{
    document()->edit(
        field,
        [&](Assistant &a) {
            CallRetryConfig config = configOf(a);
            change(config);
            a.setCallRetryConfig(config);
        },
        typing ? EditorDocument::Merge::Typing : EditorDocument::Merge::No);
}

void RetryPage::editWindows(const std::function<void(QList<CallingWindow> &)> &change, int selectRow)
{
    editConfig(kWindows, [&](CallRetryConfig &config) { change(config.callingWindows); });
    loadWindows();
    if (selectRow >= 0 && selectRow < m_windows->rowCount())
        m_windows->selectRow(selectRow);
}

void RetryPage::onWindowChanged(int row, int column)
{
    const QTableWidgetItem *item = m_windows->item(row, column);
    if (!item)
        return;
    const QString text = item->text().trimmed();
    if (column == int(WindowColumn::Delay)) {
        bool ok = false;
        const qint64 delay = text.toLongLong(&ok);
        if (!ok) {
            // Not a number, nothing the API could take: show the stored value again, once this
            // change signal has returned (the item cannot be replaced while it is reporting).
            QMetaObject::invokeMethod(this, &RetryPage::loadWindows, Qt::QueuedConnection);
            return;
        }
        editConfig(kWindows, [&](CallRetryConfig &config) {
            if (row < config.callingWindows.size())
                config.callingWindows[row].retryDelaySeconds = delay;
        });
    } else {
        editConfig(kWindows, [&](CallRetryConfig &config) {
            if (row >= config.callingWindows.size())
                return;
            if (column == int(WindowColumn::Start))
                config.callingWindows[row].startTime = text;
            else
                config.callingWindows[row].endTime = text;
        });
    }
}

QStringList RetryPage::shownDays() const
{
    const std::optional<CallRetryConfig> config = edited().callRetryConfig();
    // Absent means the API's default, Monday to Friday: the first five days of the catalogue.
    if (!config || !config->allowedDays)
        return spec(kDays).enumValues.mid(0, 5);
    return *config->allowedDays;
}

void RetryPage::loadDays()
{
    const QStringList days = shownDays();
    for (QCheckBox *day : std::as_const(m_days)) {
        const QSignalBlocker blocker(day);
        day->setChecked(days.contains(day->property("day").toString()));
    }
}

void RetryPage::loadWindows()
{
    const QList<CallingWindow> windows = configOf(edited()).callingWindows;
    const int current = m_windows->currentRow();
    const QSignalBlocker blocker(m_windows);
    m_windows->setRowCount(int(windows.size()));
    for (int row = 0; row < windows.size(); ++row) {
        const CallingWindow &window = windows.at(row);
        m_windows->setItem(row, int(WindowColumn::Start), new QTableWidgetItem(window.startTime));
        m_windows->setItem(row, int(WindowColumn::End), new QTableWidgetItem(window.endTime));
        auto *delay = new QTableWidgetItem;
        delay->setData(Qt::EditRole, window.retryDelaySeconds);
        m_windows->setItem(row, int(WindowColumn::Delay), delay);
    }
    if (current >= 0 && current < m_windows->rowCount())
        m_windows->selectRow(current);
}

void RetryPage::load()
{
    EditorPage::load();
    followConfig();
}

void RetryPage::followConfig()
{
    const std::optional<CallRetryConfig> config = edited().callRetryConfig();
    {
        const QSignalBlocker blocker(m_enabled);
        m_enabled->setChecked(config.has_value());
    }
    for (QWidget *input : std::as_const(m_inputs))
        input->setEnabled(config.has_value());

    const QStringList days = shownDays();
    QList<bool> open;
    for (const QString &value : spec(kDays).enumValues)
        open.append(config && days.contains(value));
    QList<std::pair<QTime, QTime>> windows;
    for (const CallingWindow &window : configOf(edited()).callingWindows) {
        const std::optional<QTime> start = Validation::parseTimeOfDay(window.startTime);
        const std::optional<QTime> end = Validation::parseTimeOfDay(window.endTime);
        if (start && end)
            windows.append({*start, *end});
    }
    m_week->setSchedule(open, windows);
    const QString zone = config ? config->timezone.value_or(QString()) : QString();
    m_weekNote->setText(!config ? tr("The server's defaults apply.")
                            : zone.isEmpty()
                            ? tr("Shaded: when calls may go out, in the time zone of the number called.")
                            : tr("Shaded: when calls may go out, in %1 time.").arg(zone));
}

QWidget *RetryPage::reveal(const QString &concretePath)
{
    const int row = FieldPaths::indexIn(concretePath, kWindows);
    if (row < 0 || row >= m_windows->rowCount())
        return nullptr;
    int column = int(WindowColumn::Start);
    if (concretePath.endsWith(u"calling_window_end_time"))
        column = int(WindowColumn::End);
    else if (concretePath.endsWith(u"retry_delay_seconds"))
        column = int(WindowColumn::Delay);
    m_windows->setCurrentCell(row, column);
    return m_windows;
}

void RetryPage::markIssues(const QList<ValidationIssue> &issues, const QList<ValidationIssue> &blocking)
{
    const QSignalBlocker blocker(m_windows);
    for (int row = 0; row < m_windows->rowCount(); ++row) {
        for (int column = 0; column < m_windows->columnCount(); ++column) {
            if (QTableWidgetItem *item = m_windows->item(row, column)) {
                item->setData(Qt::BackgroundRole, QVariant());
                item->setToolTip(QString());
            }
        }
    }
    for (const ValidationIssue &issue : issues) {
        const int row = FieldPaths::indexIn(issue.path, kWindows);
        if (row < 0 || row >= m_windows->rowCount())
            continue;
        int column = int(WindowColumn::Start);
        if (issue.path.endsWith(u"calling_window_end_time"))
            column = int(WindowColumn::End);
        else if (issue.path.endsWith(u"retry_delay_seconds"))
            column = int(WindowColumn::Delay);
        if (QTableWidgetItem *item = m_windows->item(row, column)) {
            QColor color = blocking.contains(issue) ? EditorWidgets::errorColor() : EditorWidgets::warningColor();
            color.setAlpha(40);
            item->setBackground(color);
            item->setToolTip(issue.message);
        }
    }
}
