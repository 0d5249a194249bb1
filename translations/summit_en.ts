<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>GapAnalysis</name>
    <message numerus="yes">
        <source>%1 (economic buyer) has not been contacted for %n day(s).</source>
        <translation><numerusform>%1 (economic buyer) has not been contacted for %n day.</numerusform><numerusform>%1 (economic buyer) has not been contacted for %n days.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No contact has been engaged in the last %n day(s).</source>
        <translation><numerusform>No contact has been engaged in the last %n day.</numerusform><numerusform>No contact has been engaged in the last %n days.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Only %1 has been engaged in the last %n day(s); the relationship hangs on one person.</source>
        <translation><numerusform>Only %1 has been engaged in the last %n day; the relationship hangs on one person.</numerusform><numerusform>Only %1 has been engaged in the last %n days; the relationship hangs on one person.</numerusform></translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message numerus="yes">
        <source>Key person not contacted for over %n day(s)</source>
        <translation><numerusform>Key person not contacted for over %n day</numerusform><numerusform>Key person not contacted for over %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>summit::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation><numerusform>%n account</numerusform><numerusform>%n accounts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
</context>
</TS>
