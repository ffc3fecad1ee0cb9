import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../extract/types';
import { withSources } from '../../narrative/sources';
import { sections } from '../../narrative/testing/narrative-doc';
import { buildDoc } from '../testing/build-doc';
import { checkTester, runOne } from '../testing/check-tester';
import rule from './code-name-official-text';

const said = (year: number | null, text: string) =>
  buildDoc([], { year, sections: sections(['三、一般公共预算支出情况说明', text]) });

/** The narrative as the pipeline attaches it: blocks with their anchors, headings included. */
const blocks = (year: number, texts: string[]) => {
  const list: TextBlock[] = texts.map((text, i) => ({
    text,
    role: 'paragraph',
    anchor: { kind: 'html-block', block: i },
  }));
  return withSources(buildDoc([], { year }), { blocks: list, tables: [] });
};

checkTester(rule, {
  pass: [
    {
      name: 'the names of the year',
      doc: said(
        2021,
        '卫生健康支出（类）行政事业单位医疗（款）12.00万元；社会保障和就业支出（类）行政事业单位养老支出（款）3.00万元。',
      ),
    },
    {
      name: 'the former names in a year before the renaming',
      doc: said(2018, '医疗卫生与计划生育支出5.00万元，文化体育与传媒支出1.00万元。'),
    },
    {
      name: '行政事业单位离退休（款） in 2019, when it was the name',
      doc: said(2019, '社会保障和就业支出（类）行政事业单位离退休（款）3.00万元。'),
    },
    {
      name: 'a 款 name used as an ordinary phrase',
      doc: said(2021, '主要用于行政事业单位离退休人员的经费。'),
    },
    {
      name: 'a sentence telling the renaming',
      doc: said(2021, '卫生健康支出（原医疗卫生与计划生育支出）5.00万元。'),
    },
    {
      name: 'no year',
      doc: said(null, '医疗卫生与计划生育支出5.00万元。'),
    },
  ],
  fail: [
    {
      name: 'a class under its former name',
      doc: said(2021, '医疗卫生与计划生育支出5.00万元，主要用于在职人员医疗保险。'),
      findings: [{ severity: 'warning', text: '“卫生健康支出”' }],
    },
    {
      name: 'a class name cut before 支出 and marked',
      doc: said(2021, '一、文化体育与传媒（类）群众体育（项）1.00万元。'),
      findings: [{ severity: 'warning', text: '“文化旅游体育与传媒支出”' }],
    },
    {
      name: 'a 款 under its former name, marked as a 科目',
      doc: said(2026, '六、社会保障和就业（类）行政事业单位离退休（款）：指离退休人员的经费。'),
      findings: [{ severity: 'warning', text: '“行政事业单位养老支出”' }],
    },
    {
      name: 'the longer 款 name, not the class inside it',
      doc: said(2021, '其他医疗卫生与计划生育支出2.00万元。'),
      findings: [{ severity: 'warning', text: '科目 21099' }],
    },
  ],
});

describe('code-name-official-text over blocks', () => {
  it('finds a former class name in a numbered sub-heading and anchors it in its block', () => {
    const doc = blocks(2021, [
      '三、一般公共预算支出情况说明',
      '（三）医疗卫生与计划生育支出（类）',
      '主要用于医疗保险。',
    ]);
    const found = runOne(rule, doc).findings;
    expect(found).toHaveLength(1);
    expect(found[0]?.claim).toMatchObject({
      text: '医疗卫生与计划生育支出（类）',
      section: '三、一般公共预算支出情况说明',
      anchor: { kind: 'html-block', block: 1 },
      start: 3,
      end: 17,
    });
  });

  it('reports a name once per section', () => {
    const doc = blocks(2021, [
      '三、一般公共预算支出情况说明',
      '医疗卫生与计划生育支出5.00万元，其中医疗卫生与计划生育支出（类）行政事业单位医疗（款）5.00万元。',
      '医疗卫生与计划生育支出（类）主要用于医疗保险。',
      '四、一般公共预算基本支出情况说明',
      '医疗卫生与计划生育支出3.00万元。',
    ]);
    expect(runOne(rule, doc).findings.map((f) => f.claim?.section)).toEqual([
      '三、一般公共预算支出情况说明',
      '四、一般公共预算基本支出情况说明',
    ]);
  });
});
