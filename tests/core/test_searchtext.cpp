// SearchText: pinyin, FTS5 index terms and queries, the exact post-filter, and
// the whole chain against a real SQLite FTS5 table.
#include <doctest/doctest.h>

#include "QtDoctest.h"
#include "search/SearchText.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace doctest {
template <> struct StringMaker<QSet<QString>>
{
    static String convert(const QSet<QString>& set)
    {
        QStringList list(set.begin(), set.end());
        list.sort();
        return String(("{" + list.join(u", ") + "}").toUtf8().constData());
    }
};
} // namespace doctest

using namespace Qt::Literals::StringLiterals;
using namespace summit::search;

namespace {

QStringList tokens(const QString& terms)
{
    return terms.split(u' ');
}

} // namespace

TEST_CASE("pinyin of company and person names")
{
    CHECK(pinyinFull(u"华为技术有限公司") == u"huaweijishuyouxiangongsi"_s);
    CHECK(pinyinInitials(u"华为技术有限公司") == u"hwjsyxgs"_s);
    CHECK(pinyinFull(u"中国移动") == u"zhongguoyidong"_s);
    CHECK(pinyinInitials(u"中国移动") == u"zgyd"_s);
    CHECK(pinyinFull(u"王建国") == u"wangjianguo"_s);
    CHECK(pinyinInitials(u"王建国") == u"wjg"_s);
    CHECK(pinyinFull(u"深圳市腾讯计算机系统有限公司") == u"shenzhenshitengxunjisuanjixitongyouxiangongsi"_s);
    CHECK(pinyinSyllables(u"华为技术") == QStringList{u"hua"_s, u"wei"_s, u"ji"_s, u"shu"_s});
}

TEST_CASE("pinyin keeps other characters, lower-cased, and never splits a surrogate pair")
{
    CHECK(pinyinFull(u"ABC华为") == u"abchuawei"_s);
    CHECK(pinyinInitials(u"ABC华为") == u"abchw"_s);
    CHECK(pinyinFull(u"华为 Cloud!") == u"huawei cloud!"_s);
    CHECK(pinyinFull(QString()).isEmpty());

    // U+20000 (Extension B, "he") is one character written as two UTF-16 units.
    const QString extB = u"A\U00020000华"_s;
    REQUIRE(extB.size() == 4);
    CHECK(pinyinSyllables(extB) == QStringList{QString(), u"he"_s, u"hua"_s});
    CHECK(pinyinFull(extB) == u"ahehua"_s);
    CHECK(pinyinInitials(extB) == u"ahh"_s);
    // A Han character without a reading (U+2A6DF has none) is kept as it is.
    CHECK(pinyinFull(u"\U0002A6DF华"_s) == u"\U0002A6DFhua"_s);
    // A lone surrogate is kept, not read as part of anything.
    const QString lone = QString(QChar(0xD840)) + u"华"_s;
    CHECK(pinyinSyllables(lone) == QStringList{QString(), u"hua"_s});
}

TEST_CASE("ü is written v, and common words use their own readings")
{
    CHECK(pinyinOf(U'女') == "nv"_L1);
    CHECK(pinyinFull(u"吕绿") == u"lvlv"_s);
    CHECK(pinyinFull(u"略") == u"lve"_s);
    CHECK(pinyinFull(u"中国银行") == u"zhongguoyinhang"_s);
    CHECK(pinyinFull(u"银行行长") == u"yinhanghangzhang"_s);
    CHECK(pinyinFull(u"重庆长安汽车") == u"chongqingchanganqiche"_s);
    CHECK(pinyinFull(u"长沙分行") == u"changshafenhang"_s);
    CHECK(pinyinFull(u"成都房地产") == u"chengdufangdichan"_s);
    CHECK(pinyinFull(u"董事长") == u"dongshizhang"_s); // 长 alone keeps its first reading
    CHECK(pinyinFull(u"行") == u"xing"_s);
}

TEST_CASE("isHan covers the ideograph blocks, including supplementary planes")
{
    CHECK(isHan(U'华'));
    CHECK(isHan(U'\u3400')); // Extension A
    CHECK(isHan(U'\U00020000'));
    CHECK(isHan(U'\U00030000')); // Extension G
    CHECK_FALSE(isHan(U'a'));
    CHECK_FALSE(isHan(U'。'));
    CHECK_FALSE(isHan(U'あ'));
    CHECK_FALSE(isHan(U'ㄅ'));
}

TEST_CASE("indexTerms")
{
    SUBCASE("title gets Han unigrams, bigrams, pinyin and initials of every suffix")
    {
        const QStringList t = tokens(indexTerms(u"华为技术有限公司"_s, QString()));
        for (const QString& expected : {u"华"_s, u"为"_s, u"司"_s, u"华为"_s, u"为技"_s, u"公司"_s,
                                        u"huaweijishuyouxiango"_s, u"weijishuyouxiangongs"_s,
                                        u"jishuyouxiangongsi"_s, u"si"_s, u"hwjsyxgs"_s, u"jsyxgs"_s, u"s"_s})
            CHECK_MESSAGE(t.contains(expected), expected);
        // Pinyin tokens are cut to the cap.
        for (const QString& token : t)
            CHECK(token.size() <= kMaxPinyinTokenLength);
        CHECK_FALSE(t.contains(u"huaweijishuyouxiangongsi"_s));
    }
    SUBCASE("body gets Han unigrams and bigrams and words, but no pinyin")
    {
        const QStringList t = tokens(indexTerms(u"王建国"_s, u"技术总监 CTO, Tel 138-0013-8000"_s));
        for (const QString& expected :
             {u"技"_s, u"技术"_s, u"术总"_s, u"总监"_s, u"cto"_s, u"tel"_s, u"138"_s, u"0013"_s, u"8000"_s,
              u"wangjianguo"_s, u"wjg"_s, u"jianguo"_s})
            CHECK_MESSAGE(t.contains(expected), expected);
        CHECK_FALSE(t.contains(u"jishu"_s));
        CHECK_FALSE(t.contains(u"js"_s));
    }
    SUBCASE("latin words are lower-cased, digit runs kept, full-width folded")
    {
        const QStringList t =
            tokens(indexTerms(u"Siemens China"_s, u"信用代码 91440300MA5F0X1234；ＡＢＣ１２"_s));
        for (const QString& expected : {u"siemens"_s, u"china"_s, u"91440300ma5f0x1234"_s, u"abc12"_s})
            CHECK_MESSAGE(t.contains(expected), expected);
        // No Han in the title, so no pinyin tokens ("siemenschina").
        CHECK_FALSE(t.contains(u"siemenschina"_s));
    }
    SUBCASE("a title starting with latin also gets pinyin from its start")
    {
        const QStringList t = tokens(indexTerms(u"TCL科技"_s, QString()));
        for (const QString& expected : {u"tcl"_s, u"tclkeji"_s, u"tclkj"_s, u"keji"_s, u"kj"_s, u"科技"_s})
            CHECK_MESSAGE(t.contains(expected), expected);
    }
    SUBCASE("Han and latin are separate tokens even without a space")
    {
        const QStringList t = tokens(indexTerms(u"华为Mate60"_s, QString()));
        CHECK(t.contains(u"华为"_s));
        CHECK(t.contains(u"mate60"_s));
        CHECK(t.contains(u"huaweimate60"_s));
        CHECK(t.contains(u"hwmate60"_s));
    }
    SUBCASE("a surrogate pair is one character in unigrams and bigrams")
    {
        const QStringList t = tokens(indexTerms(QString(), u"\U00020000华"_s));
        CHECK(t == QStringList{u"\U00020000"_s, u"华"_s, u"\U00020000华"_s});
    }
    SUBCASE("tokens are separated by single spaces")
    {
        const QString terms = indexTerms(u"  华为，技术 (中国) "_s, u" -- A  b -- "_s);
        CHECK_FALSE(terms.startsWith(u' '));
        CHECK_FALSE(terms.endsWith(u' '));
        CHECK_FALSE(terms.contains(u"  "_s));
        CHECK_FALSE(tokens(terms).contains(u"为技"_s)); // not adjacent in the text
        CHECK(indexTerms(QString(), QString()).isEmpty());
        CHECK(indexTerms(u"，。！"_s, u"--"_s).isEmpty());
    }
}

TEST_CASE("ftsQuery")
{
    CHECK(ftsQuery(u"华"_s) == u"\"华\""_s);
    CHECK(ftsQuery(u"华为"_s) == u"\"华为\""_s);
    CHECK(ftsQuery(u"华为技术"_s) == u"\"华为\" AND \"为技\" AND \"技术\""_s);
    CHECK(ftsQuery(u"hw"_s) == u"\"hw\"*"_s);
    CHECK(ftsQuery(u"Huawei Cloud"_s) == u"\"huawei\"* AND \"cloud\"*"_s);
    CHECK(ftsQuery(u"华为cloud"_s) == u"\"华为\" AND \"cloud\"*"_s);
    CHECK(ftsQuery(u"哈哈哈"_s) == u"\"哈哈\""_s); // repeated bigrams once
    CHECK(ftsQuery(u"ＨＷ"_s) == u"\"hw\"*"_s);
    // Quotes and FTS5 syntax in the input are separators, never syntax.
    CHECK(ftsQuery(u"\"华为\" say \"hi\""_s) == u"\"华为\" AND \"say\"* AND \"hi\"*"_s);
    CHECK(ftsQuery(u"a\"b"_s) == u"\"a\"* AND \"b\"*"_s);
    CHECK(ftsQuery(u"NOT OR"_s) == u"\"not\"* AND \"or\"*"_s);
    CHECK(ftsQuery(u"\U00020000华"_s) == u"\"\U00020000华\""_s);
    // Nothing searchable.
    CHECK(ftsQuery(QString()).isNull());
    CHECK(ftsQuery(u"   "_s).isNull());
    CHECK(ftsQuery(u"，。！？\"*()-:^"_s).isNull());
    // Long words are cut to the pinyin token length.
    CHECK(ftsQuery(u"shenzhenshitengxunjisuanji"_s) == u"\"shenzhenshitengxunji\"*"_s);
    // Long input is bounded.
    QString many;
    for (int i = 0; i < 100; ++i)
        many += u"w"_s + QString::number(i) + u' ';
    CHECK(ftsQuery(many).count(u" AND "_s) == kMaxQueryTerms - 1);
}

TEST_CASE("matches is the exact check behind the FTS hits")
{
    const QString title = u"华为技术有限公司"_s;
    const QString body = u"华为云 Cloud services, 联系人 Müller"_s;
    CHECK(matches(u"华为"_s, title, body));
    CHECK(matches(u"为技"_s, title, body));
    CHECK(matches(u"华为技术"_s, title, body));
    CHECK(matches(u"云"_s, title, body));
    // Bigrams 华为 and 为技 are both in the record, but 华技 isn't contiguous.
    CHECK_FALSE(matches(u"华技"_s, title, body));
    // Every run has to occur in one field; bigrams spread over both don't count.
    CHECK_FALSE(matches(u"华为云技术"_s, title, body));
    CHECK(matches(u"hw"_s, title, body));
    CHECK(matches(u"HUAWEI"_s, title, body));
    CHECK(matches(u"jishu"_s, title, body));
    CHECK(matches(u"js"_s, title, body));
    CHECK(matches(u"jsyx"_s, title, body));
    CHECK(matches(u"huaweijishuyouxiangongsi"_s, title, body)); // longer than the token cap
    CHECK(matches(u"hua wei"_s, title, body));
    CHECK(matches(u"clo serv"_s, title, body));
    CHECK(matches(u"muller"_s, title, body)); // diacritics ignored, like remove_diacritics 2
    CHECK(matches(u"MÜLL"_s, title, body));
    CHECK(matches(u"华为 cloud"_s, title, body));
    CHECK_FALSE(matches(u"华为 azure"_s, title, body));
    CHECK_FALSE(matches(u"loud"_s, title, body)); // words match by prefix only
    CHECK_FALSE(matches(u"huaweiy"_s, title, body));
    CHECK_FALSE(matches(u"yun"_s, title, body)); // the body has no pinyin
    CHECK_FALSE(matches(u"hwx"_s, title, body));
    CHECK_FALSE(matches(u"腾讯"_s, title, body));
    CHECK(matches(u"，，"_s, title, body)); // nothing searchable: no constraint
    CHECK(matches(u"tclk"_s, u"TCL科技"_s, QString()));
    CHECK(matches(u"zgyh"_s, u"中国银行"_s, QString()));
    CHECK(matches(u"lv"_s, u"吕建国"_s, QString()));
}

namespace {

// An in-memory FTS5 table as the store builds it, with the records beside it.
class FtsTable
{
public:
    FtsTable()
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"t"_s);
        m_db.setDatabaseName(u":memory:"_s);
        REQUIRE(m_db.open());
        exec(u"CREATE TABLE r(id INTEGER PRIMARY KEY, title TEXT, body TEXT)"_s);
        exec(u"CREATE VIRTUAL TABLE s USING fts5(terms, tokenize='unicode61 remove_diacritics 2')"_s);
    }
    ~FtsTable()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"t"_s);
    }
    FtsTable(const FtsTable&) = delete;
    FtsTable& operator=(const FtsTable&) = delete;

    void insert(const QString& title, const QString& body = QString())
    {
        m_records.append({title, body});
        const qsizetype id = m_records.size();
        QSqlQuery q(m_db);
        REQUIRE(q.prepare(u"INSERT INTO r(id, title, body) VALUES(?, ?, ?)"_s));
        q.addBindValue(id);
        q.addBindValue(title);
        q.addBindValue(body);
        REQUIRE(q.exec());
        REQUIRE(q.prepare(u"INSERT INTO s(rowid, terms) VALUES(?, ?)"_s));
        q.addBindValue(id);
        q.addBindValue(indexTerms(title, body));
        REQUIRE(q.exec());
    }

    // Titles of the FTS hits for what the user typed (before post-filtering).
    QSet<QString> hits(const QString& userText)
    {
        QSet<QString> titles;
        const QString match = ftsQuery(userText);
        if (match.isEmpty())
            return titles;
        QSqlQuery q(m_db);
        REQUIRE(q.prepare(u"SELECT r.title FROM s JOIN r ON r.id = s.rowid WHERE s MATCH ?"_s));
        q.addBindValue(match);
        REQUIRE_MESSAGE(q.exec(), match, q.lastError().text());
        while (q.next())
            titles.insert(q.value(0).toString());
        return titles;
    }

    // Titles the user gets: FTS hits that pass matches().
    QSet<QString> search(const QString& userText)
    {
        QSet<QString> titles;
        for (const QString& title : hits(userText)) {
            if (matches(userText, title, bodyOf(title)))
                titles.insert(title);
        }
        return titles;
    }

    // Titles matches() accepts, checked against every record (no FTS).
    QSet<QString> exact(const QString& userText) const
    {
        QSet<QString> titles;
        for (const auto& [title, body] : m_records) {
            if (matches(userText, title, body))
                titles.insert(title);
        }
        return titles;
    }

    const QList<std::pair<QString, QString>>& records() const { return m_records; }

private:
    void exec(const QString& sql)
    {
        QSqlQuery q(m_db);
        REQUIRE_MESSAGE(q.exec(sql), q.lastError().text());
    }
    QString bodyOf(const QString& title) const
    {
        for (const auto& [t, body] : m_records) {
            if (t == title)
                return body;
        }
        return QString();
    }

    QSqlDatabase m_db;
    QList<std::pair<QString, QString>> m_records;
};

QSet<QString> set(std::initializer_list<QString> titles)
{
    return QSet<QString>(titles.begin(), titles.end());
}

} // namespace

TEST_CASE("FTS5 finds Chinese, pinyin and English through indexTerms and ftsQuery")
{
    FtsTable fts;
    const QString huawei = u"华为技术有限公司"_s;
    const QString mobile = u"中国移动通信集团有限公司"_s;
    const QString tencent = u"深圳市腾讯计算机系统有限公司"_s;
    const QString siemens = u"Siemens China"_s;
    fts.insert(huawei);
    fts.insert(mobile);
    fts.insert(tencent, u"QQ 微信"_s);
    fts.insert(siemens, u"工业自动化 Industrial automation"_s);

    CHECK(fts.hits(u"华为"_s) == set({huawei}));
    CHECK(fts.hits(u"为技"_s) == set({huawei}));
    CHECK(fts.hits(u"华为技术"_s) == set({huawei}));
    CHECK(fts.hits(u"hw"_s) == set({huawei}));
    CHECK(fts.hits(u"huawei"_s) == set({huawei}));
    CHECK(fts.hits(u"HuaWei"_s) == set({huawei}));
    CHECK(fts.hits(u"jishu"_s) == set({huawei}));
    CHECK(fts.hits(u"腾讯"_s) == set({tencent}));
    CHECK(fts.hits(u"tx"_s) == set({tencent, mobile})); // 腾讯 and 通信
    CHECK(fts.hits(u"tengxun"_s) == set({tencent}));
    CHECK(fts.hits(u"shenzhenshitengxunjisuanji"_s) == set({tencent})); // beyond the token cap
    CHECK(fts.hits(u"siem"_s) == set({siemens}));
    CHECK(fts.hits(u"移动"_s) == set({mobile}));
    CHECK(fts.hits(u"yidong"_s) == set({mobile}));
    CHECK(fts.hits(u"zgyd"_s) == set({mobile}));
    CHECK(fts.hits(u"有限公司"_s) == set({huawei, mobile, tencent}));
    CHECK(fts.hits(u"公"_s) == set({huawei, mobile, tencent}));
    CHECK(fts.hits(u"yxgs"_s) == set({huawei, mobile, tencent}));
    CHECK(fts.hits(u"微信"_s) == set({tencent}));
    CHECK(fts.hits(u"auto"_s) == set({siemens}));
    CHECK(fts.hits(u"自动"_s) == set({siemens}));
    CHECK(fts.hits(u"weixin"_s).isEmpty()); // body text gets no pinyin
    CHECK(fts.hits(u"华为 siemens"_s).isEmpty());
    CHECK(fts.hits(u"腾讯 qq"_s) == set({tencent}));
    CHECK(fts.hits(u"，。"_s).isEmpty());
}

TEST_CASE("FTS5 bigram AND over-matches, matches() removes it")
{
    FtsTable fts;
    const QString huawei = u"华为技术有限公司"_s;
    fts.insert(huawei);
    fts.insert(u"北京技术为先科技"_s);
    // 华技 is a single bigram, and no record has it.
    CHECK(fts.hits(u"华技"_s).isEmpty());
    // 为技术 needs 为技 and 技术: both records have 技术, only the first 为技.
    CHECK(fts.search(u"为技术"_s) == set({huawei}));
    // 术为先 has bigrams 术为 and 为先, both in the second record, contiguous: a real match.
    CHECK(fts.search(u"术为先"_s) == set({u"北京技术为先科技"_s}));
    // 为先技术: bigram 先技 is in neither record.
    CHECK(fts.search(u"为先技术"_s).isEmpty());
    // A record with all bigrams but not contiguous: FTS hit, removed by matches().
    fts.insert(u"为技 技术 华为"_s);
    CHECK(fts.hits(u"华为技术"_s).contains(u"为技 技术 华为"_s));
    CHECK(fts.search(u"华为技术"_s) == set({huawei}));
}

TEST_CASE("FTS5 accepts every ftsQuery, whatever the user typed")
{
    FtsTable fts;
    fts.insert(u"华为技术有限公司"_s);
    const QString inputs[] = {
        u"\""_s,     u"\"\""_s,        u"a\"b"_s,
        u"AND"_s,    u"OR NOT"_s,      u"NEAR(a b)"_s,
        u"*"_s,      u"^a"_s,          u"terms:华为"_s,
        u"-x"_s,     u"("_s,           u"华\"为"_s,
        u"\u0301"_s, u"a\u0301"_s,     u"ＡＢＣ"_s,
        u"a*b"_s,    u"{terms}: hw"_s, u"'hw'"_s,
        u"hw*"_s,    u"+hw"_s,         QString(QChar(0xDC00)) + u"华"_s,
    };
    for (const QString& input : inputs)
        fts.hits(input); // REQUIREs the statement to succeed
    CHECK(fts.hits(u"-华为:"_s).size() == 1);
    CHECK(fts.hits(u"hw*"_s).size() == 1);
}

TEST_CASE("no false negatives: whatever matches() accepts, FTS5 returns")
{
    FtsTable fts;
    const QStringList titles = {
        u"华为技术有限公司"_s,
        u"中国移动通信集团有限公司"_s,
        u"深圳市腾讯计算机系统有限公司"_s,
        u"Siemens China"_s,
        u"中国银行股份有限公司长沙分行"_s,
        u"TCL科技集团股份有限公司"_s,
        u"58同城"_s,
        u"阿里巴巴(中国)网络技术有限公司"_s,
        u"Müller GmbH 上海代表处"_s,
        u"王建国"_s,
        u"吕小绿"_s,
        u"华为Mate60 渠道"_s,
        u"\U00020000\U00020001 研究所"_s,
        u"北京字节跳动科技有限公司"_s,
        u"重庆长安汽车股份有限公司"_s,
    };
    const QStringList bodies = {u"技术总监"_s, u"华为云 Cloud services"_s,
                                u"客户跟进：讨论5G方案，下周拜访"_s, QString(), u"Tel 138-0013-8000"_s};
    for (qsizetype i = 0; i < titles.size(); ++i)
        fts.insert(titles[i], bodies[i % bodies.size()]);

    // Queries a user could type: Han substrings of each title, and prefixes of
    // its full pinyin and initials from each Han character on (letters and
    // digits only); these must find the title they come from.
    QList<std::pair<QString, QString>> queries; // query, the title it must find (or "")
    for (const QString& q :
         {u"hw 技术"_s, u"cloud 华为"_s, u"gmbh"_s, u"mul"_s, u"5g"_s, u"0013"_s, u"yinhang"_s, u"changsha"_s,
          u"chongqing"_s, u"zhongguo yinhang"_s, u"xi'an"_s, u"lv"_s})
        queries.append({q, QString()});
    for (const QString& title : titles) {
        for (qsizetype from = 0; from < title.size(); ++from) {
            for (qsizetype length = 1; length <= 4 && from + length <= title.size(); ++length)
                queries.append({title.mid(from, length), QString()});
        }
        // Syllables of the whole title, so that word readings (银行) apply.
        const QStringList syllables = pinyinSyllables(title);
        const QList<uint> codePoints = title.toUcs4();
        REQUIRE(syllables.size() == codePoints.size());
        for (qsizetype from = 0; from < codePoints.size(); ++from) {
            if (syllables[from].isEmpty())
                continue;
            QString full;
            QString initials;
            for (qsizetype i = from; i < codePoints.size(); ++i) {
                const char32_t c = codePoints[i];
                if (!syllables[i].isEmpty()) {
                    full += syllables[i];
                    initials += syllables[i].front();
                } else if (QChar::isLetterOrNumber(c) && !isHan(c)) {
                    full += QString::fromUcs4(&c, 1).toLower();
                    initials += QString::fromUcs4(&c, 1).toLower();
                }
            }
            for (const qsizetype length : {1, 2, 3, 5, 8, 13, 20, 21, 30}) {
                if (length <= full.size())
                    queries.append({full.left(length), title});
                if (length <= initials.size())
                    queries.append({initials.left(length), title});
            }
        }
    }

    int checked = 0;
    for (const auto& entry : queries) {
        const QString& query = entry.first; // not a structured binding: doctest captures it in a lambda
        const QString& origin = entry.second;
        if (ftsQuery(query).isEmpty())
            continue; // nothing searchable: the store doesn't search
        const QSet<QString> expected = fts.exact(query);
        const QSet<QString> hits = fts.hits(query);
        for (const QString& title : expected)
            CHECK_MESSAGE(hits.contains(title), query, " -> ", title);
        if (!origin.isEmpty())
            CHECK_MESSAGE(expected.contains(origin), query, " -> ", origin);
        ++checked;
    }
    CHECK(checked > 1000);
    // And the derived queries do find their record.
    CHECK(fts.search(u"zhongguoyinhanggufen"_s) == set({u"中国银行股份有限公司长沙分行"_s}));
    CHECK(fts.search(u"chongqingchangan"_s) == set({u"重庆长安汽车股份有限公司"_s}));
    CHECK(fts.search(u"\U00020000\U00020001"_s) == set({u"\U00020000\U00020001 研究所"_s}));
    CHECK(fts.search(u"\U00020001 研究"_s) == set({u"\U00020000\U00020001 研究所"_s}));
}
