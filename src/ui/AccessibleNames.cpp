// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessibleNames.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTextDocument>

namespace AccessibleNames {

QString plain(const QString &labelText)
{
    QString text = labelText;
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    text = text.trimmed(); // the French colon has a no-break space before it
    if (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

void fromLabel(const QLabel *label)
{
    QWidget *input = label->buddy();
    if (!input)
        return;
    const QString name = plain(label->text());
    if (name.isEmpty())
        return;
    if (input->accessibleName() != name && !input->accessibleName().isEmpty()
        && input->accessibleDescription().isEmpty())
        input->setAccessibleDescription(input->accessibleName());
    input->setAccessibleName(name);
    if (const auto *combo = qobject_cast<QComboBox *>(input); combo && combo->lineEdit())
        combo->lineEdit()->setAccessibleName(name);
}

void fromLabels(const QWidget *root)
{
    for (const QLabel *label : root->findChildren<QLabel *>())
        fromLabel(label);
}

} // namespace AccessibleNames
