<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunities</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would change %n records.</source>
        <translation>
            <numerusform>Would change %n record.</numerusform>
            <numerusform>Would change %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %n records.</source>
        <translation>
            <numerusform>Changed %n record.</numerusform>
            <numerusform>Changed %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to %1</source>
        <translation>
            <numerusform>Wrote %n row to %1</numerusform>
            <numerusform>Wrote %n rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed in the last 12 months: %1 (%n contract(s))</source>
        <translation>
            <numerusform>Signed in the last 12 months: %1 (%n contract)</numerusform>
            <numerusform>Signed in the last 12 months: %1 (%n contracts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue: %n receivable(s), %1 missing, the oldest %2 days late</source>
        <translation>
            <numerusform>Overdue: %n receivable, %1 missing, the oldest %2 days late</numerusform>
            <numerusform>Overdue: %n receivables, %1 missing, the oldest %2 days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewals due in 90 days: %n contract(s), %1</source>
        <translation>
            <numerusform>Renewals due in 90 days: %n contract, %1</numerusform>
            <numerusform>Renewals due in 90 days: %n contracts, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) to review; summit-cli tier accept ID takes the computed tier.</source>
        <translation>
            <numerusform>%n account to review; summit-cli tier accept ID takes the computed tier.</numerusform>
            <numerusform>%n accounts to review; summit-cli tier accept ID takes the computed tier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n task(s); %1 were there already.</source>
        <translation>
            <numerusform>Made %n task; %1 were there already.</numerusform>
            <numerusform>Made %n tasks; %1 were there already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would make %n task(s); %1 are there already. Nothing was written.</source>
        <translation>
            <numerusform>Would make %n task; %1 are there already. Nothing was written.</numerusform>
            <numerusform>Would make %n tasks; %1 are there already. Nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started: %n task(s) made.</source>
        <translation>
            <numerusform>Started: %n task made.</numerusform>
            <numerusform>Started: %n tasks made.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>The clock of device %1 is %n minute(s) ahead of this computer&apos;s. Its changes are accepted, but one of the two clocks is wrong.</source>
        <translation>
            <numerusform>The clock of device %1 is %n minute ahead of this computer&apos;s. Its changes are accepted, but one of the two clocks is wrong.</numerusform>
            <numerusform>The clock of device %1 is %n minutes ahead of this computer&apos;s. Its changes are accepted, but one of the two clocks is wrong.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>summit::app</name>
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
    <message numerus="yes">
        <source>Summit is already running but did not answer within %n second(s).</source>
        <translation>
            <numerusform>Summit is already running but did not answer within %n second.</numerusform>
            <numerusform>Summit is already running but did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>summit::core</name>
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
    <message numerus="yes">
        <source>%1 still holds %n accounts, tasks or deals; hand them over with &quot;Mark as left&quot; (member leave) instead.</source>
        <translation>
            <numerusform>%1 still holds %n account, task or deal; hand them over with &quot;Mark as left&quot; (member leave) instead.</numerusform>
            <numerusform>%1 still holds %n accounts, tasks or deals; hand them over with &quot;Mark as left&quot; (member leave) instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %1 of %n records (%2)</source>
        <translation>
            <numerusform>Edit %1 of %n record (%2)</numerusform>
            <numerusform>Edit %1 of %n records (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n records (%1)</source>
        <translation>
            <numerusform>Edit %n record (%1)</numerusform>
            <numerusform>Edit %n records (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Successor: %1 still holds %n accounts, tasks or deals; name who takes them over.</source>
        <translation>
            <numerusform>Successor: %1 still holds %n account, task or deal; name who takes them over.</numerusform>
            <numerusform>Successor: %1 still holds %n accounts, tasks or deals; name who takes them over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
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
    <message numerus="yes">
        <source>%n org units</source>
        <translation>
            <numerusform>%n org unit</numerusform>
            <numerusform>%n org units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunities</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-units move up to the parent unit</source>
        <translation>
            <numerusform>%n sub-unit moves up to the parent unit</numerusform>
            <numerusform>%n sub-units move up to the parent unit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people move up to the parent unit</source>
        <translation>
            <numerusform>%n person moves up to the parent unit</numerusform>
            <numerusform>%n people move up to the parent unit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people who reported to them now report to their manager</source>
        <translation>
            <numerusform>%n person who reported to them now reports to their manager</numerusform>
            <numerusform>%n people who reported to them now report to their manager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out with errors</source>
        <translation>
            <numerusform>%n left out with errors</numerusform>
            <numerusform>%n left out with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n with errors</numerusform>
            <numerusform>%n with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n records the rows imply (groups, head offices)</source>
        <translation>
            <numerusform>and %n record the rows imply (groups, head offices)</numerusform>
            <numerusform>and %n records the rows imply (groups, head offices)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n rows have errors.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has errors.</numerusform>
            <numerusform>Nothing was imported: %n rows have errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A mobile number has 11 digits; this one has %n.</source>
        <translation>
            <numerusform>A mobile number has 11 digits; this one has %n.</numerusform>
            <numerusform>A mobile number has 11 digits; this one has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A 400 or 800 number has 10 digits; this one has %n.</source>
        <translation>
            <numerusform>A 400 or 800 number has 10 digits; this one has %n.</numerusform>
            <numerusform>A 400 or 800 number has 10 digits; this one has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A credit code has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>A credit code has 18 characters; this one has %n.</numerusform>
            <numerusform>A credit code has 18 characters; this one has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An email address has one @ sign; this one has %n.</source>
        <translation>
            <numerusform>An email address has one @ sign; this one has %n.</numerusform>
            <numerusform>An email address has one @ sign; this one has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) past the expected close date</source>
        <translation>
            <numerusform>%n open deal past the expected close date</numerusform>
            <numerusform>%n open deals past the expected close date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never followed up (tier %1 asks for one every %n day(s))</source>
        <translation>
            <numerusform>Never followed up (tier %1 asks for one every %n day)</numerusform>
            <numerusform>Never followed up (tier %1 asks for one every %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No follow-up for %1 days (tier %2 asks for one every %n day(s))</source>
        <translation>
            <numerusform>No follow-up for %1 days (tier %2 asks for one every %n day)</numerusform>
            <numerusform>No follow-up for %1 days (tier %2 asks for one every %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups in the last %n day(s)</source>
        <translation>
            <numerusform>Follow-ups in the last %n day</numerusform>
            <numerusform>Follow-ups in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) in the last 3 months (%1 points)</source>
        <translation>
            <numerusform>%n interaction in the last 3 months (%1 points)</numerusform>
            <numerusform>%n interactions in the last 3 months (%1 points)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tier %1 expects one every %n day(s)</source>
        <translation>
            <numerusform>tier %1 expects one every %n day</numerusform>
            <numerusform>tier %1 expects one every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last follow-up %n day(s) ago; %1.</source>
        <translation>
            <numerusform>Last follow-up %n day ago; %1.</numerusform>
            <numerusform>Last follow-up %n days ago; %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receivable(s) overdue, %1 outstanding, the longest %2 days.</source>
        <translation>
            <numerusform>%n receivable overdue, %1 outstanding, the longest %2 days.</numerusform>
            <numerusform>%n receivables overdue, %1 outstanding, the longest %2 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) end within 90 days without a renewal; an opportunity is open.</source>
        <translation>
            <numerusform>%n contract ends within 90 days without a renewal; an opportunity is open.</numerusform>
            <numerusform>%n contracts end within 90 days without a renewal; an opportunity is open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) end within 90 days with no renewal and no open opportunity.</source>
        <translation>
            <numerusform>%n contract ends within 90 days with no renewal and no open opportunity.</numerusform>
            <numerusform>%n contracts end within 90 days with no renewal and no open opportunity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n severe request(s) open.</source>
        <translation>
            <numerusform>%n severe request open.</numerusform>
            <numerusform>%n severe requests open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow up with %1: no follow-up for more than %n day(s)</source>
        <translation>
            <numerusform>Follow up with %1: no follow-up for more than %n day</numerusform>
            <numerusform>Follow up with %1: no follow-up for more than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last follow-up on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Last follow-up on %1, %n day ago.</numerusform>
            <numerusform>Last follow-up on %1, %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was due on %2, %n day(s) ago.</source>
        <translation>
            <numerusform>%1 was due on %2, %n day ago.</numerusform>
            <numerusform>%1 was due on %2, %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has been in %2 since %3, %n day(s).</source>
        <translation>
            <numerusform>%1 has been in %2 since %3, %n day.</numerusform>
            <numerusform>%1 has been in %2 since %3, %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open since %1, %n hour(s).</source>
        <translation>
            <numerusform>Open since %1, %n hour.</numerusform>
            <numerusform>Open since %1, %n hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has had no follow-up for more than %n day(s)</source>
        <translation>
            <numerusform>%1 has had no follow-up for more than %n day</numerusform>
            <numerusform>%1 has had no follow-up for more than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a contract of %1 ends within %n day(s) and no contract or open opportunity renews it</source>
        <translation>
            <numerusform>a contract of %1 ends within %n day and no contract or open opportunity renews it</numerusform>
            <numerusform>a contract of %1 ends within %n days and no contract or open opportunity renews it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a payment from %1 is overdue by more than %n day(s)</source>
        <translation>
            <numerusform>a payment from %1 is overdue by more than %n day</numerusform>
            <numerusform>a payment from %1 is overdue by more than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an opportunity of %1 has been in one stage for more than %n day(s)</source>
        <translation>
            <numerusform>an opportunity of %1 has been in one stage for more than %n day</numerusform>
            <numerusform>an opportunity of %1 has been in one stage for more than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a high or critical service request of %1 has been open for more than %n hour(s)</source>
        <translation>
            <numerusform>a high or critical service request of %1 has been open for more than %n hour</numerusform>
            <numerusform>a high or critical service request of %1 has been open for more than %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due within %n hour(s)</source>
        <translation>
            <numerusform>due within %n hour</numerusform>
            <numerusform>due within %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due within %n workday(s)</source>
        <translation>
            <numerusform>due within %n workday</numerusform>
            <numerusform>due within %n workdays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; still open %n day(s) after it is due, a task for the team lead</source>
        <translation>
            <numerusform>%1; still open %n day after it is due, a task for the team lead</numerusform>
            <numerusform>%1; still open %n days after it is due, a task for the team lead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open since %1, %n day(s).</source>
        <translation>
            <numerusform>Open since %1, %n day.</numerusform>
            <numerusform>Open since %1, %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rules and playbooks made %n task(s)</source>
        <translation>
            <numerusform>Rules and playbooks made %n task</numerusform>
            <numerusform>Rules and playbooks made %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workday(s)</source>
        <translation>
            <numerusform>%n workday</numerusform>
            <numerusform>%n workdays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>summit::render</name>
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
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups, last %n day(s)</source>
        <translation>
            <numerusform>Follow-ups, last %n day</numerusform>
            <numerusform>Follow-ups, last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups of the last %n day(s)</source>
        <translation>
            <numerusform>Follow-ups of the last %n day</numerusform>
            <numerusform>Follow-ups of the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No follow-ups in the last %n day(s).</source>
        <translation>
            <numerusform>No follow-ups in the last %n day.</numerusform>
            <numerusform>No follow-ups in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quiet for %n day(s) or more</source>
        <translation>
            <numerusform>Quiet for %n day or more</numerusform>
            <numerusform>Quiet for %n days or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accounts gone quiet (no follow-up in %n day(s))</source>
        <translation>
            <numerusform>Accounts gone quiet (no follow-up in %n day)</numerusform>
            <numerusform>Accounts gone quiet (no follow-up in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every account had a follow-up in the last %n day(s).</source>
        <translation>
            <numerusform>Every account had a follow-up in the last %n day.</numerusform>
            <numerusform>Every account had a follow-up in the last %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>summit::ui</name>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n hidden</numerusform>
            <numerusform>%n hidden</numerusform>
        </translation>
    </message>
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
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts of %1 (%n)</source>
        <translation>
            <numerusform>Contacts of %1 (%n)</numerusform>
            <numerusform>Contacts of %1 (%n)</numerusform>
        </translation>
    </message>
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
    <message numerus="yes">
        <source>%n change(s) since %1:</source>
        <translation>
            <numerusform>%n change since %1:</numerusform>
            <numerusform>%n changes since %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes not yet shared</source>
        <translation>
            <numerusform>%n change not yet shared</numerusform>
            <numerusform>%n changes not yet shared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active members</source>
        <translation>
            <numerusform>%n active member</numerusform>
            <numerusform>%n active members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open tasks</source>
        <translation>
            <numerusform>%n open task</numerusform>
            <numerusform>%n open tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deals</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
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
    <message numerus="yes">
        <source>Change %n selected records</source>
        <translation>
            <numerusform>Change %n selected record</numerusform>
            <numerusform>Change %n selected records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n records</source>
        <translation>
            <numerusform>&amp;Apply to %n record</numerusform>
            <numerusform>&amp;Apply to %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sets one field of the %n selected records to the same value. This is one change: Undo (Ctrl+Z) puts every record back.</source>
        <translation>
            <numerusform>Sets one field of the %n selected record to the same value. This is one change: Undo (Ctrl+Z) puts every record back.</numerusform>
            <numerusform>Sets one field of the %n selected records to the same value. This is one change: Undo (Ctrl+Z) puts every record back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %n records to %2?</source>
        <translation>
            <numerusform>Set %1 of %n record to %2?</numerusform>
            <numerusform>Set %1 of %n records to %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n records?</source>
        <translation>
            <numerusform>Delete %n record?</numerusform>
            <numerusform>Delete %n records?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the team knows %2 of %n contact(s)</source>
        <translation>
            <numerusform>%1: the team knows %2 of %n contact</numerusform>
            <numerusform>%1: the team knows %2 of %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won</source>
        <translation>
            <numerusform>%n won</numerusform>
            <numerusform>%n won</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost</source>
        <translation>
            <numerusform>%n lost</numerusform>
            <numerusform>%n lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s); weighted by probability: %1</source>
        <translation>
            <numerusform>%n deal; weighted by probability: %1</numerusform>
            <numerusform>%n deals; weighted by probability: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s), %1</source>
        <translation>
            <numerusform>%n open deal, %1</numerusform>
            <numerusform>%n open deals, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an amount</source>
        <translation>
            <numerusform>%n without an amount</numerusform>
            <numerusform>%n without an amount</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in another currency (not added)</source>
        <translation>
            <numerusform>%n in another currency (not added)</numerusform>
            <numerusform>%n in another currency (not added)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n open deal(s), %2, weighted %3</source>
        <translation>
            <numerusform>%1: %n open deal, %2, weighted %3</numerusform>
            <numerusform>%1: %n open deals, %2, weighted %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n %2</source>
        <translation>
            <numerusform>Week of %1: %n %2</numerusform>
            <numerusform>Week of %1: %n %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s); click to list them</source>
        <translation>
            <numerusform>%n account; click to list them</numerusform>
            <numerusform>%n accounts; click to list them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the dashboard: %1 (%n record(s))</source>
        <translation>
            <numerusform>From the dashboard: %1 (%n record)</numerusform>
            <numerusform>From the dashboard: %1 (%n records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n contract(s)</source>
        <translation>
            <numerusform>%1 in %n contract</numerusform>
            <numerusform>%1 in %n contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n receivable(s), the oldest %2 days late</source>
        <translation>
            <numerusform>%1 in %n receivable, the oldest %2 days late</numerusform>
            <numerusform>%1 in %n receivables, the oldest %2 days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s), %1</source>
        <translation>
            <numerusform>%n contract, %1</numerusform>
            <numerusform>%n contracts, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, of them %n severe</source>
        <translation>
            <numerusform>%1, of them %n severe</numerusform>
            <numerusform>%1, of them %n severe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) end without a renewal</source>
        <translation>
            <numerusform>%n contract ends without a renewal</numerusform>
            <numerusform>%n contracts end without a renewal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue; %1 more due in 90 days</source>
        <translation>
            <numerusform>%n overdue; %1 more due in 90 days</numerusform>
            <numerusform>%n overdue; %1 more due in 90 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people: the map opens on the %1 key people and the managers above them. Untick “Key people only” to see everyone.</source>
        <translation>
            <numerusform>%n person: the map opens on the %1 key people and the managers above them. Untick “Key people only” to see everyone.</numerusform>
            <numerusform>%n people: the map opens on the %1 key people and the managers above them. Untick “Key people only” to see everyone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paid %n day(s) late</source>
        <translation>
            <numerusform>paid %n day late</numerusform>
            <numerusform>paid %n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) have a tier other than the computed one. Accept the computed tier, or keep the tier set by hand with its reason.</source>
        <translation>
            <numerusform>%n account has a tier other than the computed one. Accept the computed tier, or keep the tier set by hand with its reason.</numerusform>
            <numerusform>%n accounts have a tier other than the computed one. Accept the computed tier, or keep the tier set by hand with its reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n healthy</source>
        <translation>
            <numerusform>%n healthy</numerusform>
            <numerusform>%n healthy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifecycle stage: %1, %n day(s) since %2</source>
        <translation>
            <numerusform>Lifecycle stage: %1, %n day since %2</numerusform>
            <numerusform>Lifecycle stage: %1, %n days since %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %n record(s) in the period.</source>
        <translation>
            <numerusform>From %n record in the period.</numerusform>
            <numerusform>From %n records in the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) signed in the last 12 months by %1 or a unit below it</source>
        <translation>
            <numerusform>%n contract signed in the last 12 months by %1 or a unit below it</numerusform>
            <numerusform>%n contracts signed in the last 12 months by %1 or a unit below it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) with people of %1 or a unit below it in the buying center</source>
        <translation>
            <numerusform>%n open deal with people of %1 or a unit below it in the buying center</numerusform>
            <numerusform>%n open deals with people of %1 or a unit below it in the buying center</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rules made %n task(s).</source>
        <translation>
            <numerusform>Rules made %n task.</numerusform>
            <numerusform>Rules made %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) are broken and were skipped; see Team › Rules.</source>
        <translation>
            <numerusform>%n rule is broken and was skipped; see Team › Rules.</numerusform>
            <numerusform>%n rules are broken and were skipped; see Team › Rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) now due</source>
        <translation>
            <numerusform>%n task now due</numerusform>
            <numerusform>%n tasks now due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today the rule would make %n task(s).</source>
        <translation>
            <numerusform>Today the rule would make %n task.</numerusform>
            <numerusform>Today the rule would make %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more are there already (made before, done or deleted) and would not be made again.</source>
        <translation>
            <numerusform>%n more is there already (made before, done or deleted) and would not be made again.</numerusform>
            <numerusform>%n more are there already (made before, done or deleted) and would not be made again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due today or overdue (%1 overdue)</source>
        <translation>
            <numerusform>%n task due today or overdue (%1 overdue)</numerusform>
            <numerusform>%n tasks due today or overdue (%1 overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due today</source>
        <translation>
            <numerusform>%n task due today</numerusform>
            <numerusform>%n tasks due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n playbook(s) running</source>
        <translation>
            <numerusform>%n playbook running</numerusform>
            <numerusform>%n playbooks running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) late</source>
        <translation>
            <numerusform>%n step late</numerusform>
            <numerusform>%n steps late</numerusform>
        </translation>
    </message>
</context>
</TS>
