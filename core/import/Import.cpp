#include "import/Import.h"
#include "CoreText.h"

#include "export/TableWriter.h"
#include "import/ImportPlanner.h"

#include <QCoreApplication>
#include <QHash>

namespace summit::import {

using detail::Planner;

QString Plan::summary(bool done) const
{
    QStringList parts;
    if (done)
        parts << CoreText::tr("%n created", nullptr, created) << CoreText::tr("%n updated", nullptr, updated);
    else
        parts << CoreText::tr("%n to create", nullptr, created)
              << CoreText::tr("%n to update", nullptr, updated);
    parts << CoreText::tr("%n skipped", nullptr, skipped)
          << (done ? CoreText::tr("%n left out with errors", nullptr, failed)
                   : CoreText::tr("%n with errors", nullptr, failed));
    if (extraCreated > 0)
        parts << CoreText::tr("and %n records the rows imply (groups, head offices)", nullptr, extraCreated);
    return parts.join(CoreText::tr(", ", "between the parts of a list"));
}

Result<Plan> plan(Store& store, const Table& table, const Mapping& mapping, const Options& options)
{
    if (mapping.columns.size() > table.headers.size() && !table.headers.isEmpty())
        return Result<Plan>::fail(CoreText::tr("The mapping has more columns than %1.").arg(table.name));
    return Planner(store, table, mapping, options).run();
}

Result<Plan> planAfter(Store& store, const std::vector<Plan>& before, const Table& table,
                       const Mapping& mapping, const Options& options)
{
    Change earlier;
    for (const Plan& p : before)
        earlier.ops.insert(earlier.ops.end(), p.change.ops.begin(), p.change.ops.end());
    if (earlier.ops.empty())
        return plan(store, table, mapping, options);
    Result<Plan> planned = Result<Plan>::fail(QString());
    const Status tried = store.tryOut(earlier, [&] {
        planned = plan(store, table, mapping, options);
        return planned.isOk() ? Status{} : planned.status();
    });
    if (!tried)
        return Result<Plan>::fail(tried.message());
    return planned;
}

Status commitTogether(const std::vector<Plan>& plans, const QString& label,
                      const std::function<Status(const Change&)>& apply)
{
    Change change;
    change.label = label;
    for (const Plan& p : plans) {
        if (p.refused)
            return Status::fail(
                CoreText::tr("Nothing was imported: %n rows have errors.", nullptr, p.failed));
        change.ops.insert(change.ops.end(), p.change.ops.begin(), p.change.ops.end());
    }
    if (change.ops.empty())
        return {};
    return apply(change);
}

Status commitTogether(Store& store, const std::vector<Plan>& plans, const QString& label)
{
    return commitTogether(plans, label, [&store](const Change& change) { return store.apply(change); });
}

Status commit(const Plan& plan, const std::function<Status(const Change&)>& apply)
{
    if (plan.refused)
        return Status::fail(CoreText::tr("Nothing was imported: %n rows have errors.", nullptr, plan.failed));
    if (plan.change.ops.empty())
        return {};
    return apply(plan.change);
}

Status commit(Store& store, const Plan& plan)
{
    return commit(plan, [&store](const Change& change) { return store.apply(change); });
}

Status writeErrors(const QString& path, const Table& table, const Plan& plan)
{
    QHash<int, QStringList> problems;
    for (const Problem& p : plan.problems)
        problems[p.line] << (p.header.isEmpty() ? p.message
                                                : QStringLiteral("%1: %2").arg(p.header, p.message));
    auto writer = exports::openTableWriter(path, CoreText::tr("Rows with errors"));
    if (!writer)
        return writer.status();
    exports::TableWriter& out = *writer.value();
    if (Status s = out.writeHeader(QStringList(table.headers) << CoreText::tr("Problem")); !s)
        return s;
    std::vector<exports::Value> cells;
    for (size_t i = 0; i < table.rows.size() && i < plan.rows.size(); ++i) {
        if (plan.rows[i].action != RowAction::Error)
            continue;
        // The cells as they were read, typed, so a fixed file imports the same way.
        cells.clear();
        for (int c = 0; c < table.headers.size(); ++c)
            cells.push_back(exports::Value::fromCell(table.rows[i].cells.value(c)));
        cells.push_back(
            exports::Value::ofText(problems.value(table.rows[i].line).join(QStringLiteral("; "))));
        if (Status s = out.writeRow(cells); !s)
            return s;
    }
    return out.finish();
}

} // namespace summit::import
