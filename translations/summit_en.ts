<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FollowUpChange</name>
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
