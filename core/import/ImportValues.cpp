#include "import/ImportValues.h"
#include "CoreText.h"

#include "validation/Validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <cmath>

namespace summit::import {

namespace {

// Excel's day 0 in the 1900 system is 1899-12-31, and it counts a 29 February
// 1900 that never was (serial 60): from serial 61 on, day 0 is 1899-12-30.
QDate fromSerial(double serial)
{
    const qint64 days = qint64(std::floor(serial));
    if (days < 1 || days > 2958465) // 9999-12-31
        return {};
    return days < 61 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

// Words teams write for choices, beyond the labels Summit shows. Keys are
// compared after folding case and dropping spaces.
const QHash<QString, QString>& synonyms(const QString& field)
{
    static const QHash<QString, QHash<QString, QString>> all = [] {
        auto u = [](const char* s) {
            return QString::fromUtf8(s);
        };
        QHash<QString, QHash<QString, QString>> t;
        auto add = [&](const char* name, const char* key, std::initializer_list<const char*> words) {
            for (const char* w : words)
                t[QString::fromLatin1(name)].insert(u(w), QString::fromLatin1(key));
        };
        add("decision_role", "economic_buyer",
            {"关键决策人", "经济决策者", "决策者", "最终决策人", "拍板人", "拍板", "eb", "decisionmaker"});
        add("decision_role", "technical_buyer", {"技术决策者", "技术决策人", "技术把关人", "技术评估", "tb"});
        add("decision_role", "financial_approver", {"财务审批人", "财务审批", "财务决策者", "财务"});
        add("decision_role", "user_buyer", {"使用者", "使用部门", "最终用户", "用户", "ub"});
        add("decision_role", "influencer", {"影响者", "影响人"});
        add("decision_role", "champion", {"支持者", "内线", "教练", "coach"});
        add("decision_role", "gatekeeper", {"把关者", "守门人", "守门员"});
        add("decision_role", "blocker", {"阻碍者", "反对者"});
        add("stance", "champion", {"强烈支持", "拥护", "铁杆", "内线"});
        add("stance", "supporter", {"支持", "积极", "正面", "友好"});
        add("stance", "neutral", {"中立", "一般", "观望中立"});
        add("stance", "skeptic", {"怀疑", "观望", "犹豫", "消极"});
        add("stance", "opponent", {"反对", "敌对", "负面"});
        add("stance", "unknown", {"未知", "不详", "不清楚"});
        for (const char* tier : {"S", "A", "B", "C"}) {
            const QByteArray k(tier);
            for (const char* suffix : {"类", "级", "类客户", "级客户"})
                t[QStringLiteral("tier")].insert(QString::fromLatin1(k).toLower() + u(suffix),
                                                 QString::fromLatin1(k));
        }
        add("tier", "S", {"战略", "战略客户"});
        add("tier", "A", {"重点", "重点客户", "核心", "核心客户"});
        add("tier", "C", {"普通", "普通客户"});
        add("scale", "small", {"小型", "小"});
        add("scale", "medium", {"中型", "中"});
        add("scale", "large", {"大型", "大"});
        add("scale", "giant", {"特大型", "超大型", "巨型"});
        add("potential", "low", {"低"});
        add("potential", "medium", {"中"});
        add("potential", "high", {"高"});
        add("kind", "group_hq", {"集团总部", "总部", "集团"});
        add("kind", "division", {"事业部", "板块"});
        add("kind", "region", {"大区", "区域"});
        add("kind", "subsidiary", {"子公司", "分公司", "控股公司"});
        add("kind", "plant", {"工厂", "生产基地", "基地"});
        add("kind", "department", {"部门", "处室"});
        add("status", "active", {"在职", "有效"});
        add("status", "left", {"离职", "已离职"});
        add("status", "open", {"进行中", "跟进中", "未完成"});
        add("status", "won", {"赢单", "已赢单", "成交"});
        add("status", "lost", {"输单", "丢单", "已输单"});
        add("type", "visit", {"拜访", "上门拜访", "面访"});
        add("type", "call", {"电话", "电话沟通"});
        add("type", "meeting", {"会议", "开会"});
        add("type", "email", {"邮件", "电子邮件"});
        add("type", "message", {"微信", "消息", "短信"});
        add("type", "demo", {"演示", "产品演示"});
        add("type", "executive_visit", {"高层拜访", "高层互访"});
        add("yes_no", "yes", {"是", "有", "y", "true", "1", "✓"});
        add("yes_no", "no", {"否", "无", "n", "false", "0"});
        return t;
    }();
    static const QHash<QString, QString> none;
    auto it = all.find(field);
    return it == all.end() ? none : *it;
}

QString fold(const QString& s)
{
    QString out = s.normalized(QString::NormalizationForm_KC).toLower();
    static const QRegularExpression noise(QStringLiteral("[\\s_\\-/]"));
    out.remove(noise);
    return out;
}

// Folded word -> enum key for a choice field: its keys, their labels in the
// language shown, in English and in Chinese, and the synonyms above. Built once per field
// and choice list: an import reads the same words a hundred thousand times.
QHash<QString, QString> wordsOf(const model::FieldDef& field)
{
    QHash<QString, QString> words;
    const bool yesNo = field.enumValues == QStringList{QStringLiteral("yes"), QStringLiteral("no")};
    const QHash<QString, QString>& extra = synonyms(yesNo ? QStringLiteral("yes_no") : field.name);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        if (field.enumValues.contains(it.value()))
            words.insert(fold(it.key()), it.value());
    // Labels and keys last, so they win over a synonym spelled the same.
    for (const QString& key : field.enumValues) {
        words.insert(fold(model::enumSourceLabel(field.name, key)), key);
        if (const QString zh = model::enumChineseLabel(field.name, key); !zh.isEmpty())
            words.insert(fold(zh), key);
        words.insert(fold(model::enumLabel(field.name, key)), key);
        words.insert(fold(key), key);
    }
    return words;
}

const QHash<QString, QString>& cachedWordsOf(const model::FieldDef& field)
{
    // Per thread: the wizard reads on the GUI thread, a test or the CLI on its own.
    thread_local QHash<QString, QHash<QString, QString>> cache;
    const QString id = field.name + QLatin1Char('\n') + field.enumValues.join(QLatin1Char('\n'));
    auto it = cache.find(id);
    if (it == cache.end())
        it = cache.insert(id, wordsOf(field));
    return *it;
}

} // namespace

QString cellText(const QVariant& cell)
{
    switch (cell.typeId()) {
    case QMetaType::Double: {
        const double d = cell.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QMetaType::Bool:
        return cell.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return cell.toDateTime().toString(Qt::ISODate);
    default:
        return cell.toString().trimmed();
    }
}

QDate parseDate(const QVariant& cell, QString* error)
{
    if (cell.typeId() == QMetaType::QDate)
        return cell.toDate();
    if (cell.typeId() == QMetaType::QDateTime)
        return cell.toDateTime().date();
    if (cell.typeId() == QMetaType::Double) {
        const double v = cell.toDouble();
        // 20260105 typed as a number, or a serial.
        if (v >= 19000101 && v <= 29991231 && v == std::floor(v)) {
            const QDate d = QDate::fromString(QString::number(qint64(v)), QStringLiteral("yyyyMMdd"));
            if (d.isValid())
                return d;
        }
        const QDate d = fromSerial(v);
        if (!d.isValid())
            *error = CoreText::tr("%1 is not a date.").arg(cellText(cell));
        return d;
    }
    const QString text = cell.toString().trimmed().normalized(QString::NormalizationForm_KC);
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                       "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QRegularExpressionMatch m = ymd.match(text);
    if (!m.hasMatch())
        m = compact.match(text);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            return d;
    }
    *error =
        CoreText::tr("\"%1\" is not a date (write it as 2026-01-05, 2026/1/5 or 2026年1月5日).").arg(text);
    return {};
}

QDateTime parseDateTime(const QVariant& cell, QString* error)
{
    if (cell.typeId() == QMetaType::QDateTime)
        return cell.toDateTime();
    if (cell.typeId() == QMetaType::Double) {
        const double v = cell.toDouble();
        const QDate d = parseDate(cell, error);
        const double fraction = v - std::floor(v);
        if (!d.isValid() || fraction == 0 || v >= 19000101)
            return d.isValid() ? QDateTime(d, QTime(9, 0)) : QDateTime();
        return QDateTime(
            d, QTime::fromMSecsSinceStartOfDay(int(std::llround(fraction * 86'400'000.0) % 86'400'000)));
    }
    if (cell.typeId() == QMetaType::QString) {
        const QString text = cell.toString().trimmed().normalized(QString::NormalizationForm_KC);
        static const QRegularExpression clock(QStringLiteral(
            "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?:\\s*日\\s*|\\s*[ T]\\s*)"
            "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,3})\\d*)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?$"));
        if (const QRegularExpressionMatch m = clock.match(text); m.hasMatch()) {
            const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            const QTime t(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
                          m.captured(7).leftJustified(3, QLatin1Char('0')).toInt());
            if (d.isValid() && t.isValid()) {
                const QString zone = m.captured(8);
                if (zone.isEmpty())
                    return QDateTime(d, t);
                if (zone == QLatin1String("Z"))
                    return QDateTime(d, t, Qt::UTC);
                QString hhmm = zone.mid(1);
                hhmm.remove(QLatin1Char(':'));
                const int offset = (hhmm.left(2).toInt() * 60 + hhmm.mid(2).toInt()) * 60;
                return QDateTime(d, t, Qt::OffsetFromUTC,
                                 zone.startsWith(QLatin1Char('-')) ? -offset : offset);
            }
            *error = CoreText::tr("\"%1\" is not a date and time (write it as 2026-01-05 14:30).").arg(text);
            return {};
        }
    }
    const QDate d = parseDate(cell, error);
    return d.isValid() ? QDateTime(d, QTime(9, 0))
                       : QDateTime(); // a day with no time: the morning, local time
}

qint64 parseMoney(const QVariant& cell, QString* error)
{
    if (cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::LongLong ||
        cell.typeId() == QMetaType::Int) {
        const double yuan = cell.toDouble();
        if (!std::isfinite(yuan) || std::fabs(yuan) > 9e13) {
            *error = CoreText::tr("%1 is not an amount.").arg(cellText(cell));
            return 0;
        }
        return qint64(std::llround(yuan * 100));
    }
    QString s = cell.toString().normalized(QString::NormalizationForm_KC).trimmed();
    static const QRegularExpression prefix(QStringLiteral("^(?:RMB|CNY|人民币)\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    s.remove(prefix);
    s.remove(QChar(0x00A5)).remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    if (s.endsWith(QChar(0x5143))) // 元
        s.chop(1);
    double scale = 100;
    if (s.endsWith(QChar(0x4E07))) { // 万
        scale = 1'000'000;
        s.chop(1);
    } else if (s.endsWith(QChar(0x4EBF))) { // 亿
        scale = 10'000'000'000.0;
        s.chop(1);
    }
    static const QRegularExpression number(QStringLiteral("^-?\\d+(?:\\.\\d+)?$"));
    if (!number.match(s).hasMatch()) {
        *error = CoreText::tr("\"%1\" is not an amount (write it as 1234.50, ¥1,234.50, 12.5万 or 1234元).")
                     .arg(cellText(cell));
        return 0;
    }
    const double value = s.toDouble() * scale;
    if (std::fabs(value) > 9e15) {
        *error = CoreText::tr("%1 is too large an amount.").arg(cellText(cell));
        return 0;
    }
    return qint64(std::llround(value));
}

QString parseChoice(const model::FieldDef& field, const QString& text, QString* error)
{
    const QString wanted = fold(text);
    if (wanted.isEmpty())
        return {};
    const QString key = cachedWordsOf(field).value(wanted);
    if (!key.isEmpty())
        return key;
    QStringList shown;
    for (const QString& k : field.enumValues)
        shown << model::enumLabel(field.name, k);
    *error = CoreText::tr("\"%1\" is not one of: %2.", "an imported cell outside a field's choices")
                 .arg(text.trimmed(), shown.join(QStringLiteral(", ")));
    return {};
}

QVariant fieldValue(const model::EntityDef& entity, const model::FieldDef& field, const QVariant& cell,
                    QString* error)
{
    if (!cell.isValid() || cell.isNull() ||
        (cell.typeId() == QMetaType::QString && cell.toString().trimmed().isEmpty()))
        return {};
    QVariant value;
    switch (field.type) {
    case model::FieldType::Date: {
        const QDate d = parseDate(cell, error);
        if (!d.isValid())
            return {};
        value = d.toString(Qt::ISODate);
        break;
    }
    case model::FieldType::DateTime: {
        const QDateTime at = parseDateTime(cell, error);
        if (!at.isValid())
            return {};
        value = at.toUTC().toString(Qt::ISODateWithMs);
        break;
    }
    case model::FieldType::Money:
        value = parseMoney(cell, error);
        if (!error->isEmpty())
            return {};
        break;
    case model::FieldType::Int: {
        const QString t = cellText(cell);
        bool ok = false;
        const qint64 n = t.toLongLong(&ok);
        if (!ok) {
            *error = CoreText::tr("\"%1\" is not a whole number.").arg(t);
            return {};
        }
        value = n;
        break;
    }
    case model::FieldType::Enum:
        value = parseChoice(field, cellText(cell), error);
        if (!error->isEmpty())
            return {};
        break;
    default: {
        QString t = cellText(cell);
        if (field.check == model::Check::CreditCode)
            t = validation::normalizeCreditCode(t);
        else if (field.check == model::Check::Phone || field.check == model::Check::Mobile)
            t = validation::normalizePhone(t);
        value = t;
    }
    }
    const QString problem = model::checkValue(entity, field, value);
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    return value;
}

} // namespace summit::import
