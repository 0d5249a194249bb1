#include "ui/account/AccountScoresBox.h"
#include "ui/UiText.h"

#include "analysis/AccountScores.h"
#include "analysis/Lifecycle.h"
#include "commands/Commands.h"
#include "model/Display.h"
#include "store/Store.h"
#include "ui/Workspace.h"
#include "ui/account/HealthTrendChart.h"

#include <QGridLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QVBoxLayout>

namespace summit::ui {

namespace {

QLabel* textLabel(QWidget* parent, const char* name = nullptr)
{
    auto* l = new QLabel(parent);
    if (name)
        l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}

} // namespace

QColor healthBandColor(const QString& band, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (band == QLatin1String("green"))
        return dark ? QColor(0x6f, 0xcf, 0x7f) : QColor(0x1b, 0x7f, 0x3a);
    if (band == QLatin1String("amber"))
        return dark ? QColor(0xf0, 0xb4, 0x4c) : QColor(0x9a, 0x5b, 0x00);
    return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x23, 0x18);
}

AccountScoresBox::AccountScoresBox(Workspace& workspace, const QString& accountId, QWidget* parent)
    : QGroupBox(UiText::tr("Tier and health"), parent), m_workspace(workspace), m_accountId(accountId)
{
    setObjectName(QStringLiteral("accountScores"));
    m_tier = textLabel(this, "computedTier");
    m_override = textLabel(this, "tierOverride");
    m_accept = new QPushButton(this);
    m_accept->setObjectName(QStringLiteral("acceptTier"));
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (const Status s = m_workspace.commands().acceptComputedTier(m_accountId, m_workspace.today()); !s)
            emit m_workspace.message(s.message());
    });
    m_stage = textLabel(this, "lifecycleStage");
    m_moveStage = new QPushButton(this);
    m_moveStage->setObjectName(QStringLiteral("moveStage"));
    connect(m_moveStage, &QPushButton::clicked, this, [this] {
        if (m_suggestedStage.isEmpty())
            return;
        const Status s =
            m_workspace.commands().editRecord(m_accountId, {{QStringLiteral("stage"), m_suggestedStage}});
        if (!s)
            emit m_workspace.message(s.message());
    });
    m_health = textLabel(this, "healthSummary");
    m_health->setWordWrap(false); // one line beside the trend
    QFont bold = m_health->font();
    bold.setBold(true);
    m_health->setFont(bold);
    m_trend = new HealthTrendChart(m_workspace.store().path(), this);
    auto* trendCaption = new QLabel(UiText::tr("Last 52 weeks:"), this);

    auto* tierRow = new QHBoxLayout;
    tierRow->addWidget(m_tier, 1);
    tierRow->addWidget(m_accept, 0, Qt::AlignTop);
    m_components = new QGridLayout;
    m_components->setColumnStretch(2, 1);
    m_components->setHorizontalSpacing(12);

    auto* stageRow = new QHBoxLayout;
    stageRow->addWidget(m_stage, 1);
    stageRow->addWidget(m_moveStage, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tierRow);
    layout->addWidget(m_override);
    layout->addLayout(stageRow);
    layout->addSpacing(6);
    auto* healthRow = new QHBoxLayout;
    healthRow->addWidget(m_health, 0, Qt::AlignTop);
    healthRow->addSpacing(12);
    healthRow->addWidget(trendCaption, 0, Qt::AlignTop);
    healthRow->addWidget(m_trend, 1);
    layout->addLayout(healthRow);
    layout->addLayout(m_components);
    // The overview tab loads it with the rest of the account.
}

void AccountScoresBox::reload()
{
    // Tier and health from one reading of the account's records.
    const auto scores =
        analysis::assessAccount(m_workspace.store().reader(), m_accountId, m_workspace.today());
    if (!scores) {
        m_tier->setText(scores.message());
        m_override->hide();
        m_accept->hide();
    } else {
        const analysis::TierAssessment& t = scores.value().tier;
        m_tier->setText(UiText::tr("Computed tier %1").arg(t.reason));
        m_override->setVisible(t.differs());
        if (t.differs())
            m_override->setText(
                t.current.isEmpty()
                    ? UiText::tr(
                          "The account has no tier yet: accept the computed one, or set one in the form.")
                : t.overrideReason.isEmpty()
                    ? UiText::tr("The account's tier is %1, set by hand without a reason.").arg(t.current)
                    : UiText::tr("The account's tier is %1, set by hand: %2")
                          .arg(t.current, t.overrideReason));
        m_accept->setVisible(t.differs());
        m_accept->setText(UiText::tr("Accept tier %1").arg(t.computed));
        m_accept->setToolTip(UiText::tr("Give the account its computed tier (undoable)"));
    }

    reloadStage();
    m_trend->load(m_accountId, m_workspace.today());

    while (QLayoutItem* item = m_components->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!scores) {
        m_health->setText(scores.message());
        return;
    }
    const analysis::HealthAssessment& h = scores.value().health;
    m_health->setText(
        UiText::tr("Health %1 of 100 · %2").arg(h.score).arg(analysis::healthBandLabel(h.band)));
    QPalette p = m_health->palette();
    p.setColor(QPalette::WindowText, healthBandColor(analysis::healthBandKey(h.band), palette()));
    m_health->setPalette(p);
    int row = 0;
    for (const analysis::HealthComponent& c : h.components) {
        auto* name = textLabel(this);
        name->setText(analysis::healthComponentLabel(c.key));
        auto* points = textLabel(this);
        points->setObjectName(QStringLiteral("health_") + c.key);
        points->setWordWrap(false);
        points->setText(c.measured ? UiText::tr("%1 / %2").arg(QString::number(c.points, 'f', 1),
                                                               QString::number(c.maxPoints, 'f', 1))
                                   : UiText::tr("not scored"));
        points->setAlignment(Qt::AlignRight | Qt::AlignTop);
        auto* reasons = textLabel(this);
        reasons->setText(c.reasons.join(QLatin1Char('\n')));
        m_components->addWidget(name, row, 0, Qt::AlignTop);
        m_components->addWidget(points, row, 1, Qt::AlignTop);
        m_components->addWidget(reasons, row, 2);
        ++row;
    }
}

void AccountScoresBox::reloadStage()
{
    m_suggestedStage.clear();
    m_moveStage->hide();
    auto life = analysis::accountLifecycle(m_workspace.store(), m_accountId, m_workspace.today());
    if (!life) {
        m_stage->setText(life.message());
        return;
    }
    const analysis::Lifecycle& l = life.value();
    QString text =
        l.stage.isEmpty() ? UiText::tr("Lifecycle stage: not set")
        : l.since.isValid()
            ? UiText::tr("Lifecycle stage: %1, %n day(s) since %2", nullptr, l.daysInStage)
                  .arg(model::enumLabel(u"stage", l.stage), model::formatDate(l.since.toString(Qt::ISODate)))
            : UiText::tr("Lifecycle stage: %1").arg(model::enumLabel(u"stage", l.stage));
    if (!l.suggested.isEmpty()) {
        text += QLatin1Char('\n') +
                UiText::tr("Suggested: %1. %2").arg(model::enumLabel(u"stage", l.suggested), l.reason);
        m_suggestedStage = l.suggested;
        m_moveStage->setText(UiText::tr("Move to %1").arg(model::enumLabel(u"stage", l.suggested)));
        m_moveStage->setToolTip(UiText::tr("Set the account's stage to the suggested one (undoable)"));
        m_moveStage->show();
    }
    QStringList history;
    for (const analysis::StageEntry& e : l.entries)
        history << UiText::tr("%1: %2").arg(model::formatDate(e.on.toString(Qt::ISODate)),
                                            e.stage.isEmpty() ? UiText::tr("not set")
                                                              : model::enumLabel(u"stage", e.stage));
    m_stage->setToolTip(history.isEmpty()
                            ? QString()
                            : UiText::tr("Stages so far:\n%1").arg(history.join(QLatin1Char('\n'))));
    m_stage->setText(text);
}

} // namespace summit::ui
