/**
 * Test infrastructure (synthetic document generator): the 概况 and 情况说明 text, with every amount, share and
 * year-on-year change it states recorded as a claim carrying its true values. Text only: amounts come from
 * budget.ts, and this module must not change them; shares and changes are computed here with Decimal.
 */
import Decimal from 'decimal.js';
import { type Budget, type ChangeTruth, exact, rowIncome, sum, totals } from './budget';

export interface Claim {
  /** Stable id, e.g. `change.total`, `share.income.gp`, `amount.basic`. */
  id: string;
  /** completion: a 决算's `年初预算为A万元，支出决算为B万元，完成年初预算的C%` (final-narrative.ts). */
  kind: 'amount' | 'share' | 'change' | 'count' | 'item' | 'completion';
  /** What the claim is about, in the document's words. */
  subject: string;
  /** Index into the document's narrative blocks (the paragraph that states it). */
  block: number;
  /** The phrase exactly as printed (unique within its paragraph). */
  text: string;
  /** The printed value: an amount in 万元, a percentage without '%', or a count. */
  value: string;
  /** Exact values behind the phrase, as decimal strings (amounts in 万元). */
  truth: Record<string, string>;
}

export interface Block {
  role: 'heading' | 'paragraph';
  text: string;
  /** Marks where the 项目支出绩效目标表 is printed (right after this block). */
  annex?: boolean;
}

/** Narrative amounts: thousands separators, two decimals; zero prints as `0` (as the seeds do). */
export function fmtNarr(v: Decimal): string {
  if (v.isZero()) return '0';
  const [int, frac] = v.toFixed(2).split('.');
  return `${(int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

/** Percentage to two decimals, ROUND_HALF_UP, from exact Decimals. */
export const pct = (part: Decimal, whole: Decimal): Decimal =>
  whole.isZero() ? new Decimal(0) : part.div(whole).times(100);

export function buildNarrative(b: Budget): { blocks: Block[]; claims: Claim[] } {
  const { spec } = b;
  const { org, year: y } = spec;
  const T = totals(b);
  const blocks: Block[] = [];
  const claims: Claim[] = [];

  const add = (role: Block['role'], text: string, annex = false) =>
    blocks.push(annex ? { role, text, annex } : { role, text });
  // Phrases register their claim against the paragraph about to be pushed.
  const here = () => blocks.length;
  const amt = (id: string, subject: string, v: Decimal): string => {
    const text = `${subject}${fmtNarr(v)}万元`;
    claims.push({
      id,
      kind: 'amount',
      subject,
      block: here(),
      text,
      value: fmtNarr(v),
      truth: { value: exact(v) },
    });
    return text;
  };
  const count = (id: string, subject: string, v: number, unit: string): string => {
    const text = `${subject}${v}${unit}`;
    claims.push({ id, kind: 'count', subject, block: here(), text, value: String(v), truth: { value: String(v) } });
    return text;
  };
  const share = (id: string, subject: string, part: Decimal, whole: Decimal): string => {
    const pctExact = pct(part, whole);
    const text = `${subject}${fmtNarr(part)}万元，占${pctExact.toFixed(2)}%`;
    claims.push({
      id,
      kind: 'share',
      subject,
      block: here(),
      text,
      value: pctExact.toFixed(2),
      truth: { part: exact(part), whole: exact(whole), pct: pctExact.toFixed(10) },
    });
    return text;
  };
  /** “X万元，比上年增加/减少Y万元，增长/下降Z%” with Z = Y / (X ∓ Y), i.e. over last year's value. */
  const change = (id: string, subject: string, c: ChangeTruth): string => {
    const delta = c.current.minus(c.prior);
    const up = delta.isPositive();
    const y = delta.abs();
    const z = pct(y, c.prior);
    const text = `${subject}${fmtNarr(c.current)}万元，比上年${up ? '增加' : '减少'}${fmtNarr(y)}万元，${up ? '增长' : '下降'}${z.toFixed(2)}%`;
    claims.push({
      id,
      kind: 'change',
      subject,
      block: here(),
      text,
      value: z.toFixed(2),
      truth: {
        current: exact(c.current),
        prior: exact(c.prior),
        delta: exact(y),
        direction: up ? 'increase' : 'decrease',
        pct: z.toFixed(10),
        /** The classic mistake: Y over this year's X. */
        wrongBasePct: pct(y, c.current).toFixed(10),
      },
    });
    return text;
  };

  add('heading', '第一部分 概况');
  for (const text of overviewParagraphs(b, '预算', count)) add('paragraph', text());
  add('heading', `第二部分 ${y}年部门预算报表`);
  add('heading', `第三部分 ${y}年度部门预算情况说明`);

  add('paragraph', '一、部门预算收支数据变动情况及原因');
  add(
    'paragraph',
    `${y}年度${org}${change('change.total', '预算收入总计', b.prior.total)}，其中：${amt('amount.income', '本年收入', T.incomeTotal)}，${amt(
      'amount.carry',
      '上年结转',
      T.carry,
    )}，主要原因是项目支出预算调整；${amt('amount.expenditure', '本年部门预算支出总计', T.grandTotal)}。`,
  );

  add('paragraph', '二、收入预算情况说明');
  const srcPhrases = (
    [
      ['gp', '一般公共预算拨款收入'],
      ['gf', '政府性基金预算拨款收入'],
      ['sc', '国有资本经营预算拨款收入'],
      ['sp', '财政专户管理资金收入'],
      ['unit', '单位资金'],
    ] as const
  ).map(([s, label]) => share(`share.income.${s}`, label, T.income[s], T.grandTotal));
  add(
    'paragraph',
    `${y}年度${org}${amt('amount.grand', '预算收入', T.grandTotal)}，主要包括：${srcPhrases.join('；')}；${share(
      'share.income.carry',
      '上年结转',
      T.carry,
      T.grandTotal,
    )}。`,
  );

  add('paragraph', '三、支出预算情况说明');
  add(
    'paragraph',
    `${y}年度${org}${amt('amount.spend', '支出预算', T.grandTotal)}，其中：${share('share.spend.basic', '基本支出', T.basic, T.grandTotal)}；${share(
      'share.spend.project',
      '项目支出',
      T.projectWithCarry,
      T.grandTotal,
    )}。`,
  );

  add('paragraph', '四、财政拨款收支预算总体情况说明');
  const fiscalClasses = b.functions
    .filter((f) => f.level === 1)
    .map((f) => ({ f, v: rowIncome(f).gp.plus(f.carry).plus(rowIncome(f).gf).plus(rowIncome(f).sc) }))
    .filter((x) => !x.v.isZero());
  add(
    'paragraph',
    `${y}年度${org}${amt('amount.fiscal', '财政拨款收支总预算', T.fiscalIncome.plus(T.carry))}。其中：${amt(
      'amount.fiscal.gp',
      '一般公共预算拨款',
      T.income.gp.plus(T.carry),
    )}，${amt('amount.fiscal.gf', '政府性基金预算拨款', T.income.gf)}，${amt(
      'amount.fiscal.sc',
      '国有资本经营预算拨款',
      T.income.sc,
    )}；${amt('amount.fiscal.current', '当年拨款收入', T.fiscalIncome)}，${amt(
      'amount.fiscal.carry',
      '上年结转收入',
      T.carry,
    )}。支出包括：${fiscalClasses.map((x) => amt(`amount.fiscal.${x.f.code}`, x.f.name, x.v)).join('、')}等。`,
  );

  add('paragraph', '五、一般公共预算支出情况说明');
  add('paragraph', '（一）一般公共预算当年支出规模变化情况');
  add('paragraph', `${y}年度${org}${change('change.gp', '一般公共预算当年支出', b.prior.gpCurrent)}。`);
  add('paragraph', '（二）一般公共预算当年支出结构情况');
  const gpClasses = b.functions.filter((f) => f.level === 1 && !rowIncome(f).gp.isZero());
  add(
    'paragraph',
    `${y}年度${org}一般公共预算当年支出${fmtNarr(T.income.gp)}万元，主要用于以下方面：${gpClasses
      .map((f) => share(`share.gp.${f.code}`, f.name, rowIncome(f).gp, T.income.gp))
      .join('；')}。`,
  );

  // 预算编制说明 items, as Shanghai prints them: the 项's path with its codes, its amount, last year's 预算执行数 and the
  // rate over it (one item 持平). Last year's amounts appear in no table: they are made up here, the rate computed.
  add('paragraph', '（三）一般公共预算当年支出具体情况');
  const leaves = b.functions.filter((f) => f.level === 3 && !rowIncome(f).gp.isZero()).slice(0, 4);
  const FACTORS = ['1.083', '0.875', '1', '1.031'];
  leaves.forEach((f, i) => {
    const cls = b.functions.find((c) => c.level === 1 && f.code.startsWith(c.code));
    const kuan = b.functions.find((c) => c.level === 2 && f.code.startsWith(c.code));
    if (!cls || !kuan) return;
    const x = rowIncome(f).gp;
    const xp = new Decimal(fmtNarr(x).replace(/,/g, '') || '0');
    const prior = xp.div(FACTORS[i % FACTORS.length] as string).toDecimalPlaces(2);
    const same = prior.equals(xp);
    const up = xp.greaterThan(prior);
    const rate = pct(xp.minus(prior).abs(), prior);
    const path = `${cls.name}（${cls.code}类）${kuan.name}（${kuan.code.slice(3)}款）${f.name}（${f.code.slice(5)}项）`;
    const tail = same
      ? `与${y - 1}年预算执行数持平`
      : `比${y - 1}年预算执行数${up ? '增加' : '减少'}${rate.toFixed(2)}%`;
    const text = `${y - 1}年当年预算执行数为${fmtNarr(prior)}万元，${y}年预算安排${fmtNarr(x)}万元，${tail}`;
    claims.push({
      id: `item.${f.code}`,
      kind: 'item',
      subject: path,
      block: here(),
      text,
      value: same ? '0.00' : rate.toFixed(2),
      truth: {
        code: f.code,
        current: exact(x),
        prior: exact(prior),
        direction: same ? 'same' : up ? 'increase' : 'decrease',
        pct: rate.toFixed(10),
      },
    });
    add('paragraph', `${i + 1}、${path}${fmtNarr(x)}万元，主要用于保障机构正常运转和履职需要。${text}。`);
  });

  add('paragraph', '六、一般公共预算基本支出情况说明');
  const names = (g: 'personnel' | 'public') =>
    b.econ
      .filter((e) => e.group === g)
      .map((e) => e.name)
      .join('、');
  add(
    'paragraph',
    `${y}年度${org}${amt('amount.basic', '一般公共预算安排基本支出', T.basic)}，其中：${amt(
      'amount.personnel',
      '人员经费',
      T.personnel,
    )}，主要包括：${names('personnel')}；${amt('amount.public', '公用经费', T.public)}，主要包括：${names('public')}。`,
  );

  add('paragraph', '七、“三公”经费增减变动原因说明');
  const tp = b.threePublic;
  add(
    'paragraph',
    `${y}年${org}财政拨款安排的${change('change.three-public', '“三公”经费预算', b.prior.threePublic)}，主要原因是严格落实过紧日子要求、按实际需要安排公务活动。其中：${amt(
      'amount.tp.abroad',
      '因公出国（境）费',
      tp.abroad,
    )}；${amt('amount.tp.reception', '公务接待费', tp.reception)}；${amt(
      'amount.tp.car',
      '公务用车购置及运行费',
      tp.carPurchase.plus(tp.carRunning),
    )}（其中：${amt('amount.tp.car-purchase', '公务用车购置费', tp.carPurchase)}，${amt(
      'amount.tp.car-running',
      '公务用车运行维护费',
      tp.carRunning,
    )}）。`,
  );

  add('paragraph', '八、机关运行经费增减变动原因说明');
  add(
    'paragraph',
    `本部门${change('change.admin-operating', '机关运行经费财政拨款预算', b.prior.adminOperating)}，主要原因是日常公用支出按定额调整。`,
  );

  add('paragraph', '九、政府采购情况');
  const pr = b.procurement;
  add(
    'paragraph',
    `${y}年${org}${amt('amount.procurement', '政府采购预算总额', sum([pr.goods, pr.works, pr.services]))}。其中：${amt(
      'amount.procurement.goods',
      '政府采购货物预算',
      pr.goods,
    )}、${amt('amount.procurement.works', '政府采购工程预算', pr.works)}、${amt(
      'amount.procurement.services',
      '政府采购服务预算',
      pr.services,
    )}。`,
  );

  add('paragraph', '十、绩效管理情况');
  add(
    'paragraph',
    `${y}年${org}纳入绩效目标管理的${count('count.projects', '项目', b.projects.length, '个')}，共计${amt(
      'amount.performance',
      '金额',
      T.projectThisYear,
    )}。公开项目绩效目标1个（见下表）。`,
    true,
  );

  add('paragraph', '十一、国有资产占有使用情况');
  add(
    'paragraph',
    `截至${y - 1}年12月31日，${org}共有${count('count.vehicles', '公务用车', b.vehicles, '辆')}；使用的${count(
      'count.office-area',
      '办公用房建筑总面积',
      b.officeArea,
      '平方米',
    )}。`,
  );

  add('heading', '第四部分 名词解释');
  add('paragraph', '一、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。');
  add('paragraph', '二、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。');
  add('paragraph', '三、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。');
  add(
    'paragraph',
    '四、机关运行经费：指行政单位和参照公务员法管理的事业单位使用财政拨款安排的基本支出中的公用经费支出。',
  );

  return { blocks, claims };
}

/** Index of the block after which the standard tables are printed (the 第二部分 heading). */
export const tablesAfter = (blocks: readonly Block[]): number => blocks.findIndex((b) => /^第二部分/.test(b.text));

/**
 * The 概况 both documents of one department print — its duties, then its staffing and units — in the wording of a
 * 预算 or a 决算 (`word`); `count` records each number as a claim. Each paragraph is written when it is called, so
 * the claims it records name the block it is added as.
 */
export function overviewParagraphs(
  b: Budget,
  word: '预算' | '决算',
  count: (id: string, subject: string, v: number, unit: string) => string,
): (() => string)[] {
  const { staff } = b;
  const { org } = b.spec;
  return [
    () => '一、部门职责',
    () =>
      `（1）贯彻落实国家和省、市关于文化和旅游工作的方针政策，拟订全县文化和旅游政策措施并组织实施。（2）统筹规划全县文化事业、文化产业和旅游业发展。（3）负责全县公共文化服务体系建设和文物保护工作。（4）完成县委、县人民政府交办的其他任务。`,
    () => '二、机构设置情况',
    () =>
      `${org}为县人民政府工作部门，${count('count.sections', '内设股室', staff.sections, '个')}。${count(
        'count.authorized',
        '核定编制',
        staff.authorized,
        '人',
      )}，其中：${count('count.admin', '行政编制', staff.adminAuthorized, '人')}，${count(
        'count.inst',
        '事业编制',
        staff.instAuthorized,
        '人',
      )}；${count('count.actual', '实有人数', staff.actual, '人')}；${count('count.retirees', '离退休人员', staff.retirees, '人')}。${
        b.units.length > 1
          ? `本部门${word}由${b.units.map((u) => u.name).join('和')}组成，${count('count.units', `纳入${word}编制范围的单位`, b.units.length, '个')}，其中${b.units
              .map((u) => u.kind)
              .join('、')}各1个。`
          : `本部门${word}为${org}本级${word}，无下属预算单位。`
      }`,
  ];
}
