// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewChangesDialog.h"

#include "EditorWidgets.h"
#include "core/AssistantSchema.h"
#include "core/SecretFields.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <cmath>

namespace {

constexpr qsizetype kShownLength = 80;

QString elided(QString text)
{
    text.replace(u'\n', u' ');
    if (text.size() > kShownLength)
        text = text.left(kShownLength - 1) + QChar(0x2026);
    return text;
}

QString shown(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return ReviewChangesDialog::tr("(not set)");
    case QJsonValue::Null:
        return ReviewChangesDialog::tr("(none)");
    case QJsonValue::Bool:
        return value.toBool() ? ReviewChangesDialog::tr("yes") : ReviewChangesDialog::tr("no");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) <= 9007199254740991.0)
            return QString::number(value.toInteger(qint64(number)));
        return QString::number(number, 'g', 15);
    }
    case QJsonValue::String:
        return u'"' + elided(value.toString()) + u'"';
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return elided(QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
            items.append(item.toString());
        }
        return u'[' + elided(items.join(QStringLiteral(", "))) + u']';
    }
    case QJsonValue::Object:
        return elided(QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    }
    return {};
}

QString labelled(const QString &label, const QStringList &context)
{
    return context.isEmpty() ? label
                             : ReviewChangesDialog::tr("%1 (%2)").arg(label, context.join(QStringLiteral(", ")));
}

// What names a list item for people: its name or question, when it has one.
QString itemTitle(const QJsonValue &item)
{
    const QJsonObject object = item.toObject();
    for (const char16_t *key : {u"name", u"question", u"key", u"calling_window_start_time"}) {
        const QJsonValue value = object.value(QStringView(key));
        if (value.isString() && !value.toString().isEmpty())
            return u' ' + shown(value);
    }
    return {};
}

QJsonValue maskedIfSecret(const FieldSpec *spec, const QJsonValue &value, bool reveal)
{
    if (reveal || !spec || !spec->secret || !value.isString())
        return value;
    return SecretFields::maskedText(value.toString());
}

void describe(const FieldSpec *spec, const QString &label, const QStringList &context, const QJsonValue &before,
              const QJsonValue &after, bool reveal, QStringList &out)
{
    if (before == after && before.type() == after.type())
        return;
    if (spec && spec->type == FieldType::Object && before.isObject() && after.isObject()) {
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        QStringList known;
        for (const FieldSpec *child : AssistantSchema::children(spec->path)) {
            known.append(child->key());
            if (!child->readOnly)
                describe(child, child->displayLabel(), context, a.value(child->key()), b.value(child->key()), reveal,
                         out);
        }
        QStringList others = a.keys() + b.keys();
        others.removeDuplicates();
        for (const QString &key : std::as_const(others)) {
            if (!known.contains(key))
                describe(nullptr, label + u'.' + key, context, a.value(key), b.value(key), reveal, out);
        }
        return;
    }
    if (spec && spec->type == FieldType::ObjectList && before.isArray() && after.isArray()) {
        const QJsonArray a = before.toArray();
        const QJsonArray b = after.toArray();
        const QList<const FieldSpec *> children = AssistantSchema::children(spec->path);
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            const QStringList itemContext = context + QStringList{QStringLiteral("%1 #%2").arg(label).arg(i + 1)};
            if (i >= a.size()) {
                out.append(ReviewChangesDialog::tr("%1 #%2: added%3").arg(label).arg(i + 1).arg(itemTitle(b.at(i))));
            } else if (i >= b.size()) {
                out.append(ReviewChangesDialog::tr("%1 #%2: removed%3").arg(label).arg(i + 1).arg(itemTitle(a.at(i))));
            } else {
                const QJsonObject itemA = a.at(i).toObject();
                const QJsonObject itemB = b.at(i).toObject();
                for (const FieldSpec *child : children) {
                    if (!child->readOnly)
                        describe(child, child->displayLabel(), itemContext, itemA.value(child->key()),
                                 itemB.value(child->key()), reveal, out);
                }
            }
        }
        return;
    }
    out.append(ReviewChangesDialog::tr("%1: %2 → %3")
                   .arg(labelled(label, context), shown(maskedIfSecret(spec, before, reveal)),
                        shown(maskedIfSecret(spec, after, reveal))));
}

} // namespace

QStringList ReviewChangesDialog::describeChanges(const Assistant &base, const Assistant &edited, bool revealSecrets)
{
    const AssistantPatch patch = AssistantPatch::between(base, edited);
    QStringList keys = patch.keys();
    // The catalogue's order is the editor's order; keys it does not know come last.
    QStringList ordered;
    for (const FieldSpec *spec : AssistantSchema::topLevelFields()) {
        if (keys.removeAll(spec->path))
            ordered.append(spec->path);
    }
    ordered += keys;

    QStringList lines;
    for (const QString &key : std::as_const(ordered)) {
        const FieldSpec *spec = AssistantSchema::field(key);
        const QJsonValue before = base.contains(key) ? AssistantSchema::writableValue(key, base.value(key))
                                                     : QJsonValue(QJsonValue::Undefined);
        describe(spec, spec ? spec->displayLabel() : key, {}, before, patch.value(key), revealSecrets, lines);
    }
    return lines;
}

ReviewChangesDialog::ReviewChangesDialog(const Assistant &base, const Assistant &edited, QWidget *parent)
    : QDialog(parent)
    , m_base(base)
    , m_edited(edited)
    , m_patch(AssistantPatch::between(base, edited))
    , m_changes(new QListWidget(this))
    , m_body(new QPlainTextEdit(this))
    , m_dontShow(new QCheckBox(this))
{
    setObjectName(QStringLiteral("reviewChangesDialog"));
    setWindowTitle(tr("Review Changes"));

    auto *intro
        = new QLabel(tr("These changes to <b>%1</b> will be saved to Revox:").arg(edited.name().toHtmlEscaped()), this);
    intro->setWordWrap(true);

    m_changes->setObjectName(QStringLiteral("reviewChanges"));
    m_changes->setAccessibleName(tr("Changed fields"));
    m_changes->setWordWrap(true);
    m_changes->setAlternatingRowColors(true);

    auto *bodyLabel = new QLabel(tr("Request body (PATCH /assistants/%1):").arg(base.id().toHtmlEscaped()), this);
    m_body->setObjectName(QStringLiteral("reviewPatchBody"));
    m_body->setAccessibleName(tr("Request body"));
    m_body->setReadOnly(true);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    EditorWidgets::makeMonospace(m_body);
    bodyLabel->setBuddy(m_body);

    // Shown only when the body carries a secret the user could want to check.
    bool carriesSecrets = false;
    SecretFields::visit(m_patch.body(), [&carriesSecrets](const SecretLocation &, const QString &value) {
        carriesSecrets = carriesSecrets || !value.isEmpty();
    });
    auto *reveal = new QPushButton(tr("Show Secret &Values"), this);
    reveal->setObjectName(QStringLiteral("reviewRevealSecrets"));
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Header and query parameter values of tools may hold API tokens; they are sent as "
                          "they are, whether shown or not."));
    reveal->setVisible(carriesSecrets);
    connect(reveal, &QPushButton::toggled, this, &ReviewChangesDialog::showContent);

    m_dontShow->setObjectName(QStringLiteral("reviewDontShow"));
    m_dontShow->setText(tr("Don't show this again (save at once)"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("reviewSave"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("reviewCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, [this] {
        if (m_dontShow->isChecked())
            QSettings().setValue(skipReviewKey, true);
    });

    auto *bodyHeader = new QHBoxLayout;
    bodyHeader->addWidget(bodyLabel, 1);
    bodyHeader->addWidget(reveal);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_changes, 2);
    layout->addLayout(bodyHeader);
    layout->addWidget(m_body, 3);
    layout->addWidget(m_dontShow);
    layout->addWidget(buttons);
    resize(720, 560);
    showContent(false);
}

void ReviewChangesDialog::showContent(bool revealSecrets)
{
    m_changes->clear();
    m_changes->addItems(describeChanges(m_base, m_edited, revealSecrets));
    const QJsonObject body = revealSecrets
        ? m_patch.body()
        : SecretFields::replaced(m_patch.body(), [](const SecretLocation &, const QString &value) {
              return SecretFields::maskedText(value);
          });
    m_body->setPlainText(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)));
}

bool ReviewChangesDialog::dontShowAgain() const
{
    return m_dontShow->isChecked();
}
