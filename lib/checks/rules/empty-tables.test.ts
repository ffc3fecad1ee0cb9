import { describe } from 'vitest';
import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import noteFund from './empty-note-fund';
import hasAmounts from './empty-table-has-amounts';
import note from './empty-table-note';

const fundTable = (notes: string[], kind: 'budget.gov-fund' | 'budget.state-capital' = 'budget.state-capital') => ({
  kind,
  columns: ['code', 'name', 'total'] as const,
  rows: [['', '合计', '']],
  notes,
});

const income = (stateCapital: string) => ({
  kind: 'budget.income' as const,
  columns: ['code', 'name', 'total', 'state-capital'] as const,
  rows: [['', '合计', stateCapital || '1.00', stateCapital]],
});

describe('completeness of empty tables', () => {
  checkTester(note, {
    pass: [
      {
        name: 'empty with a note',
        doc: buildDoc([{ ...fundTable(['注：本表无数据']), columns: ['code', 'name', 'total'] }]),
      },
    ],
    fail: [
      {
        name: 'a document whose tables are all blank is a template: one info, no warnings',
        doc: buildDoc(
          (['budget.summary', 'budget.income', 'budget.expenditure'] as const).map((kind) => ({
            kind,
            columns: ['name', 'total'],
            rows: [['合计', '']],
          })),
        ),
        findings: [{ severity: 'info', text: '模板' }],
      },
      {
        name: 'empty, no note',
        doc: buildDoc([{ ...fundTable([]), columns: ['code', 'name', 'total'] }]),
        findings: [{ severity: 'warning', cell: { table: 0, row: 0, col: 0 } }],
      },
    ],
  });
  checkTester(noteFund, {
    pass: [
      {
        name: 'the note names the table’s own fund',
        doc: buildDoc([
          { ...fundTable(['注：本部门无国有资本经营预算，故本表为空表。']), columns: ['code', 'name', 'total'] },
        ]),
      },
    ],
    fail: [
      {
        name: 'a 国资 table whose note speaks of 政府性基金 (copy-paste)',
        doc: buildDoc([
          {
            ...fundTable(['注：本部门无政府性基金预算财政拨款安排的预算，故本表为空表。']),
            columns: ['code', 'name', 'total'],
          },
        ]),
        findings: [{ severity: 'warning', text: '政府性基金' }],
      },
    ],
  });
  checkTester(hasAmounts, {
    pass: [
      {
        name: 'empty and no money anywhere',
        doc: buildDoc([
          { ...income(''), columns: ['code', 'name', 'total', 'state-capital'] },
          { ...fundTable(['注：本表无数据']), columns: ['code', 'name', 'total'] },
        ]),
      },
    ],
    fail: [
      {
        name: 'empty while the income table shows 国有资本经营 money',
        doc: buildDoc([
          { ...income('62.00'), columns: ['code', 'name', 'total', 'state-capital'] },
          { ...fundTable(['注：本表无数据']), columns: ['code', 'name', 'total'] },
        ]),
        findings: [{ severity: 'error', cell: { table: 1, row: 0, col: 0 }, includes: { table: 0, row: 1, col: 3 } }],
      },
    ],
  });
});
