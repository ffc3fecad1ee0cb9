import { buildDoc, type TableSpec } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './fund-balance';

const fund = (rows: string[][]): TableSpec => ({
  kind: 'final.gov-fund',
  columns: [
    'code',
    'name',
    'opening-balance',
    'current-income',
    { role: 'total', header: '本年支出' },
    'basic',
    'project',
    'closing-balance',
  ],
  rows,
});

checkTester(rule, {
  pass: [
    {
      name: '年初 + 本年收入 − 本年支出 = 年末 on every row',
      doc: buildDoc(
        [
          fund([
            ['', '合计', '10.00', '100.00', '95.00', '', '95.00', '15.00'],
            ['212', '城乡社区支出', '10.00', '100.00', '95.00', '', '95.00', '15.00'],
          ]),
        ],
        { kind: 'final' },
      ),
      minVerified: 2,
    },
    {
      name: 'a table without balances is not this rule’s',
      doc: buildDoc([
        {
          kind: 'final.expenditure',
          columns: ['code', 'name', 'total', 'basic', 'project'],
          rows: [['', '合计', '10', '4', '6']],
        },
      ]),
    },
  ],
  fail: [
    {
      name: 'the closing balance does not carry the year over',
      doc: buildDoc([fund([['', '合计', '10.00', '100.00', '95.00', '', '95.00', '25.00']])], { kind: 'final' }),
      findings: [{ severity: 'error', text: '25' }],
    },
  ],
});
