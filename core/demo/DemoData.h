#pragma once
// The demo data set: a realistic key-account book of Chinese enterprise
// customers — team, accounts with valid unified social credit codes, org trees
// (group HQ → divisions → regions → subsidiaries → plants → departments),
// contacts with reporting lines and decision roles, influence links, coverage,
// opportunities with buying centers, three years of follow-ups and tasks.
//
// Deterministic: the same seed and `today` give the same records, ids
// included (ids come from a seeded source while generating), so canonical
// exports of two runs are byte-identical. Everything is written through
// Store::apply (not undoable), one change per account or per ~5,000
// operations for the big ones.
//
// The first accounts are hand-written anchors that tests, docs and
// screenshots rely on: account 1 is 华为技术有限公司 (华为, credit code
// 914403001922038216) whose economic buyer is 王建国, account 2 is
// 中国移动通信集团有限公司 (中国移动).

#include "Result.h"

#include <QDate>
#include <QString>
#include <functional>

namespace summit {
class Store;
}

namespace summit::demo {

struct Options
{
    int accounts = 12;
    quint64 seed = 1;
    QDate today;          // anchor for dates; invalid = QDate::currentDate()
    bool commerce = true; // contracts, payment plans, service requests and surveys (DemoCommerce.cpp)
    std::function<void(int done, int total)> progress; // called after each account
};

struct Summary
{
    int members = 0, accounts = 0, orgUnits = 0, contacts = 0, links = 0, coverage = 0, opportunities = 0,
        buyingRoles = 0, followups = 0, tasks = 0, contracts = 0;
    QString meId; // the first account manager: the caller makes it the device's author
};

// Writes the data set into `store`. An error is the store's refusal of a
// generated record, passed on unchanged (the changes before it stay).
Result<Summary> generate(Store& store, const Options& options);

// A valid GB 32100-2015 credit code: "91", the 6-digit division code, 9
// random characters of the code alphabet from `random` and the check character.
QString makeCreditCode(QStringView divisionCode, const std::function<quint64()>& random);

} // namespace summit::demo
