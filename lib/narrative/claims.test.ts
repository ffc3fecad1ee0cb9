import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../extract/types';
import type { AmountClaim, ChangeClaim, Claim, CountClaim, ShareClaim, SumClaim } from './claims';
import { extractClaims } from './claims';
import { passagesFromBlocks, passagesFromSections } from './passages';

function claims(section: string, ...paragraphs: string[]): Claim[] {
  const blocks: TextBlock[] = [
    { text: section, role: 'heading', anchor: { kind: 'html-block', block: 0 } },
    ...paragraphs.map((text, i) => ({
      text,
      role: 'paragraph' as const,
      anchor: { kind: 'html-block' as const, block: i + 1 },
    })),
  ];
  return extractClaims(passagesFromBlocks(blocks));
}

const amounts = (cs: Claim[]) => cs.filter((c): c is AmountClaim => c.kind === 'amount');
const of = <K extends Claim['kind']>(cs: Claim[], k: K) =>
  cs.filter((c) => c.kind === k) as Extract<Claim, { kind: K }>[];
const subj = (a: AmountClaim) => `${a.subject?.id ?? '?'}=${a.value.toString()}`;

describe('amounts and their subjects', () => {
  it('reads the income paragraph of a Shanxi disclosure (seed wording)', () => {
    const cs = claims(
      '二、收入预算情况说明',
      '2025年度泽州县能源局预算收入2,061.71万元，主要包括：一般公共预算拨款收入1,261.62万元，占61.19%；政府性基金预算拨款收入800.00万元，占38.80%；国有资本经营预算拨款收入0万元，占0%；财政专户管理资金收入0万元，占0%；单位资金0万元，占0%；上年结转0.09万元，占0.00%。',
    );
    expect(amounts(cs).map(subj)).toEqual([
      'income-grand=2061.71',
      'general-public=1261.62',
      'gov-fund=800',
      'state-capital=0',
      'fiscal-special=0',
      'unit-funds=0',
      'carryover=0.09',
    ]);
    const shares = of(cs, 'share');
    expect(shares).toHaveLength(6);
    expect(shares[0]?.whole?.value.toString()).toBe('2061.71');
    expect(shares[0]?.pct.toString()).toBe('61.19');
    expect(shares[5]?.pctDecimals).toBe(2);
  });

  it('names the three public expenses, 机关运行经费 and function classes', () => {
    const cs = claims(
      '七、“三公”经费增减变动原因说明',
      '其中：因公出国（境）费0万元；公务接待费1.20万元；公务用车购置及运行费6.00万元（其中：公务用车购置费0万元，公务用车运行维护费6.00万元）。',
    );
    expect(amounts(cs).map(subj)).toEqual([
      'outbound=0',
      'reception=1.2',
      'vehicle=6',
      'vehicle-purchase=0',
      'vehicle-operation=6',
    ]);
    const cls = claims(
      '四、财政拨款收支预算总体情况说明',
      '支出包括：社会保障和就业支出65.43万元、卫生健康支出24.59万元、节能环保支出1,137.47万元等。',
    );
    expect(amounts(cls).map((a) => a.subject?.name)).toEqual(['社会保障和就业支出', '卫生健康支出', '节能环保支出']);
  });

  it('reads 3-decimal amounts, 亿元 and 元, and a unit split by a page break', () => {
    const cs = claims(
      '二、机构设置情况',
      '2025年度财政预算安排资金2061.71万元，其中：基本支出预算427.87万元，项目支出预算1633.837万元。',
    );
    const a = amounts(cs);
    expect(a.map(subj)).toEqual(['expenditure-grand=2061.71', 'basic=427.87', 'project=1633.837']);
    expect(a[2]?.decimals).toBe(3);
    const split = claims(
      '四、财政拨款收支预算总体情况说明',
      '国有资本经营预算拨款0万',
      '元。其中：当年拨款收入2,061.62万元。',
    );
    expect(amounts(split).map(subj)).toEqual(['state-capital=0', 'fiscal-current=2061.62']);
    const other = claims('一、部门预算收支', '某局预算收入总计1.2亿元，其中本年收入12,000,000元。');
    expect(amounts(other).map((x) => `${x.value.toString()}${x.unit}`)).toEqual(['1.2亿元', '12000000元']);
  });

  it('reads traditional 萬元 as 万元 but keeps the printed unit', () => {
    const a = amounts(claims('十、绩效管理情况', '支付合同總金額的50%，共38750萬元。'))[0];
    expect(a?.unit).toBe('万元');
    expect(a?.rawUnit).toBe('萬元');
  });

  it('anchors each claim in its block with offsets into that block', () => {
    const text = '2025年度某局支出预算2061.71万元，其中：基本支出427.87万元，占20.75%；项目支出1633.84万元，占79.25%。';
    const cs = claims('三、支出预算情况说明', text);
    const basic = amounts(cs).find((a) => a.subject?.id === 'basic');
    expect(basic?.place.anchor).toEqual({ kind: 'html-block', block: 1 });
    expect(basic?.place.section).toBe('三、支出预算情况说明');
    expect(text.slice(basic?.place.start, basic?.place.end)).toBe('基本支出427.87万元');
  });
});

describe('changes', () => {
  it('links X, Y and Z in the template sentence, to the total when the 其中 list sits between', () => {
    const cs = claims(
      '一、部门预算收支数据变动情况及原因',
      '2025年度泽州县能源局预算收入总计2,061.71万元，其中：本年收入2,061.62万元，上年结转0.09万元，比上年减少998.18万元，下降32.62%，主要原因是专项资金减少；本年部门预算支出总计2,061.71万元，其中：本年预算安排2,061.62万元，上年结转0.09万元，比上年减少998.18万元，下降32.62%。',
    );
    const ch = of(cs, 'change');
    expect(ch.map((c) => `${c.current?.subject?.id} ${c.direction} ${c.delta?.value} ${c.pct}`)).toEqual([
      'income-grand decrease 998.18 32.62',
      'expenditure-grand decrease 998.18 32.62',
    ]);
  });

  it('reads 比2023年预算减少, 比上年增长Y万元，增长Z%, 较上年增加 and percentage-only changes', () => {
    const a = of(
      claims(
        '八、机关运行经费',
        '机关运行经费财政拨款预算114.27万元，比2023年预算减少3.45万元，下降2.9%，原因是人员退休。',
      ),
      'change',
    )[0];
    expect([a?.current?.value.toString(), a?.delta?.value.toString(), a?.pct?.toString(), a?.pctDecimals]).toEqual([
      '114.27',
      '3.45',
      '2.9',
      1,
    ]);
    const b = of(claims('一、收支', '预算收入总计2,268.41万元，比上年增长10.76万元，增长0.48%。'), 'change')[0];
    expect(b?.direction).toBe('increase');
    const c = of(
      claims('五、一般公共预算支出情况说明', '一般公共预算当年支出500.00万元，较上年增加20.00万元，增长4.17%。'),
      'change',
    )[0];
    expect(c?.delta?.value.toString()).toBe('20');
    const d = of(claims('八、机关运行经费', '机关运行经费预算30.00万元，比上年下降5%。'), 'change')[0];
    expect([d?.delta, d?.pct?.toString(), d?.direction]).toEqual([null, '5', 'decrease']);
  });

  it('reads 与上年预算数相同 / 持平 as no change, and never takes the delta as a level amount', () => {
    const cs = claims(
      '七、“三公”经费',
      '“三公”经费预算9.75万元，与2024年预算数相同。其中：因公出国（境）费0万元，与上年预算数相同。',
    );
    expect(of(cs, 'change').map((c) => `${c.current?.subject?.id}:${c.direction}`)).toEqual([
      'three-public:same',
      'outbound:same',
    ]);
    const deltas = amounts(
      claims('八、机关运行经费', '机关运行经费22.63万元，比2024年预算减少0.19万元，下降0.83%。'),
    ).filter((x) => x.isDelta);
    expect(deltas.map((x) => x.value.toString())).toEqual(['0.19']);
  });
});

describe('stated sums', () => {
  const sums = (cs: Claim[]) =>
    of(cs, 'sum').map((s: SumClaim) => `${s.total.value}=${s.parts.map((p) => p.value).join('+')}`);

  it('reads 其中 lists, 主要用于 lists and a 其中 sentence after the total', () => {
    expect(
      sums(
        claims(
          '六、基本支出',
          '基本支出427.87万元，其中：',
          '人员经费405.25万元，主要包括：基本工资等；',
          '公用经费22.63万元，主要包括：办公费等。',
        ),
      ),
    ).toEqual(['427.87=405.25+22.63']);
    expect(
      sums(
        claims(
          '四、财政拨款收支预算总体情况说明',
          '财政拨款收支总预算2,061.71万元。其中：一般公共预算拨款1,261.71万元，政府性基金预算拨款800.00万元，国有资本经营预算拨款0万元。其中：当年拨款收入2,061.62万元，上年结转收入0.09万元。支出包括：社会保障和就业支出65.43万元、城乡社区支出1,996.28万元等。',
        ),
      ),
    ).toEqual(['2061.71=1261.71+800+0', '2061.71=2061.62+0.09', '2061.71=65.43+1996.28']);
  });

  it('marks lists that may not be exhaustive, and keeps deltas, nested sub-items and parallel totals out', () => {
    const open = of(
      claims(
        '五、一般公共预算',
        '当年支出100.00万元，主要用于以下方面：教育支出60.00万元，占60.00%；卫生健康支出40.00万元，占40.00%等。',
      ),
      'sum',
    )[0];
    expect(open?.open).toBe(true);
    expect(
      sums(
        claims(
          '七、“三公”经费',
          '“三公”经费预算6.00万元。其中：因公出国（境）费0万元；公务接待费0万元；公务用车购置及运行费6.00万元，公务用车运行维护费6.00万元；公务用车购置费0万元。',
        ),
      ),
    ).toEqual(['6=0+0+6']);
    expect(
      sums(
        claims(
          '一、收支',
          '预算收入总计100.00万元，其中：本年收入90.00万元，上年结转10.00万元，比上年增加5.00万元，增长5.26%；本年部门预算支出总计100.00万元。',
        ),
      ),
    ).toEqual(['100=90+10']);
  });

  it('splits two breakdowns of one total printed in one sentence', () => {
    expect(
      sums(
        claims(
          '四、财政拨款',
          '财政拨款收支总预算300.00万元。其中：一般公共预算拨款200.00万元，政府性基金预算拨款100.00万元；当年拨款收入280.00万元，上年结转收入20.00万元。',
        ),
      ),
    ).toEqual(['300=200+100', '300=280+20']);
  });

  it('keeps a bracketed breakdown of one part out of the list', () => {
    expect(
      sums(
        claims(
          '三、支出预算',
          '支出预算100.00万元，其中：基本支出40.00万元（人员经费30.00万元、公用经费10.00万元），项目支出60.00万元。',
        ),
      ),
    ).toEqual(['100=40+60']);
    expect(
      sums(
        claims(
          '三、支出预算',
          '支出预算100.00万元，其中：基本支出40.00万元，人员经费30.00万元，公用经费10.00万元，项目支出60.00万元。',
        ),
      ),
    ).toEqual(['100=40+60']);
  });

  it('ends a bracketed 其中 list at the bracket', () => {
    expect(sums(claims('项目概况', '办公费2万元（其中政府采购2万元）、维修费6万元、办公用品7万元。'))).toEqual([]);
  });
});

describe('counts', () => {
  it('reads 项目N个 and N人 with the words before them', () => {
    const cs = claims(
      '十、绩效管理情况',
      '纳入绩效目标管理的二级项目21个，共计金额7,167.32万元。其中：其他运转类项目1个，涉及金额2.15万元；特定目标类项目20个，涉及金额7,165.12万元。',
    );
    const counts = of(cs, 'count').map((c: CountClaim) => `${c.label}:${c.value}${c.measure}`);
    expect(counts).toEqual(['纳入绩效目标管理的二级项目:21个', '其他运转类项目:1个', '特定目标类项目:20个']);
    const a = amounts(cs).map(subj);
    expect(a).toEqual(['perf-projects=7167.32', 'perf-category=2.15', 'perf-category=7165.12']);
  });
});

describe('other departments’ wording', () => {
  it('reads a Shanghai-style sentence in 元 and a share of a named total', () => {
    const cs = claims(
      '三、支出预算情况说明',
      '2026年度本部门支出预算12,345,678元，其中：基本支出2,345,678元，占部门支出预算的19.00%；项目支出10,000,000元，占81.00%。',
    );
    expect(amounts(cs).map(subj)).toEqual(['expenditure-grand=12345678', 'basic=2345678', 'project=10000000']);
    const sh = of(cs, 'share') as ShareClaim[];
    expect(sh[0]?.wholeSubject?.id).toBe('expenditure-grand');
    expect(sh[1]?.whole?.value.toString()).toBe('12345678');
  });

  it('reads 较上年减少 with 降幅, and 比上年增加 without a percentage', () => {
    const ch = of(
      claims('八、机关运行经费', '机关运行经费为45.60万元，较上年减少4.40万元，降幅8.80%。'),
      'change',
    )[0] as ChangeClaim;
    expect([ch.current?.value.toString(), ch.delta?.value.toString(), ch.pct?.toString(), ch.direction]).toEqual([
      '45.6',
      '4.4',
      '8.8',
      'decrease',
    ]);
    const noPct = of(
      claims('七、三公', '“三公”经费预算6.00万元比2024年增加2.00万元，主要原因是新增车辆。'),
      'change',
    )[0] as ChangeClaim;
    expect([noPct.pct, noPct.delta?.value.toString()]).toEqual([null, '2']);
  });

  it('never crashes on text without numbers, odd punctuation or empty input', () => {
    expect(extractClaims([])).toEqual([]);
    expect(claims('十二、其他说明', '无。')).toEqual([]);
    expect(() => claims('一、', '，，，；；%%%万元元。其中：。比上年增加万元，增长%')).not.toThrow();
  });

  it('reads from the model’s sections when blocks are not at hand', () => {
    const ps = passagesFromSections([
      {
        heading: '三、支出预算情况说明',
        level: 2,
        text: '支出预算100.00万元，其中：基本支出40.00万元，项目支出60.00万元。',
        anchor: { kind: 'html-block', block: 9 },
      },
    ]);
    const cs = extractClaims(ps);
    expect(of(cs, 'sum')).toHaveLength(1);
    expect(amounts(cs)[1]?.place.anchor).toEqual({ kind: 'html-block', block: 9 });
  });
});

describe('robustness', () => {
  it('never throws on shuffled fragments of budget prose', () => {
    const parts = [
      '预算收入',
      '2,061.71',
      '万元',
      '，',
      '其中：',
      '比上年',
      '增加',
      '减少',
      '0.19',
      '%',
      '占',
      '。',
      '；',
      '（',
      '）',
      '个',
      '人',
      '项目',
      '萬元',
      '等',
      '主要用于',
      '1、',
      '持平',
      '元',
      '12',
      '亿元',
    ];
    let seed = 42;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 5 + (next() % 40) }, () => parts[next() % parts.length]).join('');
      expect(() => claims('三、支出预算情况说明', text)).not.toThrow();
    }
  });
});

describe('预算编制说明 items and template wording', () => {
  it('reads a short numbered item that states an amount, not as a heading', () => {
    const cs = claims('五、财政拨款支出主要内容', '1.“住房保障支出”科目2,180万元。', '2.“卫生健康支出”科目467万元。');
    expect(amounts(cs).map(subj)).toEqual(['function-class=2180', 'function-class=467']);
  });
  it('reads 增加（减少） left in the template as a change, not a part of the list', () => {
    const cs = claims(
      '九、“三公”经费说明',
      '2.公务用车购置及运行费预算支出183.6万元。其中:',
      '(1)公务用车购置预算支出0万元,比上年预算增加(减少) 0万元。',
      '(2)公务用车运行维护费预算支出183.6万元,比上年预算增加(减少)0万元。',
    );
    expect(amounts(cs).filter((a) => a.isDelta)).toHaveLength(2);
    expect(of(cs, 'sum').filter((x) => x.parts.some((p) => p.isDelta))).toEqual([]);
  });
});
