// SPDX-License-Identifier: GPL-3.0-or-later
// The assistant editor driven through its real widgets: exact patches per page, validation, undo,
// the save flow, and a save through RevoxClient against the real sandbox server.
#include "core/ApiError.h"
#include "core/AssistantPatch.h"
#include "core/LanguageSetup.h"
#include "core/RevoxCall.h"
#include "core/RevoxClient.h"
#include "core/SaveJob.h"
#include "sandbox/SandboxServer.h"
#include "ui/Banner.h"
#include "ui/editor/AssistantEditor.h"
#include "ui/editor/FindBar.h"
#include "ui/editor/ReviewChangesDialog.h"
#include "ui/editor/VoicePage.h"
#include "ui/editor/WeekPicture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A small assistant with one of everything, so expected patches can be written out in full.
const char *const kCompact
    = R"({)"
      R"(  "id": "asst_1", "organization_id": "org_1", "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-02T00:00:00Z",)"
      R"(  "name": "Reminders", "prompt": "Hello {{first_name}}, this is the clinic.",)"
      R"(  "llm_model": {"type": "dedicated-instance", "name": "gpt-4.1"},)"
      R"(  "max_call_duration_secs": 600, "webhook_url": "https://example.com/hook", "calendly": null,)"
      R"(  "first_sentence": "Hi there", "first_sentence_mode": "static", "first_sentence_delay_ms": 400,)"
      R"(  "end_of_call_sentence": null, "max_duration_end_message": null, "structured_output_prompt": null,)"
      R"(  "voice": {"id": "v1", "provider": "cartesia", "speed": 1.05, "volume": 0.9, "model": "sonic-2"},)"
      R"(  "background_sound": null, "background_sound_volume": 0.15,)"
      R"(  "thinking_sound": null, "thinking_sound_probability": 0.5, "thinking_sound_volume": 0.3,)"
      R"(  "call_retry_config": {"allowed_days": ["monday", "friday"], "call_twice_in_a_row": false,)"
      R"(    "calling_windows": [{"calling_window_start_time": "09:00", "calling_window_end_time": "12:00",)"
      R"(                         "retry_delay_seconds": 3600}],)"
      R"(    "max_retry_attempts": 3, "timezone": "Europe/Paris"},)"
      R"(  "custom_tools": [{"name": "check_slot", "description": "Checks free slots.", "method": "GET",)"
      R"(    "url": "https://api.example.com/slots", "body_template": null,)"
      R"(    "headers": [{"key": "Authorization", "value": "Bearer s3cret"}],)"
      R"(    "query_params": [{"key": "clinic", "value": "north"}],)"
      R"(    "input_schema": [{"name": "date", "type": "date", "required": true}]}],)"
      R"(  "faq_items": [)"
      R"(    {"question": "Parking?", "answer": "Behind the building.", "id": "f1", "needs_human_answer": false, "source": "human"},)"
      R"(    {"question": "Open on Sunday?", "answer": "", "id": "f2", "needs_human_answer": true, "source": "ai"}],)"
      R"(  "pending_faq_count": 1, "structured_output_config": null,)"
      R"(  "ivr_navigation_enabled": false, "voicemail_message": null, "voicemail_sms_prompt": null,)"
      R"(  "sms_enabled": false, "sms_template": null, "after_call_sms_prompt": null,)"
      R"(  "email_notification_address": null, "email_notification_outcomes": null,)"
      R"(  "transfer_phone_number": null, "human_transfer_mode": null, "warm_transfer_summary_instructions": null,)"
      R"(  "from_phone_number": null,)"
      R"(  "stt_model": "nova-3", "transfer_destinations": [{"label": "Desk", "phone_number": "+14155550123"}])"
      R"(})";

// The whole custom_tools and call_retry_config of kCompact, with one marker to replace.
const char *const kToolTemplate
    = R"({"custom_tools": [{"name": "check_slot", "description": "Checks free slots.", "method": "GET",)"
      R"(    "url": "https://api.example.com/slots", "body_template": null,)"
      R"(    "headers": [{"key": "Authorization", "value": "Bearer s3cret"}],)"
      R"(    "query_params": [{"key": "clinic", "value": "north"}],)"
      R"(    "input_schema": [{"name": "date", "type": "date", "required": true}]}]})";
const char *const kRetryTemplate
    = R"({"call_retry_config": {"allowed_days": ["monday", "friday"],)"
      R"(    "call_twice_in_a_row": false,)"
      R"(    "calling_windows": [{"calling_window_start_time": "09:00", "calling_window_end_time": "12:00",)"
      R"(                         "retry_delay_seconds": 3600}],)"
      R"(    "max_retry_attempts": 3, "timezone": "Europe/Paris"}})";

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test: %s", qPrintable(error.errorString()));
    return document.object();
}

// kToolTemplate / kRetryTemplate with one piece of text replaced.
QByteArray replaced(const char *json, const char *before, const char *after)
{
    QByteArray text(json);
    if (!text.contains(before))
        qFatal("the test template has no %s", before);
    return text.replace(before, after);
}

Assistant compact()
{
    return Assistant(parse(kCompact));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

Assistant seed()
{
    return Assistant(parse(readFile(QStringLiteral(REVOX_TEST_DATA "/seed-assistant.json"))));
}

QList<Assistant> samples()
{
    QList<Assistant> list;
    const QJsonObject root
        = parse(readFile(QStringLiteral(REVOX_TEST_DATA "/../../resources/sandbox/sample-assistants.json")));
    for (const QJsonValue &item : root.value(u"assistants").toArray())
        list.append(Assistant(item.toObject()));
    return list;
}

QList<VoiceInfo> voices()
{
    QList<VoiceInfo> list;
    const QJsonObject root = parse(readFile(QStringLiteral(REVOX_TEST_DATA "/../../resources/sandbox/voices.json")));
    for (const QJsonValue &item : root.value(u"voices").toArray())
        list.append(VoiceInfo::fromJson(item.toObject()));
    return list;
}

// Clicks a button where a user would: a wide check box reacts on its box and text only.
void click(QAbstractButton *button)
{
    QPoint at = button->rect().center();
    if (auto *box = qobject_cast<QCheckBox *>(button)) {
        QStyleOptionButton option;
        option.initFrom(box);
        option.text = box->text();
        at = box->style()->subElementRect(QStyle::SE_CheckBoxClickRect, &option, box).center();
    }
    QTest::mouseClick(button, Qt::LeftButton, {}, at);
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// How a save of the editor's current edits ended, as the window hands it over; `answer` defaults to the
// edits applied to the base.
SaveResult ended(AssistantEditor *editor, SaveResult::Outcome outcome, const ApiError &error = {},
                 const std::optional<Assistant> &answer = std::nullopt)
{
    SaveResult result;
    result.outcome = outcome;
    result.assistantId = editor->assistantId();
    result.base = editor->base();
    result.edited = editor->edited();
    result.error = error;
    result.serverCopy = editor->base();
    result.merged = editor->edited();
    result.sent = editor->patch();
    if (outcome == SaveResult::Outcome::Saved)
        result.answer = answer.value_or(editor->patch().appliedTo(editor->base()));
    return result;
}

} // namespace

class TestAssistantEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadingChangesNothing_data();
    void loadingChangesNothing();
    void inputsAreNamedAndLabelledFromTheCatalogue();
    void edits_data();
    void edits();
    void editingBackGivesAnEmptyPatch_data();
    void editingBackGivesAnEmptyPatch();
    void untouchedAbsentKeyStaysAbsent();
    void invalidInputBlocksSave_data();
    void invalidInputBlocksSave();
    void serverHeldProblemsWarnButNeverBlock();
    void problemsMenuJumpsToTheField();
    void changedFieldsAndPagesAreMarked();
    void llmModelShowsTheChosenVariant();
    void unknownLlmVariantIsKept();
    void realtimeVariantSavesAsAMinimalPatch();
    void createdByIsShownReadOnly();
    void voicePickerFiltersAndChooses();
    void speedRangeFollowsTheProvider();
    void weekPictureFollowsDaysAndWindows();
    void faqFilterAndPendingCount();
    void headerValuesAreMasked();
    void promptFindBar();
    void advancedPageKeepsUnknownKeys();
    void undoRedoRestoresValuesAndPatch();
    void undoKeysWorkInsideTextFields();
    void reviewDialogShowsChangesAndTheExactBody();
    void skipReviewSavesAtOnce();
    void saveFailedKeepsEditsAndPlacesFieldErrors();
    void saveSucceededTakesTheAnswer();
    void savesThroughTheSandbox();
    void saveTakesInServerChangesAndKeepsWhatWasNotStored();
    void screenshots();

private:
    std::unique_ptr<AssistantEditor> open(const Assistant &assistant);
    void perform(AssistantEditor *editor, const QString &step);
    void showPageOf(AssistantEditor *editor, QWidget *widget);
    template<typename T> T *child(AssistantEditor *editor, const QString &name)
    {
        T *widget = editor->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }

    // Runs a real SaveJob for each save the editor asks for and hands its result back, as the window does.
    void saveThrough(AssistantEditor *editor, RevoxClient *client);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QSettings> m_settings;
    LanguageSetup m_language; // English, as the app installs it: its plural forms ("1 warning")
};

void TestAssistantEditor::initTestCase()
{
    // The editor gets its settings passed in; nothing may fall back on the application's own.
    QCoreApplication::setOrganizationName(u"RevoxStudioTests"_s);
    QCoreApplication::setApplicationName(u"TestAssistantEditor"_s);
    m_language.install(u"en"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.filePath(u"global"_s));
}

void TestAssistantEditor::init()
{
    m_settings = std::make_unique<QSettings>(m_settingsDir.filePath(u"editor.ini"_s), QSettings::IniFormat);
    m_settings->clear();
}

void TestAssistantEditor::cleanup()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

std::unique_ptr<AssistantEditor> TestAssistantEditor::open(const Assistant &assistant)
{
    auto editor = std::make_unique<AssistantEditor>(assistant, m_settings.get());
    editor->resize(1200, 820);
    editor->show();
    if (!QTest::qWaitForWindowExposed(editor.get()))
        qWarning("editor window not exposed");
    return editor;
}

void TestAssistantEditor::showPageOf(AssistantEditor *editor, QWidget *widget)
{
    auto *stack = editor->findChild<QStackedWidget *>(u"pageStack"_s);
    auto *pages = editor->findChild<QListWidget *>(u"pageList"_s);
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (w->parentWidget() == stack) {
            pages->setCurrentRow(stack->indexOf(w));
            break;
        }
    }
    QCoreApplication::processEvents();
}

// One user action, "objectName|action|argument":
//   replace: select all and type   append: type at the end   clear: select all and delete
//   value: set a spin box          click: click a button      choose: arrow keys to the entry with that data
//   cell: "row,column,text" into a table item                  check: "row,column" toggles a table item
//   item: toggle the checkable list entry with that data     key: a key sequence
void TestAssistantEditor::perform(AssistantEditor *editor, const QString &step)
{
    const QStringList parts = step.split(u'|');
    QVERIFY2(parts.size() == 3, qPrintable(step));
    const QString &name = parts.at(0);
    const QString &action = parts.at(1);
    const QString &argument = parts.at(2);
    QWidget *widget = editor->findChild<QWidget *>(name);
    QVERIFY2(widget, qPrintable(u"no widget named "_s + name));
    showPageOf(editor, widget);
    QVERIFY2(widget->isEnabled(), qPrintable(name + u" is disabled"_s));
    widget->setFocus(Qt::OtherFocusReason);

    if (action == u"replace" || action == u"clear") {
        QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
        if (action == u"clear" || argument.isEmpty())
            QTest::keyClick(widget, Qt::Key_Delete);
        else
            QTest::keyClicks(widget, argument);
    } else if (action == u"append") {
        QTest::keyClick(widget, Qt::Key_End,
                        qobject_cast<QPlainTextEdit *>(widget) ? Qt::ControlModifier : Qt::NoModifier);
        QTest::keyClicks(widget, argument);
    } else if (action == u"value") {
        auto *box = qobject_cast<QDoubleSpinBox *>(widget);
        QVERIFY(box);
        box->setValue(argument.toDouble());
    } else if (action == u"click") {
        auto *button = qobject_cast<QAbstractButton *>(widget);
        QVERIFY(button);
        click(button);
    } else if (action == u"choose") {
        auto *combo = qobject_cast<QComboBox *>(widget);
        QVERIFY(combo);
        const int target = combo->findData(argument);
        QVERIFY2(target >= 0, qPrintable(argument));
        for (int guard = 0; combo->currentIndex() != target && guard < 50; ++guard)
            QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(combo->currentIndex(), target);
    } else if (action == u"cell" || action == u"check") {
        auto *table = qobject_cast<QTableWidget *>(widget);
        QVERIFY(table);
        const QStringList cell = argument.split(u',');
        QTableWidgetItem *item = table->item(cell.at(0).toInt(), cell.at(1).toInt());
        QVERIFY2(item, qPrintable(step));
        if (action == u"cell")
            item->setText(cell.mid(2).join(u','));
        else
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    } else if (action == u"item") {
        auto *list = qobject_cast<QListWidget *>(widget);
        QVERIFY(list);
        QListWidgetItem *found = nullptr;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == argument)
                found = list->item(row);
        }
        QVERIFY2(found, qPrintable(argument));
        found->setCheckState(found->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    } else if (action == u"key") {
        QTest::keySequence(widget, QKeySequence(argument));
    } else {
        QFAIL(qPrintable(u"unknown action "_s + action));
    }
    QCoreApplication::processEvents();
}

// --- loading -----------------------------------------------------------------------------------

void TestAssistantEditor::loadingChangesNothing_data()
{
    QTest::addColumn<Assistant>("assistant");
    QTest::newRow("compact") << compact();
    QTest::newRow("seed") << seed();
    for (const Assistant &sample : samples())
        QTest::newRow(qPrintable(sample.name())) << sample;
}

void TestAssistantEditor::loadingChangesNothing()
{
    QFETCH(Assistant, assistant);
    auto editor = open(assistant);
    editor->setVoices(voices());
    QVERIFY(!editor->isModified());

    // Every page shown, every tool selected, the FAQ filter toggled, everything loaded again:
    // none of it may write a value.
    auto *pages = child<QListWidget>(editor.get(), u"pageList"_s);
    for (int row = 0; row < pages->count(); ++row) {
        pages->setCurrentRow(row);
        QCoreApplication::processEvents();
    }
    auto *tools = child<QListWidget>(editor.get(), u"custom_tools"_s);
    for (int row = 0; row < tools->count(); ++row)
        tools->setCurrentRow(row);
    child<QCheckBox>(editor.get(), u"faqNeedsHumanFilter"_s)->setChecked(true);
    child<QCheckBox>(editor.get(), u"faqNeedsHumanFilter"_s)->setChecked(false);
    editor->setEdited(assistant); // every page loads again

    QCOMPARE(compactJson(editor->patch().body()), u"{}"_s);
    QVERIFY(!editor->isModified());
    QCOMPARE(editor->edited().json(), assistant.json());
    QVERIFY(editor->undoStack()->count() == 0);
    QVERIFY(editor->review().blocking.isEmpty());
    QVERIFY(!child<QPushButton>(editor.get(), u"saveButton"_s)->isEnabled());
    QCOMPARE(editor->title(), assistant.name());
}

// The catalogue is the list: every field a user can write has an input named by its path on its page, so a
// field added to AssistantSchema without a widget fails here. A nested object is covered by its members'
// inputs, a member of a list shown as a table by that table's cells.
void TestAssistantEditor::inputsAreNamedAndLabelledFromTheCatalogue()
{
    auto editor = open(compact());
    const std::function<QString(const FieldSpec &)> coverage = [&](const FieldSpec &spec) -> QString {
        auto *page = editor->findChild<QWidget *>(u"page:%1"_s.arg(int(spec.page)));
        if (!page)
            return u"no page %1"_s.arg(int(spec.page));
        const QList<QWidget *> inputs = page->findChildren<QWidget *>(spec.path);
        if (inputs.size() == 1)
            return {};
        if (inputs.size() > 1)
            return u"%1 inputs"_s.arg(inputs.size());
        if (spec.type == FieldType::Object) {
            QStringList missing;
            for (const FieldSpec *child : AssistantSchema::children(spec.path)) {
                if (!child->readOnly && !coverage(*child).isEmpty())
                    missing.append(child->path);
            }
            if (AssistantSchema::children(spec.path).isEmpty() || !missing.isEmpty())
                return u"an object without inputs for %1"_s.arg(missing.join(u", "_s));
            return {};
        }
        // A member of a list edited as a table: the nearest list shows it in a column of its cells.
        for (QString list = spec.parentPath(); !list.isEmpty(); list = AssistantSchema::field(list)->parentPath()) {
            if (!list.endsWith(u"[]"_s))
                continue;
            list.chop(2);
            if (qobject_cast<QAbstractItemView *>(page->findChild<QWidget *>(list)))
                return {};
        }
        return u"no input"_s;
    };
    int checked = 0;
    for (const FieldSpec &spec : AssistantSchema::fields()) {
        if (spec.readOnly)
            continue;
        const QString missing = coverage(spec);
        QVERIFY2(missing.isEmpty(), qPrintable(spec.path + u": "_s + missing));
        QWidget *input = editor->findChild<QWidget *>(spec.path);
        if (!input)
            continue;
        ++checked;
        QCOMPARE(input->accessibleName(), spec.displayLabel());
        auto *label = editor->findChild<QLabel *>(u"label:"_s + spec.path);
        QVERIFY2(label, qPrintable(spec.path));
        QCOMPARE(label->buddy(), input);
        QVERIFY(label->text().startsWith(spec.displayLabel()));
    }
    QVERIFY2(checked >= 55, qPrintable(QString::number(checked))); // every page's inputs, not a few
    // Enum entries come from the catalogue, in its order.
    auto *thinking = child<QComboBox>(editor.get(), u"thinking_sound"_s);
    const QStringList values = AssistantSchema::field(u"thinking_sound"_s)->enumValues;
    QCOMPARE(thinking->count(), values.size() + 1); // + "None"
    for (int i = 0; i < values.size(); ++i)
        QCOMPARE(thinking->itemData(i + 1).toString(), values.at(i));
    QVERIFY(!thinking->itemData(0).isValid());
}

// --- exact patches -----------------------------------------------------------------------------

void TestAssistantEditor::edits_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QByteArray>("expected");

    // General
    QTest::newRow("name") << QStringList{u"name|replace|Renamed"_s} << QByteArray(R"({"name":"Renamed"})");
    QTest::newRow("webhook cleared") << QStringList{u"webhook_url|clear|"_s} << QByteArray(R"({"webhook_url":null})");
    QTest::newRow("max duration") << QStringList{u"max_call_duration_secs|value|720.5"_s}
                                  << QByteArray(R"({"max_call_duration_secs":720.5})");
    QTest::newRow("llm model name")
        << QStringList{u"llm_model.name|choose|ministral-3-8b-instruct"_s}
        << QByteArray(R"({"llm_model":{"type":"dedicated-instance","name":"ministral-3-8b-instruct"}})");
    QTest::newRow("llm model to openrouter")
        << QStringList{u"llm_model.type|choose|openrouter"_s, u"llm_model.openrouter_model_id|replace|openai/gpt-4.1"_s,
                       u"llm_model.openrouter_provider|replace|azure"_s}
        << QByteArray(
               R"({"llm_model":{"type":"openrouter","openrouter_model_id":"openai/gpt-4.1","openrouter_provider":"azure"}})");
    QTest::newRow("calendly on")
        << QStringList{u"calendly|click|"_s, u"calendly.connection_id|replace|cal_1"_s,
                       u"calendly.event_type_id|replace|https://api.calendly.com/event_types/x"_s}
        << QByteArray(
               R"({"calendly":{"connection_id":"cal_1","event_type_id":"https://api.calendly.com/event_types/x"}})");
    // Prompt
    QTest::newRow("prompt only") << QStringList{u"prompt|append| Bye."_s}
                                 << QByteArray(R"({"prompt":"Hello {{first_name}}, this is the clinic. Bye."})");
    QTest::newRow("first sentence mode") << QStringList{u"first_sentence_mode|choose|generated"_s}
                                         << QByteArray(R"({"first_sentence_mode":"generated"})");
    QTest::newRow("first sentence delay")
        << QStringList{u"first_sentence_delay_ms|value|250"_s} << QByteArray(R"({"first_sentence_delay_ms":250})");
    QTest::newRow("end of call sentence") << QStringList{u"end_of_call_sentence|replace|Goodbye!"_s}
                                          << QByteArray(R"({"end_of_call_sentence":"Goodbye!"})");
    QTest::newRow("output prompt variable")
        << QStringList{u"insert:transcript|click|"_s} << QByteArray(R"({"structured_output_prompt":"{{transcript}}"})");
    // Voice
    QTest::newRow("voice speed")
        << QStringList{u"voice.speed|value|1.2"_s}
        << QByteArray(R"({"voice":{"id":"v1","provider":"cartesia","speed":1.2,"volume":0.9,"model":"sonic-2"}})");
    QTest::newRow("voice id typed")
        << QStringList{u"voice.id|replace|my-cloned-voice"_s}
        << QByteArray(
               R"({"voice":{"id":"my-cloned-voice","provider":"cartesia","speed":1.05,"volume":0.9,"model":"sonic-2"}})");
    QTest::newRow("background sound") << QStringList{u"background_sound|choose|audio/office.ogg"_s}
                                      << QByteArray(R"({"background_sound":"audio/office.ogg"})");
    QTest::newRow("thinking sound") << QStringList{u"thinking_sound|choose|hold_music.ogg"_s,
                                                   u"thinking_sound_probability|value|0.25"_s}
                                    << QByteArray(
                                           R"({"thinking_sound":"hold_music.ogg","thinking_sound_probability":0.25})");
    // Retry windows
    QTest::newRow("calling window end") << QStringList{u"call_retry_config.calling_windows|cell|0,1,13:00"_s}
                                        << replaced(kRetryTemplate, R"("calling_window_end_time": "12:00")",
                                                    R"("calling_window_end_time": "13:00")");
    QTest::newRow("calling window added")
        << QStringList{u"call_retry_config.calling_windows.add|click|"_s}
        << replaced(kRetryTemplate, R"("retry_delay_seconds": 3600}])",
                    R"("retry_delay_seconds": 3600}, {"calling_window_start_time": "10:00",)"
                    R"( "calling_window_end_time": "18:00", "retry_delay_seconds": 7200}])");
    QTest::newRow("retry delay") << QStringList{u"call_retry_config.calling_windows|cell|0,2,5400"_s}
                                 << replaced(kRetryTemplate, R"("retry_delay_seconds": 3600)",
                                             R"("retry_delay_seconds": 5400)");
    QTest::newRow("allowed day") << QStringList{u"call_retry_config.allowed_days:tuesday|click|"_s}
                                 << replaced(kRetryTemplate, R"(["monday", "friday"])",
                                             R"(["monday", "tuesday", "friday"])");
    QTest::newRow("max attempts") << QStringList{u"call_retry_config.max_retry_attempts|value|5"_s}
                                  << replaced(kRetryTemplate, R"("max_retry_attempts": 3)",
                                              R"("max_retry_attempts": 5)");
    QTest::newRow("call twice") << QStringList{u"call_retry_config.call_twice_in_a_row|click|"_s}
                                << replaced(kRetryTemplate, R"("call_twice_in_a_row": false)",
                                            R"("call_twice_in_a_row": true)");
    QTest::newRow("time zone typed") << QStringList{u"call_retry_config.timezone|replace|America/New_York"_s}
                                     << replaced(kRetryTemplate, R"("timezone": "Europe/Paris")",
                                                 R"("timezone": "America/New_York")");
    QTest::newRow("time zone automatic") << QStringList{u"call_retry_config.timezone|clear|"_s}
                                         << replaced(kRetryTemplate, R"("timezone": "Europe/Paris")",
                                                     R"("timezone": null)");
    QTest::newRow("retry config off") << QStringList{u"call_retry_config|click|"_s}
                                      << QByteArray(R"({"call_retry_config":null})");
    // Custom tools
    QTest::newRow("tool header") << QStringList{u"custom_tools[].headers|cell|0,1,Bearer n3w"_s}
                                 << replaced(kToolTemplate, "Bearer s3cret", "Bearer n3w");
    QTest::newRow("tool query parameter added")
        << QStringList{u"custom_tools[].query_params.add|click|"_s, u"custom_tools[].query_params|cell|1,0,page"_s,
                       u"custom_tools[].query_params|cell|1,1,2"_s}
        << replaced(kToolTemplate, R"({"key": "clinic", "value": "north"})",
                    R"({"key": "clinic", "value": "north"}, {"key": "page", "value": "2"})");
    QTest::newRow("tool name") << QStringList{u"custom_tools[].name|replace|check_slots"_s}
                               << replaced(kToolTemplate, R"("name": "check_slot")", R"("name": "check_slots")");
    QTest::newRow("tool method") << QStringList{u"custom_tools[].method|choose|POST"_s}
                                 << replaced(kToolTemplate, R"("method": "GET")", R"("method": "POST")");
    QTest::newRow("tool body") << QStringList{u"custom_tools[].body_template|replace|{\"date\": \"{{date}}\"}"_s}
                               << replaced(kToolTemplate, R"("body_template": null)",
                                           R"("body_template": "{\"date\": \"{{date}}\"}")");
    QTest::newRow("tool parameter description")
        << QStringList{u"custom_tools[].input_schema|cell|0,3,Day wanted"_s}
        << replaced(kToolTemplate, R"("required": true})", R"("required": true, "description": "Day wanted"})");
    QTest::newRow("tool parameter required")
        << QStringList{u"custom_tools[].input_schema|check|0,2"_s}
        << replaced(kToolTemplate, R"("required": true})", R"("required": false})");
    QTest::newRow("tool removed") << QStringList{u"custom_tools.remove|click|"_s}
                                  << QByteArray(R"({"custom_tools":[]})");
    // FAQ
    QTest::newRow("faq answer") << QStringList{u"faq_items|cell|1,1,Yes, 10 to 14."_s}
                                << QByteArray(
                                       R"({"faq_items":[{"question":"Parking?","answer":"Behind the building."},)"
                                       R"({"question":"Open on Sunday?","answer":"Yes, 10 to 14."}]})");
    QTest::newRow("faq moved") << QStringList{u"faq_items|cell|0,0,Parking?"_s, u"faq_items.down|click|"_s}
                               << QByteArray(R"({"faq_items":[{"question":"Open on Sunday?","answer":""},)"
                                             R"({"question":"Parking?","answer":"Behind the building."}]})");
    // Structured output
    QTest::newRow("structured output added")
        << QStringList{u"structured_output_config.add|click|"_s, u"structured_output_config|cell|0,0,outcome"_s,
                       u"structured_output_config|cell|0,4,booked, declined"_s}
        << QByteArray(R"({"structured_output_config":[{"name":"outcome","type":"string","required":false,)"
                      R"("enum_options":["booked","declined"]}]})");
    QTest::newRow("structured output added and removed")
        << QStringList{u"structured_output_config.add|click|"_s, u"structured_output_config.remove|click|"_s}
        << QByteArray("{}");
    // Calls and messages
    QTest::newRow("transfer") << QStringList{u"transfer_phone_number|replace|+14155550123"_s,
                                             u"human_transfer_mode|choose|warm"_s}
                              << QByteArray(R"({"transfer_phone_number":"+14155550123","human_transfer_mode":"warm"})");
    QTest::newRow("sms") << QStringList{u"sms_enabled|click|"_s, u"sms_template|replace|See you {{date}}"_s}
                         << QByteArray(R"({"sms_enabled":true,"sms_template":"See you {{date}}"})");
    QTest::newRow("e-mail outcomes") << QStringList{u"email_notification_outcomes|item|interested"_s,
                                                    u"email_notification_outcomes|item|completed"_s}
                                     << QByteArray(R"({"email_notification_outcomes":["interested","completed"]})");
    QTest::newRow("e-mail outcomes back to none") << QStringList{u"email_notification_outcomes|item|interested"_s,
                                                                 u"email_notification_outcomes|item|interested"_s}
                                                  << QByteArray("{}");
    QTest::newRow("ivr") << QStringList{u"ivr_navigation_enabled|click|"_s}
                         << QByteArray(R"({"ivr_navigation_enabled":true})");
}

void TestAssistantEditor::edits()
{
    QFETCH(QStringList, steps);
    QFETCH(QByteArray, expected);
    auto editor = open(compact());
    QSignalSpy modified(editor.get(), &AssistantEditor::modifiedChanged);
    for (const QString &step : std::as_const(steps)) {
        perform(editor.get(), step);
        if (QTest::currentTestFailed())
            return;
    }
    const QJsonObject want = parse(expected);
    QCOMPARE(compactJson(editor->patch().body()), compactJson(want));
    QCOMPARE(editor->patch().body(), want);
    QCOMPARE(editor->isModified(), !want.isEmpty());
    // Unknown keys ride along untouched and never travel.
    QCOMPARE(editor->edited().value(u"stt_model"_s), QJsonValue(u"nova-3"_s));
    QVERIFY(!editor->patch().contains(u"stt_model"_s));
    if (!want.isEmpty())
        QCOMPARE(modified.first().first().toBool(), true);
}

void TestAssistantEditor::editingBackGivesAnEmptyPatch_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::newRow("typed and erased") << QStringList{u"name|append|x"_s, u"name|key|Backspace"_s};
    QTest::newRow("speed up and down") << QStringList{u"voice.speed|key|Up"_s, u"voice.speed|key|Down"_s};
    QTest::newRow("volume up and down") << QStringList{u"background_sound_volume|key|Up"_s,
                                                       u"background_sound_volume|key|Down"_s};
    QTest::newRow("window edited back") << QStringList{u"call_retry_config.calling_windows|cell|0,0,08:00"_s,
                                                       u"call_retry_config.calling_windows|cell|0,0,09:00"_s};
    QTest::newRow("retry off and on") << QStringList{u"call_retry_config|click|"_s, u"call_retry_config|click|"_s};
    QTest::newRow("null text typed and erased")
        << QStringList{u"voicemail_message|append|x"_s, u"voicemail_message|key|Backspace"_s};
    QTest::newRow("mode there and back") << QStringList{u"first_sentence_mode|choose|none"_s,
                                                        u"first_sentence_mode|choose|static"_s};
}

void TestAssistantEditor::editingBackGivesAnEmptyPatch()
{
    QFETCH(QStringList, steps);
    auto editor = open(compact());
    for (const QString &step : std::as_const(steps)) {
        perform(editor.get(), step);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(compactJson(editor->patch().body()), u"{}"_s);
    QCOMPARE(editor->edited().json(), compact().json());
    QVERIFY(!editor->isModified());
}

void TestAssistantEditor::untouchedAbsentKeyStaysAbsent()
{
    // A server that does not send voicemail_message at all: typing and erasing must not add it,
    // clearing a present value must send null.
    QJsonObject json = compact().json();
    json.remove(u"voicemail_message"_s);
    json.insert(u"webhook_url"_s, u""_s); // an empty string stays an empty string
    auto editor = open(Assistant(json));
    perform(editor.get(), u"voicemail_message|append|Hi"_s);
    QCOMPARE(compactJson(editor->patch().body()), QString::fromUtf8(R"({"voicemail_message":"Hi"})"));
    perform(editor.get(), u"voicemail_message|clear|"_s);
    QCOMPARE(compactJson(editor->patch().body()), u"{}"_s);
    QVERIFY(!editor->edited().contains(u"voicemail_message"_s));
    perform(editor.get(), u"webhook_url|append|x"_s);
    perform(editor.get(), u"webhook_url|clear|"_s);
    QCOMPARE(compactJson(editor->patch().body()), u"{}"_s);
    QCOMPARE(editor->edited().value(u"webhook_url"_s), QJsonValue(u""_s));
}

// --- validation --------------------------------------------------------------------------------

void TestAssistantEditor::invalidInputBlocksSave_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("field"); // catalogue path of the input whose problem line must say it
    QTest::addColumn<QString>("message");

    QTest::newRow("bad phone number") << QStringList{u"transfer_phone_number|replace|555-0123"_s}
                                      << u"transfer_phone_number"_s << u"is not a valid E.164 phone number"_s;
    QTest::newRow("bad URL") << QStringList{u"webhook_url|replace|example.com/hook"_s} << u"webhook_url"_s
                             << u"is not a valid web address"_s;
    QTest::newRow("speed too fast for ElevenLabs")
        << QStringList{u"voice.speed|value|1.4"_s, u"voice.provider|choose|elevenlabs"_s} << u"voice.speed"_s
        << u"is outside the range ElevenLabs supports (0.7 to 1.2)"_s;
    QTest::newRow("window ends before it starts")
        << QStringList{u"call_retry_config.calling_windows|cell|0,1,8am"_s} << u"call_retry_config.calling_windows"_s
        << u"the window must start before it ends"_s;
    QTest::newRow("not a time") << QStringList{u"call_retry_config.calling_windows|cell|0,0,nine"_s}
                                << u"call_retry_config.calling_windows"_s << u"is not a time of day"_s;
    QTest::newRow("invalid JSON body") << QStringList{u"custom_tools[].body_template|replace|{\"date\": }"_s}
                                       << u"custom_tools[].body_template"_s << u"is not valid JSON"_s;
    QTest::newRow("duplicate tool names")
        << QStringList{u"custom_tools.add|click|"_s, u"custom_tools[].name|replace|check_slot"_s}
        << u"custom_tools[].name"_s << u"is used more than once"_s;
    QTest::newRow("empty name") << QStringList{u"name|clear|"_s} << u"name"_s << u"must not be empty"_s;
    QTest::newRow("unknown variable") << QStringList{u"structured_output_prompt|replace|{{caller}}"_s}
                                      << u"structured_output_prompt"_s << u"is not available here"_s;
    QTest::newRow("enum without options")
        << QStringList{u"structured_output_config.add|click|"_s, u"structured_output_config|cell|0,0,outcome"_s}
        << u"structured_output_config"_s << u""_s; // set below: type enum without options
    QTest::newRow("bad e-mail") << QStringList{u"email_notification_address|replace|frontdesk@"_s}
                                << u"email_notification_address"_s << u"is not a valid e-mail address"_s;
    QTest::newRow("calendly without ids")
        << QStringList{u"calendly|click|"_s} << u"calendly.connection_id"_s << u"is required"_s;
}

void TestAssistantEditor::invalidInputBlocksSave()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, field);
    QFETCH(QString, message);
    auto editor = open(compact());
    for (const QString &step : std::as_const(steps)) {
        perform(editor.get(), step);
        if (QTest::currentTestFailed())
            return;
    }
    if (message.isEmpty()) { // the enum case: choose the type in the row's own combo
        auto *table = child<QTableWidget>(editor.get(), u"structured_output_config"_s);
        auto *type = qobject_cast<QComboBox *>(table->cellWidget(0, 1));
        QVERIFY(type);
        type->setFocus();
        while (type->currentData().toString() != u"enum")
            QTest::keyClick(type, Qt::Key_Down);
        message = u"needs at least one option"_s;
    }
    QVERIFY(editor->isModified());
    const Validation::Review review = editor->review();
    QVERIFY(!review.canSave());
    QVERIFY2(std::any_of(review.blocking.cbegin(), review.blocking.cend(),
                         [&](const ValidationIssue &issue) { return issue.message.contains(message); }),
             qPrintable(review.blocking.isEmpty() ? u"none"_s : review.blocking.first().message));
    QVERIFY(!child<QPushButton>(editor.get(), u"saveButton"_s)->isEnabled());
    QVERIFY2(editor->fieldMessage(field).contains(message), qPrintable(editor->fieldMessage(field)));
    auto *line = child<QLabel>(editor.get(), u"issue:"_s + field);
    QVERIFY(line->isVisible());
    QVERIFY(line->property("blocking").toBool());

    // Save does nothing but show the problem.
    QSignalSpy requested(editor.get(), &AssistantEditor::saveRequested);
    editor->save();
    QVERIFY(requested.isEmpty());
    QVERIFY(!editor->findChild<ReviewChangesDialog *>());
}

void TestAssistantEditor::serverHeldProblemsWarnButNeverBlock()
{
    // The seed is full of placeholder values ("webhook_url": "webhook_url", a delay of -2^53+1).
    auto editor = open(seed());
    Validation::Review review = editor->review();
    QVERIFY(review.blocking.isEmpty());
    QVERIFY(review.flagged.size() > 5);
    // The out-of-range delay is shown as it is, not clamped, and is not written back.
    auto *delay = child<QDoubleSpinBox>(editor.get(), u"first_sentence_delay_ms"_s);
    QCOMPARE(delay->value(), -9007199254740991.0);
    QCOMPARE(delay->text(), u"-9007199254740991 ms"_s);
    QVERIFY(editor->fieldMessage(u"first_sentence_delay_ms"_s).contains(u"must not be negative"_s));
    QVERIFY(!child<QLabel>(editor.get(), u"issue:first_sentence_delay_ms"_s)->property("blocking").toBool());
    QCOMPARE(child<QToolButton>(editor.get(), u"problemsButton"_s)->text(),
             QString::number(review.flagged.size()) + u" warnings"_s);

    perform(editor.get(), u"name|replace|Seed"_s);
    QVERIFY(editor->review().canSave());
    QVERIFY(child<QPushButton>(editor.get(), u"saveButton"_s)->isEnabled());
    QCOMPARE(compactJson(editor->patch().body()), QString::fromUtf8(R"({"name":"Seed"})"));

    // Touching the bad field makes it the user's: now it must be right.
    perform(editor.get(), u"first_sentence_delay_ms|value|-5"_s);
    QVERIFY(!editor->review().canSave());
    perform(editor.get(), u"first_sentence_delay_ms|value|300"_s);
    QVERIFY(editor->review().canSave());
    QCOMPARE(compactJson(editor->patch().body()),
             QString::fromUtf8(R"({"first_sentence_delay_ms":300,"name":"Seed"})"));
}

void TestAssistantEditor::problemsMenuJumpsToTheField()
{
    auto editor = open(compact());
    perform(editor.get(), u"custom_tools.add|click|"_s); // a new tool without description and URL
    perform(editor.get(), u"name|replace|Renamed"_s); // focus and page elsewhere
    auto *button = child<QToolButton>(editor.get(), u"problemsButton"_s);
    QVERIFY(button->isEnabled());
    const QList<QAction *> actions = button->menu()->actions();
    QAction *url = nullptr;
    for (QAction *action : actions) {
        if (action->data().toString() == u"custom_tools[1].url")
            url = action;
    }
    QVERIFY(url);
    url->trigger();
    QCoreApplication::processEvents();
    auto *tools = child<QListWidget>(editor.get(), u"custom_tools"_s);
    QCOMPARE(tools->currentRow(), 1);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(editor.get(), u"custom_tools[].url"_s));
    QCOMPARE(child<QListWidget>(editor.get(), u"pageList"_s)->currentItem()->data(Qt::UserRole).toInt(),
             int(FieldPage::Tools));
    QVERIFY(editor->fieldMessage(u"custom_tools[].url"_s).contains(u"Tool URL"_s));
    // The other tool is fine: its form has no complaint once selected.
    tools->setCurrentRow(0);
    QVERIFY(editor->fieldMessage(u"custom_tools[].url"_s).isEmpty());
    QVERIFY(editor->fieldMessage(u"custom_tools"_s).contains(u"custom tool 2"_s));
}

void TestAssistantEditor::changedFieldsAndPagesAreMarked()
{
    auto editor = open(compact());
    auto *pages = child<QListWidget>(editor.get(), u"pageList"_s);
    auto *speedLabel = child<QLabel>(editor.get(), u"label:voice.speed"_s);
    auto *volumeLabel = child<QLabel>(editor.get(), u"label:voice.volume"_s);
    QVERIFY(!speedLabel->font().bold());
    perform(editor.get(), u"voice.speed|value|1.3"_s);
    QVERIFY(speedLabel->property("changed").toBool());
    QVERIFY(speedLabel->font().bold());
    QVERIFY(!volumeLabel->property("changed").toBool());
    for (int row = 0; row < pages->count(); ++row) {
        const bool voice = pages->item(row)->data(Qt::UserRole).toInt() == int(FieldPage::Voice);
        QCOMPARE(pages->item(row)->data(Qt::UserRole + 1).toBool(), voice);
    }
    QCOMPARE(editor->title(), u"Reminders •"_s);
    editor->undoStack()->undo();
    QVERIFY(!speedLabel->property("changed").toBool());
    QCOMPARE(editor->title(), u"Reminders"_s);
}

void TestAssistantEditor::llmModelShowsTheChosenVariant()
{
    auto editor = open(compact());
    showPageOf(editor.get(), child<QWidget>(editor.get(), u"name"_s));
    auto *dedicated = child<QWidget>(editor.get(), u"llm_model.name"_s);
    auto *openrouter = child<QWidget>(editor.get(), u"llm_model.openrouter_model_id"_s);
    QVERIFY(dedicated->isVisible());
    QVERIFY(!openrouter->isVisible());
    perform(editor.get(), u"llm_model.type|choose|openrouter"_s);
    QVERIFY(!dedicated->isVisible());
    QVERIFY(openrouter->isVisible());
    // Both OpenRouter members are required; the form says so and blocks.
    QVERIFY(editor->fieldMessage(u"llm_model.openrouter_model_id"_s).contains(u"is required"_s));
    QVERIFY(!editor->review().canSave());
    perform(editor.get(), u"llm_model.type|choose|dedicated-instance"_s);
    QCOMPARE(compactJson(editor->patch().body()), u"{}"_s);
}

void TestAssistantEditor::unknownLlmVariantIsKept()
{
    QJsonObject json = compact().json();
    json.insert(u"llm_model"_s, parse(R"({"type":"custom","api_url":"https://llm.example.com/v1","model_name":"m"})"));
    auto editor = open(Assistant(json));
    showPageOf(editor.get(), child<QWidget>(editor.get(), u"name"_s));
    auto *raw = child<QPlainTextEdit>(editor.get(), u"llmModelUnknown"_s);
    QVERIFY(raw->isVisible());
    QVERIFY(raw->isReadOnly());
    QVERIFY(raw->toPlainText().contains(u"https://llm.example.com/v1"_s));
    QVERIFY(!child<QWidget>(editor.get(), u"llm_model.name"_s)->isVisible());
    QCOMPARE(child<QComboBox>(editor.get(), u"llm_model.type"_s)->currentData().toString(), u"custom"_s);
    perform(editor.get(), u"name|replace|Other"_s);
    QCOMPARE(compactJson(editor->patch().body()), QString::fromUtf8(R"({"name":"Other"})"));
    QCOMPARE(editor->edited().value(u"llm_model"_s), json.value(u"llm_model"_s));
}

void TestAssistantEditor::realtimeVariantSavesAsAMinimalPatch()
{
    // A dedicated model switched to the realtime variant through its inputs: only llm_model changes.
    auto editor = open(compact());
    perform(editor.get(), u"llm_model.type|choose|realtime"_s);
    for (const char *member : {"llm_model.provider", "llm_model.realtime_model_id", "llm_model.realtime_voice_id"})
        QVERIFY2(child<QWidget>(editor.get(), QLatin1String(member))->isVisible(), member);
    QVERIFY(!child<QWidget>(editor.get(), u"llm_model.name"_s)->isVisible());
    perform(editor.get(), u"llm_model.provider|replace|openai"_s);
    perform(editor.get(), u"llm_model.realtime_model_id|replace|gpt-realtime"_s);
    perform(editor.get(), u"llm_model.realtime_voice_id|replace|marin"_s);
    QVERIFY2(editor->review().canSave(), qPrintable(editor->fieldMessage(u"llm_model.provider"_s)));
    QCOMPARE(compactJson(editor->patch().body()),
             QString::fromUtf8(R"({"llm_model":{"provider":"openai","realtime_model_id":"gpt-realtime",)"
                               R"("realtime_voice_id":"marin","type":"realtime"}})"));

    // A realtime assistant of the sandbox: its voice changed and saved; the PATCH holds llm_model alone.
    SandboxServer server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    QNetworkAccessManager network;
    RevoxClient client(&network);
    QVERIFY2(client.setBaseUrl(server.baseUrl(), &error), qPrintable(error));
    client.setApiKey(server.apiKey());
    const QList<Assistant> all = samples();
    const auto realtime = std::find_if(all.cbegin(), all.cend(), [](const Assistant &a) {
        return a.value(u"llm_model"_s).toObject().value(u"type"_s).toString() == u"realtime"_s;
    });
    QVERIFY(realtime != all.cend());
    auto stored = open(*realtime);
    saveThrough(stored.get(), &client);
    m_settings->setValue(ReviewChangesDialog::skipReviewKey, true);
    const QJsonObject before = realtime->value(u"llm_model"_s).toObject();
    perform(stored.get(), u"llm_model.realtime_voice_id|replace|cedar"_s);
    QCOMPARE(stored->patch().keys(), QStringList{u"llm_model"_s});
    server.clearRequests();
    stored->save();
    QTRY_VERIFY_WITH_TIMEOUT(!stored->isSaving(), 10000);
    QVERIFY(!stored->isModified());
    QList<SandboxRequestRecord> patches;
    for (const SandboxRequestRecord &record : server.requests()) {
        if (record.method == u"PATCH")
            patches.append(record);
    }
    QCOMPARE(patches.size(), 1);
    QJsonObject expected = before;
    expected.insert(u"realtime_voice_id"_s, u"cedar"_s);
    QCOMPARE(QJsonDocument::fromJson(patches.first().body).object(), (QJsonObject{{u"llm_model"_s, expected}}));
    QCOMPARE(stored->base().value(u"llm_model"_s).toObject(), expected);
}

void TestAssistantEditor::createdByIsShownReadOnly()
{
    QJsonObject json = compact().json();
    json.insert(u"created_by"_s,
                QJsonObject{{u"id"_s, u"u1"_s},
                            {u"email"_s, u"alice@clinic.com"_s},
                            {u"first_name"_s, u"Alice"_s},
                            {u"last_name"_s, u"Martin"_s}});
    auto editor = open(Assistant(json));
    auto *createdBy = child<QLineEdit>(editor.get(), u"created_by"_s);
    QVERIFY(createdBy);
    QVERIFY(createdBy->isReadOnly());
    QCOMPARE(createdBy->text(), u"Alice Martin <alice@clinic.com>"_s);
    QCOMPARE(createdBy->accessibleName(), u"Created by"_s);
    QCOMPARE(child<QLabel>(editor.get(), u"label:created_by"_s)->buddy(), createdBy);
    showPageOf(editor.get(), createdBy);
    QVERIFY(createdBy->isVisible());
    // Shown once, on General: the Advanced page's list of server-set fields leaves it out.
    QVERIFY(!child<QLabel>(editor.get(), u"readOnlyFields"_s)->text().contains(u"alice@clinic.com"_s));
    // Typing into it changes nothing.
    createdBy->setFocus();
    QTest::keyClicks(createdBy, u"x"_s);
    QCOMPARE(compactJson(editor->patch().body()), u"{}"_s);

    // Without names, the e-mail; without the key at all, no row.
    json.insert(u"created_by"_s, QJsonObject{{u"id"_s, u"u1"_s}, {u"email"_s, u"bob@clinic.com"_s}});
    auto bob = open(Assistant(json));
    QCOMPARE(child<QLineEdit>(bob.get(), u"created_by"_s)->text(), u"bob@clinic.com"_s);
    auto bare = open(compact());
    showPageOf(bare.get(), child<QWidget>(bare.get(), u"name"_s));
    QVERIFY(!child<QLineEdit>(bare.get(), u"created_by"_s)->isVisible());
}

// --- pages -------------------------------------------------------------------------------------

void TestAssistantEditor::voicePickerFiltersAndChooses()
{
    auto editor = open(compact());
    const QList<VoiceInfo> all = voices();
    editor->setVoices(all);
    auto *picker = child<QTreeWidget>(editor.get(), u"voicePicker"_s);
    const qsizetype cartesia
        = std::count_if(all.cbegin(), all.cend(), [](const VoiceInfo &v) { return v.provider == u"cartesia"; });
    QVERIFY(cartesia > 0 && cartesia < all.size());
    QCOMPARE(picker->topLevelItemCount(), int(cartesia));

    // Searchable by language: French voices of Cartesia only.
    auto *search = child<QLineEdit>(editor.get(), u"voiceSearch"_s);
    showPageOf(editor.get(), search);
    QTest::keyClicks(search, u"French"_s);
    const qsizetype french = std::count_if(
        all.cbegin(), all.cend(), [](const VoiceInfo &v) { return v.provider == u"cartesia" && v.language == u"fr"; });
    QVERIFY(french > 0);
    QCOMPARE(picker->topLevelItemCount(), int(french));

    QTreeWidgetItem *item = picker->topLevelItem(0);
    const QString id = item->data(0, Qt::UserRole).toString();
    QTest::mouseClick(picker->viewport(), Qt::LeftButton, {}, picker->visualItemRect(item).center());
    QCOMPARE(child<QLineEdit>(editor.get(), u"voice.id"_s)->text(), id);
    QJsonObject voice = parse(R"({"provider":"cartesia","speed":1.05,"volume":0.9,"model":"sonic-2"})");
    voice.insert(u"id"_s, id);
    QCOMPARE(editor->patch().body(), QJsonObject({{u"voice"_s, voice}}));
    QVERIFY(child<QLabel>(editor.get(), u"voiceDescription"_s)->text().contains(item->text(0)));

    // The other provider's list follows the provider.
    perform(editor.get(), u"voice.provider|choose|elevenlabs"_s);
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Delete);
    QCOMPARE(picker->topLevelItemCount(), int(all.size() - cartesia));
}

void TestAssistantEditor::speedRangeFollowsTheProvider()
{
    QCOMPARE(VoicePage::speedRange(u"cartesia"_s), std::pair(0.6, 1.5));
    QCOMPARE(VoicePage::speedRange(u"elevenlabs"_s), std::pair(0.7, 1.2));
    auto editor = open(compact());
    auto *speed = child<QDoubleSpinBox>(editor.get(), u"voice.speed"_s);
    auto *volume = child<QDoubleSpinBox>(editor.get(), u"voice.volume"_s);
    QCOMPARE(speed->minimum(), 0.6);
    QCOMPARE(speed->maximum(), 1.5);
    QVERIFY(volume->isEnabled());
    perform(editor.get(), u"voice.provider|choose|elevenlabs"_s);
    QCOMPARE(speed->minimum(), 0.7);
    QCOMPARE(speed->maximum(), 1.2);
    QCOMPARE(speed->value(), 1.05);
    QVERIFY(!volume->isEnabled());
    // Changing the provider changes only the provider: speed and volume stay as they were.
    QCOMPARE(compactJson(editor->patch().body()),
             QString::fromUtf8(
                 R"({"voice":{"id":"v1","model":"sonic-2","provider":"elevenlabs","speed":1.05,"volume":0.9}})"));
}

void TestAssistantEditor::weekPictureFollowsDaysAndWindows()
{
    auto editor = open(compact());
    auto *week = child<WeekPicture>(editor.get(), u"weekPicture"_s);
    QVERIFY(week->isOpen(0, QTime(10, 0))); // Monday, 09:00–12:00
    QVERIFY(!week->isOpen(0, QTime(12, 0)));
    QVERIFY(!week->isOpen(1, QTime(10, 0))); // Tuesday is not allowed
    QVERIFY(week->isOpen(4, QTime(9, 0))); // Friday
    perform(editor.get(), u"call_retry_config.allowed_days:tuesday|click|"_s);
    QVERIFY(week->isOpen(1, QTime(10, 0)));
    perform(editor.get(), u"call_retry_config.calling_windows|cell|0,1,6pm"_s);
    QVERIFY(week->isOpen(1, QTime(17, 59)));
    perform(editor.get(), u"call_retry_config|click|"_s); // server defaults: nothing of ours applies
    QVERIFY(!week->isOpen(1, QTime(10, 0)));
    QVERIFY(!child<QWidget>(editor.get(), u"call_retry_config.calling_windows"_s)->isEnabled());
}

void TestAssistantEditor::faqFilterAndPendingCount()
{
    auto editor = open(compact());
    auto *table = child<QTableWidget>(editor.get(), u"faq_items"_s);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(child<QLabel>(editor.get(), u"faqPendingCount"_s)->text(), u"1 item needs a human answer"_s);
    QVERIFY(!(table->item(0, 2)->flags() & Qt::ItemIsEditable));
    QVERIFY(!(table->item(0, 3)->flags() & Qt::ItemIsEditable));
    QVERIFY(table->item(0, 1)->flags() & Qt::ItemIsEditable);
    perform(editor.get(), u"faqNeedsHumanFilter|click|"_s);
    QVERIFY(table->isRowHidden(0));
    QVERIFY(!table->isRowHidden(1));
    QCOMPARE(compactJson(editor->patch().body()), u"{}"_s);
}

void TestAssistantEditor::headerValuesAreMasked()
{
    auto editor = open(compact());
    auto *table = child<QTableWidget>(editor.get(), u"custom_tools[].headers"_s);
    const QModelIndex value = table->model()->index(0, 1);
    const auto shown = [&] {
        auto *delegate = qobject_cast<QStyledItemDelegate *>(table->itemDelegateForColumn(1));
        return delegate ? delegate->displayText(value.data(), QLocale()) : QString();
    };
    QVERIFY(!shown().contains(u"s3cret"_s));
    perform(editor.get(), u"custom_tools[].headers.reveal|click|"_s);
    QCOMPARE(shown(), u"Bearer s3cret"_s);
}

void TestAssistantEditor::promptFindBar()
{
    auto editor = open(compact());
    auto *prompt = child<QPlainTextEdit>(editor.get(), u"prompt"_s);
    showPageOf(editor.get(), prompt);
    prompt->setFocus();
    QTest::keySequence(prompt, QKeySequence::Find);
    auto *query = child<QLineEdit>(editor.get(), u"promptFind"_s);
    QVERIFY(query->isVisible());
    QTest::keyClicks(query, u"the"_s);
    auto *bar = editor->findChild<FindBar *>();
    QCOMPARE(bar->matchCount(), 1);
    QCOMPARE(prompt->textCursor().selectedText(), u"the"_s);
    QVERIFY(child<QLabel>(editor.get(), u"promptCounts"_s)->text().startsWith(u"41 characters · 6 words"_s));
    QTest::keyClick(query, Qt::Key_Escape);
    QVERIFY(!query->isVisible());
    QCOMPARE(compactJson(editor->patch().body()), u"{}"_s);
}

void TestAssistantEditor::advancedPageKeepsUnknownKeys()
{
    auto editor = open(compact());
    auto *json = child<QPlainTextEdit>(editor.get(), u"advancedJson"_s);
    QVERIFY(json->isReadOnly());
    const QJsonObject shown = QJsonDocument::fromJson(json->toPlainText().toUtf8()).object();
    QCOMPARE(shown.keys(), (QStringList{u"stt_model"_s, u"transfer_destinations"_s}));
    QCOMPARE(shown.value(u"transfer_destinations"_s), compact().value(u"transfer_destinations"_s));
    perform(editor.get(), u"prompt|append|!"_s);
    QCOMPARE(editor->patch().keys(), QStringList{u"prompt"_s});
    QCOMPARE(editor->edited().value(u"transfer_destinations"_s), compact().value(u"transfer_destinations"_s));
}

// --- undo --------------------------------------------------------------------------------------

void TestAssistantEditor::undoRedoRestoresValuesAndPatch()
{
    auto editor = open(compact());
    auto *name = child<QLineEdit>(editor.get(), u"name"_s);
    auto *speed = child<QDoubleSpinBox>(editor.get(), u"voice.speed"_s);
    perform(editor.get(), u"name|replace|Renamed"_s); // one step for the whole word
    perform(editor.get(), u"voice.speed|value|1.3"_s);
    perform(editor.get(), u"faq_items|cell|0,1,Out front."_s);
    QUndoStack *stack = editor->undoStack();
    QCOMPARE(stack->count(), 3);
    const AssistantPatch full = editor->patch();

    stack->undo();
    QCOMPARE(editor->patch().keys(), (QStringList{u"name"_s, u"voice"_s}));
    QCOMPARE(child<QTableWidget>(editor.get(), u"faq_items"_s)->item(0, 1)->text(), u"Behind the building."_s);
    stack->undo();
    QCOMPARE(speed->value(), 1.05);
    QCOMPARE(editor->patch().keys(), QStringList{u"name"_s});
    stack->undo();
    QCOMPARE(name->text(), u"Reminders"_s);
    QVERIFY(!editor->isModified());
    QCOMPARE(editor->edited().json(), compact().json());

    stack->redo();
    stack->redo();
    stack->redo();
    QCOMPARE(name->text(), u"Renamed"_s);
    QCOMPARE(speed->value(), 1.3);
    QCOMPARE(editor->patch(), full);
}

void TestAssistantEditor::undoKeysWorkInsideTextFields()
{
    auto editor = open(compact());
    auto *prompt = child<QPlainTextEdit>(editor.get(), u"prompt"_s);
    perform(editor.get(), u"voice.speed|value|1.3"_s);
    perform(editor.get(), u"prompt|append| Bye."_s);
    QCOMPARE(editor->patch().keys(), (QStringList{u"prompt"_s, u"voice"_s}));
    prompt->setFocus();
    QTest::keySequence(prompt, QKeySequence::Undo); // the editor's history, not the text box's own
    QCOMPARE(prompt->toPlainText(), compact().prompt());
    QCOMPARE(editor->patch().keys(), QStringList{u"voice"_s});
    QTest::keySequence(prompt, QKeySequence::Undo);
    QVERIFY(!editor->isModified());
    QTest::keySequence(prompt, QKeySequence::Redo);
    QTest::keySequence(prompt, QKeySequence::Redo);
    QCOMPARE(editor->patch().keys(), (QStringList{u"prompt"_s, u"voice"_s}));
}

// --- saving ------------------------------------------------------------------------------------

void TestAssistantEditor::reviewDialogShowsChangesAndTheExactBody()
{
    auto editor = open(compact());
    perform(editor.get(), u"voice.speed|value|1.2"_s);
    perform(editor.get(), u"webhook_url|clear|"_s);
    QSignalSpy requested(editor.get(), &AssistantEditor::saveRequested);
    QTest::keySequence(child<QWidget>(editor.get(), u"webhook_url"_s), QKeySequence::Save);
    auto *dialog = editor->findChild<ReviewChangesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(requested.isEmpty());

    auto *changes = dialog->findChild<QListWidget *>(u"reviewChanges"_s);
    QStringList lines;
    for (int row = 0; row < changes->count(); ++row)
        lines.append(changes->item(row)->text());
    QCOMPARE(lines,
             (QStringList{u"Webhook URL: \"https://example.com/hook\" → (none)"_s, u"Voice speed: 1.05 → 1.2"_s}));
    const QString body = dialog->findChild<QPlainTextEdit *>(u"reviewPatchBody"_s)->toPlainText();
    QCOMPARE(QJsonDocument::fromJson(body.toUtf8()).object(), editor->patch().body());
    QCOMPARE(body.toUtf8(), QJsonDocument(editor->patch().body()).toJson(QJsonDocument::Indented));

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"reviewSave"_s), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), u"asst_1"_s);
    QVERIFY(editor->isSaving());
    QVERIFY(!child<QPushButton>(editor.get(), u"saveButton"_s)->isEnabled());
    QVERIFY(!m_settings->value(ReviewChangesDialog::skipReviewKey).toBool());

    // Cancel sends nothing.
    editor->finishSave(ended(editor.get(), SaveResult::Outcome::Failed, ApiError::timeout(std::chrono::seconds(30))));
    editor->save();
    dialog = editor->findChild<ReviewChangesDialog *>();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"reviewCancel"_s), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
}

void TestAssistantEditor::skipReviewSavesAtOnce()
{
    auto editor = open(compact());
    perform(editor.get(), u"name|replace|Renamed"_s);
    QSignalSpy requested(editor.get(), &AssistantEditor::saveRequested);
    editor->save();
    auto *dialog = editor->findChild<ReviewChangesDialog *>();
    QVERIFY(dialog);
    click(dialog->findChild<QCheckBox *>(u"reviewDontShow"_s));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"reviewSave"_s), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QVERIFY(m_settings->value(ReviewChangesDialog::skipReviewKey).toBool());
    QVERIFY(!QSettings().contains(ReviewChangesDialog::skipReviewKey)); // only where it was told to keep it
    editor->finishSave(ended(editor.get(), SaveResult::Outcome::Saved));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    perform(editor.get(), u"name|replace|Again"_s);
    editor->save();
    QCOMPARE(requested.size(), 2);
    QVERIFY(!editor->findChild<ReviewChangesDialog *>());
}

void TestAssistantEditor::saveFailedKeepsEditsAndPlacesFieldErrors()
{
    auto editor = open(compact());
    perform(editor.get(), u"voice.speed|value|1.2"_s);
    perform(editor.get(), u"faq_items|cell|1,1,Closed on Sundays."_s);
    const AssistantPatch before = editor->patch();
    const QByteArray body = R"({"message":"Validation failed","errors":[)"
                            R"({"field":"voice.speed","message":"Speed is not supported by this voice"},)"
                            R"({"field":"faq_items.1.answer","message":"Answer too short"},)"
                            R"({"field":"mystery_setting","message":"Unexpected value"}]})";
    const ApiError error
        = ApiError::fromResponse(QNetworkReply::UnknownContentError, 422, body, {{"Content-Type", "application/json"}});
    QCOMPARE(error.fieldErrors().size(), 3);
    editor->finishSave(ended(editor.get(), SaveResult::Outcome::Failed, error));

    QCOMPARE(editor->patch(), before); // edits stay
    auto *banner = child<Banner>(editor.get(), u"editorBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), Banner::Kind::Error);
    QVERIFY(banner->text().contains(error.summary()));
    QVERIFY(banner->text().contains(u"Unexpected value"_s)); // no field for it: the banner has it
    // Each error is told once: those beside a field are not repeated in the banner.
    QVERIFY2(!banner->text().contains(u"Speed is not supported"_s), qPrintable(banner->text()));
    QVERIFY(!banner->text().contains(u"Answer too short"_s));
    QVERIFY(editor->fieldMessage(u"voice.speed"_s).contains(u"Speed is not supported by this voice"_s));
    QVERIFY(editor->fieldMessage(u"faq_items"_s).contains(u"Answer too short"_s));
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(editor.get(), u"voice.speed"_s));
    QVERIFY(editor->review().canSave()); // the server's word does not lock the form

    // Editing the field retires the server's complaint about it.
    perform(editor.get(), u"voice.speed|value|1.1"_s);
    QVERIFY(!editor->fieldMessage(u"voice.speed"_s).contains(u"Speed is not supported"_s));
    QVERIFY(editor->fieldMessage(u"faq_items"_s).contains(u"Answer too short"_s));
}

void TestAssistantEditor::saveSucceededTakesTheAnswer()
{
    auto editor = open(compact());
    QSignalSpy titles(editor.get(), &AssistantEditor::titleChanged);
    QSignalSpy modified(editor.get(), &AssistantEditor::modifiedChanged);
    perform(editor.get(), u"name|replace|Renamed"_s);
    QCOMPARE(titles.last().first().toString(), u"Renamed •"_s);
    QCOMPARE(modified.size(), 1);

    Assistant answer = editor->patch().appliedTo(editor->base());
    answer.setValue(u"updated_at"_s, u"2025-03-01T10:00:00Z"_s);
    editor->finishSave(ended(editor.get(), SaveResult::Outcome::Saved, {}, answer));
    QVERIFY(!editor->isModified());
    QCOMPARE(editor->base().json(), answer.json());
    QCOMPARE(titles.last().first().toString(), u"Renamed"_s);
    QCOMPARE(modified.last().first().toBool(), false);
    QCOMPARE(child<QLineEdit>(editor.get(), u"name"_s)->text(), u"Renamed"_s);
    QCOMPARE(editor->undoStack()->count(), 0);
}

void TestAssistantEditor::savesThroughTheSandbox()
{
    SandboxServer server;
    SandboxServer::Options options;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    QNetworkAccessManager network;
    RevoxClient client(&network);
    QVERIFY2(client.setBaseUrl(server.baseUrl(), &error), qPrintable(error));
    client.setApiKey(server.apiKey());

    const auto run = [](RevoxCall *call) {
        QEventLoop loop;
        bool ok = false;
        QObject::connect(call, &RevoxCall::finished, &loop, [&] {
            ok = call->succeeded();
            loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        return ok;
    };
    RevoxCall *list = client.listAssistants();
    QList<Assistant> assistants;
    connect(list, &RevoxCall::finished, this, [&] { assistants = list->assistants(); });
    QVERIFY(run(list));
    const auto found = std::find_if(assistants.cbegin(), assistants.cend(),
                                    [](const Assistant &a) { return !a.faqItems().isEmpty() && a.voice(); });
    QVERIFY(found != assistants.cend());

    auto editor = open(*found);
    QList<SandboxRequestRecord> sent;
    saveThrough(editor.get(), &client);
    perform(editor.get(), u"voice.speed|value|1.1"_s);
    perform(editor.get(), u"faq_items|cell|0,1,Edited through the editor."_s);
    perform(editor.get(), u"webhook_url|replace|https://hooks.example.com/revox"_s);
    const AssistantPatch patch = editor->patch();
    QCOMPARE(patch.keys(), (QStringList{u"faq_items"_s, u"voice"_s, u"webhook_url"_s}));
    server.clearRequests();

    editor->save();
    auto *dialog = editor->findChild<ReviewChangesDialog *>();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"reviewSave"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isSaving(), 10000);
    QVERIFY2(!editor->findChild<Banner *>(u"editorBanner"_s)->isVisible(),
             qPrintable(editor->findChild<Banner *>(u"editorBanner"_s)->text()));

    for (const SandboxRequestRecord &record : server.requests()) {
        if (record.method == u"PATCH")
            sent.append(record);
    }
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().path, u"/api/assistants/"_s + found->id());
    QCOMPARE(QJsonDocument::fromJson(sent.first().body).object(), patch.body());
    QCOMPARE(sent.first().body, patch.toJson());
    QVERIFY(!editor->isModified());
    QCOMPARE(editor->base().voice()->speed, std::optional(1.1));
    QCOMPARE(editor->base().faqItems().first().answer, u"Edited through the editor."_s);
}

void TestAssistantEditor::saveThrough(AssistantEditor *editor, RevoxClient *client)
{
    connect(editor, &AssistantEditor::saveRequested, this, [editor, client] {
        auto *job = new SaveJob(client, editor->base(), editor->edited(), nullptr, editor);
        connect(job, &SaveJob::finished, editor, &AssistantEditor::finishSave);
        job->start();
    });
}

void TestAssistantEditor::saveTakesInServerChangesAndKeepsWhatWasNotStored()
{
    SandboxServer server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    QNetworkAccessManager network;
    RevoxClient client(&network);
    QVERIFY(client.setBaseUrl(server.baseUrl()));
    client.setApiKey(server.apiKey());
    const auto finish = [](RevoxCall *call) {
        QSignalSpy done(call, &RevoxCall::finished);
        return done.wait(10000) && call->succeeded();
    };
    RevoxCall *list = client.listAssistants();
    QList<Assistant> assistants;
    connect(list, &RevoxCall::finished, this, [&] { assistants = list->assistants(); });
    QVERIFY(finish(list));
    const Assistant original = assistants.first();

    auto editor = open(original);
    saveThrough(editor.get(), &client);
    m_settings->setValue(ReviewChangesDialog::skipReviewKey, true);
    perform(editor.get(), u"name|replace|Mine"_s);
    perform(editor.get(), u"end_of_call_sentence|replace|Goodbye from me."_s);
    // A colleague changes the prompt meanwhile; this server ignores end-of-call sentences.
    AssistantPatch theirs;
    theirs.insert(u"prompt"_s, u"A colleague's prompt."_s);
    QVERIFY(finish(client.updateAssistant(original.id(), theirs)));
    SandboxFault ignore;
    ignore.kind = SandboxFault::Kind::IgnoreField;
    ignore.field = u"end_of_call_sentence"_s;
    ignore.method = u"PATCH"_s;
    server.addFault(ignore);

    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isSaving(), 10000);
    // Taken in, not merged a second time: the prompt is the colleague's, the name is saved.
    QCOMPARE(child<QPlainTextEdit>(editor.get(), u"prompt"_s)->toPlainText(), u"A colleague's prompt."_s);
    QCOMPARE(editor->base().name(), u"Mine"_s);
    // The sentence the server did not keep stays, unsaved, named in the banner and beside the field.
    QCOMPARE(editor->patch().keys(), QStringList{u"end_of_call_sentence"_s});
    QCOMPARE(editor->edited().endOfCallSentence(), std::optional<QString>(u"Goodbye from me."_s));
    auto *banner = child<Banner>(editor.get(), u"editorBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), Banner::Kind::Warning);
    QVERIFY2(banner->text().contains(u"End-of-call sentence"_s), qPrintable(banner->text()));
    QVERIFY2(editor->fieldMessage(u"end_of_call_sentence"_s).contains(u"did not take"_s),
             qPrintable(editor->fieldMessage(u"end_of_call_sentence"_s)));

    // Saved again on a server that takes it: nothing is left.
    server.clearFaults();
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isSaving(), 10000);
    QVERIFY(!editor->isModified());
    QVERIFY(!banner->isVisible());
    QVERIFY(editor->fieldMessage(u"end_of_call_sentence"_s).isEmpty());
}

// --- screenshots -------------------------------------------------------------------------------

void TestAssistantEditor::screenshots()
{
    // REVOX_SCREENSHOT_DIR=docs/screenshots: one PNG per page, for the documentation.
    const QString directory = qEnvironmentVariable("REVOX_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("set REVOX_SCREENSHOT_DIR to write screenshots");
    QDir().mkpath(directory);
    const QList<Assistant> all = samples();
    auto editor = open(all.first());
    editor->setVoices(voices());
    editor->resize(1280, 860);
    perform(editor.get(), u"voice.speed|value|1.1"_s);
    perform(editor.get(), u"transfer_phone_number|replace|+1 555 0100"_s);
    const QStringList names = {u"general"_s,           u"prompt"_s, u"voice"_s,   u"retry"_s, u"tools"_s, u"faq"_s,
                               u"structured-output"_s, u"calls"_s,  u"advanced"_s};
    auto *pages = child<QListWidget>(editor.get(), u"pageList"_s);
    QCOMPARE(pages->count(), names.size());
    for (int row = 0; row < pages->count(); ++row) {
        pages->setCurrentRow(row);
        QTest::qWait(50);
        QVERIFY(editor->grab().save(directory + u"/editor-"_s + names.at(row) + u".png"_s));
    }
    // Fields from a newer API: an assistant that has some.
    const auto newer
        = std::find_if(all.cbegin(), all.cend(), [](const Assistant &a) { return !a.unknownKeys().isEmpty(); });
    QVERIFY(newer != all.cend());
    auto other = open(*newer);
    other->resize(1280, 860);
    auto *otherPages = child<QListWidget>(other.get(), u"pageList"_s);
    otherPages->setCurrentRow(otherPages->count() - 1);
    QTest::qWait(50);
    QVERIFY(other->grab().save(directory + u"/editor-advanced.png"_s));

    perform(editor.get(), u"transfer_phone_number|replace|+14155550100"_s);
    editor->save();
    auto *dialog = editor->findChild<ReviewChangesDialog *>();
    QVERIFY(dialog);
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(directory + u"/editor-review.png"_s));
    dialog->reject();
}

QTEST_MAIN(TestAssistantEditor)
#include "TestAssistantEditor.moc"
