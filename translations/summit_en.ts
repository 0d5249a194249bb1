<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Delete %n records</source>
        <translation>
            <numerusform>Delete %n record</numerusform>
            <numerusform>Delete %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n records</source>
        <translation>
            <numerusform>Restore %n record</numerusform>
            <numerusform>Restore %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log follow-up with %1 and %n other(s)</source>
        <translation>
            <numerusform>Log follow-up with %1 and %n other</numerusform>
            <numerusform>Log follow-up with %1 and %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapAnalysis</name>
    <message numerus="yes">
        <source>%1 (economic buyer) has not been contacted for %n day(s).</source>
        <translation>
            <numerusform>%1 (economic buyer) has not been contacted for %n day.</numerusform>
            <numerusform>%1 (economic buyer) has not been contacted for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact has been engaged in the last %n day(s).</source>
        <translation>
            <numerusform>No contact has been engaged in the last %n day.</numerusform>
            <numerusform>No contact has been engaged in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 has been engaged in the last %n day(s); the relationship hangs on one person.</source>
        <translation>
            <numerusform>Only %1 has been engaged in the last %n day; the relationship hangs on one person.</numerusform>
            <numerusform>Only %1 has been engaged in the last %n days; the relationship hangs on one person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message numerus="yes">
        <source>Key person not contacted for over %n day(s)</source>
        <translation>
            <numerusform>Key person not contacted for over %n day</numerusform>
            <numerusform>Key person not contacted for over %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapItems</name>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n hidden</numerusform>
            <numerusform>%n hidden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>summit::GitSyncWorker</name>
    <message numerus="yes">
        <source>It holds the changes of %n devices.</source>
        <translation>
            <numerusform>It holds the changes of %n device.</numerusform>
            <numerusform>It holds the changes of %n devices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s).</source>
        <translation>
            <numerusform>Sent %n change.</numerusform>
            <numerusform>Sent %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n change(s).</source>
        <translation>
            <numerusform>Received %n change.</numerusform>
            <numerusform>Received %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The repository holds no Summit data, but %n other branches: it may belong to something else. The first sync would add Summit&apos;s branches beside them; choose the team&apos;s own repository if you are not sure.</source>
        <translation>
            <numerusform>The repository holds no Summit data, but %n other branch: it may belong to something else. The first sync would add Summit&apos;s branches beside it; choose the team&apos;s own repository if you are not sure.</numerusform>
            <numerusform>The repository holds no Summit data, but %n other branches: it may belong to something else. The first sync would add Summit&apos;s branches beside them; choose the team&apos;s own repository if you are not sure.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>summit::ui::AccountContactsTab</name>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contacts</source>
        <translation>
            <numerusform>%1 of %n contact</numerusform>
            <numerusform>%1 of %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>summit::ui::AccountFollowUpsTab</name>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>summit::ui::AccountListView</name>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>summit::ui::AccountOrgTab</name>
    <message numerus="yes">
        <source>Contacts of %1 (%n)</source>
        <translation>
            <numerusform>Contacts of %1 (%n)</numerusform>
            <numerusform>Contacts of %1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>summit::ui::AccountOverviewTab</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n open opportunities</source>
        <translation>
            <numerusform>%1 in %n open opportunity</numerusform>
            <numerusform>%1 in %n open opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n left the company)</source>
        <translation>
            <numerusform>%1 (%n left the company)</numerusform>
            <numerusform>%1 (%n left the company)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>summit::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>summit::ui::MapTimeBar</name>
    <message numerus="yes">
        <source>%n change(s) since %1:</source>
        <translation>
            <numerusform>%n change since %1:</numerusform>
            <numerusform>%n changes since %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>summit::ui::SyncSettingsPage</name>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>summit::ui::SyncStatusIndicator</name>
    <message numerus="yes">
        <source>%n changes not yet shared</source>
        <translation>
            <numerusform>%n change not yet shared</numerusform>
            <numerusform>%n changes not yet shared</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>summit::ui::TodayView</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the last 7 days</source>
        <translation>
            <numerusform>%n change in the last 7 days</numerusform>
            <numerusform>%n changes in the last 7 days</numerusform>
        </translation>
    </message>
</context>
</TS>
