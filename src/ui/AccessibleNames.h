// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QWidget;

// Inputs are named as their visible label reads (WCAG's "label in name"): a screen reader says the label's
// words, and someone who speaks to the computer can say them to get there. A more telling name an input had
// is kept as its description, which screen readers read after the name.
namespace AccessibleNames {

// A label's words: without its accelerator mark, rich text and closing colon ("Co&nnection:" → "Connection").
QString plain(const QString &labelText);
// The buddy of `label` (and an editable combo box's text field) takes the label's words as its name.
void fromLabel(const QLabel *label);
// The same for every label with a buddy inside `root`.
void fromLabels(const QWidget *root);

} // namespace AccessibleNames
