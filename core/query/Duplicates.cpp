#include "query/Duplicates.h"
#include "CoreText.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace summit::query {

QString normalisedCompanyName(const QString& name)
{
    QString s = name.normalized(QString::NormalizationForm_KC).toLower();
    s.remove(QLatin1Char(' ')).remove(QChar(0x3000)).remove(QLatin1Char('\t'));
    // Longest first, so 有限责任公司 is not left as 责任.
    static const QStringList parts = {QStringLiteral("(中国)"),       QStringLiteral("有限责任公司"),
                                      QStringLiteral("股份有限公司"), QStringLiteral("有限公司"),
                                      QStringLiteral("股份"),         QStringLiteral("集团"),
                                      QStringLiteral("公司")};
    for (const QString& p : parts)
        s.remove(p);
    return s;
}

Result<std::vector<DuplicateHit>> duplicateAccounts(Database& db, const QString& name,
                                                    const QString& creditCode, const QString& excludeId)
{
    std::vector<DuplicateHit> out;
    const QString code = creditCode.trimmed().toUpper();
    if (!code.isEmpty()) {
        auto rows =
            db.rows(QStringLiteral("SELECT id, name FROM accounts WHERE credit_code = ? AND deleted = 0"
                                   " AND id IS NOT ? ORDER BY name, id"),
                    {code, excludeId});
        if (!rows)
            return rows.error();
        for (const QVariantList& r : rows.value())
            out.push_back({r[0].toString(), r[1].toString(), CoreText::tr("same credit code")});
    }
    const QString key = normalisedCompanyName(name);
    if (!key.isEmpty()) {
        // Names are normalised here rather than stored: a team has thousands of
        // accounts, not millions, and the rule can change without a migration.
        auto rows =
            db.rows(QStringLiteral(
                        "SELECT id, name FROM accounts WHERE deleted = 0 AND id IS NOT ? ORDER BY name, id"),
                    {excludeId});
        if (!rows)
            return rows.error();
        for (const QVariantList& r : rows.value()) {
            const QString id = r[0].toString();
            if (normalisedCompanyName(r[1].toString()) != key)
                continue;
            if (std::any_of(out.begin(), out.end(), [&](const DuplicateHit& h) { return h.id == id; }))
                continue;
            out.push_back({id, r[1].toString(), CoreText::tr("same name")});
        }
    }
    return out;
}

Result<std::vector<DuplicateHit>> duplicateContacts(Database& db, const QString& accountId,
                                                    const QString& mobile, const QString& email,
                                                    const QString& excludeId)
{
    std::vector<DuplicateHit> out;
    auto find = [&](const QString& field, const QString& value, const QString& reason) -> Status {
        if (value.trimmed().isEmpty())
            return {};
        auto rows =
            db.rows(QStringLiteral("SELECT id, name FROM contacts WHERE account_id = ? AND deleted = 0"
                                   " AND id IS NOT ? AND lower(%1) = lower(?) ORDER BY name, id")
                        .arg(field),
                    {accountId, excludeId, value.trimmed()});
        if (!rows)
            return rows.status();
        for (const QVariantList& r : rows.value()) {
            const QString id = r[0].toString();
            if (std::none_of(out.begin(), out.end(), [&](const DuplicateHit& h) { return h.id == id; }))
                out.push_back({id, r[1].toString(), reason});
        }
        return {};
    };
    if (Status s = find(QStringLiteral("mobile"), mobile, CoreText::tr("same mobile")); !s)
        return s;
    if (Status s = find(QStringLiteral("email"), email, CoreText::tr("same email")); !s)
        return s;
    return out;
}

} // namespace summit::query
