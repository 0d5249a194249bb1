#include "demo/DemoData.h"

#include "store/Ids.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <random>
#include <utility>
#include <vector>

namespace summit::demo {

namespace {

// The translation context of this file (lupdate and the runtime agree on it).
struct DemoText
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

// ---------------------------------------------------------------- randomness
// std::mt19937_64 is specified bit for bit by the standard; the helpers below
// use plain modulo and shifts (not the implementation-defined distributions),
// so a seed gives the same data with every compiler and standard library.

class Rng
{
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}
    quint64 next() { return m_engine(); }
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(m_engine() % static_cast<quint64>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); } // inclusive
    double unit() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    template <class T, size_t N> const T& pick(const T (&items)[N])
    {
        return items[below(static_cast<int>(N))];
    }
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        int i = 0;
        for (int w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }

private:
    std::mt19937_64 m_engine;
};

template <class T, size_t N> constexpr int countOf(const T (&)[N])
{
    return static_cast<int>(N);
}

// ---------------------------------------------------------------- text helpers

QString cat(std::initializer_list<QStringView> parts)
{
    qsizetype n = 0;
    for (QStringView p : parts)
        n += p.size();
    QString s;
    s.reserve(n);
    for (QStringView p : parts)
        s += p;
    return s;
}

// Values for the {placeholders} of the templates below.
struct Vars
{
    QStringView name, title, topic, shortName, eb, tb, fa, competitor;
};

QString fill(QStringView tpl, const Vars& v)
{
    QString out;
    out.reserve(tpl.size() + 24);
    qsizetype i = 0;
    while (i < tpl.size()) {
        const qsizetype open = tpl.indexOf(u'{', i);
        if (open < 0) {
            out += tpl.sliced(i);
            break;
        }
        out += tpl.sliced(i, open - i);
        const qsizetype close = tpl.indexOf(u'}', open);
        const QStringView key = tpl.sliced(open + 1, close - open - 1);
        if (key == u"name")
            out += v.name;
        else if (key == u"title")
            out += v.title;
        else if (key == u"topic")
            out += v.topic;
        else if (key == u"short")
            out += v.shortName;
        else if (key == u"eb")
            out += v.eb;
        else if (key == u"tb")
            out += v.tb;
        else if (key == u"fa")
            out += v.fa;
        else if (key == u"competitor")
            out += v.competitor;
        i = close + 1;
    }
    return out;
}

char16_t digit(int v)
{
    return static_cast<char16_t>(u'0' + v);
}

void put2(char16_t* p, int v)
{
    p[0] = digit(v / 10);
    p[1] = digit(v % 10);
}

void putDate(char16_t* p, qint64 julianDay)
{
    int y = 0, m = 0, d = 0;
    QDate::fromJulianDay(julianDay).getDate(&y, &m, &d);
    put2(p, y / 100);
    put2(p + 2, y % 100);
    p[4] = u'-';
    put2(p + 5, m);
    p[7] = u'-';
    put2(p + 8, d);
}

// "yyyy-MM-dd"
QString dateText(qint64 julianDay)
{
    char16_t buf[10];
    putDate(buf, julianDay);
    return QString::fromUtf16(buf, 10);
}

// "yyyy-MM-ddTHH:mm:00.000Z" for a China-time (UTC+8) working hour of that day.
QString utcText(qint64 julianDay, int localHour, int minute)
{
    char16_t buf[24];
    int hour = localHour - 8;
    if (hour < 0) {
        hour += 24;
        --julianDay;
    }
    putDate(buf, julianDay);
    buf[10] = u'T';
    put2(buf + 11, hour);
    buf[13] = u':';
    put2(buf + 14, minute);
    const char16_t tail[] = u":00.000Z";
    std::copy(tail, tail + 8, buf + 16);
    return QString::fromUtf16(buf, 24);
}

QString digits(Rng& rng, int count, bool nonZeroFirst = false)
{
    QString s(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        s[i] = QChar(digit(i == 0 && nonZeroFirst ? rng.between(1, 9) : rng.below(10)));
    return s;
}

// ---------------------------------------------------------------- credit codes

constexpr char16_t kCodeAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY"; // 31 characters
constexpr int kCodeWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int codeValue(QChar c)
{
    for (int i = 0; i < 31; ++i)
        if (kCodeAlphabet[i] == c.unicode())
            return i;
    return -1;
}

// Appends the GB 32100-2015 check character to 17 characters.
QString withCheckChar(QString first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += codeValue(first17[i]) * kCodeWeights[i];
    first17 += QChar(kCodeAlphabet[(31 - sum % 31) % 31]);
    return first17;
}

// ---------------------------------------------------------------- word lists

struct TeamMember
{
    QStringView name, email, role;
};
// Account managers first: the first one is "me".
constexpr TeamMember kTeam[] = {
    {u"李明", u"li.ming@example.com", u"account_manager"},
    {u"张伟", u"zhang.wei@example.com", u"account_manager"},
    {u"刘洋", u"liu.yang@example.com", u"account_manager"},
    {u"陈静", u"chen.jing@example.com", u"solution_architect"},
    {u"杨帆", u"yang.fan@example.com", u"solution_architect"},
    {u"赵磊", u"zhao.lei@example.com", u"delivery_expert"},
    {u"黄丽", u"huang.li@example.com", u"delivery_expert"},
    {u"周涛", u"zhou.tao@example.com", u"team_lead"},
};
enum TeamIndex
{
    kFirstAm = 0,
    kAmCount = 3,
    kFirstSa = 3,
    kSaCount = 2,
    kFirstDe = 5,
    kDeCount = 2,
    kLead = 7,
};

constexpr QStringView kRegions[] = {u"华东", u"华南", u"华北", u"华中", u"西南", u"西北", u"东北"};
constexpr int kRegionCount = countOf(kRegions);

struct City
{
    QStringView name, province, division, areaCode;
    int region;
};
constexpr City kCities[] = {
    {u"上海", u"上海", u"310000", u"021", 0},        {u"南京", u"江苏", u"320100", u"025", 0},
    {u"苏州", u"江苏", u"320500", u"0512", 0},       {u"杭州", u"浙江", u"330100", u"0571", 0},
    {u"宁波", u"浙江", u"330200", u"0574", 0},       {u"合肥", u"安徽", u"340100", u"0551", 0},
    {u"福州", u"福建", u"350100", u"0591", 0},       {u"厦门", u"福建", u"350200", u"0592", 0},
    {u"济南", u"山东", u"370100", u"0531", 0},       {u"青岛", u"山东", u"370200", u"0532", 0},
    {u"广州", u"广东", u"440100", u"020", 1},        {u"深圳", u"广东", u"440300", u"0755", 1},
    {u"东莞", u"广东", u"441900", u"0769", 1},       {u"佛山", u"广东", u"440600", u"0757", 1},
    {u"南宁", u"广西", u"450100", u"0771", 1},       {u"海口", u"海南", u"460100", u"0898", 1},
    {u"北京", u"北京", u"110000", u"010", 2},        {u"天津", u"天津", u"120000", u"022", 2},
    {u"石家庄", u"河北", u"130100", u"0311", 2},     {u"太原", u"山西", u"140100", u"0351", 2},
    {u"呼和浩特", u"内蒙古", u"150100", u"0471", 2}, {u"武汉", u"湖北", u"420100", u"027", 3},
    {u"长沙", u"湖南", u"430100", u"0731", 3},       {u"郑州", u"河南", u"410100", u"0371", 3},
    {u"南昌", u"江西", u"360100", u"0791", 3},       {u"成都", u"四川", u"510100", u"028", 4},
    {u"重庆", u"重庆", u"500000", u"023", 4},        {u"昆明", u"云南", u"530100", u"0871", 4},
    {u"贵阳", u"贵州", u"520100", u"0851", 4},       {u"西安", u"陕西", u"610100", u"029", 5},
    {u"兰州", u"甘肃", u"620100", u"0931", 5},       {u"乌鲁木齐", u"新疆", u"650100", u"0991", 5},
    {u"银川", u"宁夏", u"640100", u"0951", 5},       {u"沈阳", u"辽宁", u"210100", u"024", 6},
    {u"大连", u"辽宁", u"210200", u"0411", 6},       {u"长春", u"吉林", u"220100", u"0431", 6},
    {u"哈尔滨", u"黑龙江", u"230100", u"0451", 6},
};
constexpr int kCityCount = countOf(kCities);

constexpr QStringView kDistricts[] = {u"高新技术产业开发区", u"经济技术开发区", u"软件园", u"科技园",
                                      u"工业园区",           u"中央商务区"};
constexpr QStringView kRoads[] = {u"科技路", u"人民路", u"建设大道", u"滨江大道", u"高新大道",
                                  u"中山路", u"解放路", u"长江路",   u"世纪大道", u"创业路"};

struct Prefix
{
    QStringView text;
    int region; // -1: national
};
constexpr Prefix kPrefixes[] = {{u"华东", 0}, {u"华南", 1},  {u"北方", 2}, {u"华北", 2}, {u"中原", 3},
                                {u"华中", 3}, {u"长江", 3},  {u"西南", 4}, {u"西部", 5}, {u"西北", 5},
                                {u"东北", 6}, {u"中国", -1}, {u"", -1}};

struct Brand
{
    QStringView han, pinyin;
};
constexpr Brand kBrands[] = {
    {u"华信", u"huaxin"},     {u"中科", u"zhongke"},   {u"恒通", u"hengtong"},   {u"东方", u"dongfang"},
    {u"远航", u"yuanhang"},   {u"国泰", u"guotai"},    {u"海纳", u"haina"},      {u"鼎盛", u"dingsheng"},
    {u"新兴", u"xinxing"},    {u"金桥", u"jinqiao"},   {u"天元", u"tianyuan"},   {u"润华", u"runhua"},
    {u"宏达", u"hongda"},     {u"永泰", u"yongtai"},   {u"汇通", u"huitong"},    {u"瑞丰", u"ruifeng"},
    {u"中联", u"zhonglian"},  {u"安泰", u"antai"},     {u"博远", u"boyuan"},     {u"长城", u"changcheng"},
    {u"光明", u"guangming"},  {u"万隆", u"wanlong"},   {u"信达", u"xinda"},      {u"振华", u"zhenhua"},
    {u"凯盛", u"kaisheng"},   {u"嘉禾", u"jiahe"},     {u"同创", u"tongchuang"}, {u"联创", u"lianchuang"},
    {u"泰和", u"taihe"},      {u"天成", u"tiancheng"}, {u"启明", u"qiming"},     {u"德润", u"derun"},
    {u"昌盛", u"changsheng"}, {u"华泰", u"huatai"},    {u"盛世", u"shengshi"},   {u"恒信", u"hengxin"},
    {u"鸿运", u"hongyun"},    {u"金石", u"jinshi"},    {u"华瑞", u"huarui"},     {u"致远", u"zhiyuan"},
};

struct Industry
{
    QStringView word, label, english;
    bool finance;
};
constexpr Industry kIndustries[] = {
    {u"能源", u"能源", u"energy", false},          {u"装备", u"装备制造", u"equipment", false},
    {u"电子", u"电子信息", u"electronics", false}, {u"医药", u"医药健康", u"pharma", false},
    {u"物流", u"交通物流", u"logistics", false},   {u"银行", u"银行", u"bank", true},
    {u"保险", u"保险", u"insurance", true},        {u"汽车", u"汽车", u"auto", false},
    {u"电信", u"通信", u"telecom", false},         {u"化工", u"化工", u"chem", false},
    {u"钢铁", u"钢铁冶金", u"steel", false},       {u"建工", u"建筑工程", u"construction", false},
    {u"食品", u"食品饮料", u"foods", false},       {u"科技", u"信息技术", u"tech", false},
    {u"重工", u"装备制造", u"heavy", false},       {u"电力", u"电力", u"power", false},
};

constexpr QStringView kSuffixes[] = {u"集团有限公司", u"控股集团有限公司", u"股份有限公司",
                                     u"集团股份有限公司", u"集团"};

// Business words of subsidiaries: 上海华信科技有限公司.
constexpr QStringView kBusiness[] = {u"科技", u"销售",     u"工程",       u"技术服务", u"贸易",
                                     u"制造", u"信息技术", u"供应链管理", u"设备",     u"投资"};

constexpr QStringView kBanks[] = {u"中国工商银行", u"中国建设银行", u"中国银行",
                                  u"中国农业银行", u"招商银行",     u"交通银行"};
constexpr QStringView kBranches[] = {u"高新支行", u"城东支行", u"科技园支行", u"开发区支行",
                                     u"营业部",   u"城南支行", u"金融街支行"};

constexpr QStringView kDivisions[] = {
    u"企业业务事业部",       u"消费者业务事业部", u"云与计算事业部", u"智能制造事业部", u"新能源事业部",
    u"国际业务事业部",       u"工业互联网事业部", u"金融科技事业部", u"数字政府事业部", u"运营商事业部",
    u"产品与解决方案事业部", u"供应链事业部",     u"医疗健康事业部", u"汽车电子事业部", u"智慧城市事业部"};

constexpr QStringView kPlantWords[] = {u"生产基地", u"制造基地", u"第一工厂", u"第二工厂",
                                       u"装配厂",   u"物流园区", u"研发基地"};

struct Department
{
    QStringView name, headAtHq, head;
    std::array<QStringView, 4> staff;
};
// The first three are at every group HQ; 3-5 are added at big ones; the
// rest (and 0-3) appear in subsidiaries and plants.
constexpr Department kDepartments[] = {
    {u"信息中心",
     u"信息中心主任",
     u"信息部经理",
     {u"系统架构师", u"网络工程师", u"运维工程师", u"信息安全工程师"}},
    {u"采购部", u"采购总监", u"采购经理", {u"采购主管", u"采购专员", u"招标专员", u"供应商管理专员"}},
    {u"财务部", u"财务总监", u"财务经理", {u"财务主管", u"会计", u"预算专员", u"出纳"}},
    {u"人力资源部", u"人力资源总监", u"人力资源经理", {u"HRBP", u"招聘主管", u"培训专员", u"薪酬专员"}},
    {u"战略发展部", u"战略发展部总经理", u"战略经理", {u"战略分析师", u"投资经理", u"战略专员", u"研究员"}},
    {u"法务部", u"法务总监", u"法务经理", {u"法务专员", u"合规经理", u"律师", u"合同管理员"}},
    {u"生产部", u"生产总监", u"生产经理", {u"生产主管", u"计划员", u"工艺工程师", u"班组长"}},
    {u"技术部", u"技术总监", u"技术经理", {u"高级工程师", u"工程师", u"技术专家", u"助理工程师"}},
    {u"质量管理部", u"质量总监", u"质量经理", {u"质量工程师", u"质检主管", u"体系专员", u"质检员"}},
    {u"市场部", u"市场总监", u"市场经理", {u"市场专员", u"品牌经理", u"产品经理", u"市场分析师"}},
    {u"销售部", u"销售总监", u"销售经理", {u"客户经理", u"销售代表", u"销售主管", u"商务专员"}},
    {u"运营部", u"运营总监", u"运营经理", {u"运营专员", u"数据分析师", u"运营主管", u"项目经理"}},
    {u"设备部", u"设备总监", u"设备经理", {u"设备工程师", u"维修主管", u"电气工程师", u"设备管理员"}},
    {u"安全环保部", u"安全环保总监", u"安环经理", {u"安全工程师", u"环保专员", u"安全主管", u"安全员"}},
    {u"研发中心", u"研发中心主任", u"研发经理", {u"研发工程师", u"高级研发工程师", u"架构师", u"测试工程师"}},
};
constexpr int kItDept = 0, kPurchasingDept = 1, kFinanceDept = 2;
constexpr int kLeafDepartments[] = {0, 1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 14};

struct Titled
{
    QStringView title;
    int influence;
};
constexpr Titled kHqStaff[] = {{u"总裁", 5},   {u"常务副总裁", 4}, {u"副总裁", 4},     {u"首席信息官", 4},
                               {u"副总裁", 4}, {u"首席财务官", 4}, {u"董事会秘书", 3}, {u"总裁助理", 3},
                               {u"副总裁", 4}, {u"总裁办主任", 3}};
constexpr QStringView kDivisionStaff[] = {u"副总经理", u"销售总监", u"解决方案总监",
                                          u"产品总监", u"交付总监", u"项目经理"};
constexpr QStringView kRegionStaff[] = {u"副总经理", u"大客户经理", u"区域销售经理", u"售前经理",
                                        u"区域技术经理"};
constexpr QStringView kSubsidiaryStaff[] = {u"副总经理", u"总经理助理", u"财务负责人", u"综合办主任",
                                            u"总工程师"};
constexpr QStringView kPlantStaff[] = {u"副厂长",     u"生产主管", u"设备主管",
                                       u"工艺工程师", u"质检主管", u"班组长"};

// Names: surname frequencies (per mille, roughly) and given names.
struct Syllable
{
    QStringView han, pinyin;
    int weight;
};
constexpr Syllable kSurnames[] = {
    {u"王", u"wang", 71}, {u"李", u"li", 70},   {u"张", u"zhang", 67}, {u"刘", u"liu", 54},
    {u"陈", u"chen", 45}, {u"杨", u"yang", 31}, {u"黄", u"huang", 22}, {u"赵", u"zhao", 20},
    {u"吴", u"wu", 20},   {u"周", u"zhou", 19}, {u"徐", u"xu", 13},    {u"孙", u"sun", 12},
    {u"马", u"ma", 12},   {u"朱", u"zhu", 11},  {u"胡", u"hu", 11},    {u"郭", u"guo", 11},
    {u"何", u"he", 10},   {u"高", u"gao", 9},   {u"林", u"lin", 9},    {u"罗", u"luo", 9},
    {u"郑", u"zheng", 8}, {u"梁", u"liang", 8}, {u"谢", u"xie", 6},    {u"宋", u"song", 6},
    {u"唐", u"tang", 6},  {u"许", u"xu", 5},    {u"韩", u"han", 5},    {u"冯", u"feng", 5},
    {u"邓", u"deng", 5},  {u"曹", u"cao", 5},   {u"彭", u"peng", 4},   {u"曾", u"zeng", 4},
    {u"田", u"tian", 3},  {u"董", u"dong", 3},  {u"潘", u"pan", 3},    {u"袁", u"yuan", 3},
    {u"蔡", u"cai", 3},   {u"蒋", u"jiang", 3}, {u"余", u"yu", 3},     {u"杜", u"du", 3},
};
constexpr Syllable kGivenSingle[] = {
    {u"伟", u"wei", 1},  {u"芳", u"fang", 1},  {u"娜", u"na", 1},   {u"敏", u"min", 1},   {u"静", u"jing", 1},
    {u"丽", u"li", 1},   {u"强", u"qiang", 1}, {u"磊", u"lei", 1},  {u"军", u"jun", 1},   {u"洋", u"yang", 1},
    {u"勇", u"yong", 1}, {u"艳", u"yan", 1},   {u"杰", u"jie", 1},  {u"娟", u"juan", 1},  {u"涛", u"tao", 1},
    {u"明", u"ming", 1}, {u"超", u"chao", 1},  {u"霞", u"xia", 1},  {u"平", u"ping", 1},  {u"刚", u"gang", 1},
    {u"辉", u"hui", 1},  {u"鹏", u"peng", 1},  {u"玲", u"ling", 1}, {u"婷", u"ting", 1},  {u"宇", u"yu", 1},
    {u"浩", u"hao", 1},  {u"欣", u"xin", 1},   {u"凯", u"kai", 1},  {u"峰", u"feng", 1},  {u"颖", u"ying", 1},
    {u"斌", u"bin", 1},  {u"波", u"bo", 1},    {u"琳", u"lin", 1},  {u"亮", u"liang", 1}, {u"雪", u"xue", 1},
    {u"俊", u"jun", 1},  {u"帅", u"shuai", 1}, {u"健", u"jian", 1}, {u"毅", u"yi", 1},    {u"倩", u"qian", 1},
    {u"晶", u"jing", 1}, {u"华", u"hua", 1},   {u"红", u"hong", 1}, {u"燕", u"yan", 1},   {u"萍", u"ping", 1},
    {u"飞", u"fei", 1},  {u"昊", u"hao", 1},   {u"博", u"bo", 1},   {u"慧", u"hui", 1},   {u"晨", u"chen", 1},
};
constexpr Syllable kGivenFirst[] = {
    {u"建", u"jian", 1}, {u"志", u"zhi", 1},  {u"海", u"hai", 1},  {u"晓", u"xiao", 1}, {u"国", u"guo", 1},
    {u"文", u"wen", 1},  {u"永", u"yong", 1}, {u"俊", u"jun", 1},  {u"子", u"zi", 1},   {u"思", u"si", 1},
    {u"雨", u"yu", 1},   {u"嘉", u"jia", 1},  {u"佳", u"jia", 1},  {u"明", u"ming", 1}, {u"立", u"li", 1},
    {u"宏", u"hong", 1}, {u"德", u"de", 1},   {u"春", u"chun", 1}, {u"秀", u"xiu", 1},  {u"丽", u"li", 1},
    {u"玉", u"yu", 1},   {u"金", u"jin", 1},  {u"家", u"jia", 1},  {u"天", u"tian", 1}, {u"新", u"xin", 1},
    {u"振", u"zhen", 1}, {u"世", u"shi", 1},  {u"一", u"yi", 1},   {u"梓", u"zi", 1},   {u"欣", u"xin", 1},
    {u"晨", u"chen", 1}, {u"泽", u"ze", 1},   {u"卫", u"wei", 1},  {u"少", u"shao", 1}, {u"伟", u"wei", 1},
};
constexpr Syllable kGivenSecond[] = {
    {u"国", u"guo", 1},  {u"华", u"hua", 1},  {u"明", u"ming", 1}, {u"强", u"qiang", 1}, {u"军", u"jun", 1},
    {u"平", u"ping", 1}, {u"峰", u"feng", 1}, {u"伟", u"wei", 1},  {u"杰", u"jie", 1},   {u"辉", u"hui", 1},
    {u"涛", u"tao", 1},  {u"林", u"lin", 1},  {u"英", u"ying", 1}, {u"红", u"hong", 1},  {u"芳", u"fang", 1},
    {u"燕", u"yan", 1},  {u"霞", u"xia", 1},  {u"琴", u"qin", 1},  {u"敏", u"min", 1},   {u"萍", u"ping", 1},
    {u"宇", u"yu", 1},   {u"航", u"hang", 1}, {u"然", u"ran", 1},  {u"轩", u"xuan", 1},  {u"怡", u"yi", 1},
    {u"涵", u"han", 1},  {u"博", u"bo", 1},   {u"远", u"yuan", 1}, {u"东", u"dong", 1},  {u"松", u"song", 1},
    {u"勇", u"yong", 1}, {u"兵", u"bing", 1}, {u"刚", u"gang", 1}, {u"鑫", u"xin", 1},   {u"磊", u"lei", 1},
    {u"婷", u"ting", 1}, {u"洁", u"jie", 1},  {u"文", u"wen", 1},  {u"斌", u"bin", 1},   {u"波", u"bo", 1},
};
struct GivenPair
{
    QStringView han, first, second;
};
constexpr GivenPair kGivenCommon[] = {
    {u"建国", u"jian", u"guo"},  {u"志强", u"zhi", u"qiang"}, {u"海燕", u"hai", u"yan"},
    {u"秀英", u"xiu", u"ying"},  {u"晓明", u"xiao", u"ming"}, {u"丽华", u"li", u"hua"},
    {u"建华", u"jian", u"hua"},  {u"国强", u"guo", u"qiang"}, {u"文杰", u"wen", u"jie"},
    {u"子涵", u"zi", u"han"},    {u"浩然", u"hao", u"ran"},   {u"欣怡", u"xin", u"yi"},
    {u"俊杰", u"jun", u"jie"},   {u"思远", u"si", u"yuan"},   {u"一鸣", u"yi", u"ming"},
    {u"佳怡", u"jia", u"yi"},    {u"宇航", u"yu", u"hang"},   {u"志刚", u"zhi", u"gang"},
    {u"红梅", u"hong", u"mei"},  {u"立新", u"li", u"xin"},    {u"春华", u"chun", u"hua"},
    {u"晓东", u"xiao", u"dong"}, {u"海涛", u"hai", u"tao"},   {u"建军", u"jian", u"jun"},
    {u"玉兰", u"yu", u"lan"},    {u"桂芳", u"gui", u"fang"},  {u"雪梅", u"xue", u"mei"},
    {u"永红", u"yong", u"hong"}, {u"卫东", u"wei", u"dong"},  {u"振宇", u"zhen", u"yu"},
};

constexpr QStringView kMobilePrefixes[] = {u"130", u"131", u"132", u"133", u"135", u"136", u"137", u"138",
                                           u"139", u"150", u"151", u"152", u"155", u"156", u"157", u"158",
                                           u"159", u"166", u"176", u"177", u"180", u"181", u"182", u"183",
                                           u"185", u"186", u"187", u"188", u"189", u"191", u"198", u"199"};

constexpr QStringView kRoleKeys[] = {u"economic_buyer", u"technical_buyer", u"financial_approver",
                                     u"user_buyer",     u"influencer",      u"champion",
                                     u"gatekeeper",     u"blocker"};
enum Role
{
    kNoRole = -1,
    kEconomicBuyer,
    kTechnicalBuyer,
    kFinancialApprover,
    kUserBuyer,
    kInfluencer,
    kChampion,
    kGatekeeper,
    kBlocker,
};
constexpr QStringView kStances[] = {u"champion", u"supporter", u"neutral",
                                    u"skeptic",  u"opponent",  u"unknown"};
constexpr QStringView kOrientations[] = {u"results", u"technology", u"price", u"relationship", u"risk"};
constexpr QStringView kLevels[] = {u"none", u"brief", u"working", u"trusted"};

constexpr QStringView kPersonNotes[] = {
    u"重视投资回报，决策偏谨慎",
    u"技术出身，关注架构先进性和安全合规",
    u"对价格敏感，常要求多轮比价",
    u"与竞争对手有长期合作关系，需要重点突破",
    u"新上任，希望尽快做出业绩",
    u"习惯通过邮件沟通，回复及时",
    u"喜欢看数据和案例，建议准备样板客户材料",
    u"在集团内部话语权很大，需高层对高层沟通",
    u"关注交付风险和项目周期",
    u"和我方关系良好，愿意引荐其他部门",
    u"曾参与上一期项目验收，对服务有一些意见",
    u"注重合规流程，所有采购必须走招标",
};

constexpr QStringView kLinkKinds[] = {u"influences", u"trusts", u"mentors", u"rivals"};
constexpr QStringView kLinkNotes[] = {u"多年同事",       u"校友",     u"曾在同一项目组",
                                      u"上下级关系密切", u"私交很好", u"同一时期加入公司"};

struct Topic
{
    QStringView opportunity, topic;
};
constexpr Topic kTopics[] = {
    {u"ERP升级项目", u"ERP升级"},
    {u"数据中心扩容", u"数据中心扩容"},
    {u"私有云平台建设", u"私有云平台"},
    {u"MES系统实施项目", u"MES系统"},
    {u"供应链协同平台", u"供应链协同"},
    {u"网络安全等保建设", u"网络安全等保"},
    {u"财务共享中心项目", u"财务共享中心"},
    {u"数字化转型咨询", u"数字化转型"},
    {u"智能客服系统", u"智能客服"},
    {u"视频会议系统升级", u"视频会议"},
    {u"主数据治理项目", u"主数据治理"},
    {u"容灾备份中心建设", u"容灾备份"},
    {u"信创替代项目", u"信创替代"},
    {u"数据中台建设", u"数据中台"},
    {u"AI大模型应用试点", u"大模型应用"},
    {u"物联网平台项目", u"物联网平台"},
    {u"年度IT运维服务续约", u"运维服务续约"},
    {u"HR系统替换项目", u"HR系统"},
    {u"办公协同平台升级", u"办公协同"},
    {u"工业互联网平台", u"工业互联网"},
};
constexpr int kTopicCount = countOf(kTopics);
constexpr QStringView kGeneralTopics[] = {u"年度合作规划", u"服务满意度", u"新产品发布",
                                          u"回款计划",     u"技术交流",   u"年度框架协议"};

constexpr QStringView kCompetitors[] = {u"用友",   u"金蝶",     u"浪潮",   u"华为云",   u"阿里云",
                                        u"腾讯云", u"神州数码", u"东软",   u"中软国际", u"SAP",
                                        u"Oracle", u"新华三",   u"深信服", u"启明星辰"};
constexpr QStringView kLossReasons[] = {u"价格高于竞争对手", u"客户预算冻结",   u"技术方案未通过评审",
                                        u"竞争对手关系更深", u"项目延期后取消", u"交付周期无法满足要求",
                                        u"客户决定自研"};
constexpr QStringView kNextSteps[] = {u"安排高层拜访", u"提交技术方案",       u"组织POC测试", u"商务谈判",
                                      u"准备投标文件", u"确认预算和采购流程", u"签署框架协议"};
constexpr QStringView kOppStages[] = {u"qualify", u"develop", u"propose", u"negotiate", u"commit"};
constexpr int kStageProbability[] = {10, 25, 40, 60, 80};

constexpr QStringView kAccountStages[] = {u"lead",       u"nurturing", u"opportunity", u"closing",
                                          u"onboarding", u"service",   u"expansion",   u"advocacy"};
constexpr QStringView kTiers[] = {u"S", u"A", u"B", u"C"};
constexpr QStringView kPotentials[] = {u"low", u"medium", u"high"};
constexpr QStringView kScales[] = {u"small", u"medium", u"large", u"giant"};

constexpr QStringView kStrategyNotes[] = {
    u"以{topic}为切入点，巩固与{eb}的高层关系，逐步扩大在各事业部的份额。",
    u"{short}今年IT预算增长明显，重点推进{topic}；需防范{competitor}低价竞争。",
    u"关键是争取{tb}的技术认可，建议安排样板客户参观和POC。",
    u"客户关系稳定，续约风险低；下一步拓展{topic}等新业务。",
    u"决策链较长，需要同时覆盖{eb}和{fa}，避免单线联系。",
    u"{competitor}在该客户深耕多年，我方以{topic}差异化能力突围，争取{tb}支持。",
};

constexpr QStringView kFollowupTypes[] = {u"visit",   u"call", u"meeting",        u"email",
                                          u"message", u"demo", u"executive_visit"};
constexpr QStringView kSummaryVisit[] = {
    u"拜访{name}，沟通{topic}的进展", u"到{short}现场拜访{name}（{title}），了解{topic}需求",
    u"拜访{name}，介绍我方{topic}方案", u"与{name}面谈{topic}的预算和时间表"};
constexpr QStringView kSummaryCall[] = {u"与{name}电话沟通{topic}", u"电话回访{name}，确认{topic}时间表",
                                        u"{name}来电咨询{topic}的细节",
                                        u"电话跟进{topic}，{name}反馈内部正在评估"};
constexpr QStringView kSummaryMeeting[] = {u"与{name}召开{topic}推进会", u"参加{short}{topic}方案评审会",
                                           u"组织{topic}项目周例会，{name}参加",
                                           u"与{name}讨论{topic}实施计划"};
constexpr QStringView kSummaryEmail[] = {u"邮件发送{topic}方案给{name}", u"邮件确认{topic}报价细节",
                                         u"邮件回复{name}关于{topic}的问题",
                                         u"向{name}发送会议纪要和{topic}资料"};
constexpr QStringView kSummaryMessage[] = {u"微信联系{name}，同步{topic}进展",
                                           u"微信提醒{name}反馈{topic}评估意见",
                                           u"与{name}微信沟通{topic}的安排"};
constexpr QStringView kSummaryDemo[] = {u"为{name}团队演示{topic}解决方案",
                                        u"在{short}现场进行{topic}POC演示",
                                        u"线上演示{topic}产品功能，{name}参加"};
constexpr QStringView kSummaryExecutive[] = {u"陪同公司高层拜访{name}，交流{topic}战略合作",
                                             u"双方高层会晤，{name}出席，讨论{topic}合作框架",
                                             u"邀请{name}参观我司总部，介绍{topic}能力"};
constexpr QStringView kOutcomes[] = {u"{name}认可方案方向，希望补充成本测算",
                                     u"客户预算尚未批复，预计下季度启动",
                                     u"对交付周期有顾虑，需要给出详细计划",
                                     u"同意安排技术交流",
                                     u"需要内部评估后答复",
                                     u"反馈积极，进入下一阶段",
                                     u"提出价格需再优惠5%",
                                     u"关注与现有系统的集成",
                                     u"希望先做小范围试点",
                                     u"竞争对手也在接触，需加快推进",
                                     u"确认了主要需求和决策流程",
                                     u"{name}将向领导汇报后回复"};
constexpr QStringView kNextActions[] = {u"提交{topic}技术方案",     u"安排POC测试环境",
                                        u"准备{topic}商务报价",     u"约{name}下周再沟通",
                                        u"整理会议纪要发给客户",    u"邀请{name}参观样板客户",
                                        u"协调售前资源支持{topic}", u"确认{topic}预算和采购流程",
                                        u"安排高层拜访{name}",      u"回复{name}提出的问题"};
constexpr QStringView kManualTasks[] = {u"准备{short}季度业务回顾材料", u"更新{short}组织架构图",
                                        u"整理{short}年度采购计划",     u"跟进{short}回款",
                                        u"梳理{short}关键人关系图",     u"准备{short}高层拜访方案",
                                        u"提交{short}客户满意度调查"};

// ---------------------------------------------------------------- field and entity names

namespace entity {
const QString member = QStringLiteral("member");
const QString account = QStringLiteral("account");
const QString orgUnit = QStringLiteral("org_unit");
const QString contact = QStringLiteral("contact");
const QString link = QStringLiteral("influence_link");
const QString coverage = QStringLiteral("coverage");
const QString opportunity = QStringLiteral("opportunity");
const QString buyingRole = QStringLiteral("buying_role");
const QString followup = QStringLiteral("followup");
const QString task = QStringLiteral("task");
} // namespace entity

namespace field {
const QString accountId = QStringLiteral("account_id");
const QString address = QStringLiteral("address");
const QString amId = QStringLiteral("am_id");
const QString amount = QStringLiteral("amount");
const QString assigneeId = QStringLiteral("assignee_id");
const QString at = QStringLiteral("at");
const QString authorId = QStringLiteral("author_id");
const QString bank = QStringLiteral("bank");
const QString bankAccount = QStringLiteral("bank_account");
const QString competitors = QStringLiteral("competitors");
const QString contactId = QStringLiteral("contact_id");
const QString contactIds = QStringLiteral("contact_ids");
const QString creditCode = QStringLiteral("credit_code");
const QString creditLimit = QStringLiteral("credit_limit");
const QString currency = QStringLiteral("currency");
const QString deId = QStringLiteral("de_id");
const QString decisionRole = QStringLiteral("decision_role");
const QString department = QStringLiteral("department");
const QString desiredLevel = QStringLiteral("desired_level");
const QString doneAt = QStringLiteral("done_at");
const QString due = QStringLiteral("due");
const QString email = QStringLiteral("email");
const QString expectedClose = QStringLiteral("expected_close");
const QString followupId = QStringLiteral("followup_id");
const QString fromId = QStringLiteral("from_id");
const QString industry = QStringLiteral("industry");
const QString influence = QStringLiteral("influence");
const QString invoiceTitle = QStringLiteral("invoice_title");
const QString kind = QStringLiteral("kind");
const QString leftOn = QStringLiteral("left_on");
const QString level = QStringLiteral("level");
const QString lossReason = QStringLiteral("loss_reason");
const QString memberId = QStringLiteral("member_id");
const QString mobile = QStringLiteral("mobile");
const QString name = QStringLiteral("name");
const QString nextAction = QStringLiteral("next_action");
const QString nextDue = QStringLiteral("next_due");
const QString nextStep = QStringLiteral("next_step");
const QString note = QStringLiteral("note");
const QString notes = QStringLiteral("notes");
const QString opportunityId = QStringLiteral("opportunity_id");
const QString orgUnitId = QStringLiteral("org_unit_id");
const QString orientation = QStringLiteral("orientation");
const QString outcome = QStringLiteral("outcome");
const QString ownerId = QStringLiteral("owner_id");
const QString parentId = QStringLiteral("parent_id");
const QString paymentTermsDays = QStringLiteral("payment_terms_days");
const QString phone = QStringLiteral("phone");
const QString position = QStringLiteral("position");
const QString potential = QStringLiteral("potential");
const QString probability = QStringLiteral("probability");
const QString region = QStringLiteral("region");
const QString reportsTo = QStringLiteral("reports_to");
const QString role = QStringLiteral("role");
const QString saId = QStringLiteral("sa_id");
const QString scale = QStringLiteral("scale");
const QString shortName = QStringLiteral("short_name");
const QString source = QStringLiteral("source");
const QString stage = QStringLiteral("stage");
const QString stance = QStringLiteral("stance");
const QString status = QStringLiteral("status");
const QString strategyNotes = QStringLiteral("strategy_notes");
const QString strength = QStringLiteral("strength");
const QString summary = QStringLiteral("summary");
const QString taxId = QStringLiteral("tax_id");
const QString tier = QStringLiteral("tier");
const QString title = QStringLiteral("title");
const QString toId = QStringLiteral("to_id");
const QString type = QStringLiteral("type");
const QString website = QStringLiteral("website");
const QString wechat = QStringLiteral("wechat");
} // namespace field

// Field values of one record; empty text is left out (the field stays null).
class Fields
{
public:
    explicit Fields(size_t capacity) { m_values.reserve(capacity); }
    Fields& text(const QString& name, const QString& value)
    {
        if (!value.isEmpty())
            m_values.emplace_back(name, QVariant(value));
        return *this;
    }
    Fields& text(const QString& name, QStringView value)
    {
        if (!value.isEmpty())
            m_values.emplace_back(name, QVariant(value.toString()));
        return *this;
    }
    Fields& number(const QString& name, qint64 value)
    {
        m_values.emplace_back(name, QVariant(value));
        return *this;
    }
    FieldValues take() { return std::move(m_values); }

private:
    FieldValues m_values;
};

// Collects operations and applies them in changes of at most kChunk operations.
class Writer
{
public:
    static constexpr size_t kChunk = 5000;
    explicit Writer(Store& store) : m_store(store) { m_ops.reserve(kChunk); }
    void begin(QString label)
    {
        m_label = std::move(label);
        m_part = 0;
    }
    Status add(const QString& entityName, const QString& id, Fields& fields)
    {
        m_ops.push_back(Operation::set(entityName, id, fields.take()));
        return m_ops.size() >= kChunk ? flush() : Status();
    }
    Status flush()
    {
        if (m_ops.empty())
            return {};
        Change change{m_part == 0 ? m_label : DemoText::tr("%1 (part %2)").arg(m_label).arg(m_part + 1),
                      std::move(m_ops)};
        m_ops = {};
        m_ops.reserve(kChunk);
        ++m_part;
        return m_store.apply(change, ApplyOptions{false});
    }

private:
    Store& m_store;
    std::vector<Operation> m_ops;
    QString m_label;
    int m_part = 0;
};

// ---------------------------------------------------------------- the plan of one account

enum UnitKind
{
    kGroupHq,
    kDivision,
    kRegionUnit,
    kSubsidiary,
    kPlant,
    kDepartment,
};
constexpr QStringView kUnitKinds[] = {u"group_hq",   u"division", u"region",
                                      u"subsidiary", u"plant",    u"department"};
// The kind of each level, for trees of 3 to 6 levels.
constexpr int kLevelKinds[4][6] = {
    {kGroupHq, kSubsidiary, kDepartment, -1, -1, -1},
    {kGroupHq, kDivision, kSubsidiary, kDepartment, -1, -1},
    {kGroupHq, kDivision, kRegionUnit, kSubsidiary, kDepartment, -1},
    {kGroupHq, kDivision, kRegionUnit, kSubsidiary, kPlant, kDepartment},
};

struct Unit
{
    QString id, name, creditCode;
    int parent = -1, level = 0, kind = kGroupHq, city = 0, region = 0, dept = -1, position = 0, children = 0;
};

struct Person
{
    QString id, name, title, email, mobile, phone, wechat, notes;
    QStringView surnamePinyin, givenFirst, givenSecond;
    int unit = 0, reportsTo = -1, influence = 1, role = kNoRole, stance = -1, orientation = -1;
    qint64 leftDay = 0; // julian day, 0 = still there
    bool head = false, key = false;
};

struct Opportunity
{
    QString id;
    int topic = 0;
    bool open = true;
};

struct Account
{
    QString id, name, shortName, creditCode, domain;
    QStringView brand, brandPinyin, industryWord;
    int industry = 0, region = 0, city = 0, tier = 3, contacts = 20, am = 0, sa = kFirstSa, de = kFirstDe;
    int emailStyle = 0;
    bool anchor = false;           // one of the hand-written first accounts
    bool huawei = false;           // the first of them
    bool mobileStyleUnits = false; // subsidiaries named like 中国移动通信集团上海有限公司
};

// ---------------------------------------------------------------- the generator

class Generator
{
public:
    Generator(Store& store, const Options& options, qint64 today)
        : m_writer(store), m_rng(options.seed), m_options(options), m_today(today)
    {}
    Result<Summary> run();

private:
    void planAccount(int index);
    void planRandomAccount();
    void planOrg();
    int addUnit(int kind, int parent, int dept = -1);
    bool siblingNamed(int parent, const QString& name) const;
    void planPeople();
    void planRoles();
    void nameEveryone();
    QString creditCode(QStringView division);
    QString mobile();
    Status emitAccount();
    Status emitOrgAndPeople();
    Status emitLinksAndCoverage();
    Status emitOpportunities();
    Status emitFollowups();
    int teamMember(int am, int sa, int de);
    int keyPerson();
    int roleHolder(int role) const;

    Writer m_writer;
    Rng m_rng;
    const Options& m_options;
    qint64 m_today;
    Summary m_summary;
    std::vector<QString> m_team;
    QSet<QString> m_accountNames, m_shortNames, m_subsidiaryNames, m_personNames;

    // The account being generated; the vectors are reused.
    Account m_account;
    std::vector<Unit> m_units;
    std::vector<Person> m_people;
    std::vector<int> m_keys;
    std::vector<Opportunity> m_opportunities;
    std::vector<int> m_roleHolder; // per Role: the person, or -1 (the first holder)
    int m_hqStaff = 2;             // HQ executives: people units .. units + m_hqStaff - 1
};

Result<Summary> Generator::run()
{
    m_writer.begin(DemoText::tr("Demo data: team"));
    for (const TeamMember& t : kTeam) {
        const QString id = ids::newId();
        m_team.push_back(id);
        Fields f(3);
        f.text(field::name, t.name).text(field::email, t.email).text(field::role, t.role);
        if (Status s = m_writer.add(entity::member, id, f); !s)
            return s.error();
        ++m_summary.members;
    }
    if (Status s = m_writer.flush(); !s)
        return s.error();
    m_summary.meId = m_team[kFirstAm];

    const int total = std::max(0, m_options.accounts);
    for (int i = 0; i < total; ++i) {
        planAccount(i);
        m_writer.begin(DemoText::tr("Demo data: %1").arg(m_account.name));
        Status s = emitAccount();
        if (s)
            s = emitOrgAndPeople();
        if (s)
            s = emitLinksAndCoverage();
        if (s)
            s = emitOpportunities();
        if (s)
            s = emitFollowups();
        if (s)
            s = m_writer.flush();
        if (!s)
            return s.error();
        if (m_options.progress)
            m_options.progress(i + 1, total);
    }
    return m_summary;
}

QString Generator::creditCode(QStringView division)
{
    return makeCreditCode(division, [this] { return m_rng.next(); });
}

QString Generator::mobile()
{
    return cat({m_rng.pick(kMobilePrefixes), digits(m_rng, 8)});
}

void Generator::planAccount(int index)
{
    m_account = Account();
    Account& a = m_account;
    if (index == 0) {
        a.name = QStringLiteral("华为技术有限公司");
        a.shortName = QStringLiteral("华为");
        a.brand = u"华为";
        a.brandPinyin = u"huawei";
        a.industryWord = u"技术";
        a.industry = 8; // 通信
        a.city = 11;    // 深圳
        a.creditCode = QStringLiteral("914403001922038216");
        a.domain = QStringLiteral("huawei.com");
        a.tier = 0;
        a.contacts = 240;
        a.am = kFirstAm;
        a.huawei = true;
    } else if (index == 1) {
        a.name = QStringLiteral("中国移动通信集团有限公司");
        a.shortName = QStringLiteral("中国移动");
        a.brand = u"移动";
        a.brandPinyin = u"chinamobile";
        a.industryWord = u"通信";
        a.industry = 8;
        a.city = 16; // 北京
        a.creditCode = withCheckChar(QStringLiteral("91110000710925243"));
        a.domain = QStringLiteral("chinamobile.com");
        a.tier = 0;
        a.contacts = 160;
        a.mobileStyleUnits = true;
        a.am = kFirstAm + 1;
    } else {
        planRandomAccount();
    }
    a.region = kCities[a.city].region;
    a.anchor = index < 2;
    if (index < 2) {
        a.sa = kFirstSa + index % kSaCount;
        a.de = kFirstDe + index % kDeCount;
    }
    a.emailStyle = m_rng.below(4);
    a.id = ids::newId();
    m_accountNames.insert(a.name);
    m_shortNames.insert(a.shortName);

    planOrg();
    planPeople();
    planRoles();
    nameEveryone();
}

void Generator::planRandomAccount()
{
    Account& a = m_account;
    const int industry = m_rng.below(countOf(kIndustries));
    const Industry& ind = kIndustries[industry];
    const Brand& brand = m_rng.pick(kBrands);
    a.industry = industry;
    a.brand = brand.han;
    a.brandPinyin = brand.pinyin;
    a.industryWord = ind.word;
    for (int attempt = 0;; ++attempt) {
        const Brand& b = attempt == 0 ? brand : m_rng.pick(kBrands);
        a.brand = b.han;
        a.brandPinyin = b.pinyin;
        const QStringView suffix =
            ind.finance ? QStringView(u"股份有限公司") : kSuffixes[m_rng.weighted({35, 15, 25, 15, 10})];
        QStringView place;
        if (m_rng.chance(0.6)) {
            const Prefix& p = m_rng.pick(kPrefixes);
            place = p.text;
            do
                a.city = m_rng.below(kCityCount);
            while (p.region >= 0 && kCities[a.city].region != p.region);
            a.name = cat({p.text, b.han, ind.word, suffix});
        } else {
            a.city = m_rng.below(kCityCount);
            place = kCities[a.city].name;
            a.name = cat({place, u"市", b.han, ind.word, suffix});
        }
        if (attempt > 50) // thousands of accounts: number the rest
            a.name = cat({place, b.han, ind.word, QString::number(attempt), u"号", suffix});
        if (m_accountNames.contains(a.name))
            continue;
        a.shortName = cat({b.han, ind.word});
        if (m_shortNames.contains(a.shortName))
            a.shortName = cat({place.isEmpty() ? kCities[a.city].name : place, b.han, ind.word});
        if (m_shortNames.contains(a.shortName))
            a.shortName = a.name;
        break;
    }
    a.domain = cat({a.brandPinyin, u"-", ind.english, u".com.cn"});
    a.creditCode = creditCode(kCities[a.city].division);
    a.tier = m_rng.weighted({2, 10, 30, 58});
    switch (a.tier) {
    case 0: // log-uniform 150..2000: a few huge groups
        a.contacts = static_cast<int>(150.0 * std::exp(m_rng.unit() * std::log(2000.0 / 150.0)));
        break;
    case 1:
        a.contacts = m_rng.between(40, 120);
        break;
    case 2:
        a.contacts = m_rng.between(25, 50);
        break;
    default:
        a.contacts = m_rng.between(20, 28);
        break;
    }
    a.am = kFirstAm + m_rng.below(kAmCount);
    a.sa = kFirstSa + m_rng.below(kSaCount);
    a.de = kFirstDe + m_rng.below(kDeCount);
}

bool Generator::siblingNamed(int parent, const QString& name) const
{
    for (const Unit& u : m_units)
        if (u.parent == parent && u.name == name)
            return true;
    return false;
}

int Generator::addUnit(int kind, int parent, int dept)
{
    Unit u;
    u.kind = kind;
    u.parent = parent;
    u.city = m_account.city;
    u.region = m_account.region;
    if (parent >= 0) {
        Unit& p = m_units[static_cast<size_t>(parent)];
        u.level = p.level + 1;
        u.position = p.children++;
        u.city = p.city;
        u.region = p.region;
    }
    const int parentKind = parent >= 0 ? m_units[static_cast<size_t>(parent)].kind : -1;
    auto unique = [&](auto makeName) {
        for (int attempt = 0; attempt < 12; ++attempt) {
            u.name = makeName();
            if (!siblingNamed(parent, u.name))
                return;
        }
        const QString base = u.name;
        for (int n = 2; siblingNamed(parent, u.name); ++n)
            u.name = cat({base, QString::number(n)});
    };
    switch (kind) {
    case kGroupHq:
        u.name = cat({m_account.shortName, u"总部"});
        break;
    case kDivision:
        unique([&] { return m_rng.pick(kDivisions).toString(); });
        break;
    case kRegionUnit:
        unique([&] {
            u.region = m_rng.below(kRegionCount);
            return cat({kRegions[u.region], u"区"});
        });
        do
            u.city = m_rng.below(kCityCount);
        while (kCities[u.city].region != u.region);
        break;
    case kSubsidiary: {
        const Account& a = m_account;
        for (int attempt = 0;; ++attempt) {
            if (parentKind == kRegionUnit)
                do
                    u.city = m_rng.below(kCityCount);
                while (kCities[u.city].region != u.region);
            else
                u.city = m_rng.below(kCityCount);
            const City& c = kCities[u.city];
            const int pattern = a.mobileStyleUnits && attempt < 6 ? 3 : m_rng.weighted({50, 30, 20});
            if (pattern == 3)
                u.name = cat({u"中国移动通信集团", c.province, u"有限公司"});
            else if (pattern == 0)
                u.name = cat({c.name, a.brand, a.industryWord, u"有限公司"});
            else if (pattern == 1)
                u.name = cat({c.name, a.brand, m_rng.pick(kBusiness), u"有限公司"});
            else
                u.name = cat({a.brand, a.industryWord, u"（", c.name, u"）有限公司"});
            if (attempt > 30)
                u.name = cat({c.name, a.brand, m_rng.pick(kBusiness), QString::number(attempt), u"有限公司"});
            if (!m_subsidiaryNames.contains(u.name))
                break;
        }
        m_subsidiaryNames.insert(u.name);
        u.region = kCities[u.city].region;
        u.creditCode = creditCode(kCities[u.city].division);
        break;
    }
    case kPlant:
        unique([&] { return cat({kCities[u.city].name, m_rng.pick(kPlantWords)}); });
        break;
    case kDepartment:
        if (dept >= 0) {
            u.dept = dept;
            u.name = kDepartments[dept].name.toString();
        } else {
            unique([&] {
                u.dept = m_rng.pick(kLeafDepartments);
                return kDepartments[u.dept].name.toString();
            });
        }
        break;
    }
    u.id = ids::newId();
    m_units.push_back(std::move(u));
    return static_cast<int>(m_units.size()) - 1;
}

void Generator::planOrg()
{
    m_units.clear();
    m_subsidiaryNames.clear();
    const int n = m_account.contacts;
    const int hqDepartments = 3 + std::min(3, n / 60);
    const int wanted =
        std::clamp(static_cast<int>(std::lround(n / 5.0 * (0.8 + 0.4 * m_rng.unit()))), 6, 250);
    int depth = wanted < 9 ? m_rng.between(3, 4) : wanted < 16 ? 4 : wanted < 40 ? 5 : 6;
    if (depth > 3 && m_rng.chance(0.2))
        --depth;
    depth = std::clamp(depth, 3, wanted - hqDepartments);
    const int* kinds = kLevelKinds[depth - 3];

    addUnit(kGroupHq, -1);
    for (int d = 0; d < hqDepartments; ++d)
        addUnit(kDepartment, 0, d);
    for (int level = 1, parent = 0; level < depth; ++level)
        parent = addUnit(kinds[level], parent);

    // Grow the tree. A parent is drawn with a weight that grows with its
    // level (the organisation widens towards subsidiaries and departments)
    // and falls with the children it already has (no single huge branch).
    std::vector<int> parents, cumulative;
    auto consider = [&](int index) {
        const Unit& u = m_units[static_cast<size_t>(index)];
        if (u.kind != kDepartment && u.level < depth - 1)
            parents.push_back(index);
    };
    for (int i = 0; i < static_cast<int>(m_units.size()); ++i)
        consider(i);
    while (static_cast<int>(m_units.size()) < wanted) {
        cumulative.clear();
        int totalWeight = 0;
        for (int index : parents) {
            const Unit& u = m_units[static_cast<size_t>(index)];
            const int children = u.kind == kGroupHq ? u.children - hqDepartments : u.children;
            totalWeight += 1200 * (1 + u.level) / ((1 + children) * (1 + children));
            cumulative.push_back(totalWeight);
        }
        const int r = m_rng.below(totalWeight);
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), r);
        const int parent = parents[static_cast<size_t>(it - cumulative.begin())];
        const Unit& p = m_units[static_cast<size_t>(parent)];
        int kind = kinds[p.level + 1];
        if (p.kind == kSubsidiary && kind == kPlant && m_rng.chance(0.5))
            kind = kDepartment;
        consider(addUnit(kind, parent));
    }
}

void Generator::planPeople()
{
    m_people.clear();
    const int units = static_cast<int>(m_units.size());
    const int n = std::max(m_account.contacts, units + 2);
    m_people.reserve(static_cast<size_t>(n));

    // Unit heads first (person i heads unit i): each reports to the head of the parent unit.
    for (int i = 0; i < units; ++i) {
        const Unit& u = m_units[static_cast<size_t>(i)];
        Person p;
        p.unit = i;
        p.head = true;
        p.reportsTo = u.parent;
        p.influence = std::max(2, 5 - (u.level + 1) / 2);
        switch (u.kind) {
        case kGroupHq:
            p.title = QStringLiteral("董事长");
            break;
        case kDivision:
            p.title = QStringLiteral("事业部总经理");
            break;
        case kRegionUnit:
            p.title = QStringLiteral("区域总经理");
            break;
        case kSubsidiary:
            p.title = QStringLiteral("总经理");
            break;
        case kPlant:
            p.title = QStringLiteral("厂长");
            break;
        default:
            p.title = (u.level == 1 ? kDepartments[u.dept].headAtHq : kDepartments[u.dept].head).toString();
            break;
        }
        m_people.push_back(std::move(p));
    }

    // The executives of the group HQ.
    m_hqStaff = std::min(countOf(kHqStaff), 2 + n / 150);
    for (int i = 0; i < m_hqStaff; ++i) {
        Person p;
        p.unit = 0;
        p.reportsTo = 0;
        p.title = kHqStaff[i].title.toString();
        p.influence = kHqStaff[i].influence;
        m_people.push_back(std::move(p));
    }

    // Staff, mostly in departments and plants.
    std::vector<int> cumulative(static_cast<size_t>(units));
    int totalWeight = 0;
    for (int i = 0; i < units; ++i) {
        static constexpr int kWeights[] = {0, 2, 2, 4, 6, 6};
        totalWeight += kWeights[m_units[static_cast<size_t>(i)].kind];
        cumulative[static_cast<size_t>(i)] = totalWeight;
    }
    while (static_cast<int>(m_people.size()) < n) {
        const int r = m_rng.below(totalWeight);
        const int unit =
            static_cast<int>(std::upper_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin());
        const Unit& u = m_units[static_cast<size_t>(unit)];
        Person p;
        p.unit = unit;
        p.reportsTo = unit;
        switch (u.kind) {
        case kDivision:
            p.title = m_rng.pick(kDivisionStaff).toString();
            break;
        case kRegionUnit:
            p.title = m_rng.pick(kRegionStaff).toString();
            break;
        case kSubsidiary:
            p.title = m_rng.pick(kSubsidiaryStaff).toString();
            break;
        case kPlant:
            p.title = m_rng.pick(kPlantStaff).toString();
            break;
        default:
            p.title = kDepartments[u.dept].staff[static_cast<size_t>(m_rng.below(4))].toString();
            break;
        }
        p.influence = std::max(1, m_people[static_cast<size_t>(unit)].influence - 1 - m_rng.below(2));
        if (m_rng.chance(0.058))
            p.leftDay = m_today - m_rng.between(10, 720);
        m_people.push_back(std::move(p));
    }
}

int Generator::roleHolder(int role) const
{
    return m_roleHolder[static_cast<size_t>(role)];
}

void Generator::planRoles()
{
    const int units = static_cast<int>(m_units.size());
    const int people = static_cast<int>(m_people.size());
    m_roleHolder.assign(static_cast<size_t>(countOf(kRoleKeys)), -1);
    auto give = [&](int person, int role) {
        if (person < 0)
            return false;
        Person& p = m_people[static_cast<size_t>(person)];
        if (p.role != kNoRole || p.leftDay != 0)
            return false;
        p.role = role;
        if (m_roleHolder[static_cast<size_t>(role)] < 0)
            m_roleHolder[static_cast<size_t>(role)] = person;
        return true;
    };
    auto headOfDept = [&](int dept) {
        for (int i = 1; i < units; ++i)
            if (m_units[static_cast<size_t>(i)].dept == dept && m_units[static_cast<size_t>(i)].parent == 0)
                return i;
        return -1;
    };
    auto headsWhere = [&](auto predicate) {
        std::vector<int> out;
        for (int i = 1; i < units; ++i)
            if (predicate(m_units[static_cast<size_t>(i)]))
                out.push_back(i);
        return out;
    };
    const int president = units; // first HQ executive: 总裁
    const std::vector<int> divisionHeads = headsWhere([](const Unit& u) { return u.kind == kDivision; });
    const std::vector<int> lineHeads = headsWhere(
        [](const Unit& u) { return u.kind == kDivision || u.kind == kSubsidiary || u.kind == kPlant; });
    const std::vector<int> deptHeads = headsWhere([](const Unit& u) { return u.kind == kDepartment; });

    const bool anchor = m_account.huawei;
    const bool full = m_account.anchor; // the anchors have a complete buying center
    if (full || m_rng.chance(0.9)) {
        const int which = anchor ? 0 : m_rng.weighted({75, 15, 10});
        if (which == 0 || (which == 2 && divisionHeads.empty()))
            give(president, kEconomicBuyer);
        else if (which == 1)
            give(0, kEconomicBuyer);
        else
            give(divisionHeads[static_cast<size_t>(m_rng.below(static_cast<int>(divisionHeads.size())))],
                 kEconomicBuyer);
    }
    if (full || m_rng.chance(0.85))
        give(headOfDept(kItDept), kTechnicalBuyer);
    if (full || m_rng.chance(0.75))
        give(headOfDept(kFinanceDept), kFinancialApprover);
    if (full || m_rng.chance(0.55))
        give(headOfDept(kPurchasingDept), kGatekeeper);
    for (int i = 0, n = m_rng.between(1, 2); i < n && !lineHeads.empty(); ++i)
        give(lineHeads[static_cast<size_t>(m_rng.below(static_cast<int>(lineHeads.size())))], kUserBuyer);
    const int influencers = std::min(8, m_rng.between(1, 3) + people / 200);
    for (int i = 0, tries = 0; i < influencers && tries < 40; ++tries) {
        const int person =
            m_rng.chance(0.5) && !deptHeads.empty()
                ? deptHeads[static_cast<size_t>(m_rng.below(static_cast<int>(deptHeads.size())))]
                : m_rng.between(units, people - 1);
        if (m_people[static_cast<size_t>(person)].influence >= 2 && give(person, kInfluencer))
            ++i;
    }
    if (full || m_rng.chance(0.75))
        for (int tries = 0; tries < 20; ++tries) {
            const int person =
                m_rng.chance(0.6) && !deptHeads.empty()
                    ? deptHeads[static_cast<size_t>(m_rng.below(static_cast<int>(deptHeads.size())))]
                    : m_rng.between(1, people - 1);
            if (m_people[static_cast<size_t>(person)].influence >= 2 && give(person, kChampion))
                break;
        }
    if (full || m_rng.chance(0.25))
        for (int tries = 0; tries < 10; ++tries) {
            const int person =
                m_rng.chance(0.5) || divisionHeads.empty()
                    ? units + 1 + m_rng.below(m_hqStaff - 1) // a vice president
                    : divisionHeads[static_cast<size_t>(m_rng.below(static_cast<int>(divisionHeads.size())))];
            if (give(person, kBlocker))
                break;
        }

    // Stance, orientation, notes; key people are the role holders and the senior heads.
    m_keys.clear();
    for (int i = 0; i < people; ++i) {
        Person& p = m_people[static_cast<size_t>(i)];
        p.key = p.leftDay == 0 && (p.role != kNoRole || p.influence >= 4);
        if (p.key)
            m_keys.push_back(i);
        switch (p.role) {
        case kEconomicBuyer:
            p.stance = 1 + m_rng.weighted({40, 40, 20});
            p.orientation = m_rng.chance(0.5) ? 0 : m_rng.below(5);
            break;
        case kTechnicalBuyer:
            p.stance = 1 + m_rng.weighted({40, 35, 25});
            p.orientation = m_rng.chance(0.6) ? 1 : m_rng.below(5);
            break;
        case kFinancialApprover:
            p.stance = 1 + m_rng.weighted({20, 50, 30});
            p.orientation = m_rng.chance(0.6) ? 2 : m_rng.below(5);
            break;
        case kChampion:
            p.stance = 0;
            p.orientation = m_rng.below(5);
            break;
        case kGatekeeper:
            p.stance = 2 + m_rng.weighted({60, 40});
            p.orientation = m_rng.chance(0.5) ? 2 : 4;
            break;
        case kBlocker:
            p.stance = 3 + m_rng.weighted({40, 60});
            p.orientation = m_rng.below(5);
            break;
        case kUserBuyer:
        case kInfluencer:
            p.stance = 1 + m_rng.weighted({45, 40, 12, 3});
            p.orientation = m_rng.below(5);
            break;
        default:
            if (p.key || m_rng.chance(0.3))
                p.stance = 1 + m_rng.weighted({20, 40, 10, 3, 27});
            if (p.key || m_rng.chance(0.4))
                p.orientation = m_rng.below(5);
            break;
        }
        if (p.role != kNoRole)
            p.notes = m_rng.pick(kPersonNotes).toString();
    }
}

void Generator::nameEveryone()
{
    m_personNames.clear();
    const bool anchor = m_account.huawei;
    const int eb = roleHolder(kEconomicBuyer);
    for (int i = 0; i < static_cast<int>(m_people.size()); ++i) {
        Person& p = m_people[static_cast<size_t>(i)];
        if (anchor && i == eb) {
            p.name = QStringLiteral("王建国");
            p.surnamePinyin = u"wang";
            p.givenFirst = u"jian";
            p.givenSecond = u"guo";
        } else {
            for (int attempt = 0; attempt < 20; ++attempt) {
                static const std::vector<int> surnameWeights = [] {
                    std::vector<int> c;
                    int sum = 0;
                    for (const Syllable& s : kSurnames)
                        c.push_back(sum += s.weight);
                    return c;
                }();
                const int r = m_rng.below(surnameWeights.back());
                const Syllable& surname =
                    kSurnames[std::upper_bound(surnameWeights.begin(), surnameWeights.end(), r) -
                              surnameWeights.begin()];
                p.surnamePinyin = surname.pinyin;
                switch (m_rng.weighted({30, 35, 35})) {
                case 0: {
                    const Syllable& g = m_rng.pick(kGivenSingle);
                    p.name = cat({surname.han, g.han});
                    p.givenFirst = g.pinyin;
                    p.givenSecond = {};
                    break;
                }
                case 1: {
                    const GivenPair& g = m_rng.pick(kGivenCommon);
                    p.name = cat({surname.han, g.han});
                    p.givenFirst = g.first;
                    p.givenSecond = g.second;
                    break;
                }
                default: {
                    const Syllable& a = m_rng.pick(kGivenFirst);
                    const Syllable& b = m_rng.pick(kGivenSecond);
                    p.name = cat({surname.han, a.han, b.han});
                    p.givenFirst = a.pinyin;
                    p.givenSecond = b.pinyin;
                    break;
                }
                }
                if (!m_personNames.contains(p.name) && !(anchor && p.name == u"王建国"))
                    break;
            }
        }
        m_personNames.insert(p.name);

        // wangjianguo / wang.jianguo / jianguo.wang / wangjg @ the company's domain
        if (m_rng.chance(0.88) || p.key) {
            QString local;
            switch (m_account.emailStyle) {
            case 0:
                local = cat({p.surnamePinyin, p.givenFirst, p.givenSecond});
                break;
            case 1:
                local = cat({p.surnamePinyin, u".", p.givenFirst, p.givenSecond});
                break;
            case 2:
                local = cat({p.givenFirst, p.givenSecond, u".", p.surnamePinyin});
                break;
            default:
                local = cat({p.surnamePinyin, p.givenFirst.first(1),
                             p.givenSecond.isEmpty() ? QStringView() : p.givenSecond.first(1)});
                break;
            }
            if (m_rng.chance(0.05))
                local += QString::number(m_rng.between(1, 9));
            p.email = cat({local, u"@", m_account.domain});
        }
        if (m_rng.chance(0.92) || p.key)
            p.mobile = mobile();
        if ((p.head || p.key) && m_rng.chance(0.7)) {
            const City& c = kCities[m_units[static_cast<size_t>(p.unit)].city];
            p.phone = cat({c.areaCode, u"-", QString::number(m_rng.between(2, 8)), digits(m_rng, 7)});
        }
        if (p.key && m_rng.chance(0.6))
            p.wechat = cat({p.surnamePinyin, p.givenFirst, p.givenSecond, u"_", digits(m_rng, 4, true)});
        p.id = ids::newId();
    }
}

int Generator::teamMember(int am, int sa, int de)
{
    switch (m_rng.weighted({50, 20, 15, 5, 10})) {
    case 0:
        return am;
    case 1:
        return sa;
    case 2:
        return de;
    case 3:
        return kLead;
    default:
        return kFirstAm + m_rng.below(kAmCount);
    }
}

int Generator::keyPerson()
{
    return m_keys.empty() ? 0 : m_keys[static_cast<size_t>(m_rng.below(static_cast<int>(m_keys.size())))];
}

// ---------------------------------------------------------------- emitting operations

Status Generator::emitAccount()
{
    const Account& a = m_account;
    const City& c = kCities[a.city];
    const Industry& ind = kIndustries[a.industry];
    // The opportunities are drawn here so that the strategy can name one.
    m_opportunities.clear();
    const int opportunityCount = a.tier == 0   ? m_rng.between(4, 8)
                                 : a.tier == 1 ? m_rng.between(3, 6)
                                 : a.tier == 2 ? m_rng.between(2, 4)
                                               : m_rng.between(1, 3);
    std::array<int, kTopicCount> topics;
    for (int i = 0; i < kTopicCount; ++i)
        topics[static_cast<size_t>(i)] = i;
    for (int i = 0; i < opportunityCount; ++i) {
        std::swap(topics[static_cast<size_t>(i)],
                  topics[static_cast<size_t>(m_rng.between(i, kTopicCount - 1))]);
        m_opportunities.push_back({QString(), topics[static_cast<size_t>(i)], true});
    }

    auto nameOf = [&](int role) {
        const int holder = roleHolder(role);
        return holder >= 0 ? QStringView(m_people[static_cast<size_t>(holder)].name) : QStringView();
    };
    Vars v;
    v.shortName = a.shortName;
    v.topic = kTopics[m_opportunities.front().topic].topic;
    v.eb = nameOf(kEconomicBuyer).isEmpty() ? QStringView(m_people[0].name) : nameOf(kEconomicBuyer);
    v.tb = nameOf(kTechnicalBuyer).isEmpty() ? QStringView(m_people[1].name) : nameOf(kTechnicalBuyer);
    v.fa = nameOf(kFinancialApprover).isEmpty() ? QStringView(m_people[3].name) : nameOf(kFinancialApprover);
    v.competitor = m_rng.pick(kCompetitors);
    QString strategy = fill(m_rng.pick(kStrategyNotes), v);
    if (m_rng.chance(0.5))
        strategy += fill(m_rng.pick(kStrategyNotes), v);

    const int scale = a.contacts < 30 ? 0 : a.contacts < 80 ? 1 : a.contacts < 300 ? 2 : 3;
    static constexpr qint64 kLimitLow[] = {2000, 500, 100, 20},
                            kLimitHigh[] = {10000, 2000, 500, 100}; // 万元
    const qint64 limitWan =
        (kLimitLow[a.tier] +
         m_rng.below(static_cast<int>(kLimitHigh[a.tier] - kLimitLow[a.tier]) / 10 + 1) * 10);
    static constexpr int kTerms[] = {30, 45, 60, 90, 120, 180};
    const int stage = m_rng.weighted({5, 10, 20, 10, 10, 25, 15, 5});
    const int potential = a.tier <= 1 ? 1 + m_rng.below(2) : m_rng.weighted({40, 45, 15});

    Fields f(26);
    f.text(field::name, a.name)
        .text(field::shortName, a.shortName)
        .text(field::industry, ind.label)
        .text(field::region, kRegions[a.region])
        .text(field::scale, kScales[scale])
        .text(field::creditCode, a.creditCode)
        .text(field::website, cat({u"www.", a.domain}))
        .text(field::address, cat({c.name, u"市", m_rng.pick(kDistricts), m_rng.pick(kRoads),
                                   QString::number(m_rng.between(1, 999)), u"号"}))
        .text(field::tier, kTiers[a.tier])
        .text(field::stage, kAccountStages[stage])
        .text(field::potential, kPotentials[potential])
        .text(field::amId, m_team[static_cast<size_t>(a.am)])
        .text(field::saId, m_team[static_cast<size_t>(a.sa)])
        .text(field::deId, m_team[static_cast<size_t>(a.de)])
        .number(field::creditLimit, limitWan * 10000 * 100)
        .text(field::currency, u"CNY")
        .number(field::paymentTermsDays, m_rng.pick(kTerms))
        .text(field::invoiceTitle, a.name)
        .text(field::taxId, a.creditCode)
        .text(field::bank, cat({m_rng.pick(kBanks), c.name, m_rng.pick(kBranches)}))
        .text(field::bankAccount, cat({digits(m_rng, 4, true), digits(m_rng, 15)}))
        .text(field::strategyNotes, strategy);
    ++m_summary.accounts;
    return m_writer.add(entity::account, a.id, f);
}

Status Generator::emitOrgAndPeople()
{
    for (const Unit& u : m_units) {
        Fields f(7);
        f.text(field::accountId, m_account.id)
            .text(field::name, u.name)
            .text(field::kind, kUnitKinds[u.kind])
            .number(field::position, u.position);
        if (u.parent >= 0)
            f.text(field::parentId, m_units[static_cast<size_t>(u.parent)].id);
        if (u.kind == kRegionUnit || u.kind == kSubsidiary || u.kind == kPlant || u.kind == kGroupHq)
            f.text(field::region, kRegions[u.region]);
        f.text(field::creditCode, u.creditCode);
        if (Status s = m_writer.add(entity::orgUnit, u.id, f); !s)
            return s;
        ++m_summary.orgUnits;
    }
    for (const Person& p : m_people) {
        const Unit& u = m_units[static_cast<size_t>(p.unit)];
        Fields f(17);
        f.text(field::accountId, m_account.id)
            .text(field::orgUnitId, u.id)
            .text(field::name, p.name)
            .text(field::title, p.title)
            .text(field::department, u.name)
            .text(field::phone, p.phone)
            .text(field::mobile, p.mobile)
            .text(field::email, p.email)
            .text(field::wechat, p.wechat)
            .number(field::influence, p.influence)
            .text(field::status, p.leftDay != 0 ? u"left" : u"active")
            .text(field::notes, p.notes);
        if (p.reportsTo >= 0)
            f.text(field::reportsTo, m_people[static_cast<size_t>(p.reportsTo)].id);
        if (p.role != kNoRole)
            f.text(field::decisionRole, kRoleKeys[p.role]);
        if (p.stance >= 0)
            f.text(field::stance, kStances[p.stance]);
        if (p.orientation >= 0)
            f.text(field::orientation, kOrientations[p.orientation]);
        if (p.leftDay != 0)
            f.text(field::leftOn, dateText(p.leftDay));
        if (Status s = m_writer.add(entity::contact, p.id, f); !s)
            return s;
        ++m_summary.contacts;
    }
    return {};
}

Status Generator::emitLinksAndCoverage()
{
    const int keys = static_cast<int>(m_keys.size());
    if (keys >= 2) {
        const int wanted = std::clamp(keys * 7 / 10 + m_rng.below(3), 2, 80);
        std::vector<std::pair<int, int>> made;
        for (int tries = 0; static_cast<int>(made.size()) < wanted && tries < wanted * 4; ++tries) {
            const int from = keyPerson(), to = keyPerson();
            if (from == to || std::find_if(made.begin(), made.end(), [&](const auto& m) {
                                  return (m.first == from && m.second == to) ||
                                         (m.first == to && m.second == from);
                              }) != made.end())
                continue;
            made.emplace_back(from, to);
            const int kind = m_rng.weighted({50, 25, 15, 10});
            Fields f(6);
            f.text(field::accountId, m_account.id)
                .text(field::fromId, m_people[static_cast<size_t>(from)].id)
                .text(field::toId, m_people[static_cast<size_t>(to)].id)
                .text(field::kind, kLinkKinds[kind])
                .number(field::strength, 1 + m_rng.weighted({10, 25, 30, 25, 10}));
            if (kind == 3)
                f.text(field::note, u"在预算和路线问题上有分歧");
            else if (m_rng.chance(0.4))
                f.text(field::note, m_rng.pick(kLinkNotes));
            if (Status s = m_writer.add(entity::link, ids::newId(), f); !s)
                return s;
            ++m_summary.links;
        }
    }

    // Coverage: who of the team knows whom, and how well it should be.
    const Account& a = m_account;
    std::vector<std::pair<int, int>> pairs; // (member, person)
    auto cover = [&](int member, int person) {
        if (person < 0 ||
            std::find(pairs.begin(), pairs.end(), std::make_pair(member, person)) != pairs.end())
            return;
        pairs.emplace_back(member, person);
    };
    for (int i = 0; i < static_cast<int>(m_people.size()); ++i) {
        switch (m_people[static_cast<size_t>(i)].role) {
        case kEconomicBuyer:
            cover(a.am, i);
            if (m_rng.chance(0.5))
                cover(kLead, i);
            break;
        case kTechnicalBuyer:
        case kInfluencer:
            cover(m_rng.chance(0.7) ? a.sa : a.de, i);
            break;
        case kUserBuyer:
            cover(a.de, i);
            break;
        case kFinancialApprover:
        case kChampion:
        case kGatekeeper:
        case kBlocker:
            cover(a.am, i);
            break;
        default:
            break;
        }
    }
    cover(kLead, 0);
    for (int i = 0, n = m_rng.between(0, 3); i < n; ++i)
        cover(a.am, keyPerson());
    for (const auto& [member, person] : pairs) {
        const int role = m_people[static_cast<size_t>(person)].role;
        const int level = m_rng.weighted({15, 35, 35, 15});
        const int desired =
            std::max(level, role == kEconomicBuyer || role == kTechnicalBuyer || role == kChampion ? 3 : 2);
        Fields f(5);
        f.text(field::accountId, a.id)
            .text(field::memberId, m_team[static_cast<size_t>(member)])
            .text(field::contactId, m_people[static_cast<size_t>(person)].id)
            .text(field::level, kLevels[level])
            .text(field::desiredLevel, kLevels[desired]);
        if (Status s = m_writer.add(entity::coverage, ids::newId(), f); !s)
            return s;
        ++m_summary.coverage;
    }
    return {};
}

Status Generator::emitOpportunities()
{
    const Account& a = m_account;
    for (Opportunity& o : m_opportunities) {
        o.id = ids::newId();
        const int status = m_rng.weighted({55, 25, 20}); // open, won, lost
        o.open = status == 0;
        int stage = 4, probability = 100;
        qint64 close = m_today - m_rng.between(10, 700);
        if (status == 0) {
            stage = m_rng.weighted({25, 25, 25, 15, 10});
            probability = std::clamp(kStageProbability[stage] + m_rng.between(-5, 5), 5, 95);
            close = m_today + m_rng.between(15, 270);
        } else if (status == 2) {
            stage = m_rng.between(1, 3);
            probability = 0;
        }
        // 50万 to 5000万 元, log-uniform, in whole 万元; stored in 分.
        const qint64 wan = std::llround(50.0 * std::exp(m_rng.unit() * std::log(100.0)));
        QString competitors;
        for (int i = 0, n = m_rng.between(1, 3), first = m_rng.below(countOf(kCompetitors)); i < n; ++i) {
            if (i > 0)
                competitors += QStringLiteral(", ");
            competitors += kCompetitors[(first + i * 5) % countOf(kCompetitors)];
        }
        Fields f(12);
        f.text(field::accountId, a.id)
            .text(field::name, kTopics[o.topic].opportunity)
            .text(field::stage, kOppStages[stage])
            .number(field::amount, wan * 10000 * 100)
            .text(field::currency, u"CNY")
            .number(field::probability, probability)
            .text(field::expectedClose, dateText(close))
            .text(field::competitors, competitors)
            .text(field::status, status == 0   ? u"open"
                                 : status == 1 ? u"won"
                                               : u"lost")
            .text(field::ownerId, m_team[static_cast<size_t>(m_rng.chance(0.8) ? a.am : a.sa)]);
        if (status == 0)
            f.text(field::nextStep, m_rng.pick(kNextSteps));
        if (status == 2)
            f.text(field::lossReason, m_rng.pick(kLossReasons));
        if (Status s = m_writer.add(entity::opportunity, o.id, f); !s)
            return s;
        ++m_summary.opportunities;

        // The buying center: the account's role holders plus a few others.
        std::vector<std::pair<int, int>> center; // (person, role)
        auto join = [&](int person, int role) {
            if (person < 0 || m_people[static_cast<size_t>(person)].leftDay != 0)
                return;
            for (const auto& c : center)
                if (c.first == person)
                    return;
            center.emplace_back(person, role);
        };
        join(roleHolder(kEconomicBuyer), kEconomicBuyer);
        join(roleHolder(kTechnicalBuyer), kTechnicalBuyer);
        if (m_rng.chance(0.6))
            join(roleHolder(kFinancialApprover), kFinancialApprover);
        if (m_rng.chance(0.7))
            join(roleHolder(kChampion), kChampion);
        if (m_rng.chance(0.4))
            join(roleHolder(kGatekeeper), kGatekeeper);
        if (m_rng.chance(0.5))
            join(roleHolder(kBlocker), kBlocker);
        for (int i = 0, n = m_rng.between(1, 2); i < n; ++i)
            join(keyPerson(), m_rng.chance(0.5) ? kUserBuyer : kInfluencer);
        for (const auto& [person, role] : center) {
            Fields b(4);
            b.text(field::accountId, a.id)
                .text(field::opportunityId, o.id)
                .text(field::contactId, m_people[static_cast<size_t>(person)].id)
                .text(field::role, kRoleKeys[role]);
            if (Status s = m_writer.add(entity::buyingRole, ids::newId(), b); !s)
                return s;
            ++m_summary.buyingRoles;
        }
    }
    return {};
}

Status Generator::emitFollowups()
{
    const Account& a = m_account;
    const int people = static_cast<int>(m_people.size());
    const int count = static_cast<int>(std::lround(people * (7.5 + 5.0 * m_rng.unit())));
    QString contactIds;
    for (int n = 0; n < count; ++n) {
        // When: the last three years, denser recently, on working days and hours (China time).
        const int daysAgo = 1 + static_cast<int>(1094.0 * std::pow(m_rng.unit(), 1.3));
        qint64 day = m_today - daysAgo;
        const int weekday = QDate::fromJulianDay(day).dayOfWeek();
        if (weekday >= 6 && m_rng.chance(0.85))
            day -= weekday - 5; // moved to the Friday before
        const int hour = 9 + m_rng.weighted({10, 12, 12, 4, 8, 12, 12, 10, 6});
        const int minute = 5 * m_rng.below(12);

        // Who: a key person or anyone, and up to two more; people who left are replaced by their head.
        int chosen[3];
        const int contacts = 1 + m_rng.weighted({60, 30, 10});
        for (int i = 0; i < contacts; ++i) {
            int person = m_rng.chance(0.4) ? keyPerson() : m_rng.below(people);
            if (i > 0 && m_rng.chance(0.5)) // a colleague from the same unit
                person = m_people[static_cast<size_t>(chosen[0])].unit;
            const Person& p = m_people[static_cast<size_t>(person)];
            if (p.leftDay != 0 && day > p.leftDay)
                person = p.unit; // the unit's head never leaves
            chosen[i] = person;
        }
        int distinct = 0;
        contactIds.clear();
        contactIds += u'[';
        for (int i = 0; i < contacts; ++i) {
            if (std::find(chosen, chosen + i, chosen[i]) != chosen + i)
                continue;
            if (distinct++ > 0)
                contactIds += u',';
            contactIds += u'"';
            contactIds += m_people[static_cast<size_t>(chosen[i])].id;
            contactIds += u'"';
        }
        contactIds += u']';

        const Person& first = m_people[static_cast<size_t>(chosen[0])];
        const Opportunity* opportunity =
            !m_opportunities.empty() && m_rng.chance(0.35)
                ? &m_opportunities[static_cast<size_t>(m_rng.below(static_cast<int>(m_opportunities.size())))]
                : nullptr;
        Vars v;
        const QString several = distinct > 1 ? cat({first.name, u"等"}) : QString();
        v.name = distinct > 1 ? QStringView(several) : QStringView(first.name);
        v.title = first.title;
        v.shortName = a.shortName;
        v.topic = opportunity         ? kTopics[opportunity->topic].topic
                  : m_rng.chance(0.6) ? kTopics[m_rng.below(kTopicCount)].topic
                                      : m_rng.pick(kGeneralTopics);

        const int type = m_rng.weighted({25, 30, 12, 13, 12, 5, 3});
        QStringView summary;
        switch (type) {
        case 0:
            summary = m_rng.pick(kSummaryVisit);
            break;
        case 1:
            summary = m_rng.pick(kSummaryCall);
            break;
        case 2:
            summary = m_rng.pick(kSummaryMeeting);
            break;
        case 3:
            summary = m_rng.pick(kSummaryEmail);
            break;
        case 4:
            summary = m_rng.pick(kSummaryMessage);
            break;
        case 5:
            summary = m_rng.pick(kSummaryDemo);
            break;
        default:
            summary = m_rng.pick(kSummaryExecutive);
            break;
        }
        const int author = type == 6 ? kLead : teamMember(a.am, a.sa, a.de);
        const bool recent = daysAgo <= 30;
        const bool hasNext = recent ? m_rng.chance(0.85) : m_rng.chance(0.35);
        const QString nextAction = hasNext ? fill(m_rng.pick(kNextActions), v) : QString();
        const qint64 due = recent && hasNext ? day + m_rng.between(2, 14) : 0;

        const QString id = ids::newId();
        Fields f(10);
        f.text(field::accountId, a.id)
            .text(field::type, kFollowupTypes[type])
            .text(field::at, utcText(day, hour, minute))
            .text(field::authorId, m_team[static_cast<size_t>(author)])
            .text(field::contactIds, contactIds)
            .text(field::summary, fill(summary, v));
        if (opportunity)
            f.text(field::opportunityId, opportunity->id);
        if (m_rng.chance(0.85))
            f.text(field::outcome, fill(m_rng.pick(kOutcomes), v));
        f.text(field::nextAction, nextAction);
        if (due != 0)
            f.text(field::nextDue, dateText(due));
        if (Status s = m_writer.add(entity::followup, id, f); !s)
            return s;
        ++m_summary.followups;

        // The next action of a recent follow-up became a task.
        if (due != 0) {
            Fields t(8);
            t.text(field::accountId, a.id)
                .text(field::title, nextAction)
                .text(field::due, dateText(due))
                .text(field::assigneeId, m_team[static_cast<size_t>(author)])
                .text(field::source, u"followup")
                .text(field::followupId, id);
            const qint64 lastDone = std::min(due, m_today - 1);
            const bool done = lastDone > day && (due < m_today ? m_rng.chance(0.6) : m_rng.chance(0.1));
            t.text(field::status, done ? u"done" : u"open");
            if (done)
                t.text(field::doneAt,
                       utcText(m_rng.between(static_cast<int>(day + 1), static_cast<int>(lastDone)),
                               m_rng.between(9, 18), 5 * m_rng.below(12)));
            if (Status s = m_writer.add(entity::task, ids::newId(), t); !s)
                return s;
            ++m_summary.tasks;
        }
    }

    // A few tasks the account manager wrote down by hand.
    Vars v;
    v.shortName = a.shortName;
    for (int i = 0, n = m_rng.between(1, 3) + (a.tier <= 1 ? 1 : 0); i < n; ++i) {
        // The anchors always have something due today (for the task list and screenshots).
        const qint64 due = a.anchor && i == 0 ? m_today : m_today + m_rng.between(-10, 20);
        const bool done = due < m_today && m_rng.chance(0.5);
        Fields t(7);
        t.text(field::accountId, a.id)
            .text(field::title, fill(m_rng.pick(kManualTasks), v))
            .text(field::due, dateText(due))
            .text(field::assigneeId, m_team[static_cast<size_t>(m_rng.chance(0.7) ? a.am : a.sa)])
            .text(field::source, u"manual")
            .text(field::status, done ? u"done" : u"open");
        if (done)
            t.text(field::doneAt, utcText(due, m_rng.between(9, 18), 5 * m_rng.below(12)));
        if (Status s = m_writer.add(entity::task, ids::newId(), t); !s)
            return s;
        ++m_summary.tasks;
    }
    return {};
}

// Restores the system's id source however generate() ends.
struct IdSourceGuard
{
    ~IdSourceGuard() { ids::setRandomSource({}); }
};

} // namespace

QString makeCreditCode(QStringView divisionCode, const std::function<quint64()>& random)
{
    QString s;
    s.reserve(18);
    s += u"91";
    s += divisionCode;
    while (s.size() < 17)
        s += QChar(kCodeAlphabet[random() % 31]);
    return withCheckChar(s);
}

Result<Summary> generate(Store& store, const Options& options)
{
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const qint64 todayJd = today.toJulianDay();

    // Deterministic ids: a seeded generator and a clock that steps one
    // millisecond per id from three years before `today`.
    std::mt19937_64 idRandom(options.seed ^ 0x9E3779B97F4A7C15ull);
    qint64 millis = (todayJd - 3 * 365 - 2440588) * 86400000LL;
    IdSourceGuard guard;
    ids::setRandomSource([&idRandom] { return static_cast<quint64>(idRandom()); },
                         [&millis] { return millis++; });

    Generator generator(store, options, todayJd);
    return generator.run();
}

} // namespace summit::demo
