/**
 * Build-time generator (not shipped): writes lib/recognise/classification-names.generated.ts, the official names of
 * 政府收支分类科目 codes by year that lib/recognise/official-names.ts looks up.
 *
 * The names come from NATIONAL below: the national classification as published by 财政部 each year — function
 * classification (支出功能分类) 类 and 款 with the 项 departments commonly print, 部门预算支出经济分类 and 政府预算支出经济分类
 * 类/款 — written down from the yearly 政府收支分类科目 and kept only where we are sure of the wording and of the year of
 * every renaming. The document-derived lists in ../shared/data/classification (names read out of published
 * disclosures, so with typos, cut names and wrong rows) are the starting point and the check: every national name is
 * compared with them, and where they disagree the national wording is kept and the disagreement printed.
 *
 * Where the year of a renaming is not certain, the old and the new name both count as official in the uncertain year
 * (a name is never called outdated in a year it may still have been right).
 *
 * Usage: npx tsx scripts/gen-classification-names.ts [function.csv economic.csv]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const shared = process.env.BUDGETLENS_SHARED ?? resolve(root, '../shared');
const functionCsv = process.argv[2] ?? join(shared, 'data/classification/derived_function_codes_from_docs.csv');
const economicCsv = process.argv[3] ?? join(shared, 'data/classification/derived_econ_codes_from_docs.csv');
const output = join(root, 'lib/recognise/classification-names.generated.ts');

/** The table the lookups assert from; earlier years only through the old names of renamed codes. */
const FIRST_YEAR = { function: 2019, economic: 2018 } as const;
/** The last yearly classification the names were checked against. */
const CHECKED_TO = 2026;

/**
 * `code years name`. Years: `2019-` from 2019 on, `-2018` up to 2018 (its start not asserted), `2020-2023`.
 * Family by the first digit: 2 function, 3 部门预算 economic, 5 政府预算 economic.
 */
const NATIONAL = `
201 2019- 一般公共服务支出
20101 2019- 人大事务
2010101 2019- 行政运行
2010102 2019- 一般行政管理事务
2010104 2019- 人大会议
2010105 2019- 人大立法
2010106 2019- 人大监督
2010108 2019- 代表工作
2010199 2019- 其他人大事务支出
20102 2019- 政协事务
2010201 2019- 行政运行
2010202 2019- 一般行政管理事务
2010204 2019- 政协会议
2010205 2019- 委员视察
2010299 2019- 其他政协事务支出
20103 2019- 政府办公厅（室）及相关机构事务
2010301 2019- 行政运行
2010302 2019- 一般行政管理事务
2010303 2019- 机关服务
2010350 2019- 事业运行
2010399 2019- 其他政府办公厅（室）及相关机构事务支出
20104 2019- 发展与改革事务
20105 2019- 统计信息事务
2010506 2019- 统计管理
2010507 2019- 专项普查活动
20106 2019- 财政事务
2010601 2019- 行政运行
2010602 2019- 一般行政管理事务
2010604 2019- 预算改革业务
2010605 2019- 财政国库业务
2010607 2019- 信息化建设
2010608 2019- 财政委托业务支出
20107 2019- 税收事务
20108 2019- 审计事务
20109 2019- 海关事务
20110 2019- 人力资源事务
20111 2019- 纪检监察事务
20113 2019- 商贸事务
2011301 2019- 行政运行
2011302 2019- 一般行政管理事务
2011350 2019- 事业运行
2011399 2019- 其他商贸事务支出
20114 2019- 知识产权事务
20123 2019- 民族事务
20126 2019- 档案事务
20128 2019- 民主党派及工商联事务
20129 2019- 群众团体事务
2012902 2019- 一般行政管理事务
20131 2019- 党委办公厅（室）及相关机构事务
20132 2019- 组织事务
2013202 2019- 一般行政管理事务
20133 2019- 宣传事务
2013302 2019- 一般行政管理事务
20134 2019- 统战事务
2013402 2019- 一般行政管理事务
20135 2019- 对外联络事务
20136 2019- 其他共产党事务支出
20137 2019- 网信事务
20138 2019- 市场监督管理事务
2013802 2019- 一般行政管理事务
20140 2025- 信访事务
20199 2019- 其他一般公共服务支出
202 2019- 外交支出
20201 2019- 外交管理事务
20202 2019- 驻外机构
20203 2019- 对外援助
20204 2019- 国际组织
20205 2019- 对外合作与交流
20206 2019- 对外宣传
20207 2019- 边界勘界联检
20299 2019- 其他外交支出
203 2019- 国防支出
20301 2019- 现役部队
20304 2019- 国防科研事业
20305 2019- 专项工程
20306 2019- 国防动员
20399 2019- 其他国防支出
204 2019- 公共安全支出
20402 2019- 公安
20403 2019- 国家安全
20404 2019- 检察
20405 2019- 法院
20406 2019- 司法
2040601 2019- 行政运行
2040604 2019- 基层司法业务
2040605 2019- 普法宣传
2040607 2019- 公共法律服务
2040613 2019- 信息化建设
2040699 2019- 其他司法支出
20407 2019- 监狱
20408 2019- 强制隔离戒毒
20409 2019- 国家保密
20410 2019- 缉私警察
20499 2019- 其他公共安全支出
2049999 2019- 其他公共安全支出
205 2019- 教育支出
20501 2019- 教育管理事务
20502 2019- 普通教育
2050205 2019- 高等教育
20503 2019- 职业教育
20504 2019- 成人教育
20505 2019- 广播电视教育
20506 2019- 留学教育
20507 2019- 特殊教育
20508 2019- 进修及培训
20509 2019- 教育费附加安排的支出
20599 2019- 其他教育支出
2059999 2019- 其他教育支出
206 2019- 科学技术支出
20601 2019- 科学技术管理事务
20602 2019- 基础研究
20603 2019- 应用研究
20604 2019- 技术研究与开发
20605 2019- 科技条件与服务
2060503 2019- 科技条件专项
20606 2019- 社会科学
20607 2019- 科学技术普及
2060702 2019- 科普活动
20608 2019- 科技交流与合作
20699 2019- 其他科学技术支出
207 2019- 文化旅游体育与传媒支出
207 -2018 文化体育与传媒支出
20701 2019- 文化和旅游
20701 -2018 文化
20702 2019- 文物
20703 2019- 体育
2070308 2019- 群众体育
20706 2019- 新闻出版电影
20706 -2018 新闻出版广播影视
20708 2019- 广播电视
20799 2019- 其他文化旅游体育与传媒支出
20799 -2018 其他文化体育与传媒支出
208 2019- 社会保障和就业支出
20801 2019- 人力资源和社会保障管理事务
20802 2019- 民政管理事务
2080206 2019- 社会组织管理
20804 2019- 补充全国社会保障基金
20805 2020- 行政事业单位养老支出
20805 -2019 行政事业单位离退休
2080501 2020- 行政单位离退休
2080501 -2019 归口管理的行政单位离退休
2080502 2019- 事业单位离退休
2080503 2019- 离退休人员管理机构
2080504 -2019 未归口管理的行政单位离退休
2080505 2019- 机关事业单位基本养老保险缴费支出
2080506 2019- 机关事业单位职业年金缴费支出
2080507 2019- 对机关事业单位基本养老保险基金的补助
2080599 2020- 其他行政事业单位养老支出
2080599 -2019 其他行政事业单位离退休支出
20806 2019- 企业改革补助
20807 2019- 就业补助
2080705 2019- 公益性岗位补贴
20808 2019- 抚恤
2080801 2019- 死亡抚恤
2080802 2019- 伤残抚恤
20809 2019- 退役安置
20810 2019- 社会福利
2081005 2019- 社会福利事业单位
20811 2019- 残疾人事业
20816 2019- 红十字事业
2081602 2019- 一般行政管理事务
20819 2019- 最低生活保障
20820 2019- 临时救助
20821 2019- 特困人员救助供养
20825 2019- 其他生活救助
2082501 2019- 其他城市生活救助
20826 2019- 财政对基本养老保险基金的补助
20827 2019- 财政对其他社会保险基金的补助
20828 2019- 退役军人管理事务
20899 2019- 其他社会保障和就业支出
2089999 2019- 其他社会保障和就业支出
209 2019- 社会保险基金支出
210 2019- 卫生健康支出
210 -2018 医疗卫生与计划生育支出
21001 2019- 卫生健康管理事务
21001 -2018 医疗卫生与计划生育管理事务
21002 2019- 公立医院
21003 2019- 基层医疗卫生机构
21004 2019- 公共卫生
21006 2019- 中医药
21007 2019- 计划生育事务
2100717 2019- 计划生育服务
21011 2019- 行政事业单位医疗
2101101 2019- 行政单位医疗
2101102 2019- 事业单位医疗
2101103 2019- 公务员医疗补助
2101199 2019- 其他行政事业单位医疗支出
21012 2019- 财政对基本医疗保险基金的补助
21013 2019- 医疗救助
21014 2019- 优抚对象医疗
21015 2019- 医疗保障管理事务
21016 2019- 老龄卫生健康事务
21099 2019- 其他卫生健康支出
21099 -2018 其他医疗卫生与计划生育支出
2109999 2019- 其他卫生健康支出
211 2019- 节能环保支出
21101 2019- 环境保护管理事务
21102 2019- 环境监测与监察
21103 2019- 污染防治
21104 2019- 自然生态保护
21105 2019- 天然林保护
21107 2019- 风沙荒漠治理
21110 2019- 能源节约利用
21111 2019- 污染减排
21112 2019- 可再生能源
21113 2019- 循环经济
21114 2019- 能源管理事务
21199 2019- 其他节能环保支出
212 2019- 城乡社区支出
21201 2019- 城乡社区管理事务
2120101 2019- 行政运行
2120102 2019- 一般行政管理事务
2120104 2019- 城管执法
2120199 2019- 其他城乡社区管理事务支出
21202 2019- 城乡社区规划与管理
2120201 2019- 城乡社区规划与管理
21203 2019- 城乡社区公共设施
2120399 2019- 其他城乡社区公共设施支出
21205 2019- 城乡社区环境卫生
2120501 2019- 城乡社区环境卫生
21206 2019- 建设市场管理与监督
21299 2019- 其他城乡社区支出
2129999 2019- 其他城乡社区支出
213 2019- 农林水支出
21301 2019- 农业农村
21301 -2018 农业
21302 2019- 林业和草原
21302 -2018 林业
21303 2019- 水利
21307 2019- 农村综合改革
21308 2019- 普惠金融发展支出
21309 2019- 目标价格补贴
21399 2019- 其他农林水支出
214 2019- 交通运输支出
21401 2019- 公路水路运输
21402 2019- 铁路运输
21403 2019- 民用航空运输
21405 2019- 邮政业支出
21406 2019- 车辆购置税支出
21499 2019- 其他交通运输支出
215 2020- 资源勘探工业信息等支出
215 -2020 资源勘探信息等支出
21501 2019- 资源勘探开发
21502 2019- 制造业
21503 2019- 建筑业
21507 2019- 国有资产监管
21508 2019- 支持中小企业发展和管理支出
2150899 2019- 其他支持中小企业发展和管理支出
21599 2020- 其他资源勘探工业信息等支出
21599 -2020 其他资源勘探信息等支出
216 2019- 商业服务业等支出
21602 2019- 商业流通事务
21606 2019- 涉外发展服务支出
21699 2019- 其他商业服务业等支出
2169999 2019- 其他商业服务业等支出
217 2019- 金融支出
21701 2019- 金融部门行政支出
21702 2019- 金融部门监管支出
21703 2019- 金融发展支出
21704 2019- 金融调控支出
21799 2019- 其他金融支出
219 2019- 援助其他地区支出
220 2019- 自然资源海洋气象等支出
220 -2018 国土海洋气象等支出
22001 2019- 自然资源事务
22001 -2018 国土资源事务
2200150 2019- 事业运行
2200199 2019- 其他自然资源事务支出
22005 2019- 气象事务
22099 2019- 其他自然资源海洋气象等支出
22099 -2018 其他国土海洋气象等支出
221 2019- 住房保障支出
22101 2019- 保障性安居工程支出
22102 2019- 住房改革支出
2210201 2019- 住房公积金
2210202 2019- 提租补贴
2210203 2019- 购房补贴
22103 2019- 城乡社区住宅
2210399 2019- 其他城乡社区住宅支出
222 2019- 粮油物资储备支出
22203 2019- 能源储备
22204 2019- 粮油储备
22205 2019- 重要商品储备
223 2019- 国有资本经营预算支出
22301 2019- 解决历史遗留问题及改革成本支出
22302 2019- 国有企业资本金注入
22303 2019- 国有企业政策性补贴
22399 2019- 其他国有资本经营预算支出
224 2019- 灾害防治及应急管理支出
22401 2019- 应急管理事务
22404 2019- 煤矿安全
22405 2019- 地震事务
22406 2019- 自然灾害防治
22407 2019- 自然灾害救灾及恢复重建支出
22499 2019- 其他灾害防治及应急管理支出
227 2019- 预备费
229 2019- 其他支出
22960 2019- 彩票公益金安排的支出
22999 2019- 其他支出
230 2019- 转移性支出
231 2019- 债务还本支出
232 2019- 债务付息支出
233 2019- 债务发行费用支出

301 2018- 工资福利支出
30101 2018- 基本工资
30102 2018- 津贴补贴
30103 2018- 奖金
30106 2018- 伙食补助费
30107 2018- 绩效工资
30108 2018- 机关事业单位基本养老保险缴费
30109 2018- 职业年金缴费
30110 2018- 职工基本医疗保险缴费
30111 2018- 公务员医疗补助缴费
30112 2018- 其他社会保障缴费
30113 2018- 住房公积金
30114 2018- 医疗费
30199 2018- 其他工资福利支出
302 2018- 商品和服务支出
30201 2018- 办公费
30202 2018- 印刷费
30203 2018- 咨询费
30204 2018- 手续费
30205 2018- 水费
30206 2018- 电费
30207 2018- 邮电费
30208 2018- 取暖费
30209 2018- 物业管理费
30211 2018- 差旅费
30212 2018- 因公出国（境）费用
30213 2018- 维修（护）费
30214 2018- 租赁费
30215 2018- 会议费
30216 2018- 培训费
30217 2018- 公务接待费
30218 2018- 专用材料费
30224 2018- 被装购置费
30225 2018- 专用燃料费
30226 2018- 劳务费
30227 2018- 委托业务费
30228 2018- 工会经费
30229 2018- 福利费
30231 2018- 公务用车运行维护费
30239 2018- 其他交通费用
30240 2018- 税金及附加费用
30299 2018- 其他商品和服务支出
303 2018- 对个人和家庭的补助
30301 2018- 离休费
30302 2018- 退休费
30303 2018- 退职（役）费
30304 2018- 抚恤金
30305 2018- 生活补助
30306 2018- 救济费
30307 2018- 医疗费补助
30308 2018- 助学金
30309 2018- 奖励金
30310 2018- 个人农业生产补贴
30311 2021- 代缴社会保险费
30399 2018- 其他对个人和家庭的补助
307 2018- 债务利息及费用支出
307 -2017 债务利息支出
30701 2018- 国内债务付息
30702 2018- 国外债务付息
30703 2018- 国内债务发行费用
30704 2018- 国外债务发行费用
309 2018- 资本性支出（基本建设）
309 -2017 基本建设支出
30901 2018- 房屋建筑物购建
30902 2018- 办公设备购置
30903 2018- 专用设备购置
30905 2018- 基础设施建设
30906 2018- 大型修缮
30907 2018- 信息网络及软件购置更新
30908 2018- 物资储备
30913 2018- 公务用车购置
30919 2018- 其他交通工具购置
30921 2018- 文物和陈列品购置
30922 2018- 无形资产购置
30999 2018- 其他基本建设支出
310 2018- 资本性支出
310 -2017 其他资本性支出
31001 2018- 房屋建筑物购建
31002 2018- 办公设备购置
31003 2018- 专用设备购置
31005 2018- 基础设施建设
31006 2018- 大型修缮
31007 2018- 信息网络及软件购置更新
31008 2018- 物资储备
31009 2018- 土地补偿
31010 2018- 安置补助
31011 2018- 地上附着物和青苗补偿
31012 2018- 拆迁补偿
31013 2018- 公务用车购置
31019 2018- 其他交通工具购置
31021 2018- 文物和陈列品购置
31022 2018- 无形资产购置
31099 2018- 其他资本性支出
311 2018- 对企业补助（基本建设）
311 -2017 贷款转贷及产权参股
31101 2018- 资本金注入
31199 2018- 其他对企业补助
312 2018- 对企业补助
31201 2018- 资本金注入
31203 2018- 政府投资基金股权投资
31204 2018- 费用补贴
31205 2018- 利息补贴
31299 2018- 其他对企业补助
313 2018- 对社会保障基金补助
31302 2018- 对社会保险基金补助
31303 2018- 补充全国社会保障基金
399 2018- 其他支出
39906 2018- 赠与
39907 2018- 国家赔偿费用支出
39908 2018- 对民间非营利组织和群众性自治组织补贴
39999 2018- 其他支出

501 2018- 机关工资福利支出
50101 2018- 工资奖金津补贴
50102 2018- 社会保障缴费
50103 2018- 住房公积金
50199 2018- 其他工资福利支出
502 2018- 机关商品和服务支出
50201 2018- 办公经费
50202 2018- 会议费
50203 2018- 培训费
50204 2018- 专用材料购置费
50205 2018- 委托业务费
50206 2018- 公务接待费
50207 2018- 因公出国（境）费用
50208 2018- 公务用车运行维护费
50209 2018- 维修（护）费
50299 2018- 其他商品和服务支出
503 2018- 机关资本性支出（一）
50301 2018- 房屋建筑物购建
50302 2018- 基础设施建设
50303 2018- 公务用车购置
50305 2018- 土地征迁补偿和安置支出
50306 2018- 设备购置
50307 2018- 大型修缮
50399 2018- 其他资本性支出
504 2018- 机关资本性支出（二）
50401 2018- 房屋建筑物购建
50402 2018- 基础设施建设
50403 2018- 公务用车购置
50404 2018- 设备购置
50405 2018- 大型修缮
50499 2018- 其他资本性支出
505 2018- 对事业单位经常性补助
50501 2018- 工资福利支出
50502 2018- 商品和服务支出
50599 2018- 其他对事业单位补助
506 2018- 对事业单位资本性补助
50601 2018- 资本性支出（一）
50602 2018- 资本性支出（二）
507 2018- 对企业补助
50701 2018- 费用补贴
50702 2018- 利息补贴
50799 2018- 其他对企业补助
508 2018- 对企业资本性支出
50801 2018- 对企业资本性支出（一）
50802 2018- 对企业资本性支出（二）
509 2018- 对个人和家庭的补助
50901 2018- 社会福利和救助
50902 2018- 助学金
50903 2018- 个人农业生产补贴
50905 2018- 离退休费
50999 2018- 其他对个人和家庭补助
510 2018- 对社会保障基金补助
51002 2018- 对社会保险基金补助
51003 2018- 补充全国社会保障基金
511 2018- 债务利息及费用支出
51101 2018- 国内债务付息
51102 2018- 国外债务付息
51103 2018- 国内债务发行费用
51104 2018- 国外债务发行费用
512 2018- 债务还本支出
51201 2018- 国内债务还本
51202 2018- 国外债务还本
513 2018- 转移性支出
514 2018- 预备费及预留
51401 2018- 预备费
51402 2018- 预留
599 2018- 其他支出
59906 2018- 赠与
59907 2018- 国家赔偿费用支出
59908 2018- 对民间非营利组织和群众性自治组织补贴
59999 2018- 其他支出
`;

type Family = 'function' | 'economic';
interface Entry {
  family: Family;
  code: string;
  from: number | null;
  to: number | null;
  name: string;
}

const familyOf = (code: string): Family => (code.startsWith('2') ? 'function' : 'economic');

function parseNational(text: string): Entry[] {
  const out: Entry[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const m = /^(\d{3}|\d{5}|\d{7}) (\d{4})?-(\d{4})? (\S+)$/u.exec(line.trim());
    if (!m) throw new Error(`bad line: ${line}`);
    const code = m[1]!;
    if (!/^[235]/u.test(code) || (code.length === 7 && !code.startsWith('2')))
      throw new Error(`not a function or economic expenditure code: ${line}`);
    const from = m[2] ? Number(m[2]) : null;
    const to = m[3] ? Number(m[3]) : null;
    if (from !== null && to !== null && from > to) throw new Error(`empty range: ${line}`);
    out.push({ family: familyOf(code), code, from, to, name: m[4]! });
  }
  return out;
}

const covers = (e: Entry, year: number) => (e.from === null || e.from <= year) && (e.to === null || year <= e.to);

/**
 * Every code's parent is listed from the year the code's name starts (an earlier name's start is not asserted, so only
 * the parent's presence is), and a code never has two entries of one name.
 */
function validate(entries: readonly Entry[]): void {
  const byCode = new Map<string, Entry[]>();
  for (const e of entries) byCode.set(e.code, [...(byCode.get(e.code) ?? []), e]);
  for (const [code, list] of byCode) {
    const names = list.map((e) => e.name);
    if (new Set(names).size !== names.length) throw new Error(`${code}: a name listed twice`);
    if (code.length === 3) continue;
    const parent = byCode.get(code.slice(0, code.length - 2));
    if (!parent) throw new Error(`${code}: parent ${code.slice(0, code.length - 2)} not listed`);
    for (const e of list)
      if (e.from !== null && !parent.some((p) => covers(p, e.from!)))
        throw new Error(`${code} ${e.name}: parent not listed in ${e.from}`);
  }
}

/** The comparison the lookups use, reduced to what a CSV cross-check needs (spacing, bracket width, 其它). */
const key = (s: string) => s.normalize('NFKC').replace(/\s/gu, '').replace(/其它/gu, '其他');

interface DerivedRow {
  code: string;
  name: string;
  variants: string[];
  docs: number;
}

function readDerived(path: string): DerivedRow[] {
  const lines = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n/u);
  const header = (lines.shift() ?? '').split(',');
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${path}: no column ${name}`);
    return i;
  };
  const [cCode, cName, cVariants, cDocs] = [col('code'), col('name'), col('name_variants'), col('n_source_docs')];
  return lines
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const f = l.split(',');
      return {
        code: f[cCode] ?? '',
        name: f[cName] ?? '',
        variants: (f[cVariants] ?? '').split('|').filter((v) => v !== ''),
        docs: Number(f[cDocs] ?? '0'),
      };
    });
}

const entries = parseNational(NATIONAL);
validate(entries);

const derived = [...readDerived(functionCsv), ...readDerived(economicCsv)];
const confirmed = new Set<string>();
const corrected: string[] = [];
const leftOut: string[] = [];
for (const d of derived) {
  const mine = entries.filter((e) => e.code === d.code);
  if (mine.length === 0) {
    leftOut.push(`${d.code} ${d.name}`);
    continue;
  }
  if (mine.some((e) => key(e.name) === key(d.name))) confirmed.add(d.code);
  else corrected.push(`${d.code}: documents “${d.name}”, national “${mine.map((e) => e.name).join('” / “')}”`);
}

const sorted = [...entries].sort(
  (a, b) =>
    (a.family < b.family ? -1 : a.family > b.family ? 1 : 0) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (b.from ?? 0) - (a.from ?? 0),
);
const count = (family: Family, length: number) =>
  new Set(sorted.filter((e) => e.family === family && e.code.length === length).map((e) => e.code)).size;
const ended = new Set(sorted.filter((e) => e.to !== null).map((e) => e.code)).size;
const q = (s: string) => `'${s}'`;
const rows = sorted.map(
  (e) => `  [${q(e.family)}, ${q(e.code)}, ${e.from ?? 'null'}, ${e.to ?? 'null'}, ${q(e.name)}],`,
);

const text = `/**
 * GENERATED by scripts/gen-classification-names.ts — do not edit by hand; change the script's table and re-run it.
 * Official names of 政府收支分类科目 codes by year, from the national classification published by 财政部
 * (支出功能分类 类/款 and the 项 departments commonly print; 部门预算支出经济分类 301–399 and 政府预算支出经济分类
 * 501–599, 类/款), written down in the script where we are sure of the wording and of the year of each renaming, and
 * cross-checked against the lists derived from published disclosures (../shared/data/classification/
 * derived_*_codes_from_docs.csv: names as documents print them, typos and misread rows included, never copied
 * unchecked): ${confirmed.size} of their ${derived.length} codes confirmed, ${corrected.length} printed otherwise there (the national wording is kept),
 * ${leftOut.length} not included.
 * Covers function codes ${count('function', 3)} 类, ${count('function', 5)} 款, ${count('function', 7)} 项 from ${FIRST_YEAR.function}, economic codes ${count('economic', 3)} 类, ${count('economic', 5)} 款 from
 * ${FIRST_YEAR.economic} (the 2018 reform of the economic classification), checked to ${CHECKED_TO} and taken to hold after it; the
 * ${ended} renamed or merged codes carry their earlier names too (\`from\` null: only the end of that name's use is asserted). Where
 * the year of a renaming is uncertain both names are official in that year. A code missing here is not checked.
 * Rows: [family, code, from year, to year (null: open), name].
 */
export type ClassificationFamily = 'function' | 'economic';

export const CLASSIFICATION_NAMES: readonly (readonly [ClassificationFamily, string, number | null, number | null, string])[] = [
${rows.join('\n')}
];
`;
writeFileSync(output, text);
console.log(`wrote ${output}: ${sorted.length} names`);
console.log(
  `derived lists: ${confirmed.size} codes confirmed, ${corrected.length} corrected, ${leftOut.length} left out`,
);
for (const c of corrected) console.log(`  corrected ${c}`);
for (const l of leftOut) console.log(`  left out ${l}`);
