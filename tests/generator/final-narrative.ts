/**
 * Test infrastructure (synthetic document generator): the 决算's 概况 and 情况说明 in the national 决算 wording, each
 * amount, share, change, count and completion rate recorded as a claim with its true values (like narrative.ts).
 * Every 年初预算 it states is the budget's figure for that item (the budget of the same spec and seed).
 */
import Decimal from 'decimal.js';
import { type ChangeTruth, exact, sum } from './budget';
import { type FinalAccounts, finalTotals, spendingOf } from './final';
import { type Block, type Claim, fmtNarr, overviewParagraphs, pct } from './narrative';

export function buildFinalNarrative(f: FinalAccounts): { blocks: Block[]; claims: Claim[] } {
  const b = f.budget;
  const { spec } = b;
  const { org, year: y } = spec;
  const T = finalTotals(f);
  const blocks: Block[] = [];
  const claims: Claim[] = [];
  const add = (role: Block['role'], text: string, annex = false) =>
    blocks.push(annex ? { role, text, annex } : { role, text });
  const here = () => blocks.length;

  const amt = (id: string, subject: string, v: Decimal, joiner = ''): string => {
    const text = `${subject}${joiner}${fmtNarr(v)}万元`;
    claims.push({ id, kind: 'amount', subject, block: here(), text, value: fmtNarr(v), truth: { value: exact(v) } });
    return text;
  };
  const count = (id: string, subject: string, v: number, unit: string): string => {
    const text = `${subject}${v}${unit}`;
    claims.push({ id, kind: 'count', subject, block: here(), text, value: String(v), truth: { value: String(v) } });
    return text;
  };
  const share = (id: string, subject: string, part: Decimal, whole: Decimal): string => {
    const p = pct(part, whole);
    const text = `${subject}${fmtNarr(part)}万元，占${p.toFixed(2)}%`;
    claims.push({
      id,
      kind: 'share',
      subject,
      block: here(),
      text,
      value: p.toFixed(2),
      truth: { part: exact(part), whole: exact(whole), pct: p.toFixed(10) },
    });
    return text;
  };
  /** `X万元，<lead>增加/减少Y万元，增长/下降Z%` with Z = Y / prior. */
  const change = (id: string, subject: string, c: ChangeTruth, lead: string, words: [string, string]): string => {
    const delta = c.current.minus(c.prior);
    const up = delta.isPositive();
    const d = delta.abs();
    const z = pct(d, c.prior);
    const text = `${subject}${fmtNarr(c.current)}万元，${lead}${up ? '增加' : '减少'}${fmtNarr(d)}万元，${up ? words[0] : words[1]}${z.toFixed(2)}%`;
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
        delta: exact(d),
        direction: up ? 'increase' : 'decrease',
        pct: z.toFixed(10),
        wrongBasePct: pct(d, c.current).toFixed(10),
      },
    });
    return text;
  };
  /** `<lead>年初预算为A万元，支出决算为B万元，完成年初预算的C%` with C = B ÷ A. */
  const completion = (id: string, subject: string, budget: Decimal, actual: Decimal, code?: string): string => {
    const c = pct(actual, budget);
    const text = `${subject}年初预算为${fmtNarr(budget)}万元，支出决算为${fmtNarr(actual)}万元，完成年初预算的${c.toFixed(2)}%`;
    claims.push({
      id,
      kind: 'completion',
      subject,
      block: here(),
      text,
      value: c.toFixed(2),
      truth: { ...(code ? { code } : {}), budget: exact(budget), actual: exact(actual), pct: c.toFixed(10) },
    });
    return text;
  };
  /** `<item>支出决算为B万元，完成预算的C%` (A left to the 三公 table), or `…，年初未安排预算` for a zero budget. */
  const itemCompletion = (id: string, subject: string, budget: Decimal, actual: Decimal): string => {
    const head = `${subject}支出决算为${fmtNarr(actual)}万元`;
    if (budget.isZero()) {
      claims.push({
        id,
        kind: 'amount',
        subject,
        block: here(),
        text: head,
        value: fmtNarr(actual),
        truth: { value: exact(actual) },
      });
      return `${head}，年初未安排预算`;
    }
    const c = pct(actual, budget);
    const text = `${head}，完成预算的${c.toFixed(2)}%`;
    claims.push({
      id,
      kind: 'completion',
      subject,
      block: here(),
      text,
      value: c.toFixed(2),
      truth: { budget: exact(budget), actual: exact(actual), pct: c.toFixed(10) },
    });
    return text;
  };
  const reason = (budget: Decimal, actual: Decimal, lower: string, higher: string) =>
    actual.lessThan(budget)
      ? `决算数小于预算数的主要原因：${lower}。`
      : actual.greaterThan(budget)
        ? `决算数大于预算数的主要原因：${higher}。`
        : '决算数等于预算数。';

  add('heading', '第一部分 部门概况');
  for (const text of overviewParagraphs(b, '决算', count)) add('paragraph', text());
  add('heading', `第二部分 ${y}年度部门决算表`);
  add('heading', `第三部分 ${y}年度部门决算情况说明`);

  add('paragraph', '一、收入支出决算总体情况说明');
  add(
    'paragraph',
    `${y}年度${org}${change('change.total', '收入支出总计', f.prior.total, '与上年相比', ['增长', '下降'])}，主要原因是项目支出规模调整。`,
  );

  add('paragraph', '二、收入决算情况说明');
  const incomeParts: [string, string, Decimal][] = [
    ['fiscal', '财政拨款收入', T.income.gp.plus(T.income.gf)],
    ['superior', '上级补助收入', new Decimal(0)],
    ['business', '事业收入', new Decimal(0)],
    ['operating', '经营收入', new Decimal(0)],
    ['affiliated', '附属单位上缴收入', new Decimal(0)],
    ['other', '其他收入', T.income.other],
  ];
  add(
    'paragraph',
    `${y}年度${amt('amount.income', '本年收入合计', T.incomeTotal)}，其中：${incomeParts
      .map(([k, label, v]) => share(`share.income.${k}`, label, v, T.incomeTotal))
      .join('；')}。`,
  );

  add('paragraph', '三、支出决算情况说明');
  const spendParts: [string, string, Decimal][] = [
    ['basic', '基本支出', T.basic],
    ['project', '项目支出', T.project],
    ['remit', '上缴上级支出', new Decimal(0)],
    ['operating', '经营支出', new Decimal(0)],
    ['affiliated', '对附属单位补助支出', new Decimal(0)],
  ];
  add(
    'paragraph',
    `${y}年度${amt('amount.spend', '本年支出合计', T.spendingTotal)}，其中：${spendParts
      .map(([k, label, v]) => share(`share.spend.${k}`, label, v, T.spendingTotal))
      .join('；')}。`,
  );

  add('paragraph', '四、财政拨款收入支出决算总体情况说明');
  const fisIncome = T.income.gp.plus(T.income.gf);
  const fisOpen = T.opening.gp.plus(T.opening.gf);
  add(
    'paragraph',
    `${y}年度${amt('amount.fiscal', '财政拨款收入支出决算总计', fisIncome.plus(fisOpen))}，其中：${amt(
      'amount.fiscal.income',
      '本年财政拨款收入',
      fisIncome,
    )}，${amt('amount.fiscal.opening', '年初财政拨款结转和结余', fisOpen)}。`,
  );

  add('paragraph', '五、一般公共预算财政拨款支出决算情况说明');
  add('paragraph', '（一）一般公共预算财政拨款支出决算总体情况');
  add(
    'paragraph',
    `${y}年度${completion('completion.gp', '一般公共预算财政拨款支出', T.gpBudget, T.gpActual)}。${reason(
      T.gpBudget,
      T.gpActual,
      '厉行节约，压减一般性支出',
      '使用上年结转资金',
    )}`,
  );
  add('paragraph', '（二）一般公共预算财政拨款支出决算结构情况');
  const gpClasses = f.functions.filter((r) => r.level === 1 && !spendingOf(r).gp.isZero());
  add(
    'paragraph',
    `${y}年度${amt('amount.gp', '一般公共预算财政拨款支出决算', T.gpActual)}，其中：${gpClasses
      .map((c) => share(`share.gp.${c.code}`, c.name, spendingOf(c).gp, T.gpActual))
      .join('；')}。`,
  );
  add('paragraph', '（三）一般公共预算财政拨款支出决算具体情况');
  const leaves = f.functions.filter((r) => r.level === 3 && (!r.budgetGp.isZero() || !spendingOf(r).gp.isZero()));
  leaves.forEach((r, i) => {
    const cls = f.functions.find((c) => c.level === 1 && r.code.startsWith(c.code));
    const kuan = f.functions.find((c) => c.level === 2 && r.code.startsWith(c.code));
    if (!cls || !kuan) return;
    const path = `${cls.name}（类）${kuan.name}（款）${r.name}（项）`;
    const actual = spendingOf(r).gp;
    const body = r.budgetGp.isZero()
      ? `${amt(`amount.item.${r.code}`, '年初预算为', r.budgetGp)}，${amt(`amount.item-actual.${r.code}`, '支出决算为', actual)}。`
      : `${completion(`completion.item.${r.code}`, '', r.budgetGp, actual, r.code)}。`;
    add(
      'paragraph',
      `${i + 1}、${path}。${body}${reason(r.budgetGp, actual, '厉行节约，压减一般性支出', '使用上年结转资金')}`,
    );
  });

  add('paragraph', '六、一般公共预算财政拨款基本支出决算情况说明');
  const names = (g: 'personnel' | 'public') =>
    f.econ
      .filter((e) => e.group === g)
      .map((e) => e.name)
      .join('、');
  add(
    'paragraph',
    `${y}年度${amt('amount.basic', '一般公共预算财政拨款基本支出决算', T.basic)}，其中：${amt(
      'amount.personnel',
      '人员经费',
      T.personnel,
    )}，主要包括：${names('personnel')}；${amt('amount.public', '公用经费', T.public)}，主要包括：${names('public')}。`,
  );

  add('paragraph', '七、财政拨款“三公”经费支出决算情况说明');
  const tb = f.threePublic.budget;
  const ta = f.threePublic.actual;
  add(
    'paragraph',
    `${y}年度${completion('completion.three-public', '“三公”经费财政拨款支出', T.threePublicBudget, T.threePublicActual)}，其中：${itemCompletion('completion.tp.abroad', '因公出国（境）费', tb.abroad, ta.abroad)}；${itemCompletion(
      'completion.tp.car',
      '公务用车购置及运行费',
      tb.carPurchase.plus(tb.carRunning),
      ta.carPurchase.plus(ta.carRunning),
    )}（其中：${itemCompletion('completion.tp.car-purchase', '公务用车购置费', tb.carPurchase, ta.carPurchase)}；${itemCompletion(
      'completion.tp.car-running',
      '公务用车运行费',
      tb.carRunning,
      ta.carRunning,
    )}）；${itemCompletion('completion.tp.reception', '公务接待费', tb.reception, ta.reception)}。${reason(
      T.threePublicBudget,
      T.threePublicActual,
      '严格落实过紧日子要求，压减公务活动',
      '公务活动增加',
    )}`,
  );

  add('paragraph', '八、政府性基金预算财政拨款收入支出决算情况说明');
  add(
    'paragraph',
    T.income.gf.isZero() && T.opening.gf.isZero()
      ? `本部门${y}年度无政府性基金预算财政拨款收入支出。`
      : `${y}年度${amt('amount.gf.opening', '政府性基金预算财政拨款年初结转和结余', T.opening.gf)}，${amt(
          'amount.gf.income',
          '政府性基金预算财政拨款收入',
          T.income.gf,
        )}，${amt('amount.gf.spend', '政府性基金预算财政拨款支出', T.spending.gf)}，${amt(
          'amount.gf.closing',
          '政府性基金预算财政拨款年末结转和结余',
          T.closing.gf,
        )}。`,
  );
  add('paragraph', '九、国有资本经营预算财政拨款支出决算情况说明');
  add('paragraph', `本部门${y}年度无国有资本经营预算财政拨款收入支出。`);

  add('paragraph', '十、机关运行经费支出情况说明');
  add(
    'paragraph',
    `${y}年度本部门${change(
      'change.admin-operating',
      '机关运行经费支出',
      { current: f.adminOperating.actual, prior: f.adminOperating.budget },
      '比年初预算',
      ['增长', '降低'],
    )}，主要原因是厉行节约、压减日常公用支出。`,
  );

  add('paragraph', '十一、国有资产占用情况');
  add('paragraph', `截至${y}年12月31日，本部门${count('count.vehicles', '共有车辆', b.vehicles, '辆')}。`);

  add('paragraph', '十二、预算绩效管理情况');
  const evaluated = f.projects.filter((p) => !p.carryover);
  const se = f.selfEvaluation;
  const rateText = `执行率${se.rate.toFixed(2)}%`;
  claims.push({
    id: 'completion.self-evaluation',
    kind: 'completion',
    subject: se.project.name,
    block: here(),
    text: rateText,
    value: se.rate.toFixed(2),
    truth: { budget: exact(se.project.budget), actual: exact(se.project.actual), pct: se.rate.toFixed(10) },
  });
  add(
    'paragraph',
    `${y}年度本部门${count('count.self-evaluated', '绩效自评的项目', evaluated.length, '个')}，${amt(
      'amount.self-evaluated',
      '涉及资金',
      sum(evaluated.map((p) => p.budget)),
    )}。其中，${se.project.name}${amt('amount.se.budget', '全年预算数', se.project.budget)}，${amt(
      'amount.se.actual',
      '全年执行数',
      se.project.actual,
    )}，${rateText}，自评得分${(90 + se.score.toNumber()).toFixed(2)}分（见下表）。`,
    true,
  );

  add('heading', '第四部分 名词解释');
  add('paragraph', '一、财政拨款收入：指本级财政当年拨付的资金。');
  add('paragraph', '二、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。');
  add(
    'paragraph',
    '三、年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用的资金。',
  );
  add('paragraph', '四、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。');
  add(
    'paragraph',
    '五、机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。',
  );
  return { blocks, claims };
}
