import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './code-name';

const doc = (name2: string) =>
  buildDoc([
    { kind: 'budget.income', columns: ['code', 'name', 'total'], rows: [['2101101', '行政单位医疗', '1.00']] },
    { kind: 'budget.expenditure', columns: ['code', 'name', 'total'], rows: [['2101101', name2, '1.00']] },
  ]);

checkTester(rule, {
  pass: [{ name: 'same name (spacing aside)', doc: doc('行政单位 医疗') }],
  fail: [
    {
      name: 'different name',
      doc: doc('事业单位医疗'),
      findings: [{ severity: 'warning', cell: { table: 1, row: 1, col: 0 } }],
    },
  ],
});
