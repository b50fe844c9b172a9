// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictDialogResolver.h"

#include "ConflictDialog.h"
#include "Prompter.h"

ConflictResolver::Answer ConflictDialogResolver::resolve(AssistantMerge &merge)
{
    ConflictDialog dialog(merge, m_parent);
    return m_prompter->exec(&dialog) == QDialog::Accepted ? Answer::Resolved : Answer::Cancel;
}
