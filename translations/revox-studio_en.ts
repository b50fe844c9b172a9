<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdvancedPage</name>
    <message numerus="yes">
        <location filename="../src/ui/editor/AdvancedPage.cpp" line="+73"/>
        <source>%n field(s) this version of Revox Studio does not know.</source>
        <translation>
            <numerusform>%n field this version of Revox Studio does not know.</numerusform>
            <numerusform>%n fields this version of Revox Studio does not know.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <location filename="../src/core/ApiError.cpp" line="+261"/>
        <source>Too many requests: the server is rate limiting this API key. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many requests: the server is rate limiting this API key. Wait %n second and try again.</numerusform>
            <numerusform>Too many requests: the server is rate limiting this API key. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>The Revox server did not answer within %n second(s). Check your connection and try again.</source>
        <translation>
            <numerusform>The Revox server did not answer within %n second. Check your connection and try again.</numerusform>
            <numerusform>The Revox server did not answer within %n seconds. Check your connection and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/ApplyCommand.cpp" line="+186"/>
        <source>apply %n change(s)</source>
        <translation>
            <numerusform>apply %n change</numerusform>
            <numerusform>apply %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n assistant(s) handled</source>
        <translation>
            <numerusform>%n assistant handled</numerusform>
            <numerusform>%n assistants handled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssistantActions</name>
    <message numerus="yes">
        <location filename="../src/ui/AssistantActions.cpp" line="+75"/>
        <source>Open every selected assistant (%n), each in a tab of its own?</source>
        <translation>
            <numerusform>Open every selected assistant (%n), each in a tab of its own?</numerusform>
            <numerusform>Open every selected assistant (%n), each in a tab of its own?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Clone every selected assistant (%n) on %1?</source>
        <translation>
            <numerusform>Clone every selected assistant (%n) on %1?</numerusform>
            <numerusform>Clone every selected assistant (%n) on %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>They answer the inbound calls of %n phone number(s), which would then reach no assistant:</source>
        <translation>
            <numerusform>They answer the inbound calls of %n phone number, which would then reach no assistant:</numerusform>
            <numerusform>They answer the inbound calls of %n phone numbers, which would then reach no assistant:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the selected assistants (%n) from %1?</source>
        <translation>
            <numerusform>Delete the selected assistants (%n) from %1?</numerusform>
            <numerusform>Delete the selected assistants (%n) from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Assistants deleted: %n.</source>
        <translation>
            <numerusform>Assistants deleted: %n.</numerusform>
            <numerusform>Assistants deleted: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Copied the IDs (%n), one per line.</source>
        <translation>
            <numerusform>Copied the IDs (%n), one per line.</numerusform>
            <numerusform>Copied the IDs (%n), one per line.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssistantEditor</name>
    <message numerus="yes">
        <location filename="../src/ui/editor/AssistantEditor.cpp" line="+500"/>
        <source>%n field(s) changed, not saved yet.</source>
        <translation>
            <numerusform>%n field changed, not saved yet.</numerusform>
            <numerusform>%n fields changed, not saved yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchApplyDialog</name>
    <message numerus="yes">
        <location filename="../src/ui/bulk/BatchApplyDialog.cpp" line="+67"/>
        <source>Changes are still being saved: %n to go.</source>
        <translation>
            <numerusform>Changes are still being saved: %n to go.</numerusform>
            <numerusform>Changes are still being saved: %n to go.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../src/ui/bulk/BulkEditDialog.cpp" line="+14"/>
        <source>Edit Selected (%n) — %1</source>
        <translation>
            <numerusform>Edit Selected (%n) — %1</numerusform>
            <numerusform>Edit Selected (%n) — %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditorPage</name>
    <message numerus="yes">
        <location filename="../src/ui/bulk/BulkEditorPage.cpp" line="+39"/>
        <source>Changes go to every selected assistant — &lt;b&gt;%n in all&lt;/b&gt;. Tick each field to change; every other field stays exactly as each assistant has it. Values to set are entered in the form, which starts from “%1”.</source>
        <translation>
            <numerusform>Changes go to every selected assistant — &lt;b&gt;%n in all&lt;/b&gt;. Tick each field to change; every other field stays exactly as each assistant has it. Values to set are entered in the form, which starts from “%1”.</numerusform>
            <numerusform>Changes go to every selected assistant — &lt;b&gt;%n in all&lt;/b&gt;. Tick each field to change; every other field stays exactly as each assistant has it. Values to set are entered in the form, which starts from “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+268"/>
        <source>Changes to make (%n):</source>
        <translation>
            <numerusform>Changes to make (%n):</numerusform>
            <numerusform>Changes to make (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOperation</name>
    <message numerus="yes">
        <location filename="../src/core/BulkOperation.cpp" line="+96"/>
        <source>a list of %n: %1</source>
        <translation>
            <numerusform>a list of %n: %1</numerusform>
            <numerusform>a list of %n: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkPreviewPage</name>
    <message numerus="yes">
        <location filename="../src/ui/bulk/BulkPreviewPage.cpp" line="+140"/>
        <source>Working out what each selected assistant would get (%Ln in all)…</source>
        <translation>
            <numerusform>Working out what each selected assistant would get (%Ln in all)…</numerusform>
            <numerusform>Working out what each selected assistant would get (%Ln in all)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+100"/>
        <source>%Ln will be created</source>
        <translation>
            <numerusform>%Ln will be created</numerusform>
            <numerusform>%Ln will be created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln will change</source>
        <translation>
            <numerusform>%Ln will change</numerusform>
            <numerusform>%Ln will change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln invalid (excluded)</source>
        <translation>
            <numerusform>%Ln invalid (excluded)</numerusform>
            <numerusform>%Ln invalid (excluded)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln unticked</source>
        <translation>
            <numerusform>%Ln unticked</numerusform>
            <numerusform>%Ln unticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Apply (%Ln ticked)…</source>
        <translation>
            <numerusform>&amp;Apply (%Ln ticked)…</numerusform>
            <numerusform>&amp;Apply (%Ln ticked)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkResultsPage</name>
    <message numerus="yes">
        <location filename="../src/ui/bulk/BulkResultsPage.cpp" line="+27"/>
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+195"/>
        <source>Saving to %1 (%Ln in all)…</source>
        <translation>
            <numerusform>Saving to %1 (%Ln in all)…</numerusform>
            <numerusform>Saving to %1 (%Ln in all)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Done on %1 (%Ln in all).</source>
        <translation>
            <numerusform>Done on %1 (%Ln in all).</numerusform>
            <numerusform>Done on %1 (%Ln in all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln created</numerusform>
            <numerusform>%Ln created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln saved</source>
        <translation>
            <numerusform>%Ln saved</numerusform>
            <numerusform>%Ln saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln in conflict</source>
        <translation>
            <numerusform>%Ln in conflict</numerusform>
            <numerusform>%Ln in conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln not sent</numerusform>
            <numerusform>%Ln not sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message numerus="yes">
        <location filename="../src/ui/bulk/BundleActions.cpp" line="+109"/>
        <source>Exported %n assistant(s) to %1. It holds tool credentials in clear: keep it private.</source>
        <translation>
            <numerusform>Exported %n assistant to %1. It holds tool credentials in clear: keep it private.</numerusform>
            <numerusform>Exported %n assistants to %1. It holds tool credentials in clear: keep it private.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n assistant(s) to %1.</source>
        <translation>
            <numerusform>Exported %n assistant to %1.</numerusform>
            <numerusform>Exported %n assistants to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesWindow</name>
    <message numerus="yes">
        <location filename="../src/ui/history/ChangesWindow.cpp" line="+147"/>
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n change shown</numerusform>
            <numerusform>%n changes shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApplyRun</name>
    <message numerus="yes">
        <location filename="../src/cli/CliApplyRun.cpp" line="+182"/>
        <source>%1: may have been created, the answer was lost and %n assistant(s) appeared since and were changed afterwards, which may be it (%2); pull before applying again</source>
        <translation>
            <numerusform>%1: may has been created, the answer was lost and %n assistant appeared since and was changed afterwards, which may be it (%2); pull before applying again</numerusform>
            <numerusform>%1: may have been created, the answer was lost and %n assistants appeared since and were changed afterwards, which may be it (%2); pull before applying again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message numerus="yes">
        <location filename="../src/ui/bulk/CompareDialog.cpp" line="+168"/>
        <source>Fields that differ: %n.</source>
        <translation>
            <numerusform>Fields that differ: %n.</numerusform>
            <numerusform>Fields that differ: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message numerus="yes">
        <location filename="../src/ui/DraftKeeper.cpp" line="+93"/>
        <source>%n draft(s) of unsaved edits could not be read (damaged or cut short). They were moved, as they were, to %1: Revox Studio never deletes them.</source>
        <translation>
            <numerusform>%n draft of unsaved edits could not be read (damaged or cut short). It was moved, as it was, to %1: Revox Studio never deletes drafts.</numerusform>
            <numerusform>%n drafts of unsaved edits could not be read (damaged or cut short). They were moved, as they were, to %1: Revox Studio never deletes them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n draft(s) of unsaved edits could not be read, nor moved aside; they were left in %1.</source>
        <translation>
            <numerusform>%n draft of unsaved edits could not be read, nor moved aside; it was left in %1.</numerusform>
            <numerusform>%n drafts of unsaved edits could not be read, nor moved aside; they were left in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Unsaved edits of %n assistant(s) were kept from an earlier session: %1.</source>
        <translation>
            <numerusform>Unsaved edits of %n assistant were kept from an earlier session: %1.</numerusform>
            <numerusform>Unsaved edits of %n assistants were kept from an earlier session: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftRestoreDialog</name>
    <message numerus="yes">
        <location filename="../src/ui/DraftRestoreDialog.cpp" line="+59"/>
        <source>Discard the unsaved edits of %n assistant(s)? They cannot be recovered.</source>
        <translation>
            <numerusform>Discard the unsaved edits of %n assistant? They cannot be recovered.</numerusform>
            <numerusform>Discard the unsaved edits of %n assistants? They cannot be recovered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message numerus="yes">
        <location filename="../src/ui/EditorTabs.cpp" line="+81"/>
        <source>%n assistant(s) with unsaved changes:</source>
        <translation>
            <numerusform>%n assistant has unsaved changes:</numerusform>
            <numerusform>%n assistants have unsaved changes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/ExportCommand.cpp" line="+96"/>
        <source>%n assistant(s) exported to %1</source>
        <translation>
            <numerusform>%n assistant exported to %1</numerusform>
            <numerusform>%n assistants exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FaqPage</name>
    <message numerus="yes">
        <location filename="../src/ui/editor/FaqPage.cpp" line="+192"/>
        <source>%n item(s) need(s) a human answer</source>
        <translation>
            <numerusform>%n item needs a human answer</numerusform>
            <numerusform>%n items need a human answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindAllDialog</name>
    <message numerus="yes">
        <location filename="../src/ui/bulk/FindAllDialog.cpp" line="+200"/>
        <source>Reading the texts of every assistant (%n)…</source>
        <translation>
            <numerusform>Reading the texts of every assistant (%n)…</numerusform>
            <numerusform>Reading the texts of every assistant (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No match in %Ln assistant(s).</source>
        <translation>
            <numerusform>No match in %Ln assistant.</numerusform>
            <numerusform>No match in %Ln assistants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Showing the first %1 of %2, in %Ln assistant(s) of %3.</source>
        <translation>
            <numerusform>Showing the first %1 of %2, in %Ln assistant of %3.</numerusform>
            <numerusform>Showing the first %1 of %2, in %Ln assistants of %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 in %Ln assistant(s) of %2.</source>
        <translation>
            <numerusform>%1 in %Ln assistant of %2.</numerusform>
            <numerusform>%1 in %Ln assistants of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>&amp;Preview Replace (%n)…</source>
        <translation>
            <numerusform>&amp;Preview Replace (%n)…</numerusform>
            <numerusform>&amp;Preview Replace (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderState</name>
    <message numerus="yes">
        <location filename="../src/core/FolderState.cpp" line="+300"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changed here</source>
        <translation>
            <numerusform>%n changed here</numerusform>
            <numerusform>%n changed here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changed on the server</source>
        <translation>
            <numerusform>%n changed on the server</numerusform>
            <numerusform>%n changed on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changed on both</source>
        <translation>
            <numerusform>%n changed on both</numerusform>
            <numerusform>%n changed on both</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new here</source>
        <translation>
            <numerusform>%n new here</numerusform>
            <numerusform>%n new here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new on the server</source>
        <translation>
            <numerusform>%n new on the server</numerusform>
            <numerusform>%n new on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n gone from the server</source>
        <translation>
            <numerusform>%n gone from the server</numerusform>
            <numerusform>%n gone from the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deleted here</source>
        <translation>
            <numerusform>%n deleted here</numerusform>
            <numerusform>%n deleted here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message numerus="yes">
        <location filename="../src/ui/history/HistoryController.cpp" line="+143"/>
        <source>%n change(s) to %1 have an unknown outcome: Revox Studio stopped, or the answer was lost, before the server said whether it made them.</source>
        <translation>
            <numerusform>%n change to %1 has an unknown outcome: Revox Studio stopped, or the answer was lost, before the server said whether it made it.</numerusform>
            <numerusform>%n changes to %1 have an unknown outcome: Revox Studio stopped, or the answer was lost, before the server said whether it made them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%1 (%n assistant(s))</source>
        <translation>
            <numerusform>%1 (%n assistant)</numerusform>
            <numerusform>%1 (%n assistants)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+251"/>
        <source>Reverted %1 of %n assistant(s) of “%2”.</source>
        <translation>
            <numerusform>Reverted %1 of %n assistant of “%2”.</numerusform>
            <numerusform>Reverted %1 of %n assistants of “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n made</source>
        <translation>
            <numerusform>%n made</numerusform>
            <numerusform>%n made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not made</source>
        <translation>
            <numerusform>%n not made</numerusform>
            <numerusform>%n not made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cannot be told</source>
        <translation>
            <numerusform>%n cannot be told</numerusform>
            <numerusform>%n cannot be told</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Checking %n change(s) against the server…</source>
        <translation>
            <numerusform>Checking %n change against the server…</numerusform>
            <numerusform>Checking %n changes against the server…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>The journal keeps changes for %n day(s) or the newest %1, whichever keeps more</source>
        <translation>
            <numerusform>The journal keeps changes for %n day or the newest %1, whichever keeps more</numerusform>
            <numerusform>The journal keeps changes for %n days or the newest %1, whichever keeps more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n older change(s) went.</source>
        <translation>
            <numerusform>%n older change went.</numerusform>
            <numerusform>%n older changes went.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <location filename="../src/ui/history/HistoryPage.cpp" line="+90"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/ImportCommand.cpp" line="+182"/>
        <source>import %n assistant(s)</source>
        <translation>
            <numerusform>import %n assistant</numerusform>
            <numerusform>import %n assistants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOptionsPage</name>
    <message numerus="yes">
        <location filename="../src/ui/bulk/ImportOptionsPage.cpp" line="+36"/>
        <source>%1 holds %n assistant(s). Nothing is sent before the next step, which shows what each one would get.</source>
        <translation>
            <numerusform>%1 holds %n assistant. Nothing is sent before the next step, which shows what each one would get.</numerusform>
            <numerusform>%1 holds %n assistants. Nothing is sent before the next step, which shows what each one would get.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n name(s) in the file are taken here.</source>
        <translation>
            <numerusform>%n name in the file is taken here.</numerusform>
            <numerusform>%n names in the file are taken here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalStore</name>
    <message numerus="yes">
        <location filename="../src/journal/JournalStore.cpp" line="+581"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListStatus</name>
    <message numerus="yes">
        <location filename="../src/ui/ListStatus.cpp" line="+100"/>
        <source>%Ln assistant(s)</source>
        <translation>
            <numerusform>%Ln assistant</numerusform>
            <numerusform>%Ln assistants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/ui/MainWindow.cpp" line="+425"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneNumbersPanel</name>
    <message numerus="yes">
        <location filename="../src/ui/editor/PhoneNumbersPanel.cpp" line="+116"/>
        <source>Inbound calls to %n number(s) reach this assistant: %1.</source>
        <translation>
            <numerusform>Inbound calls to %n number reach this assistant: %1.</numerusform>
            <numerusform>Inbound calls to %n numbers reach this assistant: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductionConfirmDialog</name>
    <message numerus="yes">
        <location filename="../src/ui/bulk/ProductionConfirmDialog.cpp" line="+21"/>
        <source>&lt;p&gt;You are about to change the ticked assistants — &lt;b&gt;%n in all&lt;/b&gt; — on the production connection &lt;b&gt;%1&lt;/b&gt;. Calls that use them will follow the new settings at once.&lt;/p&gt;&lt;p&gt;Type the connection&apos;s name to go on.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;You are about to change the ticked assistants — &lt;b&gt;%n in all&lt;/b&gt; — on the production connection &lt;b&gt;%1&lt;/b&gt;. Calls that use them will follow the new settings at once.&lt;/p&gt;&lt;p&gt;Type the connection&apos;s name to go on.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;You are about to change the ticked assistants — &lt;b&gt;%n in all&lt;/b&gt; — on the production connection &lt;b&gt;%1&lt;/b&gt;. Calls that use them will follow the new settings at once.&lt;/p&gt;&lt;p&gt;Type the connection&apos;s name to go on.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Apply (%n)</source>
        <translation>
            <numerusform>Apply (%n)</numerusform>
            <numerusform>Apply (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PullCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/PullCommand.cpp" line="+254"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n kept with your changes</source>
        <translation>
            <numerusform>%n kept with your changes</numerusform>
            <numerusform>%n kept with your changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <location filename="../src/ui/history/RetentionDialog.cpp" line="+24"/>
        <source>The journal keeps a change while it is younger than the days below, or while it is among the newest entries below: whichever keeps more. It holds %Ln change(s) now.</source>
        <translation>
            <numerusform>The journal keeps a change while it is younger than the days below, or while it is among the newest entries below: whichever keeps more. It holds %Ln change now.</numerusform>
            <numerusform>The journal keeps a change while it is younger than the days below, or while it is among the newest entries below: whichever keeps more. It holds %Ln changes now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> change(s)</source>
        <translation>
            <numerusform> change</numerusform>
            <numerusform> changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxDelivery</name>
    <message numerus="yes">
        <location filename="../src/sandbox/SandboxDelivery.cpp" line="+64"/>
        <source>try again in %n millisecond(s)</source>
        <translation>
            <numerusform>try again in %n millisecond</numerusform>
            <numerusform>try again in %n milliseconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>try again in %n second(s)</source>
        <translation>
            <numerusform>try again in %n second</numerusform>
            <numerusform>try again in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveCoordinator</name>
    <message numerus="yes">
        <location filename="../src/ui/SaveCoordinator.cpp" line="+55"/>
        <source>The server may have created it before the answer was lost, and someone may have changed it since: %n assistant(s) appeared meanwhile and were changed afterwards (%1). Look at them in the list; press Create again to create it all the same.</source>
        <translation>
            <numerusform>The server may has created it before the answer was lost, and someone may has changed it since: %n assistant appeared meanwhile and was changed afterwards (%1). Look at it in the list; press Create again to create it all the same.</numerusform>
            <numerusform>The server may have created it before the answer was lost, and someone may have changed it since: %n assistants appeared meanwhile and were changed afterwards (%1). Look at them in the list; press Create again to create it all the same.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/StatusCommand.cpp" line="+87"/>
        <source>%n assistant(s): </source>
        <translation>
            <numerusform>%n assistant: </numerusform>
            <numerusform>%n assistants: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestCallDialog</name>
    <message numerus="yes">
        <location filename="../src/ui/TestCallDialog.cpp" line="+108"/>
        <source>The call could not be read (%1). Trying again in %n second(s)…</source>
        <translation>
            <numerusform>The call could not be read (%1). Trying again in %n second…</numerusform>
            <numerusform>The call could not be read (%1). Trying again in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestCalls</name>
    <message numerus="yes">
        <location filename="../src/ui/TestCalls.cpp" line="+82"/>
        <source>%n test call(s) still running.</source>
        <translation>
            <numerusform>%n test call still running.</numerusform>
            <numerusform>%n test calls still running.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextPattern</name>
    <message numerus="yes">
        <location filename="../src/core/TextPattern.cpp" line="+117"/>
        <source>The replacement refers to group %1, but the regular expression has only %n.</source>
        <translation>
            <numerusform>The replacement refers to group %1, but the regular expression has only %n.</numerusform>
            <numerusform>The replacement refers to group %1, but the regular expression has only %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/ValidateCommand.cpp" line="+74"/>
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n file checked</numerusform>
            <numerusform>%n files checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <location filename="../src/studio/main.cpp" line="+122"/>
        <source>%n assistant(s) listed.</source>
        <translation>
            <numerusform>%n assistant listed.</numerusform>
            <numerusform>%n assistants listed.</numerusform>
        </translation>
    </message>
</context>
</TS>
