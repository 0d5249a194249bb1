#include "ui/team/RulesView.h"
#include "ui/UiText.h"

#include "commands/Commands.h"
#include "model/Schema.h"
#include "rules/WorkCalendar.h"
#include "store/Database.h"
#include "store/Store.h"
#include "ui/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QToolBar>
#include <QVBoxLayout>

namespace summit::ui {

namespace {

enum Column
{
    OnColumn,
    NameColumn,
    SentenceColumn,
    ColumnCount
};

const QStringList kTiers = {QStringLiteral("S"), QStringLiteral("A"), QStringLiteral("B"),
                            QStringLiteral("C")};

QString roleName(const QString& role)
{
    if (role == QLatin1String("am"))
        return model::enumLabel(u"role", u"account_manager");
    if (role == QLatin1String("sa"))
        return model::enumLabel(u"role", u"solution_architect");
    if (role == QLatin1String("de"))
        return model::enumLabel(u"role", u"delivery_expert");
    return model::enumLabel(u"role", u"team_lead");
}

} // namespace

RulesView::RulesView(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("rulesView"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setHorizontalHeaderLabels(
        {UiText::tr("On"), model::fieldLabel(u"rule", u"name"), UiText::tr("Rule")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(OnColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SentenceColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);

    m_new = new QAction(UiText::tr("New rule…"), this);
    m_edit = new QAction(UiText::tr("Edit…"), this);
    m_toggle = new QAction(UiText::tr("Switch on or off"), this);
    m_test = new QAction(UiText::tr("Test against today…"), this);
    m_test->setObjectName(QStringLiteral("testRule"));
    m_delete = new QAction(UiText::tr("Delete"), this);
    connect(m_new, &QAction::triggered, this, [this] {
        rules::Rule blank;
        blank.roles = {QStringLiteral("am")};
        blank.condition = QStringLiteral("quiet");
        blank.threshold = 14;
        blank.name = UiText::tr("New rule");
        auto* dialog = new RuleDialog(m_workspace, blank, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_edit, &QAction::triggered, this, [this] {
        auto r = rules::loadRule(m_workspace.store().reader(), currentRule());
        if (!r) {
            showError(r.message());
            return;
        }
        auto* dialog = new RuleDialog(m_workspace, r.value(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_table, &QTableWidget::activated, this, [this] {
        if (m_mayEdit)
            m_edit->trigger();
        else
            testCurrent();
    });
    connect(m_toggle, &QAction::triggered, this, &RulesView::toggleCurrent);
    connect(m_test, &QAction::triggered, this, &RulesView::testCurrent);
    connect(m_delete, &QAction::triggered, this, [this] {
        const QString id = currentRule();
        if (id.isEmpty())
            return;
        const Status s = m_workspace.commands().removeRule(id);
        showError(s ? QString() : s.message());
    });
    for (QAction* a : {m_edit, m_toggle, m_test, m_delete})
        m_table->addAction(a);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* a : {m_new, m_edit, m_toggle, m_test, m_delete})
        toolbar->addAction(a);
    auto* note = new QLabel(
        UiText::tr("Rules make tasks by themselves, on every laptop, offline: when a condition holds for an "
                   "account, its people get a task with a deadline in workdays (China's public holidays "
                   "and adjusted working days counted). Laptops that fire the same rule for the same reason "
                   "make one task, not two. Test a rule against today's data before you switch it on."),
        this);
    note->setWordWrap(true);
    m_readOnly = new QLabel(UiText::tr("Team leads and administrators change the rules; you can read them "
                                       "and test them against today's data."),
                            this);
    m_readOnly->setObjectName(QStringLiteral("rulesReadOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("rulesError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(note);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    buildCalendar(layout);

    connect(m_table, &QTableWidget::currentCellChanged, this, &RulesView::updateActions);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int, int column) {
        if (column == OnColumn && m_mayEdit)
            toggleCurrent();
    });
    connect(&workspace.store(), &Store::changed, this, &RulesView::onStoreChanged);
    reload();
}

QString RulesView::currentRule() const
{
    const int row = m_table->currentRow();
    return row < 0 ? QString() : m_table->item(row, NameColumn)->data(Qt::UserRole).toString();
}

bool RulesView::selectRule(const QString& id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, NameColumn)->data(Qt::UserRole).toString() == id) {
            m_table->setCurrentCell(row, NameColumn);
            return true;
        }
    return false;
}

QString RulesView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RulesView::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void RulesView::onStoreChanged(const ChangeSet& change)
{
    if (change.everything || change.entities.contains(QStringLiteral("rule")) ||
        change.entities.contains(QStringLiteral("member")))
        reload();
    else if (change.entities.contains(QStringLiteral("calendar_day")))
        reloadCalendar();
}

void RulesView::buildCalendar(QVBoxLayout* layout)
{
    m_calendarNote = new QLabel(this);
    m_calendarNote->setObjectName(QStringLiteral("calendarNote"));
    m_calendarNote->setWordWrap(true);
    m_days = new QTableWidget(0, 3, this);
    m_days->setObjectName(QStringLiteral("calendarDays"));
    m_days->setHorizontalHeaderLabels({model::fieldLabel(u"calendar_day", u"date"),
                                       model::fieldLabel(u"calendar_day", u"kind"),
                                       model::fieldLabel(u"calendar_day", u"name")});
    m_days->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_days->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_days->verticalHeader()->hide();
    m_days->horizontalHeader()->setStretchLastSection(true);
    m_days->setMaximumHeight(fontMetrics().height() * 9);
    m_addDay = new QAction(UiText::tr("Add a day…"), this);
    m_removeDay = new QAction(UiText::tr("Remove day"), this);
    connect(m_addDay, &QAction::triggered, this, [this] {
        QDialog dialog(this);
        dialog.setWindowTitle(UiText::tr("A day of the team's calendar"));
        auto* date = new QDateEdit(QDate::currentDate(), &dialog);
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        auto* kind = new QComboBox(&dialog);
        kind->addItem(model::enumLabel(u"kind", u"holiday"), false);
        kind->addItem(model::enumLabel(u"kind", u"workday"), true);
        auto* name = new QLineEdit(&dialog);
        auto* form = new QFormLayout;
        form->addRow(model::fieldLabel(u"calendar_day", u"date"), date);
        form->addRow(model::fieldLabel(u"calendar_day", u"kind"), kind);
        form->addRow(model::fieldLabel(u"calendar_day", u"name"), name);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto* box = new QVBoxLayout(&dialog);
        box->addLayout(form);
        box->addWidget(buttons);
        if (dialog.exec() == QDialog::Accepted)
            addCalendarDay(date->date(), kind->currentData().toBool(), name->text());
    });
    connect(m_removeDay, &QAction::triggered, this, [this] {
        const int row = m_days->currentRow();
        if (row < 0)
            return;
        const Status s =
            m_workspace.commands().deleteRecords({m_days->item(row, 0)->data(Qt::UserRole).toString()});
        showError(s ? QString() : s.message());
    });
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_addDay);
    bar->addAction(m_removeDay);
    auto* title = new QLabel(UiText::tr("<b>Working calendar</b>"), this);
    auto* head = new QHBoxLayout;
    head->addWidget(title);
    head->addStretch(1);
    head->addWidget(bar);
    layout->addLayout(head);
    layout->addWidget(m_calendarNote);
    layout->addWidget(m_days);
    reloadCalendar();
}

bool RulesView::addCalendarDay(const QDate& date, bool workday, const QString& name)
{
    const Status s = m_workspace.commands().setCalendarDay(date, workday, name);
    showError(s ? QString() : s.message());
    return s.isOk();
}

void RulesView::reloadCalendar()
{
    QStringList years;
    for (int y : rules::WorkCalendar::builtIn().years())
        years << QString::number(y);
    m_calendarNote->setText(
        UiText::tr("China's public holidays and adjusted working days are built in for %1; a year not listed "
                   "counts Monday to Friday. Days of the team's own (a company holiday, a day worked) are "
                   "shared with everyone and count in every rule's deadline.")
            .arg(years.join(UiText::tr(", ", "between the items of a list in a sentence"))));
    auto days = rules::teamDays(m_workspace.store().reader());
    m_days->setRowCount(0);
    if (!days) {
        showError(days.message());
        return;
    }
    m_days->setRowCount(int(days.value().size()));
    int row = 0;
    for (const rules::TeamDay& t : days.value()) {
        auto* date = new QTableWidgetItem(t.day.date.toString(Qt::ISODate));
        date->setData(Qt::UserRole, t.id);
        m_days->setItem(row, 0, date);
        m_days->setItem(
            row, 1, new QTableWidgetItem(model::enumLabel(u"kind", t.day.workday ? u"workday" : u"holiday")));
        m_days->setItem(row, 2, new QTableWidgetItem(t.day.name));
        ++row;
    }
    m_addDay->setEnabled(m_mayEdit);
    m_removeDay->setEnabled(m_mayEdit && row > 0);
}

void RulesView::updateActions()
{
    const bool any = m_table->currentRow() >= 0;
    m_new->setEnabled(m_mayEdit);
    m_edit->setEnabled(any && m_mayEdit);
    m_toggle->setEnabled(any && m_mayEdit);
    m_delete->setEnabled(any && m_mayEdit);
    m_test->setEnabled(any);
}

void RulesView::reload()
{
    Database& db = m_workspace.store().reader();
    m_mayEdit = rules::mayEditRules(db, m_workspace.me());
    const QString current = currentRule();
    auto all = rules::loadRules(db);
    if (!all) {
        showError(all.message());
        return;
    }
    m_table->setRowCount(0);
    m_table->setRowCount(int(all.value().size()));
    int row = 0;
    for (const rules::Rule& r : all.value()) {
        auto* on = new QTableWidgetItem;
        on->setCheckState(r.enabled ? Qt::Checked : Qt::Unchecked);
        on->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        auto* name = new QTableWidgetItem(r.name);
        name->setData(Qt::UserRole, r.id);
        QString text = rules::describeRule(r);
        if (!r.problem.isEmpty())
            text = UiText::tr("Broken, skipped: %1\n%2").arg(r.problem, text);
        auto* sentence = new QTableWidgetItem(text);
        sentence->setToolTip(text);
        if (!r.problem.isEmpty())
            sentence->setForeground(QColor(0xc6, 0x28, 0x28)); // the error red of the other pages
        else if (!r.enabled)
            sentence->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_table->setItem(row, OnColumn, on);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, SentenceColumn, sentence);
        ++row;
    }
    if (current.isEmpty() || !selectRule(current))
        m_table->setCurrentCell(m_table->rowCount() > 0 ? 0 : -1, NameColumn);
    m_readOnly->setVisible(!m_mayEdit);
    updateActions();
    if (m_days)
        reloadCalendar();
}

bool RulesView::toggleCurrent()
{
    const QString id = currentRule();
    if (id.isEmpty())
        return false;
    auto r = rules::loadRule(m_workspace.store().reader(), id);
    if (!r) {
        showError(r.message());
        return false;
    }
    const Status s =
        m_workspace.commands().editRule(id, {{QStringLiteral("enabled"), r.value().enabled ? 0 : 1}});
    showError(s ? QString() : s.message());
    return s.isOk();
}

void RulesView::testCurrent()
{
    auto r = rules::loadRule(m_workspace.store().reader(), currentRule());
    if (!r) {
        showError(r.message());
        return;
    }
    auto* dialog = new RuleTestDialog(m_workspace.store().path(), r.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// ---- RuleDialog

struct RuleDialog::Fields
{
    QLineEdit* name = nullptr;
    QComboBox* condition = nullptr;
    QSpinBox* threshold = nullptr;
    QLabel* thresholdUnit = nullptr;
    std::vector<QCheckBox*> tiers;
    QLineEdit* region = nullptr;
    QLineEdit* tag = nullptr;
    QLineEdit* industry = nullptr;
    std::vector<QCheckBox*> roles;
    QSpinBox* dueIn = nullptr;
    QComboBox* dueUnit = nullptr;
    QSpinBox* escalate = nullptr;
    QCheckBox* enabled = nullptr;
    QLabel* sentence = nullptr;
    QLabel* error = nullptr;
};

RuleDialog::RuleDialog(Workspace& workspace, const rules::Rule& rule, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_original(rule), m_f(std::make_unique<Fields>())
{
    setObjectName(QStringLiteral("ruleDialog"));
    setWindowTitle(rule.id.isEmpty() ? UiText::tr("New rule") : UiText::tr("Rule %1").arg(rule.name));
    Fields& f = *m_f;
    f.name = new QLineEdit(rule.name, this);
    f.condition = new QComboBox(this);
    for (const QString& c : model::entity(u"rule")->field(u"condition")->enumValues)
        f.condition->addItem(model::enumLabel(u"condition", c), c);
    f.condition->setCurrentIndex(f.condition->findData(rule.condition));
    f.threshold = new QSpinBox(this);
    f.threshold->setRange(0, 100000);
    f.threshold->setValue(rule.threshold);
    f.thresholdUnit = new QLabel(this);
    auto* thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(f.threshold);
    thresholdRow->addWidget(f.thresholdUnit, 1);
    auto* tierRow = new QHBoxLayout;
    for (const QString& t : kTiers) {
        auto* box = new QCheckBox(t, this);
        box->setChecked(rule.tiers.contains(t));
        f.tiers.push_back(box);
        tierRow->addWidget(box);
    }
    tierRow->addWidget(new QLabel(UiText::tr("(none ticked: every account)"), this), 1);
    f.region = new QLineEdit(rule.region, this);
    f.tag = new QLineEdit(rule.tag, this);
    f.tag->setPlaceholderText(UiText::tr("e.g. 央企 (empty: any account)"));
    f.industry = new QLineEdit(rule.industry, this);
    auto* roleRow = new QHBoxLayout;
    for (const QString& role : rules::ruleRoles()) {
        auto* box = new QCheckBox(roleName(role), this);
        box->setProperty("role", role);
        box->setChecked(rule.roles.contains(role));
        f.roles.push_back(box);
        roleRow->addWidget(box);
    }
    roleRow->addStretch(1);
    f.dueIn = new QSpinBox(this);
    f.dueIn->setRange(0, 1000);
    f.dueIn->setValue(rule.dueIn);
    f.dueUnit = new QComboBox(this);
    f.dueUnit->addItem(model::enumLabel(u"due_unit", u"workdays"), QStringLiteral("workdays"));
    f.dueUnit->addItem(model::enumLabel(u"due_unit", u"hours"), QStringLiteral("hours"));
    f.dueUnit->setCurrentIndex(f.dueUnit->findData(rule.dueUnit));
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(f.dueIn);
    dueRow->addWidget(f.dueUnit, 1);
    f.escalate = new QSpinBox(this);
    f.escalate->setRange(0, 365);
    f.escalate->setValue(rule.escalateDays);
    f.escalate->setSpecialValueText(UiText::tr("Never"));
    f.enabled = new QCheckBox(UiText::tr("Switched on"), this);
    f.enabled->setChecked(rule.enabled);
    f.sentence = new QLabel(this);
    f.sentence->setObjectName(QStringLiteral("ruleSentence"));
    f.sentence->setWordWrap(true);
    f.sentence->setFrameShape(QFrame::StyledPanel);
    f.sentence->setMargin(8);
    f.error = new QLabel(this);
    f.error->setObjectName(QStringLiteral("ruleError"));
    f.error->setWordWrap(true);
    f.error->hide();

    // Named by field, for tests and accessibility tools.
    f.name->setObjectName(QStringLiteral("name"));
    f.condition->setObjectName(QStringLiteral("condition"));
    f.threshold->setObjectName(QStringLiteral("threshold"));
    f.region->setObjectName(QStringLiteral("region"));
    f.tag->setObjectName(QStringLiteral("tag"));
    f.industry->setObjectName(QStringLiteral("industry"));
    f.dueIn->setObjectName(QStringLiteral("due_in"));
    f.dueUnit->setObjectName(QStringLiteral("due_unit"));
    f.escalate->setObjectName(QStringLiteral("escalate_days"));
    f.enabled->setObjectName(QStringLiteral("enabled"));
    for (QCheckBox* box : f.tiers)
        box->setObjectName(QStringLiteral("tier_") + box->text());
    for (QCheckBox* box : f.roles)
        box->setObjectName(QStringLiteral("role_") + box->property("role").toString());

    auto* form = new QFormLayout;
    form->addRow(model::fieldLabel(u"rule", u"name"), f.name);
    form->addRow(model::fieldLabel(u"rule", u"condition"), f.condition);
    form->addRow(model::fieldLabel(u"rule", u"threshold"), thresholdRow);
    form->addRow(model::fieldLabel(u"rule", u"tiers"), tierRow);
    form->addRow(model::fieldLabel(u"rule", u"region"), f.region);
    form->addRow(model::fieldLabel(u"rule", u"tag"), f.tag);
    form->addRow(model::fieldLabel(u"rule", u"industry"), f.industry);
    form->addRow(model::fieldLabel(u"rule", u"roles"), roleRow);
    form->addRow(model::fieldLabel(u"rule", u"due_in"), dueRow);
    form->addRow(model::fieldLabel(u"rule", u"escalate_days"), f.escalate);
    form->addRow(QString(), f.enabled);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(f.sentence);
    layout->addWidget(f.error);
    layout->addWidget(buttons);

    auto changed = [this] {
        update();
    };
    connect(f.name, &QLineEdit::textChanged, this, changed);
    connect(f.condition, &QComboBox::currentIndexChanged, this, changed);
    connect(f.threshold, &QSpinBox::valueChanged, this, changed);
    connect(f.region, &QLineEdit::textChanged, this, changed);
    connect(f.tag, &QLineEdit::textChanged, this, changed);
    connect(f.industry, &QLineEdit::textChanged, this, changed);
    connect(f.dueIn, &QSpinBox::valueChanged, this, changed);
    connect(f.dueUnit, &QComboBox::currentIndexChanged, this, changed);
    connect(f.escalate, &QSpinBox::valueChanged, this, changed);
    for (QCheckBox* box : f.tiers)
        connect(box, &QCheckBox::toggled, this, changed);
    for (QCheckBox* box : f.roles)
        connect(box, &QCheckBox::toggled, this, changed);
    resize(sizeHint().expandedTo(QSize(640, 0)));
    update();
}

RuleDialog::~RuleDialog() = default;

rules::Rule RuleDialog::rule() const
{
    const Fields& f = *m_f;
    rules::Rule r = m_original;
    r.name = f.name->text().trimmed();
    r.condition = f.condition->currentData().toString();
    r.threshold = f.threshold->value();
    r.tiers.clear();
    for (QCheckBox* box : f.tiers)
        if (box->isChecked())
            r.tiers << box->text();
    r.region = f.region->text().trimmed();
    r.tag = f.tag->text().trimmed();
    r.industry = f.industry->text().trimmed();
    r.roles.clear();
    for (QCheckBox* box : f.roles)
        if (box->isChecked())
            r.roles << box->property("role").toString();
    r.dueIn = f.dueIn->value();
    r.dueUnit = f.dueUnit->currentData().toString();
    r.escalateDays = f.escalate->value();
    r.enabled = f.enabled->isChecked();
    return r;
}

QString RuleDialog::sentence() const
{
    return m_f->sentence->text();
}

QString RuleDialog::errorText() const
{
    return m_f->error->isHidden() ? QString() : m_f->error->text();
}

void RuleDialog::update()
{
    const rules::Rule r = rule();
    const QString unit = rules::thresholdUnit(r.condition);
    m_f->threshold->setEnabled(!unit.isEmpty());
    m_f->thresholdUnit->setText(unit == QLatin1String("days")    ? UiText::tr("days")
                                : unit == QLatin1String("hours") ? UiText::tr("hours")
                                : unit.isEmpty()                 ? QString()
                                                                 : UiText::tr("points"));
    m_f->sentence->setText(rules::describeRule(r));
}

bool RuleDialog::save()
{
    const rules::Rule r = rule();
    const FieldValues all = rules::ruleFields(r);
    Status s;
    if (m_original.id.isEmpty()) {
        FieldValues fields;
        for (const auto& [name, value] : all)
            if (name != QLatin1String("position"))
                fields.emplace_back(name, value);
        auto id = m_workspace.commands().addRule(fields);
        s = id.status();
    } else {
        // Only what changed, so a teammate's edit of another field survives, and a shipped
        // rule keeps its translated name unless the name was changed.
        const FieldValues before = rules::ruleFields(m_original);
        FieldValues changed;
        for (size_t i = 0; i < all.size(); ++i)
            if (all[i].second != before[i].second)
                changed.push_back(all[i]);
        s = m_workspace.commands().editRule(m_original.id, changed);
    }
    m_f->error->setText(s ? QString() : s.message());
    m_f->error->setVisible(!s);
    return s.isOk();
}

// ---- RuleTestDialog

RuleTestDialog::RuleTestDialog(const QString& databasePath, const rules::Rule& rule, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ruleTestDialog"));
    setWindowTitle(UiText::tr("Test of %1").arg(rule.name));
    auto* what = new QLabel(rules::describeRule(rule), this);
    what->setWordWrap(true);
    m_summary = new QLabel(UiText::tr("Working out what the rule would make today…"), this);
    m_summary->setObjectName(QStringLiteral("ruleTestSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels(
        {model::fieldLabel(u"task", u"account_id"), model::fieldLabel(u"task", u"title"),
         model::fieldLabel(u"task", u"assignee_id"), model::fieldLabel(u"task", u"due"), UiText::tr("Why")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 520);

    // On a thread of its own with a read-only connection: a health rule scores every account.
    QPointer<RuleTestDialog> self(this);
    rules::EvaluateOptions options;
    options.ruleId = rule.id;
    QThread* thread = QThread::create([self, databasePath, options] {
        Database db;
        Result<rules::RuleEvaluation> result = [&]() -> Result<rules::RuleEvaluation> {
            if (Status s = db.open(databasePath, OpenMode::ReadOnly); !s)
                return s;
            return rules::evaluateRules(db, options);
        }();
        QMetaObject::invokeMethod(
            qApp,
            [self, result] {
                if (self)
                    self->show(result);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

QString RuleTestDialog::summaryText() const
{
    return m_summary->text();
}

void RuleTestDialog::show(const Result<rules::RuleEvaluation>& result)
{
    m_done = true;
    if (!result) {
        m_summary->setText(result.message());
        emit computed();
        return;
    }
    const rules::RuleEvaluation& e = result.value();
    QString text = UiText::tr("Today the rule would make %n task(s).", "", int(e.tasks.size()));
    if (e.existing > 0)
        text += QLatin1Char(' ') +
                UiText::tr("%n more are there already (made before, done or deleted) and would "
                           "not be made again.",
                           "", e.existing);
    for (const rules::RuleSkip& s : e.skipped)
        text += QLatin1Char('\n') + UiText::tr("The rule is broken and would be skipped: %1").arg(s.problem);
    for (const QString& n : e.notes)
        text += QLatin1Char('\n') + n;
    m_summary->setText(text);
    m_table->setRowCount(int(e.tasks.size()));
    int row = 0;
    for (const rules::RuleTask& t : e.tasks) {
        m_table->setItem(row, 0, new QTableWidgetItem(t.accountName));
        m_table->setItem(row, 1, new QTableWidgetItem(t.title));
        m_table->setItem(
            row, 2, new QTableWidgetItem(t.assigneeName.isEmpty() ? UiText::tr("(nobody)") : t.assigneeName));
        m_table->setItem(row, 3, new QTableWidgetItem(QLocale().toString(t.due, QLocale::ShortFormat)));
        m_table->setItem(row, 4, new QTableWidgetItem(t.reason));
        ++row;
    }
    emit computed();
}

} // namespace summit::ui
