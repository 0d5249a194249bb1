#pragma once
// A store holding a copy of the demo data set. Generating the demo is the
// slowest step of many UI tests (seconds per case under the sanitizers), so
// each test program generates a data set once per set of options and every
// case that asks for it starts from its own copy of that file: cases still
// change their data freely without seeing each other's changes.

#include "StoreFixture.h"
#include "demo/DemoData.h"

#include <QFile>
#include <map>
#include <memory>

namespace summit::test {

struct DemoTemplate
{
    StoreFixture fixture{QStringLiteral("template.db")};
    demo::Summary summary;
};

inline const DemoTemplate& demoTemplate(const demo::Options& options)
{
    static std::map<QString, std::unique_ptr<DemoTemplate>> made;
    const QString key = QStringLiteral("%1/%2/%3/%4")
                            .arg(options.accounts)
                            .arg(options.seed)
                            .arg(options.today.toString(Qt::ISODate))
                            .arg(options.commerce);
    auto& slot = made[key];
    if (!slot) {
        auto t = std::make_unique<DemoTemplate>();
        auto r = demo::generate(*t->fixture.store, options);
        REQUIRE_MESSAGE(r.isOk(), r.message().toStdString());
        t->summary = r.value();
        t->fixture.store.reset(); // closed: the file is complete without its write-ahead log
        slot = std::move(t);
    }
    return *slot;
}

struct DemoFixture : StoreFixture
{
    demo::Summary summary;

    explicit DemoFixture(const demo::Options& options)
        : StoreFixture(QStringLiteral("test.db"), copyOf(options))
    {
        summary = demoTemplate(options).summary;
        now = demoTemplate(options).fixture.now; // the copy's clock goes on from the template's
        store->setAuthor(summary.meId);
    }

private:
    static QString copyOf(const demo::Options& options)
    {
        return demoTemplate(options).fixture.path(QStringLiteral("template.db"));
    }
};

} // namespace summit::test
