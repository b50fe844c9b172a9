// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorWidgets.h"

#include "ui/AppIcons.h"
#include "ui/ThemeColors.h"

#include <QApplication>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>

namespace EditorWidgets {

ListButtons makeListButtons(QWidget *parent, const QString &name, const QString &noun)
{
    ListButtons buttons;
    buttons.bar = new QWidget(parent);
    auto *layout = new QHBoxLayout(buttons.bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    const auto make = [&](const QString &suffix, const QString &text, const QString &tip, const QString &theme) {
        auto *button = new QToolButton(buttons.bar);
        button->setObjectName(name + u'.' + suffix);
        button->setText(text);
        // The style has no plus or minus of its own: without an icon theme, text alone.
        button->setIcon(AppIcons::icon(theme));
        button->setToolButtonStyle(button->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonTextBesideIcon);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        layout->addWidget(button);
        return button;
    };
    buttons.add = make(QStringLiteral("add"), QCoreApplication::translate("EditorWidgets", "Add"),
                       QCoreApplication::translate("EditorWidgets", "Add %1").arg(noun), QStringLiteral("list-add"));
    buttons.remove = make(QStringLiteral("remove"), QCoreApplication::translate("EditorWidgets", "Remove"),
                          QCoreApplication::translate("EditorWidgets", "Remove the selected %1").arg(noun),
                          QStringLiteral("list-remove"));
    buttons.up = make(QStringLiteral("up"), QCoreApplication::translate("EditorWidgets", "Up"),
                      QCoreApplication::translate("EditorWidgets", "Move the selected %1 up").arg(noun),
                      QStringLiteral("go-up"));
    buttons.down = make(QStringLiteral("down"), QCoreApplication::translate("EditorWidgets", "Down"),
                        QCoreApplication::translate("EditorWidgets", "Move the selected %1 down").arg(noun),
                        QStringLiteral("go-down"));
    layout->addStretch(1);
    return buttons;
}

void makeCompact(QComboBox *combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    combo->setMinimumWidth(220);
}

void alignLabels(const QList<QFormLayout *> &forms)
{
    // Wide enough for the label in bold with its "changed" dot, so marking a field moves nothing.
    int width = 0;
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
            if (!label)
                continue;
            QFont bold = label->font();
            bold.setBold(true);
            const int text = QFontMetrics(bold).horizontalAdvance(label->text() + QStringLiteral(" ●"));
            width = std::max({width, label->sizeHint().width(), text + 2 * label->margin() + 4});
        }
    }
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                item->widget()->setMinimumWidth(width);
        }
    }
}

QStringList columnTitles(const QStringList &labels)
{
    const QString first = labels.value(0).section(u' ', 0, 0) + u' ';
    const bool shared
        = labels.size() > 1 && std::all_of(labels.cbegin(), labels.cend(), [&first](const QString &label) {
              return label.startsWith(first) && label.size() > first.size();
          });
    if (!shared)
        return labels;
    QStringList titles;
    for (const QString &label : labels) {
        QString title = label.mid(first.size());
        title[0] = title.at(0).toUpper();
        titles.append(title);
    }
    return titles;
}

void makeMonospace(QWidget *widget)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(widget->font().pointSizeF());
    widget->setFont(font);
}

void makeSecondary(QLabel *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    const auto colour = [label] {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, ThemeColors::color(ThemeColors::Role::HelpText));
        label->setPalette(palette);
    };
    colour();
    ThemeColors::follow(label, colour);
}

void setVisibleLines(QPlainTextEdit *edit, int lines)
{
    const QFontMetrics metrics(edit->font());
    const int frame = 2 * (edit->frameWidth() + int(edit->document()->documentMargin())) + 6;
    edit->setFixedHeight(metrics.lineSpacing() * lines + frame);
}

void fitListHeight(QListWidget *list)
{
    const int rows = std::max(1, list->count());
    const int rowHeight = list->sizeHintForRow(0) > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height() + 4;
    list->setFixedHeight(rowHeight * rows + 2 * list->frameWidth() + 2);
}

void setPlainTextKeepingCursor(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() == text)
        return;
    const int position = edit->textCursor().position();
    const QSignalBlocker blocker(edit);
    edit->setPlainText(text);
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(std::min(position, int(text.size())));
    edit->setTextCursor(cursor);
}

QColor errorColor()
{
    return ThemeColors::color(ThemeColors::Role::ErrorText);
}

QColor warningColor()
{
    return ThemeColors::color(ThemeColors::Role::WarningText);
}

QColor changedColor()
{
    return ThemeColors::color(ThemeColors::Role::ChangedMark);
}

} // namespace EditorWidgets
