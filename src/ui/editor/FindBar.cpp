// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindBar.h"

#include "ui/ThemeColors.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>

FindBar::FindBar(QPlainTextEdit *target, const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_target(target)
    , m_query(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(name + QStringLiteral(".bar"));
    m_query->setObjectName(name);
    m_query->setPlaceholderText(tr("Find in the text"));
    m_query->setAccessibleName(tr("Find"));
    m_query->setClearButtonEnabled(true);
    m_status->setObjectName(name + QStringLiteral(".status"));
    m_status->setMinimumWidth(90);

    const auto button = [this, &name](const QString &suffix, const QString &text, QStyle::StandardPixmap icon) {
        auto *b = new QToolButton(this);
        b->setObjectName(name + u'.' + suffix);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(text);
        b->setAccessibleName(text);
        b->setAutoRaise(true);
        return b;
    };
    QToolButton *previous = button(QStringLiteral("previous"), tr("Previous match (Shift+Enter)"), QStyle::SP_ArrowUp);
    QToolButton *next = button(QStringLiteral("next"), tr("Next match (Enter)"), QStyle::SP_ArrowDown);
    QToolButton *closeButton = button(QStringLiteral("close"), tr("Close (Esc)"), QStyle::SP_TitleBarCloseButton);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_query, 1);
    layout->addWidget(m_status);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(closeButton);

    connect(m_query, &QLineEdit::textChanged, this, &FindBar::refresh);
    connect(m_target, &QPlainTextEdit::textChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    // The keys of the search box, as actions: Help ▸ Keyboard Shortcuts reads them off.
    const auto key = [this](const QString &text, const QList<QKeySequence> &keys, void (FindBar::*slot)()) {
        auto *action = new QAction(text, m_query);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_query->addAction(action);
    };
    key(tr("Next Match"), {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}, &FindBar::findNext);
    key(tr("Previous Match"), {QKeySequence(Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::SHIFT | Qt::Key_Enter)},
        &FindBar::findPrevious);
    key(tr("Close Find"), {QKeySequence(Qt::Key_Escape)}, &FindBar::close);
    hide();
}

void FindBar::open()
{
    const QString selected = m_target->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_query->setText(selected);
    show();
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
    refresh();
}

void FindBar::close()
{
    hide();
    m_matches.clear();
    m_current = -1;
    m_target->setExtraSelections({});
    m_target->setFocus(Qt::OtherFocusReason);
}

void FindBar::findNext()
{
    if (!m_matches.isEmpty())
        select((m_current + 1) % int(m_matches.size()));
}

void FindBar::findPrevious()
{
    if (!m_matches.isEmpty())
        select((m_current - 1 + int(m_matches.size())) % int(m_matches.size()));
}

void FindBar::refresh()
{
    m_matches.clear();
    const QString query = m_query->text();
    if (!query.isEmpty()) {
        QTextCursor cursor(m_target->document());
        while (true) {
            cursor = m_target->document()->find(query, cursor);
            if (cursor.isNull())
                break;
            m_matches.append(cursor);
        }
    }
    // Keep the match at or after the cursor current, so typing more of the word stays in place.
    int current = m_matches.isEmpty() ? -1 : 0;
    const int from = m_target->textCursor().selectionStart();
    for (int i = 0; i < m_matches.size(); ++i) {
        if (m_matches.at(i).selectionStart() >= from) {
            current = i;
            break;
        }
    }
    select(current);
}

void FindBar::select(int index)
{
    m_current = index;
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(ThemeColors::color(ThemeColors::Role::FindMatch));
    for (const QTextCursor &match : std::as_const(m_matches))
        selections.append({match, format});
    m_target->setExtraSelections(selections);
    if (index >= 0) {
        m_target->setTextCursor(m_matches.at(index));
        m_target->ensureCursorVisible();
        m_status->setText(tr("%1 of %2").arg(index + 1).arg(m_matches.size()));
    } else {
        m_status->setText(m_query->text().isEmpty() ? QString() : tr("No matches"));
    }
}
