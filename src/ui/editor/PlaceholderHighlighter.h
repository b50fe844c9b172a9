// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QSyntaxHighlighter>

// Marks {{variable}} placeholders in prompts and templates. When the field documents its variables,
// names outside that list are marked as mistakes, as is a {{ that is never closed.
class PlaceholderHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit PlaceholderHighlighter(QTextDocument *document, const QStringList &allowedVariables = {});

protected:
    void highlightBlock(const QString &text) override;

private:
    QStringList m_allowed;
};
