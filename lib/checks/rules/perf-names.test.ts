import { narrativeDoc, perfForm } from '../../narrative/testing/narrative-doc';
import type { TableSpec } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './perf-names';

const projects: TableSpec = {
  kind: 'budget.projects',
  columns: ['name', 'total'],
  rows: [['国企改制工作经费', '40.00']],
};

checkTester(rule, {
  pass: [
    { name: 'same name', doc: narrativeDoc([projects], [], [perfForm('国企改制工作经费', '400,000')]), minVerified: 1 },
  ],
  fail: [
    {
      name: 'near-miss name: warning with both names',
      doc: narrativeDoc([projects], [], [perfForm('国企改革工作经费', '400,000')]),
      findings: [{ severity: 'warning', text: '国企改制工作经费' }],
    },
  ],
});
