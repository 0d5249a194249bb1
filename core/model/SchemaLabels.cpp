// The words of the schema: labels of record types, fields and choices, in
// English, translated through CoreText (Schema.h declares them).
#include "CoreText.h"
#include "model/Schema.h"

#include <QCoreApplication>
#include <QTranslator>

namespace summit::model {

namespace {
// The untranslated label of an enum key, or null.
const char* enumSource(QStringView field, QStringView key)
{
    struct Label
    {
        const char* field;
        const char* key;
        const char* text;
    };
    static const Label labels[] = {
        {"role", "account_manager", QT_TRANSLATE_NOOP("summit::core", "Account manager")},
        {"role", "solution_architect", QT_TRANSLATE_NOOP("summit::core", "Solution architect")},
        {"role", "delivery_expert", QT_TRANSLATE_NOOP("summit::core", "Delivery expert")},
        {"role", "team_lead", QT_TRANSLATE_NOOP("summit::core", "Team lead")},
        {"role", "admin", QT_TRANSLATE_NOOP("summit::core", "Administrator")},
        {"scale", "small", QT_TRANSLATE_NOOP("summit::core", "Small")},
        {"scale", "medium", QT_TRANSLATE_NOOP("summit::core", "Mid-sized")},
        {"scale", "large", QT_TRANSLATE_NOOP("summit::core", "Large")},
        {"scale", "giant", QT_TRANSLATE_NOOP("summit::core", "Giant")},
        {"potential", "low", QT_TRANSLATE_NOOP("summit::core", "Low")},
        {"potential", "medium", QT_TRANSLATE_NOOP("summit::core", "Medium")},
        {"potential", "high", QT_TRANSLATE_NOOP("summit::core", "High")},
        {"stage", "lead", QT_TRANSLATE_NOOP("summit::core", "Lead")},
        {"stage", "nurturing", QT_TRANSLATE_NOOP("summit::core", "Nurturing")},
        {"stage", "opportunity", QT_TRANSLATE_NOOP("summit::core", "Opportunity")},
        {"stage", "closing", QT_TRANSLATE_NOOP("summit::core", "Closing")},
        {"stage", "onboarding", QT_TRANSLATE_NOOP("summit::core", "Onboarding")},
        {"stage", "service", QT_TRANSLATE_NOOP("summit::core", "Service")},
        {"stage", "expansion", QT_TRANSLATE_NOOP("summit::core", "Expansion / renewal")},
        {"stage", "advocacy", QT_TRANSLATE_NOOP("summit::core", "Advocacy")},
        {"stage", "qualify", QT_TRANSLATE_NOOP("summit::core", "Qualify")},
        {"stage", "develop", QT_TRANSLATE_NOOP("summit::core", "Develop")},
        {"stage", "propose", QT_TRANSLATE_NOOP("summit::core", "Propose")},
        {"stage", "negotiate", QT_TRANSLATE_NOOP("summit::core", "Negotiate")},
        {"stage", "commit", QT_TRANSLATE_NOOP("summit::core", "Commit")},
        {"kind", "group_hq", QT_TRANSLATE_NOOP("summit::core", "Group HQ")},
        {"kind", "division", QT_TRANSLATE_NOOP("summit::core", "Division")},
        {"kind", "region", QT_TRANSLATE_NOOP("summit::core", "Region")},
        {"kind", "subsidiary", QT_TRANSLATE_NOOP("summit::core", "Subsidiary")},
        {"kind", "plant", QT_TRANSLATE_NOOP("summit::core", "Plant")},
        {"kind", "department", QT_TRANSLATE_NOOP("summit::core", "Department")},
        {"kind", "influences", QT_TRANSLATE_NOOP("summit::core", "Influences")},
        {"kind", "trusts", QT_TRANSLATE_NOOP("summit::core", "Trusts")},
        {"kind", "mentors", QT_TRANSLATE_NOOP("summit::core", "Mentors")},
        {"kind", "rivals", QT_TRANSLATE_NOOP("summit::core", "Rivals")},
        {"decision_role", "economic_buyer", QT_TRANSLATE_NOOP("summit::core", "Economic buyer")},
        {"decision_role", "technical_buyer", QT_TRANSLATE_NOOP("summit::core", "Technical buyer")},
        {"decision_role", "financial_approver", QT_TRANSLATE_NOOP("summit::core", "Financial approver")},
        {"decision_role", "user_buyer", QT_TRANSLATE_NOOP("summit::core", "User buyer")},
        {"decision_role", "influencer", QT_TRANSLATE_NOOP("summit::core", "Influencer")},
        {"decision_role", "champion", QT_TRANSLATE_NOOP("summit::core", "Champion / coach")},
        {"decision_role", "gatekeeper", QT_TRANSLATE_NOOP("summit::core", "Gatekeeper")},
        {"decision_role", "blocker", QT_TRANSLATE_NOOP("summit::core", "Blocker")},
        {"stance", "champion", QT_TRANSLATE_NOOP("summit::core", "Champion")},
        {"stance", "supporter", QT_TRANSLATE_NOOP("summit::core", "Supporter")},
        {"stance", "neutral", QT_TRANSLATE_NOOP("summit::core", "Neutral")},
        {"stance", "skeptic", QT_TRANSLATE_NOOP("summit::core", "Skeptic")},
        {"stance", "opponent", QT_TRANSLATE_NOOP("summit::core", "Opponent")},
        {"stance", "unknown", QT_TRANSLATE_NOOP("summit::core", "Unknown")},
        {"orientation", "results", QT_TRANSLATE_NOOP("summit::core", "Results")},
        {"orientation", "technology", QT_TRANSLATE_NOOP("summit::core", "Technology")},
        {"orientation", "price", QT_TRANSLATE_NOOP("summit::core", "Price")},
        {"orientation", "relationship", QT_TRANSLATE_NOOP("summit::core", "Relationship")},
        {"orientation", "risk", QT_TRANSLATE_NOOP("summit::core", "Risk")},
        {"status", "active", QT_TRANSLATE_NOOP("summit::core", "Active")},
        {"status", "left", QT_TRANSLATE_NOOP("summit::core", "Left the company")},
        {"status", "open", QT_TRANSLATE_NOOP("summit::core", "Open")},
        {"status", "won", QT_TRANSLATE_NOOP("summit::core", "Won")},
        {"status", "lost", QT_TRANSLATE_NOOP("summit::core", "Lost")},
        {"status", "done", QT_TRANSLATE_NOOP("summit::core", "Done")},
        {"status", "cancelled", QT_TRANSLATE_NOOP("summit::core", "Cancelled")},
        {"status", "draft", QT_TRANSLATE_NOOP("summit::core", "Draft")},
        {"status", "signed", QT_TRANSLATE_NOOP("summit::core", "Signed")},
        {"status", "expired", QT_TRANSLATE_NOOP("summit::core", "Expired")},
        {"status", "terminated", QT_TRANSLATE_NOOP("summit::core", "Terminated")},
        {"category", "request", QT_TRANSLATE_NOOP("summit::core", "Request")},
        {"category", "incident", QT_TRANSLATE_NOOP("summit::core", "Incident")},
        {"category", "complaint", QT_TRANSLATE_NOOP("summit::core", "Complaint")},
        {"severity", "low", QT_TRANSLATE_NOOP("summit::core", "Low")},
        {"severity", "medium", QT_TRANSLATE_NOOP("summit::core", "Medium")},
        {"severity", "high", QT_TRANSLATE_NOOP("summit::core", "High")},
        {"severity", "critical", QT_TRANSLATE_NOOP("summit::core", "Critical")},
        {"level", "none", QT_TRANSLATE_NOOP("summit::core", "None")},
        {"level", "brief", QT_TRANSLATE_NOOP("summit::core", "Brief")},
        {"level", "working", QT_TRANSLATE_NOOP("summit::core", "Working")},
        {"level", "trusted", QT_TRANSLATE_NOOP("summit::core", "Trusted")},
        {"type", "visit", QT_TRANSLATE_NOOP("summit::core", "Visit")},
        {"type", "call", QT_TRANSLATE_NOOP("summit::core", "Call")},
        {"type", "meeting", QT_TRANSLATE_NOOP("summit::core", "Meeting")},
        {"type", "email", QT_TRANSLATE_NOOP("summit::core", "Email")},
        {"type", "message", QT_TRANSLATE_NOOP("summit::core", "Message")},
        {"type", "demo", QT_TRANSLATE_NOOP("summit::core", "Demo")},
        {"type", "executive_visit", QT_TRANSLATE_NOOP("summit::core", "Executive visit")},
        {"source", "manual", QT_TRANSLATE_NOOP("summit::core", "Manual")},
        {"source", "followup", QT_TRANSLATE_NOOP("summit::core", "Follow-up")},
        {"source", "rule", QT_TRANSLATE_NOOP("summit::core", "Rule")},
        {"source", "playbook", QT_TRANSLATE_NOOP("summit::core", "Playbook")},
        {"trigger", "new_key_account", QT_TRANSLATE_NOOP("summit::core", "New key account")},
        {"trigger", "account_stage", QT_TRANSLATE_NOOP("summit::core", "Account enters a stage")},
        {"trigger", "opportunity_stage", QT_TRANSLATE_NOOP("summit::core", "Opportunity enters a stage")},
        {"trigger", "visit", QT_TRANSLATE_NOOP("summit::core", "Visit recorded")},
        {"trigger", "month_start", QT_TRANSLATE_NOOP("summit::core", "First workday of the month")},
        {"trigger", "manual", QT_TRANSLATE_NOOP("summit::core", "Started by hand")},
        {"applies_to", "account", QT_TRANSLATE_NOOP("summit::core", "Accounts")},
        {"applies_to", "contact", QT_TRANSLATE_NOOP("summit::core", "Contacts")},
        {"applies_to", "opportunity", QT_TRANSLATE_NOOP("summit::core", "Opportunities")},
        {"applies_to", "followup", QT_TRANSLATE_NOOP("summit::core", "Follow-ups")},
        {"value_type", "text", QT_TRANSLATE_NOOP("summit::core", "Text")},
        {"value_type", "number", QT_TRANSLATE_NOOP("summit::core", "Number")},
        {"value_type", "money", QT_TRANSLATE_NOOP("summit::core", "Money")},
        {"value_type", "date", QT_TRANSLATE_NOOP("summit::core", "Date")},
        {"value_type", "choice", QT_TRANSLATE_NOOP("summit::core", "Choice list")},
        {"value_type", "yes_no", QT_TRANSLATE_NOOP("summit::core", "Yes / no")},
        {"value_type", "member", QT_TRANSLATE_NOOP("summit::core", "Team member")},
        {"value_type", "multiline", QT_TRANSLATE_NOOP("summit::core", "Several lines of text")},
        {"show_in", "form", QT_TRANSLATE_NOOP("summit::core", "Only in the form")},
        {"show_in", "lists", QT_TRANSLATE_NOOP("summit::core", "In the form and as a column in lists")},
        {"revenue_basis", "contracts", QT_TRANSLATE_NOOP("summit::core", "Contracts signed")},
        {"revenue_basis", "received", QT_TRANSLATE_NOOP("summit::core", "Payments received")},
        {"condition", "quiet", QT_TRANSLATE_NOOP("summit::core", "No follow-up for N days")},
        {"condition", "health_below", QT_TRANSLATE_NOOP("summit::core", "Health score below N")},
        {"condition", "health_drop", QT_TRANSLATE_NOOP("summit::core", "Health score down by N in 30 days")},
        {"condition", "contract_ending",
         QT_TRANSLATE_NOOP("summit::core", "Contract ends within N days, no renewal in sight")},
        {"condition", "receivable_overdue", QT_TRANSLATE_NOOP("summit::core", "Payment overdue by N days")},
        {"condition", "key_person_left",
         QT_TRANSLATE_NOOP("summit::core", "Economic buyer or champion has left")},
        {"condition", "opportunity_stalled",
         QT_TRANSLATE_NOOP("summit::core", "Opportunity in one stage for N days")},
        {"condition", "severe_request",
         QT_TRANSLATE_NOOP("summit::core", "Severe service request open for N hours")},
        {"condition", "detractor", QT_TRANSLATE_NOOP("summit::core", "NPS answer of N or less")},
        {"due_unit", "hours", QT_TRANSLATE_NOOP("summit::core", "Hours")},
        {"due_unit", "workdays", QT_TRANSLATE_NOOP("summit::core", "Workdays")},
        {"kind", "holiday", QT_TRANSLATE_NOOP("summit::core", "Day off")},
        {"kind", "workday", QT_TRANSLATE_NOOP("summit::core", "Working day")},
        {"yes_no", "yes", QT_TRANSLATE_NOOP("summit::core", "Yes")},
        {"yes_no", "no", QT_TRANSLATE_NOOP("summit::core", "No")},
    };
    QStringView f = field;
    if (f == u"desired_level")
        f = u"level";
    if (f == u"role" && key != u"account_manager" && key != u"solution_architect" &&
        key != u"delivery_expert" && key != u"team_lead" && key != u"admin")
        f = u"decision_role"; // buying-center roles share the decision roles
    for (const Label& l : labels)
        if (f == QLatin1String(l.field) && key == QLatin1String(l.key))
            return l.text;
    // A custom yes/no field: its keys read as words.
    if (f != u"yes_no" && (key == u"yes" || key == u"no"))
        return enumSource(u"yes_no", key);
    return nullptr;
}
} // namespace

QString enumLabel(QStringView field, QStringView key)
{
    const char* text = enumSource(field, key);
    return text ? CoreText::tr(text) : key.toString();
}

QString enumSourceLabel(QStringView field, QStringView key)
{
    const char* text = enumSource(field, key);
    return text ? QString::fromLatin1(text) : key.toString();
}

namespace {
// The untranslated label of a field, or null (then the field's name is its label).
const char* fieldSource(QStringView entity, QStringView field)
{
    struct Label
    {
        const char* field;
        const char* text;
    };
    static const Label labels[] = {
        {"name", QT_TRANSLATE_NOOP("summit::core", "Name")},
        {"short_name", QT_TRANSLATE_NOOP("summit::core", "Short name")},
        {"industry", QT_TRANSLATE_NOOP("summit::core", "Industry")},
        {"region", QT_TRANSLATE_NOOP("summit::core", "Region")},
        {"scale", QT_TRANSLATE_NOOP("summit::core", "Scale")},
        {"credit_code", QT_TRANSLATE_NOOP("summit::core", "Unified social credit code")},
        {"website", QT_TRANSLATE_NOOP("summit::core", "Website")},
        {"address", QT_TRANSLATE_NOOP("summit::core", "Address")},
        {"tier", QT_TRANSLATE_NOOP("summit::core", "Tier")},
        {"stage", QT_TRANSLATE_NOOP("summit::core", "Stage")},
        {"potential", QT_TRANSLATE_NOOP("summit::core", "Potential")},
        {"am_id", QT_TRANSLATE_NOOP("summit::core", "Account manager")},
        {"sa_id", QT_TRANSLATE_NOOP("summit::core", "Solution architect")},
        {"de_id", QT_TRANSLATE_NOOP("summit::core", "Delivery expert")},
        {"credit_limit", QT_TRANSLATE_NOOP("summit::core", "Credit limit")},
        {"currency", QT_TRANSLATE_NOOP("summit::core", "Currency")},
        {"payment_terms_days", QT_TRANSLATE_NOOP("summit::core", "Payment terms (days)")},
        {"invoice_title", QT_TRANSLATE_NOOP("summit::core", "Invoice title")},
        {"tax_id", QT_TRANSLATE_NOOP("summit::core", "Tax id")},
        {"bank", QT_TRANSLATE_NOOP("summit::core", "Bank")},
        {"bank_account", QT_TRANSLATE_NOOP("summit::core", "Bank account")},
        {"strategy_notes", QT_TRANSLATE_NOOP("summit::core", "Strategy notes")},
        {"applies_to", QT_TRANSLATE_NOOP("summit::core", "For")},
        {"key", QT_TRANSLATE_NOOP("summit::core", "Key")},
        {"label", QT_TRANSLATE_NOOP("summit::core", "Label (English)")},
        {"label_zh", QT_TRANSLATE_NOOP("summit::core", "Label (Chinese)")},
        {"value_type", QT_TRANSLATE_NOOP("summit::core", "Type of value")},
        {"choices", QT_TRANSLATE_NOOP("summit::core", "Choices (one per line)")},
        {"required", QT_TRANSLATE_NOOP("summit::core", "Required (1 = yes)")},
        {"show_in", QT_TRANSLATE_NOOP("summit::core", "Shown")},
        {"account_id", QT_TRANSLATE_NOOP("summit::core", "Account")},
        {"parent_id", QT_TRANSLATE_NOOP("summit::core", "Parent unit")},
        {"kind", QT_TRANSLATE_NOOP("summit::core", "Kind")},
        {"position", QT_TRANSLATE_NOOP("summit::core", "Sort order")},
        {"org_unit_id", QT_TRANSLATE_NOOP("summit::core", "Org unit")},
        {"title", QT_TRANSLATE_NOOP("summit::core", "Job title")},
        {"department", QT_TRANSLATE_NOOP("summit::core", "Department")},
        {"phone", QT_TRANSLATE_NOOP("summit::core", "Phone")},
        {"mobile", QT_TRANSLATE_NOOP("summit::core", "Mobile")},
        {"email", QT_TRANSLATE_NOOP("summit::core", "Email address")},
        {"wechat", QT_TRANSLATE_NOOP("summit::core", "WeChat")},
        {"reports_to", QT_TRANSLATE_NOOP("summit::core", "Reports to")},
        {"decision_role", QT_TRANSLATE_NOOP("summit::core", "Decision role")},
        {"stance", QT_TRANSLATE_NOOP("summit::core", "Stance")},
        {"influence", QT_TRANSLATE_NOOP("summit::core", "Influence")},
        {"orientation", QT_TRANSLATE_NOOP("summit::core", "Decision orientation")},
        {"status", QT_TRANSLATE_NOOP("summit::core", "Status")},
        {"left_on", QT_TRANSLATE_NOOP("summit::core", "Left on")},
        {"notes", QT_TRANSLATE_NOOP("summit::core", "Notes")},
        {"from_id", QT_TRANSLATE_NOOP("summit::core", "From contact")},
        {"to_id", QT_TRANSLATE_NOOP("summit::core", "To contact")},
        {"strength", QT_TRANSLATE_NOOP("summit::core", "Strength")},
        {"note", QT_TRANSLATE_NOOP("summit::core", "Note")},
        {"member_id", QT_TRANSLATE_NOOP("summit::core", "Team member")},
        {"contact_id", QT_TRANSLATE_NOOP("summit::core", "Contact")},
        {"level", QT_TRANSLATE_NOOP("summit::core", "Current level")},
        {"desired_level", QT_TRANSLATE_NOOP("summit::core", "Desired level")},
        {"amount", QT_TRANSLATE_NOOP("summit::core", "Amount")},
        {"probability", QT_TRANSLATE_NOOP("summit::core", "Probability (%)")},
        {"expected_close", QT_TRANSLATE_NOOP("summit::core", "Expected close")},
        {"competitors", QT_TRANSLATE_NOOP("summit::core", "Competitors")},
        {"next_step", QT_TRANSLATE_NOOP("summit::core", "Next step")},
        {"loss_reason", QT_TRANSLATE_NOOP("summit::core", "Loss reason")},
        {"owner_id", QT_TRANSLATE_NOOP("summit::core", "Owner")},
        {"opportunity_id", QT_TRANSLATE_NOOP("summit::core", "Opportunity")},
        {"role", QT_TRANSLATE_NOOP("summit::core", "Role")},
        {"type", QT_TRANSLATE_NOOP("summit::core", "Type")},
        {"at", QT_TRANSLATE_NOOP("summit::core", "Time")},
        {"author_id", QT_TRANSLATE_NOOP("summit::core", "Author")},
        {"contact_ids", QT_TRANSLATE_NOOP("summit::core", "Contacts")},
        {"summary", QT_TRANSLATE_NOOP("summit::core", "Summary")},
        {"outcome", QT_TRANSLATE_NOOP("summit::core", "Outcome")},
        {"next_action", QT_TRANSLATE_NOOP("summit::core", "Next action")},
        {"next_due", QT_TRANSLATE_NOOP("summit::core", "Next action due")},
        {"due", QT_TRANSLATE_NOOP("summit::core", "Due")},
        {"assignee_id", QT_TRANSLATE_NOOP("summit::core", "Assignee")},
        {"source", QT_TRANSLATE_NOOP("summit::core", "Source")},
        {"followup_id", QT_TRANSLATE_NOOP("summit::core", "Follow-up")},
        {"done_at", QT_TRANSLATE_NOOP("summit::core", "Done at")},
        {"number", QT_TRANSLATE_NOOP("summit::core", "Contract number")},
        {"signed_on", QT_TRANSLATE_NOOP("summit::core", "Signed on")},
        {"start_on", QT_TRANSLATE_NOOP("summit::core", "Service start")},
        {"end_on", QT_TRANSLATE_NOOP("summit::core", "Service end")},
        {"renews_id", QT_TRANSLATE_NOOP("summit::core", "Renews contract")},
        {"product_line", QT_TRANSLATE_NOOP("summit::core", "Product line")},
        {"contract_id", QT_TRANSLATE_NOOP("summit::core", "Contract")},
        {"due_on", QT_TRANSLATE_NOOP("summit::core", "Due on")},
        {"amount_due", QT_TRANSLATE_NOOP("summit::core", "Amount due")},
        {"received_on", QT_TRANSLATE_NOOP("summit::core", "Received on")},
        {"amount_received", QT_TRANSLATE_NOOP("summit::core", "Amount received")},
        {"category", QT_TRANSLATE_NOOP("summit::core", "Category")},
        {"severity", QT_TRANSLATE_NOOP("summit::core", "Severity")},
        {"opened_at", QT_TRANSLATE_NOOP("summit::core", "Opened")},
        {"first_response_at", QT_TRANSLATE_NOOP("summit::core", "First response")},
        {"resolved_at", QT_TRANSLATE_NOOP("summit::core", "Resolved")},
        {"surveyed_on", QT_TRANSLATE_NOOP("summit::core", "Surveyed on")},
        {"csat", QT_TRANSLATE_NOOP("summit::core", "CSAT (1–5)")},
        {"nps", QT_TRANSLATE_NOOP("summit::core", "NPS answer (0–10)")},
        {"comment", QT_TRANSLATE_NOOP("summit::core", "Comment")},
        {"deleted", QT_TRANSLATE_NOOP("summit::core", "Deleted")},
        {"tier_reason", QT_TRANSLATE_NOOP("summit::core", "Reason for the tier")},
        {"revenue_basis", QT_TRANSLATE_NOOP("summit::core", "Revenue counted from")},
        {"tier_a_revenue", QT_TRANSLATE_NOOP("summit::core", "Tier A from 12-month revenue of")},
        {"tier_b_revenue", QT_TRANSLATE_NOOP("summit::core", "Tier B from 12-month revenue of")},
        {"tier_a_activity", QT_TRANSLATE_NOOP("summit::core", "Tier A from 3-month activity points of")},
        {"tier_b_activity", QT_TRANSLATE_NOOP("summit::core", "Tier B from 3-month activity points of")},
        {"weight_revenue", QT_TRANSLATE_NOOP("summit::core", "Weight of revenue (%)")},
        {"weight_activity", QT_TRANSLATE_NOOP("summit::core", "Weight of activity (%)")},
        {"weight_potential", QT_TRANSLATE_NOOP("summit::core", "Weight of potential (%)")},
        {"points_visit", QT_TRANSLATE_NOOP("summit::core", "Activity points of a visit")},
        {"points_call", QT_TRANSLATE_NOOP("summit::core", "Activity points of a call")},
        {"points_meeting", QT_TRANSLATE_NOOP("summit::core", "Activity points of a meeting")},
        {"points_email", QT_TRANSLATE_NOOP("summit::core", "Activity points of an email")},
        {"points_message", QT_TRANSLATE_NOOP("summit::core", "Activity points of a message")},
        {"points_demo", QT_TRANSLATE_NOOP("summit::core", "Activity points of a demo")},
        {"points_executive_visit",
         QT_TRANSLATE_NOOP("summit::core", "Activity points of an executive visit")},
        {"cadence_s", QT_TRANSLATE_NOOP("summit::core", "Follow up S accounts every (days)")},
        {"cadence_a", QT_TRANSLATE_NOOP("summit::core", "Follow up A accounts every (days)")},
        {"cadence_b", QT_TRANSLATE_NOOP("summit::core", "Follow up B accounts every (days)")},
        {"cadence_c", QT_TRANSLATE_NOOP("summit::core", "Follow up C accounts every (days)")},
        {"health_engagement", QT_TRANSLATE_NOOP("summit::core", "Health weight: engagement (%)")},
        {"health_relationship", QT_TRANSLATE_NOOP("summit::core", "Health weight: relationships (%)")},
        {"health_commercial", QT_TRANSLATE_NOOP("summit::core", "Health weight: commercial (%)")},
        {"health_service", QT_TRANSLATE_NOOP("summit::core", "Health weight: service (%)")},
        {"health_gaps", QT_TRANSLATE_NOOP("summit::core", "Health weight: open gaps (%)")},
        {"weight_rfm", QT_TRANSLATE_NOOP("summit::core", "Weight of RFM (%)")},
        {"rfm_recency_a", QT_TRANSLATE_NOOP("summit::core", "RFM A: last contract within (days)")},
        {"rfm_recency_b", QT_TRANSLATE_NOOP("summit::core", "RFM B: last contract within (days)")},
        {"rfm_frequency_a", QT_TRANSLATE_NOOP("summit::core", "RFM A: contracts in 24 months, at least")},
        {"rfm_frequency_b", QT_TRANSLATE_NOOP("summit::core", "RFM B: contracts in 24 months, at least")},
        {"clv_margin", QT_TRANSLATE_NOOP("summit::core", "Gross margin for lifetime value (%)")},
        {"clv_years", QT_TRANSLATE_NOOP("summit::core", "Years a customer stays")},
        {"condition", QT_TRANSLATE_NOOP("summit::core", "When")},
        {"threshold", QT_TRANSLATE_NOOP("summit::core", "N")},
        {"tiers", QT_TRANSLATE_NOOP("summit::core", "Tiers")},
        {"roles", QT_TRANSLATE_NOOP("summit::core", "Task for")},
        {"due_in", QT_TRANSLATE_NOOP("summit::core", "Due in")},
        {"due_unit", QT_TRANSLATE_NOOP("summit::core", "Due in units of")},
        {"escalate_days", QT_TRANSLATE_NOOP("summit::core", "Escalate after (days)")},
        {"enabled", QT_TRANSLATE_NOOP("summit::core", "Switched on (1 = yes)")},
        {"date", QT_TRANSLATE_NOOP("summit::core", "Date")},
        {"rule_id", QT_TRANSLATE_NOOP("summit::core", "Rule")},
        {"requires", QT_TRANSLATE_NOOP("summit::core", "Required to enter")},
        {"trigger", QT_TRANSLATE_NOOP("summit::core", "Trigger")},
        {"playbook_id", QT_TRANSLATE_NOOP("summit::core", "Playbook")},
        {"steps", QT_TRANSLATE_NOOP("summit::core", "Steps")},
        {"tags", QT_TRANSLATE_NOOP("summit::core", "Tags")},
        {"tag", QT_TRANSLATE_NOOP("summit::core", "Tag")},
        {"step", QT_TRANSLATE_NOOP("summit::core", "Step")},
    };
    // One English word, two meanings: give translators distinct strings.
    if (entity == u"org_unit" && field == u"name")
        return QT_TRANSLATE_NOOP("summit::core", "Unit name");
    if ((entity == u"contact" || entity == u"member") && field == u"name")
        return QT_TRANSLATE_NOOP("summit::core", "Full name");
    if (entity == u"task" && field == u"title")
        return QT_TRANSLATE_NOOP("summit::core", "Task");
    if (entity == u"contract" && field == u"title")
        return QT_TRANSLATE_NOOP("summit::core", "Contract title");
    if (entity == u"contract" && field == u"org_unit_id")
        return QT_TRANSLATE_NOOP("summit::core", "Signing entity");
    if (entity == u"service_request" && field == u"title")
        return QT_TRANSLATE_NOOP("summit::core", "Subject");
    for (const Label& l : labels)
        if (field == QLatin1String(l.field))
            return l.text;
    return nullptr;
}
} // namespace

QString fieldLabel(QStringView entity, QStringView field)
{
    const char* text = fieldSource(entity, field);
    return text ? CoreText::tr(text) : field.toString();
}

QString fieldSourceLabel(QStringView entity, QStringView field)
{
    const char* text = fieldSource(entity, field);
    return text ? QString::fromLatin1(text) : field.toString();
}

QString inChinese(const char* sourceText)
{
    // Loaded once, read from any thread (QTranslator::translate is const).
    static const QTranslator* const zh = [] {
        auto* t = new QTranslator; // kept for the life of the process
        if (!t->load(QStringLiteral(":/i18n/summit_zh_CN.qm"))) {
            delete t;
            return static_cast<QTranslator*>(nullptr);
        }
        return t;
    }();
    return zh ? zh->translate("summit::core", sourceText) : QString();
}

QString fieldChineseLabel(QStringView entity, QStringView field)
{
    const char* text = fieldSource(entity, field);
    return text ? inChinese(text) : QString();
}

QString enumChineseLabel(QStringView field, QStringView key)
{
    const char* text = enumSource(field, key);
    return text ? inChinese(text) : QString();
}

QString entityLabel(QStringView entity)
{
    struct Label
    {
        const char* entity;
        const char* text;
    };
    static const Label labels[] = {
        {"member", QT_TRANSLATE_NOOP("summit::core", "Team member")},
        {"account", QT_TRANSLATE_NOOP("summit::core", "Account")},
        {"org_unit", QT_TRANSLATE_NOOP("summit::core", "Org unit")},
        {"contact", QT_TRANSLATE_NOOP("summit::core", "Contact")},
        {"influence_link", QT_TRANSLATE_NOOP("summit::core", "Influence link")},
        {"coverage", QT_TRANSLATE_NOOP("summit::core", "Coverage")},
        {"opportunity", QT_TRANSLATE_NOOP("summit::core", "Opportunity")},
        {"buying_role", QT_TRANSLATE_NOOP("summit::core", "Buying-center role")},
        {"followup", QT_TRANSLATE_NOOP("summit::core", "Follow-up")},
        {"task", QT_TRANSLATE_NOOP("summit::core", "Task")},
        {"field_def", QT_TRANSLATE_NOOP("summit::core", "Custom field")},
        {"contract", QT_TRANSLATE_NOOP("summit::core", "Contract")},
        {"receivable", QT_TRANSLATE_NOOP("summit::core", "Receivable")},
        {"service_request", QT_TRANSLATE_NOOP("summit::core", "Service request")},
        {"satisfaction", QT_TRANSLATE_NOOP("summit::core", "Satisfaction survey")},
        {"account_model", QT_TRANSLATE_NOOP("summit::core", "Tier and health model")},
        {"rule", QT_TRANSLATE_NOOP("summit::core", "Rule")},
        {"calendar_day", QT_TRANSLATE_NOOP("summit::core", "Calendar day")},
        {"stage_gate", QT_TRANSLATE_NOOP("summit::core", "Stage gate")},
        {"playbook", QT_TRANSLATE_NOOP("summit::core", "Playbook")},
    };
    for (const Label& l : labels)
        if (entity == QLatin1String(l.entity))
            return CoreText::tr(l.text);
    return entity.toString();
}

} // namespace summit::model
