import { narrativeDoc, perfForm, sections } from '../../narrative/testing/narrative-doc';
import type { TableSpec } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './narrative-counts';

const projects: TableSpec = {
  kind: 'budget.projects',
  columns: ['name', 'total'],
  rows: [
    ['某县某局', '30.00'],
    ['甲项目', '10.00'],
    ['乙项目', '20.00'],
  ],
};
const text = (n: number, m: number) =>
  sections(['十、绩效管理情况', `纳入绩效目标管理的二级项目${n}个，共计金额30.00万元。公开项目绩效目标${m}个。`]);
const forms = [perfForm('甲项目', '100000'), perfForm('乙项目', '200000')];

checkTester(rule, {
  pass: [
    { name: 'counts equal project rows and forms', doc: narrativeDoc([projects], text(2, 2), forms), minVerified: 2 },
  ],
  fail: [
    {
      name: 'categories that do not add up to the count',
      doc: narrativeDoc(
        [projects],
        sections([
          '十、绩效管理情况',
          '纳入绩效目标管理的二级项目2个，共计金额30.00万元。其中：其他运转类项目1个，涉及金额10.00万元；特定目标类项目2个，涉及金额20.00万元。',
        ]),
        forms,
      ),
      findings: [{ severity: 'warning', text: '1 + 2 = 3' }],
    },
    {
      name: 'more projects stated than the table lists',
      doc: narrativeDoc([projects], text(3, 2), forms),
      findings: [{ severity: 'warning', text: '共 2 个' }],
    },
  ],
});
