import { narrativeDoc, perfForm } from '../../narrative/testing/narrative-doc';
import type { TableSpec } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './perf-amounts';

const projects: TableSpec = {
  kind: 'budget.projects',
  columns: ['name', 'total'],
  rows: [
    ['遗属补助', '2.15'],
    ['电子商务发展资金', '50.00'],
  ],
};

checkTester(rule, {
  pass: [
    {
      name: '元 ÷ 10⁴ = the row (21,472元 ≈ 2.15万元 within rounding)',
      doc: narrativeDoc([projects], [], [perfForm('遗属补助', '21,472'), perfForm('电子商务发展资金', '500,000')]),
      minVerified: 1,
    },
    {
      name: 'a form covering this year and the carry-over of the same project',
      doc: narrativeDoc(
        [
          projects,
          { kind: 'budget.projects-carryover', columns: ['name', 'total'], rows: [['电子商务发展资金', '10.00']] },
        ],
        [],
        [perfForm('电子商务发展资金', '600,000')],
      ),
    },
  ],
  fail: [
    {
      name: 'annual funds differ from the project row',
      doc: narrativeDoc([projects], [], [perfForm('电子商务发展资金', '600,000')]),
      findings: [{ severity: 'error', cell: { table: 0, row: 2, col: 1 } }],
    },
  ],
});
