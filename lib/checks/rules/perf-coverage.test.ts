import { narrativeDoc, perfForm } from '../../narrative/testing/narrative-doc';
import type { TableSpec } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './perf-coverage';

const projects: TableSpec = {
  kind: 'budget.projects',
  columns: ['name', 'total'],
  rows: [
    ['甲项目', '10.00'],
    ['乙项目', '20.00'],
  ],
};

checkTester(rule, {
  pass: [
    {
      name: 'one form per project',
      doc: narrativeDoc([projects], [], [perfForm('甲项目', '100,000'), perfForm('乙项目', '200,000')]),
    },
  ],
  fail: [
    {
      name: 'a project without a form, and a form printed twice (both notes, never errors)',
      doc: narrativeDoc([projects], [], [perfForm('甲项目', '100,000'), perfForm('甲项目', '100,000')]),
      findings: [
        { severity: 'info', text: '乙项目' },
        { severity: 'info', text: '2 次' },
      ],
    },
    {
      name: 'forms for a few key projects only: one note with the count, not one per project',
      doc: narrativeDoc(
        [
          {
            kind: 'budget.projects',
            columns: ['name', 'total'],
            rows: ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'].map((n, i) => [`${n}项目`, `${i + 1}.00`]),
          },
        ],
        [],
        [perfForm('甲项目', '10,000')],
      ),
      findings: [{ severity: 'info', text: '8 个项目中有 7 个' }],
    },
  ],
});
