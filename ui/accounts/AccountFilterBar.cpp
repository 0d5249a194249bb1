#include "ui/accounts/AccountFilterBar.h"
#include "ui/UiText.h"

#include "model/Schema.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>
#include <algorithm>

namespace summit::ui {

namespace {

using FacetValues = std::vector<std::pair<QString, QString>>; // key, label

// The empty key: the accounts without a value.
QString notSet()
{
    return UiText::tr("Not set", "a filter value: accounts without a tier, stage, region or industry");
}

FacetValues enumValues(const QString& field, const QStringList& keys)
{
    FacetValues out;
    for (const QString& key : keys)
        out.emplace_back(key, key.isEmpty() ? notSet() : model::enumLabel(field, key));
    return out;
}

FacetValues plainValues(const QStringList& keys)
{
    FacetValues out;
    for (const QString& key : keys)
        out.emplace_back(key, key.isEmpty() ? notSet() : key);
    return out;
}

} // namespace

AccountFilterBar::AccountFilterBar(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    static const char* const names[FacetCount] = {"tierFilter", "ownerFilter", "stageFilter", "regionFilter",
                                                  "industryFilter"};
    for (int i = 0; i < FacetCount; ++i) {
        auto* button = new QToolButton(this);
        button->setObjectName(QLatin1String(names[i]));
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus); // reachable by Tab; Space opens the menu
        auto* menu = new QMenu(button);
        button->setMenu(menu);
        layout->addWidget(button);
        m_buttons[static_cast<size_t>(i)] = button;
        m_menus[static_cast<size_t>(i)] = menu;
        rebuildMenu(static_cast<Facet>(i));
    }

    auto toggle = [this, layout](const QString& objectName, const QString& text, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setObjectName(objectName);
        action->setCheckable(true);
        action->setToolTip(tip);
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setFocusPolicy(Qt::StrongFocus);
        layout->addWidget(button);
        return action;
    };
    m_mine =
        toggle(QStringLiteral("mineFilter"), UiText::tr("&Mine"),
               UiText::tr("Accounts where I am the account manager, solution architect or delivery expert"));
    connect(m_mine, &QAction::toggled, this, [this](bool on) {
        m_filter.mine = on;
        changed();
    });
    m_overdue = toggle(QStringLiteral("overdueFilter"), UiText::tr("&Overdue"),
                       UiText::tr("Accounts with an open task past its due date"));
    connect(m_overdue, &QAction::toggled, this, [this](bool on) {
        m_filter.overdue = on;
        changed();
    });

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(UiText::tr("Filter by name"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter.text = text;
        changed();
    });
    layout->addWidget(m_text, 1);

    auto* clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("clearFilters"));
    clear->setText(UiText::tr("Clear filters"));
    clear->setFocusPolicy(Qt::StrongFocus);
    connect(clear, &QToolButton::clicked, this, [this] {
        setFilter({});
        emit filterChanged(m_filter);
    });
    layout->addWidget(clear);
}

AccountFilterBar::~AccountFilterBar() = default;

void AccountFilterBar::setFacets(const query::AccountFacets& facets)
{
    m_values[Tier] = enumValues(QStringLiteral("tier"), facets.tiers);
    m_values[Owner] = Values(facets.owners.begin(), facets.owners.end());
    m_values[Stage] = enumValues(QStringLiteral("stage"), facets.stages);
    m_values[Region] = plainValues(facets.regions);
    m_values[Industry] = plainValues(facets.industries);
    for (int i = 0; i < FacetCount; ++i)
        rebuildMenu(static_cast<Facet>(i));
}

void AccountFilterBar::setFilter(const query::AccountFilter& filter)
{
    m_filter = filter;
    {
        const QSignalBlocker mine(m_mine), overdue(m_overdue), text(m_text);
        m_mine->setChecked(filter.mine);
        m_overdue->setChecked(filter.overdue);
        if (m_text->text() != filter.text)
            m_text->setText(filter.text);
    }
    for (int i = 0; i < FacetCount; ++i)
        rebuildMenu(static_cast<Facet>(i));
}

QSet<QString>& AccountFilterBar::selection(Facet facet)
{
    switch (facet) {
    case Tier:
        return m_filter.tiers;
    case Owner:
        return m_filter.owners;
    case Stage:
        return m_filter.stages;
    case Region:
        return m_filter.regions;
    case Industry:
    case FacetCount:
        break;
    }
    return m_filter.industries;
}

QString AccountFilterBar::facetLabel(Facet facet) const
{
    const QString account = QStringLiteral("account");
    switch (facet) {
    case Tier:
        return model::fieldLabel(account, u"tier");
    case Owner:
        return model::fieldLabel(account, u"am_id");
    case Stage:
        return model::fieldLabel(account, u"stage");
    case Region:
        return model::fieldLabel(account, u"region");
    case Industry:
    case FacetCount:
        break;
    }
    return model::fieldLabel(account, u"industry");
}

void AccountFilterBar::rebuildMenu(Facet facet)
{
    QMenu* menu = m_menus[facet];
    menu->clear();
    QAction* any = menu->addAction(UiText::tr("Any"));
    any->setObjectName(QStringLiteral("any"));
    connect(any, &QAction::triggered, this, [this, facet] {
        if (selection(facet).isEmpty())
            return;
        selection(facet).clear();
        // Unchecked in place: rebuilding would delete the action whose signal is running.
        for (QAction* action : m_menus[facet]->actions()) {
            const QSignalBlocker blocker(action);
            action->setChecked(false);
        }
        updateButton(facet);
        changed();
    });
    menu->addSeparator();
    Values values = m_values[facet];
    // A saved filter may name a value no account has any more: keep it offered, so it can be unchecked.
    for (const QString& key : selection(facet)) {
        const bool present =
            std::any_of(values.begin(), values.end(), [&](const auto& v) { return v.first == key; });
        if (!present)
            values.emplace_back(key, key.isEmpty() ? notSet()
                                     : facet == Tier || facet == Stage
                                         ? model::enumLabel(facet == Tier ? u"tier" : u"stage", key)
                                         : key);
    }
    for (const auto& [key, label] : values) {
        QAction* action = menu->addAction(label.isEmpty() ? key : label);
        action->setCheckable(true);
        action->setData(key);
        action->setChecked(selection(facet).contains(key));
        connect(action, &QAction::toggled, this, [this, facet, key = key](bool on) {
            if (on)
                selection(facet).insert(key);
            else
                selection(facet).remove(key);
            updateButton(facet);
            changed();
        });
    }
    updateButton(facet);
}

void AccountFilterBar::updateButton(Facet facet)
{
    const QSet<QString>& chosen = selection(facet);
    const QString label = facetLabel(facet);
    QString text = label;
    if (chosen.size() == 1) {
        QString value;
        for (const QString& key : chosen) // the one chosen
            value = key;
        for (const auto& [key, shown] : m_values[facet])
            if (key == value)
                value = shown;
        text = UiText::tr("%1: %2").arg(label, value);
    } else if (chosen.size() > 1) {
        text = UiText::tr("%1 (%2)").arg(label).arg(chosen.size());
    }
    QToolButton* button = m_buttons[facet];
    button->setText(text);
    // Bold marks a facet that narrows the list, whatever the palette.
    QFont font = button->font();
    font.setBold(!chosen.isEmpty());
    button->setFont(font);
}

void AccountFilterBar::changed()
{
    emit filterChanged(m_filter);
}

} // namespace summit::ui
