<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdvancedPage</name>
    <message numerus="yes">
        <location filename="../src/ui/editor/AdvancedPage.cpp" line="+71"/>
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
        <location filename="../src/core/ApiError.cpp" line="+260"/>
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
    <name>AssistantEditor</name>
    <message numerus="yes">
        <location filename="../src/ui/editor/AssistantEditor.cpp" line="+596"/>
        <source>%n field(s) changed, not saved yet.</source>
        <translation>
            <numerusform>%n field changed, not saved yet.</numerusform>
            <numerusform>%n fields changed, not saved yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+129"/>
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
    <name>DraftKeeper</name>
    <message numerus="yes">
        <location filename="../src/ui/DraftKeeper.cpp" line="+119"/>
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
        <location filename="../src/ui/EditorTabs.cpp" line="+80"/>
        <source>%n assistant(s) with unsaved changes:</source>
        <translation>
            <numerusform>%n assistant has unsaved changes:</numerusform>
            <numerusform>%n assistants have unsaved changes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FaqPage</name>
    <message numerus="yes">
        <location filename="../src/ui/editor/FaqPage.cpp" line="+190"/>
        <source>%n item(s) need(s) a human answer</source>
        <translation>
            <numerusform>%n item needs a human answer</numerusform>
            <numerusform>%n items need a human answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/ui/MainWindow.cpp" line="+473"/>
        <source>%Ln assistant(s)</source>
        <translation>
            <numerusform>%Ln assistant</numerusform>
            <numerusform>%Ln assistants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxDelivery</name>
    <message numerus="yes">
        <location filename="../src/sandbox/SandboxDelivery.cpp" line="+62"/>
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
    <name>main</name>
    <message numerus="yes">
        <location filename="../src/studio/main.cpp" line="+117"/>
        <source>%n assistant(s) listed.</source>
        <translation>
            <numerusform>%n assistant listed.</numerusform>
            <numerusform>%n assistants listed.</numerusform>
        </translation>
    </message>
</context>
</TS>
