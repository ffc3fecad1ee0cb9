import { sections } from '../../narrative/testing/narrative-doc';
import { buildDoc, type TableSpec } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './narrative-project-split';

const projects: TableSpec = {
  kind: 'budget.projects',
  columns: ['name', 'total'],
  rows: [
    ['某局', '7167.25'],
    ['甲项目', '5000.00'],
    ['乙项目', '2165.10'],
    ['遗属补助', '2.15'],
  ],
};
const text = (a: string, b: string) =>
  sections([
    '十、绩效管理情况',
    `纳入绩效目标管理的二级项目3个，共计金额7,167.25万元。其中：其他运转类项目1个，涉及金额${a}万元；特定目标类项目2个，涉及金额${b}万元。`,
  ]);

// Two small projects whose amounts add up only in exact decimal arithmetic (0.10 + 0.20 = 0.30, not in binary floats).
const small: TableSpec = {
  kind: 'budget.projects',
  columns: ['name', 'total'],
  rows: [
    ['某局', '1000.30'],
    ['甲项目', '0.10'],
    ['乙项目', '0.20'],
    ['丙项目', '500.00'],
    ['丁项目', '300.00'],
    ['戊项目', '200.00'],
  ],
};
const fiveText = (b: string) =>
  sections([
    '十、绩效管理情况',
    `纳入绩效目标管理的二级项目5个，共计金额1,000.30万元。其中：其他运转类项目2个，涉及金额0.30万元；特定目标类项目3个，涉及金额${b}万元。`,
  ]);

checkTester(rule, {
  pass: [
    {
      name: 'two rows identified by an exact decimal sum (0.10 + 0.20 = 0.30)',
      doc: buildDoc([small], { sections: fiveText('1,000.00') }),
      minVerified: 1,
    },
    {
      name: 'the other category = total − the identified row',
      doc: buildDoc([projects], { sections: text('2.15', '7,165.10') }),
      minVerified: 1,
    },
  ],
  fail: [
    {
      name: 'the other category five cents off the table (beyond the rounding bound of ±0.02)',
      doc: buildDoc([small], { sections: fiveText('1,000.05') }),
      findings: [{ severity: 'error', text: '1000.00' }],
    },
    {
      name: '7165.12 cannot come from the table (zezhou-industry-2024)',
      doc: buildDoc([projects], { sections: text('2.15', '7,165.12') }),
      findings: [{ severity: 'error', text: '7165.10' }],
    },
  ],
});
