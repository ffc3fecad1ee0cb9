import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './admin-operating-vs-public';

const doc = (admin: string, pub: string) =>
  buildDoc([
    {
      kind: 'budget.basic-economic',
      columns: ['name', 'total', 'personnel', 'public'],
      rows: [['合计', pub, '', pub]],
    },
    {
      kind: 'budget.admin-operating',
      columns: ['name', 'total'],
      rows: [
        ['部门合计', admin],
        ['某某局', admin],
      ],
    },
  ]);

checkTester(rule, {
  pass: [
    { name: 'equal (purely administrative department)', doc: doc('22.63', '22.63'), minVerified: 1 },
    { name: 'smaller: a multi-unit department (info, not an error)', doc: doc('52.49', '132.76') },
  ],
  fail: [
    { name: 'scope gap explained', doc: doc('52.49', '132.76'), findings: [{ severity: 'info', text: '某某局' }] },
    { name: 'larger than all 公用经费', doc: doc('140.00', '132.76'), findings: [{ severity: 'warning' }] },
  ],
});
