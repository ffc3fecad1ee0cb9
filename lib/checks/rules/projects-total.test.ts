import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './projects-total';

const doc = (projects: string) =>
  buildDoc([
    {
      kind: 'budget.expenditure',
      columns: ['name', 'total', 'basic', 'project'],
      rows: [['合计', '20.00', '9.91', '10.09']],
    },
    {
      kind: 'budget.general-public',
      columns: ['name', 'total', 'basic', 'project'],
      rows: [['合计', '19.91', '9.91', '10.00']],
    },
    {
      kind: 'budget.projects',
      columns: ['name', 'total', 'general-public'],
      rows: [
        ['某某局', projects, projects],
        ['项目甲', projects, projects],
      ],
    },
    { kind: 'budget.projects-carryover', columns: ['name', 'total'], rows: [['合计', '0.09']] },
  ]);

checkTester(rule, {
  pass: [{ name: '本年 + 结转 = 项目支出; 一般公共预算 part matches', doc: doc('10.00'), minVerified: 2 }],
  fail: [
    {
      name: 'project table total off',
      doc: doc('10.50'),
      findings: [
        { severity: 'error', cell: { table: 0, row: 1, col: 3 } },
        { severity: 'error', cell: { table: 1, row: 1, col: 3 } },
      ],
    },
  ],
});
