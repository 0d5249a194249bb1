#include "search/Search.h"
#include "CoreText.h"

#include "search/SearchText.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace summit {

namespace {

// A short piece of `body` around the first place the query appears.
QString snippetOf(const QString& body, const QString& text)
{
    const int width = 48;
    int at = -1;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        at = body.indexOf(word, 0, Qt::CaseInsensitive);
        if (at >= 0)
            break;
    }
    if (body.size() <= width)
        return body;
    const int start = std::max(0, at < 0 ? 0 : at - width / 3);
    QString s = body.mid(start, width);
    if (start > 0)
        s.prepend(QStringLiteral("…"));
    if (start + width < body.size())
        s.append(QStringLiteral("…"));
    return s;
}

} // namespace

Result<std::vector<SearchHit>> searchRecords(Database& db, const QString& text, const SearchOptions& options)
{
    std::vector<SearchHit> hits;
    const QString match = search::ftsQuery(text);
    if (match.isEmpty())
        return hits;
    // Names (accounts, org units, contacts, opportunities) come first, ranked;
    // then notes (follow-ups, tasks), newest first: ranking every note that
    // mentions a common word would cost far more than the person waits.
    for (const bool notes : {false, true}) {
        const QString table = notes ? QStringLiteral("search_notes") : QStringLiteral("search");
        QString sql =
            QStringLiteral(
                "SELECT d.entity, d.entity_id, d.account_id, d.title, d.body, %1, d.names, s.terms FROM %2 s "
                "JOIN search_docs d ON d.docid = s.rowid WHERE %2 MATCH ?")
                .arg(notes ? QStringLiteral("0") : QStringLiteral("s.rank"), table);
        QVariantList binds = {match};
        if (!options.entity.isEmpty()) {
            sql += QStringLiteral(" AND d.entity = ?");
            binds << options.entity;
        }
        if (!options.accountId.isEmpty()) {
            sql += QStringLiteral(" AND d.account_id = ?");
            binds << options.accountId;
        }
        // Fetch more than asked: the exact check below drops bigram false positives.
        sql += notes ? QStringLiteral(" ORDER BY s.rowid DESC LIMIT ?")
                     : QStringLiteral(" ORDER BY s.rank LIMIT ?");
        binds << options.limit * 4 + 20;
        auto r = db.run(sql, binds);
        if (!r)
            return Result<std::vector<SearchHit>>::fail(
                CoreText::tr("Search for \"%1\" failed: %2").arg(text, r.message()));
        QSqlQuery* q = r.value();
        while (q->next() && int(hits.size()) < options.limit) {
            SearchHit h;
            h.entity = q->value(0).toString();
            h.id = q->value(1).toString();
            h.accountId = q->value(2).toString();
            h.title = q->value(3).toString();
            const QString body = q->value(4).toString();
            h.rank = q->value(5).toDouble();
            if (!search::matches(text, q->value(6).toString(), body, q->value(7).toString()))
                continue;
            h.snippet = snippetOf(body, text);
            hits.push_back(std::move(h));
        }
        q->finish();
    }
    return hits;
}

} // namespace summit
