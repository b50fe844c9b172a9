// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QLabel;
class QWidget;

// One input of the editor and what belongs to it: the label that shows the catalogue label and
// the "changed" marker, and the line under it that shows problems.
struct FieldBinding
{
    QString path; // catalogue path, also the input's objectName ("voice.speed", "custom_tools[].url")
    QWidget *input = nullptr;
    QLabel *label = nullptr; // may be null (a table without its own label)
    QLabel *message = nullptr;
    // For forms that show one item of a top-level list (the selected custom tool): that item's index,
    // -1 when none is shown. Empty for everything else.
    std::function<int()> itemIndex;
};
