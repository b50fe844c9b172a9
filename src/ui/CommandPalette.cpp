// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandPalette.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int kIndexRole = Qt::UserRole;
constexpr int kMaxResults = 200;

// Lower case without accents, so that people may type either.
QString folded(const QString &text)
{
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

} // namespace

CommandPalette::CommandPalette(QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Command Palette"));
    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setPlaceholderText(tr("Assistant, page, field, connection or action"));
    m_search->setAccessibleName(tr("Search commands"));
    m_results->setObjectName(QStringLiteral("paletteResults"));
    m_results->setAccessibleName(tr("Matching commands"));
    m_results->setUniformItemSizes(true);
    // The box keeps the focus: arrows move through the list from there.
    m_results->setFocusPolicy(Qt::NoFocus);
    m_search->installEventFilter(this);

    auto *hint = new QLabel(tr("↑↓ to choose, Enter to run, Esc to close"), this);
    hint->setObjectName(QStringLiteral("paletteHint"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(hint);

    connect(m_search, &QLineEdit::textChanged, this, &CommandPalette::filter);
    connect(m_results, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
    resize(640, 420);
}

void CommandPalette::setCommands(const QList<PaletteCommand> &commands)
{
    m_commands = commands;
    filter();
}

void CommandPalette::popUp()
{
    m_search->clear();
    filter();
    if (QWidget *window = parentWidget() ? parentWidget()->window() : nullptr) {
        const QRect area = window->geometry();
        move(area.x() + (area.width() - width()) / 2, area.y() + area.height() / 8);
    }
    show();
    raise();
    activateWindow();
    m_search->setFocus(Qt::ShortcutFocusReason);
}

int CommandPalette::score(const QString &query, const PaletteCommand &command)
{
    const QStringList words = folded(query).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return 1;
    const QString text = folded(command.text);
    const QString all = text + u' ' + folded(command.kind) + u' ' + folded(command.keywords);
    int score = 10;
    for (const QString &word : words) {
        if (!all.contains(word))
            return 0;
        if (text.contains(word))
            score += 5;
    }
    if (text.startsWith(words.first()))
        score += 20;
    if (text == folded(query).trimmed())
        score += 40;
    return score;
}

void CommandPalette::filter()
{
    QList<std::pair<int, int>> ranked; // score, index
    for (int i = 0; i < m_commands.size(); ++i) {
        if (const int s = score(m_search->text(), m_commands.at(i)); s > 0)
            ranked.append({s, i});
    }
    // Best first; equals keep the order they came in (assistants, pages, fields, actions).
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    m_results->clear();
    for (qsizetype i = 0; i < std::min<qsizetype>(ranked.size(), kMaxResults); ++i) {
        const PaletteCommand &command = m_commands.at(ranked.at(i).second);
        QString line = command.text + QStringLiteral("  —  ") + command.kind;
        if (!command.shortcut.isEmpty())
            line += QStringLiteral("  (%1)").arg(command.shortcut);
        auto *item = new QListWidgetItem(line, m_results);
        item->setData(kIndexRole, ranked.at(i).second);
    }
    m_results->setCurrentRow(m_results->count() > 0 ? 0 : -1);
}

void CommandPalette::runCurrent()
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    const std::function<void()> run = m_commands.at(item->data(kIndexRole).toInt()).run;
    hide(); // first: the command may open a dialog or move the focus into the window
    // The window the palette came from takes the keys again (a window manager would do it; not every one does).
    if (QWidget *window = parentWidget() ? parentWidget()->window() : nullptr)
        window->activateWindow();
    if (run)
        run();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int count = m_results->count();
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp: {
            if (count == 0)
                return true;
            const int step = key->key() == Qt::Key_Down ? 1
                : key->key() == Qt::Key_Up              ? -1
                : key->key() == Qt::Key_PageDown        ? 10
                                                        : -10;
            m_results->setCurrentRow(std::clamp(m_results->currentRow() + step, 0, count - 1));
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}
