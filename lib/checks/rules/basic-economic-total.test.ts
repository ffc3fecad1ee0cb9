import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './basic-economic-total';

const doc = (econTotal: string, econUnit: '元' | '万元' = '万元') =>
  buildDoc([
    {
      kind: 'budget.general-public',
      columns: ['name', 'total', 'basic', 'project'],
      rows: [['合计', '10.00', '4.27', '5.73']],
    },
    { kind: 'budget.basic-economic', unit: econUnit, columns: ['name', 'total'], rows: [['合计', econTotal]] },
  ]);

checkTester(rule, {
  pass: [
    { name: 'equal', doc: doc('4.27'), minVerified: 1 },
    { name: 'equal across units (元 vs 万元)', doc: doc('42700', '元'), minVerified: 1 },
  ],
  fail: [
    { name: 'different', doc: doc('4.72'), findings: [{ severity: 'error', cell: { table: 1, row: 1, col: 1 } }] },
    { name: 'different across units', doc: doc('47200', '元'), findings: [{ severity: 'error' }] },
  ],
});
