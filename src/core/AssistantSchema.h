// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// The one catalogue of assistant fields. Codec, validation, diff, table columns and editors all read it;
// adding a field is one entry in AssistantSchema.cpp.

enum class FieldType {
    String, // one line of text
    Text, // multi-line text (prompts, messages)
    Integer, // JSON number without fraction; int53 on the wire
    Number, // JSON number
    Boolean,
    Enum, // one of enumValues
    EnumList, // array of enumValues
    StringList, // array of free strings
    Object, // nested object; its members have their own entries ("voice.id")
    ObjectList, // array of objects; members are "custom_tools[].name"
    Untyped, // server-defined shape (created_at, updated_at): shown, never edited
};

// Extra rules on the text of a string field, checked by Validation.
enum class FieldFormat {
    None,
    PhoneE164,
    HttpUrl,
    HttpUrlTemplate, // an http(s) address that may hold {{variable}} placeholders (a custom tool's URL)
    Email,
    TimeOfDay, // 'HH:mm' or 'H:mma'
    TimeZone, // IANA identifier
    JsonText,
    SnakeCase, // lowercase_snake_case identifier
    Template, // text with {{variable}} placeholders
};

// A rule between a field and a sibling member of the same object (FieldSpec::sibling), checked by Validation.
enum class SiblingRule {
    None,
    SpeedForProvider, // a number within the range of the voice provider named by the sibling
    StartsBefore, // a time of day before the sibling's
    OptionsForType, // enum options present exactly when the sibling type is "enum"
};

// Which editor page shows a field; Advanced holds what this version does not know.
enum class FieldPage { None, General, Prompt, Voice, Retry, Tools, Faq, StructuredOutput, CallsMessages, Advanced };

struct FieldSpec
{
    QString path; // JSON path: "name", "voice.speed", "custom_tools[].headers[].key"
    const char *label = nullptr; // untranslated; use displayLabel()
    FieldType type = FieldType::String;
    bool nullable = false; // JSON null is a valid value ("off", "use the default")
    bool requiredOnCreate = false;
    bool requiredInParent = false; // must be present whenever its parent object is
    bool nonEmpty = false; // a present string must not be empty (minLength 1)
    bool readOnly = false; // set by the server; never sent
    QStringList enumValues;
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool exclusiveMinimum = false;
    FieldFormat format = FieldFormat::None;
    QStringList templateVariables; // FieldFormat::Template: the only names allowed, when not empty
    QString whenKey; // the field applies only when sibling whenKey equals whenValue
    QString whenValue; //   (llm_model variants)
    FieldPage page = FieldPage::None;
    const char *help = nullptr; // one sentence for tooltips and the editor
    // A credential (a tool's Authorization header, an API key in a query): masked on screen, never kept
    // in clear in a file, never logged. SecretFields walks an assistant's JSON by this mark.
    bool secret = false;

    // What the server stores when a create leaves the field out; undefined when none is known. An object
    // without one has its members' (AssistantSchema::serverDefault); a default list's items get them too.
    QJsonValue serverDefault = QJsonValue(QJsonValue::Undefined);
    SiblingRule siblingRule = SiblingRule::None;
    QString sibling; // the member of the same object siblingRule compares with
    bool uniqueInList = false; // no two items of its list may hold the same value
    // The member that names an item of its list, for people and across copies (a tool's name, a header's
    // key, a question): secrets are matched between copies of an assistant by it, not by position.
    bool namesItem = false;
    const char *itemNoun = nullptr; // ObjectList: one item in words, untranslated ("custom tool")
    // key() and parentPath(), worked out once when the catalogue is built: every walk over an assistant (a
    // validation, a diff, a merge, a file) asks for them on each value it looks at.
    QString cachedKey;
    QString cachedParentPath;

    QString displayLabel() const;
    QString displayHelp() const;
    QString displayItemNoun() const; // "custom tool", "header"; "item" when the catalogue gives no noun
    QString displayItemLabel(int number) const; // "custom tool 2"
    QString key() const; // last segment of path, without "[]"
    QString parentPath() const; // "" for top-level fields
    bool isTopLevel() const { return !path.contains(u'.'); }
    bool appliesTo(const QJsonObject &parent) const;
};

namespace AssistantSchema {

// The largest integer a JSON number carries exactly (2^53 - 1): the wire bound of FieldType::Integer.
inline constexpr double maxSafeInteger = 9007199254740991.0;

const QList<FieldSpec> &fields();
const FieldSpec *field(const QString &path); // nullptr when the path is not catalogued
// The field's label for people, or `path` itself when it is not catalogued (a key of a newer API).
QString displayLabel(const QString &path);
QList<const FieldSpec *> topLevelFields();
QList<const FieldSpec *> children(const QString &parentPath);
// Catalogue paths of the fields `picks` chooses and of every field that holds one ("custom_tools" for a header's
// value): what a walk that only looks for those fields needs to enter.
QSet<QString> pathsToward(bool (*picks)(const FieldSpec &spec));

bool isKnownTopLevelKey(const QString &key);
// Read-only keys, including those newer API versions add; a patch never carries them.
bool isReadOnlyKey(const QString &key);

// Turns a concrete path ("custom_tools[2].headers[0].key") into its catalogue path
// ("custom_tools[].headers[].key").
QString catalogPath(const QString &concretePath);

// What the server stores for `path` when a create leaves it out (FieldSpec::serverDefault): the field's own
// default, else for an object the defaults its members have; undefined when none is known.
QJsonValue serverDefault(const QString &path);
// Every top-level field's default: what the server holds after a create that sent only what is required.
const QJsonObject &serverDefaults();
// A new item of a list as the server fills it: the default of each of its members.
QJsonObject defaultItem(const QString &listPath);

// The value as the API accepts it in a request body: read-only members of nested objects
// (faq_items[].id, .source, .needs_human_answer) removed, everything else kept as it is.
QJsonValue writableValue(const QString &topLevelKey, const QJsonValue &value);

} // namespace AssistantSchema
