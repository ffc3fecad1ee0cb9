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

checkTester(rule, {
  pass: [
    {
      name: 'the other category = total − the identified row',
      doc: buildDoc([projects], { sections: text('2.15', '7,165.10') }),
      minVerified: 1,
    },
  ],
  fail: [
    {
      name: '7165.12 cannot come from the table (zezhou-industry-2024)',
      doc: buildDoc([projects], { sections: text('2.15', '7,165.12') }),
      findings: [{ severity: 'error', text: '7165.10' }],
    },
  ],
});
