// Editing on the decision-chain map: the drop handler, influence link
// drawing, and the context menu of a node (role, stance, influence and "left"
// of a person, adding people and influence links, logging a follow-up,
// collapse and focus). Edits go through MapEditor; refusals come out of
// MapView::editRefused.
#include "model/Schema.h"
#include "query/Team.h"
#include "ui/UiText.h"
#include "ui/Workspace.h"
#include "ui/account/CoverageDialog.h"
#include "ui/forms/RecordActions.h"
#include "ui/forms/RecordDialog.h"
#include "ui/map/MapEditor.h"
#include "ui/map/MapScene.h"
#include "ui/map/MapView.h"

#include <QActionGroup>
#include <QLocale>
#include <QMenu>

namespace summit::ui {

namespace {

const QString kContact = QStringLiteral("contact");

// A submenu with one checkable choice per value of an enum field of contacts.
QMenu* choiceMenu(QMenu* parent, MapView& view, const QString& title, const QString& field,
                  const QString& current, const QString& id, bool enabled)
{
    QMenu* menu = parent->addMenu(title);
    menu->setObjectName(QStringLiteral("map.") + field);
    auto* group = new QActionGroup(menu);
    const model::FieldDef* def = model::entity(kContact)->field(field);
    QStringList values = def ? def->enumValues : QStringList();
    if (field == QLatin1String("decision_role"))
        values.prepend(QString()); // no role
    for (const QString& value : values) {
        const QString text = value.isEmpty() ? UiText::tr("No role") : model::enumLabel(field, value);
        QAction* a = menu->addAction(text);
        a->setObjectName(
            QStringLiteral("map.%1.%2").arg(field, value.isEmpty() ? QStringLiteral("none") : value));
        a->setCheckable(true);
        a->setChecked(value == current);
        a->setEnabled(enabled);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, &view, [&view, id, field, value] {
            const Status s =
                view.editor().setContactField(id, field, value.isEmpty() ? QVariant() : QVariant(value));
            if (!s)
                emit view.editRefused(s.message());
        });
    }
    return menu;
}

} // namespace

QMenu* MapView::createContextMenu(const QString& id, QWidget* parent)
{
    const int index = m_full.indexOf(id);
    if (index < 0)
        return nullptr;
    const map::MapNode node = m_full.nodes[size_t(index)];
    const bool editable = !m_readOnly;
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("mapMenu"));

    QAction* open = menu->addAction(UiText::tr("&Open %1").arg(node.name));
    open->setObjectName(QStringLiteral("map.open"));
    open->setShortcut(QKeySequence(Qt::Key_Return));
    connect(open, &QAction::triggered, this, [this, id] { emit m_workspace.openRecordRequested(id); });
    menu->addSeparator();

    auto addPerson = [this, node, id](const QString& text, bool underPerson) {
        QVariantMap presets = {{QStringLiteral("account_id"), m_accountId}};
        if (underPerson) {
            presets.insert(QStringLiteral("reports_to"), id);
            if (!node.unitId.isEmpty())
                presets.insert(QStringLiteral("org_unit_id"), node.unitId);
        } else {
            presets.insert(QStringLiteral("org_unit_id"), id);
        }
        auto* dialog = new forms::RecordDialog(m_workspace, kContact, QString(), presets, this);
        dialog->setWindowTitle(text);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };

    if (node.isContact()) {
        const QString role = node.role;
        choiceMenu(menu, *this, UiText::tr("Decision &role"), QStringLiteral("decision_role"), role, id,
                   editable);
        choiceMenu(menu, *this, UiText::tr("&Stance"), QStringLiteral("stance"), node.stance, id, editable);
        QMenu* influence = menu->addMenu(UiText::tr("&Influence"));
        influence->setObjectName(QStringLiteral("map.influence"));
        auto* group = new QActionGroup(influence);
        for (int level = 1; level <= 5; ++level) {
            QAction* a = influence->addAction(QString::number(level));
            a->setObjectName(QStringLiteral("map.influence.%1").arg(level));
            a->setCheckable(true);
            a->setChecked(node.influence == level);
            a->setEnabled(editable);
            group->addAction(a);
            connect(a, &QAction::triggered, this, [this, id, level] {
                // report() has shown a refusal; nothing else is left to do here.
                (void)report(m_editor->setContactField(id, QStringLiteral("influence"), level));
            });
        }
        QAction* left = menu->addAction(UiText::tr("&Left the company"));
        left->setObjectName(QStringLiteral("map.left"));
        left->setCheckable(true);
        left->setChecked(node.left);
        left->setEnabled(editable);
        connect(left, &QAction::toggled, this,
                [this, id](bool on) { (void)report(m_editor->setLeft(id, on)); }); // shown by report()
        menu->addSeparator();

        const QString addText = UiText::tr("&Add person reporting to %1…").arg(node.name);
        QAction* add = menu->addAction(addText);
        add->setObjectName(QStringLiteral("map.addReport"));
        add->setEnabled(editable);
        connect(add, &QAction::triggered, this, [addPerson, addText] { addPerson(addText, true); });
        QAction* link = menu->addAction(UiText::tr("Draw influence lin&k from here"));
        link->setObjectName(QStringLiteral("map.link"));
        link->setEnabled(editable);
        connect(link, &QAction::triggered, this, [this, id] { startLink(id); });
        // The person's links, each to edit (kind, strength, note) or delete.
        QMenu* links = menu->addMenu(UiText::tr("Lin&ks"));
        links->setObjectName(QStringLiteral("map.links"));
        for (const map::MapLink& l : m_full.links) {
            if (l.from != index && l.to != index)
                continue;
            const QString fromId = m_full.nodes[size_t(l.from)].id, toId = m_full.nodes[size_t(l.to)].id;
            const QString linkId = query::influenceLinkId(m_workspace.store().reader(), fromId, toId);
            if (linkId.isEmpty())
                continue;
            const QString text = UiText::tr("%1 → %2 (%3)")
                                     .arg(m_full.nodes[size_t(l.from)].name, m_full.nodes[size_t(l.to)].name,
                                          model::enumLabel(u"kind", l.kind));
            QMenu* one = links->addMenu(text);
            QAction* editLink = one->addAction(UiText::tr("&Edit…"));
            editLink->setObjectName(QStringLiteral("map.link.edit"));
            editLink->setEnabled(editable);
            connect(editLink, &QAction::triggered, this, [this, linkId] {
                auto* dialog =
                    new forms::RecordDialog(m_workspace, QStringLiteral("influence_link"), linkId, {}, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
            QAction* deleteLink = one->addAction(UiText::tr("&Delete…"));
            deleteLink->setObjectName(QStringLiteral("map.link.delete"));
            deleteLink->setEnabled(editable);
            connect(deleteLink, &QAction::triggered, this,
                    [this, linkId] { forms::RecordActions::deleteAsking(m_workspace, this, {linkId}); });
        }
        links->setEnabled(!links->isEmpty());
        QAction* coverage = menu->addAction(UiText::tr("&Who knows them…"));
        coverage->setObjectName(QStringLiteral("map.coverage"));
        coverage->setEnabled(editable);
        connect(coverage, &QAction::triggered, this, [this, id] {
            auto* dialog = new CoverageDialog(m_workspace, id, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        if (!m_options.opportunityId.isEmpty()) {
            // The buying-center overlay: this person's role in the deal shown.
            const QString deal = m_options.opportunityId;
            QMenu* roles = menu->addMenu(UiText::tr("Role in %1").arg(m_workspace.titleOf(deal)));
            roles->setObjectName(QStringLiteral("map.dealRole"));
            roles->setEnabled(editable);
            auto* roleGroup = new QActionGroup(roles);
            for (const QString& key : model::entity(u"buying_role")->field(u"role")->enumValues) {
                QAction* a = roles->addAction(model::enumLabel(u"role", key));
                a->setObjectName(QStringLiteral("map.dealRole.") + key);
                a->setCheckable(true);
                a->setChecked(node.dealRole == key);
                roleGroup->addAction(a);
                connect(a, &QAction::triggered, this, [this, id, deal, key] {
                    (void)report(
                        m_workspace.commands().setBuyingRole(deal, id, key).status()); // shown by report()
                });
            }
            roles->addSeparator();
            QAction* none = roles->addAction(UiText::tr("Not in the buying center"));
            none->setObjectName(QStringLiteral("map.dealRole.none"));
            none->setEnabled(!node.dealRole.isEmpty());
            connect(none, &QAction::triggered, this, [this, id, deal] {
                (void)report(m_workspace.commands().removeBuyingRole(deal, id)); // shown by report()
            });
        }
        QAction* followUp = menu->addAction(UiText::tr("Log &follow-up…"));
        followUp->setObjectName(QStringLiteral("map.followUp"));
        connect(followUp, &QAction::triggered, this,
                [this, id] { emit m_workspace.logFollowUpRequested(m_accountId, id); });
    } else {
        const QString addText = UiText::tr("&Add person in %1…").arg(node.name);
        QAction* add = menu->addAction(addText);
        add->setObjectName(QStringLiteral("map.addInUnit"));
        add->setEnabled(editable);
        connect(add, &QAction::triggered, this, [addPerson, addText] { addPerson(addText, false); });
        QAction* sub = menu->addAction(UiText::tr("Add &sub-unit to %1…").arg(node.name));
        sub->setObjectName(QStringLiteral("map.addUnit"));
        sub->setEnabled(editable);
        connect(sub, &QAction::triggered, this, [this, id] {
            auto* dialog = new forms::RecordDialog(
                m_workspace, QStringLiteral("org_unit"), QString(),
                {{QStringLiteral("account_id"), m_accountId}, {QStringLiteral("parent_id"), id}}, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    }
    menu->addSeparator();

    const int shown = m_scene->indexOf(id);
    if (shown >= 0 && m_scene->expandable(shown)) {
        const bool collapsed = m_collapsed.contains(id);
        QAction* fold = menu->addAction(collapsed ? UiText::tr("E&xpand") : UiText::tr("&Collapse"));
        fold->setObjectName(QStringLiteral("map.collapse"));
        fold->setShortcut(QKeySequence(Qt::Key_Space));
        connect(fold, &QAction::triggered, this, [this, id] { toggleCollapsed(id); });
    }
    if (m_focusId == id) {
        QAction* all = menu->addAction(UiText::tr("Show &everyone"));
        all->setObjectName(QStringLiteral("map.unfocus"));
        all->setShortcut(QKeySequence(Qt::Key_Escape));
        connect(all, &QAction::triggered, this, [this] { setFocusId(QString()); });
    } else {
        QAction* focus = menu->addAction(UiText::tr("F&ocus on %1").arg(node.name));
        focus->setObjectName(QStringLiteral("map.focus"));
        connect(focus, &QAction::triggered, this, [this, id] { setFocusId(id); });
    }
    return menu;
}

// ---- editing ---------------------------------------------------------------------

Status MapView::refuseIfReadOnly() const
{
    if (!m_readOnly)
        return {};
    return Status::fail(
        UiText::tr("This is the map as of %1; it cannot be edited. Show today's map to make changes.")
            .arg(QLocale().toString(m_full.today, QLocale::ShortFormat)));
}

Status MapView::report(const Status& status)
{
    if (!status)
        emit editRefused(status.message());
    return status;
}

Status MapView::dropNode(const QString& id, const QString& targetId)
{
    if (Status s = refuseIfReadOnly(); !s)
        return report(s);
    const int from = m_full.indexOf(id);
    const int to = m_full.indexOf(targetId);
    if (from < 0 || to < 0 || id == targetId)
        return {};
    const map::MapNode& moved = m_full.nodes[size_t(from)];
    const map::MapNode& target = m_full.nodes[size_t(to)];
    if (moved.isContact())
        return report(target.isContact() ? m_editor->reportTo(id, targetId)
                                         : m_editor->moveToUnit(id, targetId));
    if (target.isContact())
        return report(
            Status::fail(UiText::tr("A unit can only be moved under another unit, not under a person.")));
    return report(m_editor->moveUnit(id, targetId));
}

void MapView::startLink(const QString& fromId)
{
    if (Status s = refuseIfReadOnly(); !s) {
        (void)report(s); // shown by report(); there is nothing to return it to
        return;
    }
    m_linkFrom = fromId;
    viewport()->setCursor(Qt::CrossCursor);
    const QString name = m_workspace.titleOf(fromId);
    emit notice(UiText::tr("Click the person %1 influences (or select them and press Enter); Esc cancels.")
                    .arg(name));
}

Status MapView::finishLink(const QString& toId)
{
    const QString from = m_linkFrom;
    cancelLink();
    if (from.isEmpty() || from == toId)
        return {};
    const int to = m_full.indexOf(toId);
    if (to < 0 || !m_full.nodes[size_t(to)].isContact())
        return report(Status::fail(UiText::tr("An influence link goes from one person to another.")));
    auto link = m_editor->addInfluenceLink(from, toId);
    if (!link)
        return report(link.status());
    // The link is drawn as "influences"; its form offers the kind (trusts, mentors,
    // rivals), the strength and a note. Cancel keeps it as drawn.
    if (editDrawnLinks) {
        auto* dialog =
            new forms::RecordDialog(m_workspace, QStringLiteral("influence_link"), link.value(), {}, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
    return {};
}

void MapView::cancelLink()
{
    m_linkFrom.clear();
    viewport()->setCursor(Qt::OpenHandCursor);
}

} // namespace summit::ui
