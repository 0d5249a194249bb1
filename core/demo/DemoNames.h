#pragma once
// The word lists and text templates of the demo data (private to core/demo).
// Data only. The generator draws from them by index, so reordering, adding or
// removing an entry changes what every seed generates. inline constexpr arrays
// (not spans from a .cpp) so that sizes stay compile-time constants for
// countOf() and Rng::pick(), and each list exists once in the program.

#include <QStringView>
#include <array>
#include <cstddef>

namespace summit::demo::names {

template <class T, size_t N> constexpr int countOf(const T (&)[N])
{
    return static_cast<int>(N);
}

struct TeamMember
{
    QStringView name, email, role;
};
// Account managers first: the first one is "me".
inline constexpr TeamMember kTeam[] = {
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

inline constexpr QStringView kRegions[] = {u"华东", u"华南", u"华北", u"华中", u"西南", u"西北", u"东北"};
inline constexpr int kRegionCount = countOf(kRegions);

struct City
{
    QStringView name, province, division, areaCode;
    int region;
};
inline constexpr City kCities[] = {
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
inline constexpr int kCityCount = countOf(kCities);

inline constexpr QStringView kDistricts[] = {u"高新技术产业开发区", u"经济技术开发区", u"软件园", u"科技园",
                                             u"工业园区",           u"中央商务区"};
inline constexpr QStringView kRoads[] = {u"科技路", u"人民路", u"建设大道", u"滨江大道", u"高新大道",
                                         u"中山路", u"解放路", u"长江路",   u"世纪大道", u"创业路"};

struct Prefix
{
    QStringView text;
    int region; // -1: national
};
inline constexpr Prefix kPrefixes[] = {{u"华东", 0}, {u"华南", 1},  {u"北方", 2}, {u"华北", 2}, {u"中原", 3},
                                       {u"华中", 3}, {u"长江", 3},  {u"西南", 4}, {u"西部", 5}, {u"西北", 5},
                                       {u"东北", 6}, {u"中国", -1}, {u"", -1}};

struct Brand
{
    QStringView han, pinyin;
};
inline constexpr Brand kBrands[] = {
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
inline constexpr Industry kIndustries[] = {
    {u"能源", u"能源", u"energy", false},          {u"装备", u"装备制造", u"equipment", false},
    {u"电子", u"电子信息", u"electronics", false}, {u"医药", u"医药健康", u"pharma", false},
    {u"物流", u"交通物流", u"logistics", false},   {u"银行", u"银行", u"bank", true},
    {u"保险", u"保险", u"insurance", true},        {u"汽车", u"汽车", u"auto", false},
    {u"电信", u"通信", u"telecom", false},         {u"化工", u"化工", u"chem", false},
    {u"钢铁", u"钢铁冶金", u"steel", false},       {u"建工", u"建筑工程", u"construction", false},
    {u"食品", u"食品饮料", u"foods", false},       {u"科技", u"信息技术", u"tech", false},
    {u"重工", u"装备制造", u"heavy", false},       {u"电力", u"电力", u"power", false},
};

inline constexpr QStringView kSuffixes[] = {u"集团有限公司", u"控股集团有限公司", u"股份有限公司",
                                            u"集团股份有限公司", u"集团"};

// Business words of subsidiaries: 上海华信科技有限公司.
inline constexpr QStringView kBusiness[] = {u"科技", u"销售",     u"工程",       u"技术服务", u"贸易",
                                            u"制造", u"信息技术", u"供应链管理", u"设备",     u"投资"};

inline constexpr QStringView kBanks[] = {u"中国工商银行", u"中国建设银行", u"中国银行",
                                         u"中国农业银行", u"招商银行",     u"交通银行"};
inline constexpr QStringView kBranches[] = {u"高新支行", u"城东支行", u"科技园支行", u"开发区支行",
                                            u"营业部",   u"城南支行", u"金融街支行"};

inline constexpr QStringView kDivisions[] = {
    u"企业业务事业部",       u"消费者业务事业部", u"云与计算事业部", u"智能制造事业部", u"新能源事业部",
    u"国际业务事业部",       u"工业互联网事业部", u"金融科技事业部", u"数字政府事业部", u"运营商事业部",
    u"产品与解决方案事业部", u"供应链事业部",     u"医疗健康事业部", u"汽车电子事业部", u"智慧城市事业部"};

inline constexpr QStringView kPlantWords[] = {u"生产基地", u"制造基地", u"第一工厂", u"第二工厂",
                                              u"装配厂",   u"物流园区", u"研发基地"};

struct Department
{
    QStringView name, headAtHq, head;
    std::array<QStringView, 4> staff;
};
// The first three are at every group HQ; 3-5 are added at big ones; the
// rest (and 0-3) appear in subsidiaries and plants.
inline constexpr Department kDepartments[] = {
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
inline constexpr int kItDept = 0, kPurchasingDept = 1, kFinanceDept = 2;
inline constexpr int kLeafDepartments[] = {0, 1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 14};

struct Titled
{
    QStringView title;
    int influence;
};
inline constexpr Titled kHqStaff[] = {
    {u"总裁", 5},       {u"常务副总裁", 4}, {u"副总裁", 4},   {u"首席信息官", 4}, {u"副总裁", 4},
    {u"首席财务官", 4}, {u"董事会秘书", 3}, {u"总裁助理", 3}, {u"副总裁", 4},     {u"总裁办主任", 3}};
inline constexpr QStringView kDivisionStaff[] = {u"副总经理", u"销售总监", u"解决方案总监",
                                                 u"产品总监", u"交付总监", u"项目经理"};
inline constexpr QStringView kRegionStaff[] = {u"副总经理", u"大客户经理", u"区域销售经理", u"售前经理",
                                               u"区域技术经理"};
inline constexpr QStringView kSubsidiaryStaff[] = {u"副总经理", u"总经理助理", u"财务负责人", u"综合办主任",
                                                   u"总工程师"};
inline constexpr QStringView kPlantStaff[] = {u"副厂长",     u"生产主管", u"设备主管",
                                              u"工艺工程师", u"质检主管", u"班组长"};

// Names: surname frequencies (per mille, roughly) and given names.
struct Syllable
{
    QStringView han, pinyin;
    int weight;
};
inline constexpr Syllable kSurnames[] = {
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
inline constexpr Syllable kGivenSingle[] = {
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
inline constexpr Syllable kGivenFirst[] = {
    {u"建", u"jian", 1}, {u"志", u"zhi", 1},  {u"海", u"hai", 1},  {u"晓", u"xiao", 1}, {u"国", u"guo", 1},
    {u"文", u"wen", 1},  {u"永", u"yong", 1}, {u"俊", u"jun", 1},  {u"子", u"zi", 1},   {u"思", u"si", 1},
    {u"雨", u"yu", 1},   {u"嘉", u"jia", 1},  {u"佳", u"jia", 1},  {u"明", u"ming", 1}, {u"立", u"li", 1},
    {u"宏", u"hong", 1}, {u"德", u"de", 1},   {u"春", u"chun", 1}, {u"秀", u"xiu", 1},  {u"丽", u"li", 1},
    {u"玉", u"yu", 1},   {u"金", u"jin", 1},  {u"家", u"jia", 1},  {u"天", u"tian", 1}, {u"新", u"xin", 1},
    {u"振", u"zhen", 1}, {u"世", u"shi", 1},  {u"一", u"yi", 1},   {u"梓", u"zi", 1},   {u"欣", u"xin", 1},
    {u"晨", u"chen", 1}, {u"泽", u"ze", 1},   {u"卫", u"wei", 1},  {u"少", u"shao", 1}, {u"伟", u"wei", 1},
};
inline constexpr Syllable kGivenSecond[] = {
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
inline constexpr GivenPair kGivenCommon[] = {
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

inline constexpr QStringView kMobilePrefixes[] = {
    u"130", u"131", u"132", u"133", u"135", u"136", u"137", u"138", u"139", u"150", u"151",
    u"152", u"155", u"156", u"157", u"158", u"159", u"166", u"176", u"177", u"180", u"181",
    u"182", u"183", u"185", u"186", u"187", u"188", u"189", u"191", u"198", u"199"};

inline constexpr QStringView kRoleKeys[] = {u"economic_buyer", u"technical_buyer", u"financial_approver",
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
inline constexpr QStringView kStances[] = {u"champion", u"supporter", u"neutral",
                                           u"skeptic",  u"opponent",  u"unknown"};
inline constexpr QStringView kOrientations[] = {u"results", u"technology", u"price", u"relationship",
                                                u"risk"};
inline constexpr QStringView kLevels[] = {u"none", u"brief", u"working", u"trusted"};

inline constexpr QStringView kPersonNotes[] = {
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

inline constexpr QStringView kLinkKinds[] = {u"influences", u"trusts", u"mentors", u"rivals"};
inline constexpr QStringView kLinkNotes[] = {u"多年同事",       u"校友",     u"曾在同一项目组",
                                             u"上下级关系密切", u"私交很好", u"同一时期加入公司"};

struct Topic
{
    QStringView opportunity, topic;
};
inline constexpr Topic kTopics[] = {
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
inline constexpr int kTopicCount = countOf(kTopics);
inline constexpr QStringView kGeneralTopics[] = {u"年度合作规划", u"服务满意度", u"新产品发布",
                                                 u"回款计划",     u"技术交流",   u"年度框架协议"};

inline constexpr QStringView kCompetitors[] = {u"用友",   u"金蝶",     u"浪潮",   u"华为云",   u"阿里云",
                                               u"腾讯云", u"神州数码", u"东软",   u"中软国际", u"SAP",
                                               u"Oracle", u"新华三",   u"深信服", u"启明星辰"};
inline constexpr QStringView kLossReasons[] = {
    u"价格高于竞争对手", u"客户预算冻结",         u"技术方案未通过评审", u"竞争对手关系更深",
    u"项目延期后取消",   u"交付周期无法满足要求", u"客户决定自研"};
inline constexpr QStringView kNextSteps[] = {u"安排高层拜访", u"提交技术方案", u"组织POC测试",
                                             u"商务谈判",     u"准备投标文件", u"确认预算和采购流程",
                                             u"签署框架协议"};
inline constexpr QStringView kOppStages[] = {u"qualify", u"develop", u"propose", u"negotiate", u"commit"};
inline constexpr int kStageProbability[] = {10, 25, 40, 60, 80};

inline constexpr QStringView kAccountStages[] = {u"lead",       u"nurturing", u"opportunity", u"closing",
                                                 u"onboarding", u"service",   u"expansion",   u"advocacy"};
inline constexpr QStringView kTiers[] = {u"S", u"A", u"B", u"C"};
inline constexpr QStringView kPotentials[] = {u"low", u"medium", u"high"};
inline constexpr QStringView kScales[] = {u"small", u"medium", u"large", u"giant"};

inline constexpr QStringView kStrategyNotes[] = {
    u"以{topic}为切入点，巩固与{eb}的高层关系，逐步扩大在各事业部的份额。",
    u"{short}今年IT预算增长明显，重点推进{topic}；需防范{competitor}低价竞争。",
    u"关键是争取{tb}的技术认可，建议安排样板客户参观和POC。",
    u"客户关系稳定，续约风险低；下一步拓展{topic}等新业务。",
    u"决策链较长，需要同时覆盖{eb}和{fa}，避免单线联系。",
    u"{competitor}在该客户深耕多年，我方以{topic}差异化能力突围，争取{tb}支持。",
};

inline constexpr QStringView kFollowupTypes[] = {u"visit",   u"call", u"meeting",        u"email",
                                                 u"message", u"demo", u"executive_visit"};
inline constexpr QStringView kSummaryVisit[] = {
    u"拜访{name}，沟通{topic}的进展", u"到{short}现场拜访{name}（{title}），了解{topic}需求",
    u"拜访{name}，介绍我方{topic}方案", u"与{name}面谈{topic}的预算和时间表"};
inline constexpr QStringView kSummaryCall[] = {
    u"与{name}电话沟通{topic}", u"电话回访{name}，确认{topic}时间表", u"{name}来电咨询{topic}的细节",
    u"电话跟进{topic}，{name}反馈内部正在评估"};
inline constexpr QStringView kSummaryMeeting[] = {
    u"与{name}召开{topic}推进会", u"参加{short}{topic}方案评审会", u"组织{topic}项目周例会，{name}参加",
    u"与{name}讨论{topic}实施计划"};
inline constexpr QStringView kSummaryEmail[] = {u"邮件发送{topic}方案给{name}", u"邮件确认{topic}报价细节",
                                                u"邮件回复{name}关于{topic}的问题",
                                                u"向{name}发送会议纪要和{topic}资料"};
inline constexpr QStringView kSummaryMessage[] = {u"微信联系{name}，同步{topic}进展",
                                                  u"微信提醒{name}反馈{topic}评估意见",
                                                  u"与{name}微信沟通{topic}的安排"};
inline constexpr QStringView kSummaryDemo[] = {u"为{name}团队演示{topic}解决方案",
                                               u"在{short}现场进行{topic}POC演示",
                                               u"线上演示{topic}产品功能，{name}参加"};
inline constexpr QStringView kSummaryExecutive[] = {u"陪同公司高层拜访{name}，交流{topic}战略合作",
                                                    u"双方高层会晤，{name}出席，讨论{topic}合作框架",
                                                    u"邀请{name}参观我司总部，介绍{topic}能力"};
inline constexpr QStringView kOutcomes[] = {u"{name}认可方案方向，希望补充成本测算",
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
inline constexpr QStringView kNextActions[] = {u"提交{topic}技术方案",     u"安排POC测试环境",
                                               u"准备{topic}商务报价",     u"约{name}下周再沟通",
                                               u"整理会议纪要发给客户",    u"邀请{name}参观样板客户",
                                               u"协调售前资源支持{topic}", u"确认{topic}预算和采购流程",
                                               u"安排高层拜访{name}",      u"回复{name}提出的问题"};
inline constexpr QStringView kManualTasks[] = {u"准备{short}季度业务回顾材料", u"更新{short}组织架构图",
                                               u"整理{short}年度采购计划",     u"跟进{short}回款",
                                               u"梳理{short}关键人关系图",     u"准备{short}高层拜访方案",
                                               u"提交{short}客户满意度调查"};

} // namespace summit::demo::names
