import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './three-public-vs-basic';

const doc = (threePublic: string, basicLine: string) =>
  buildDoc([
    {
      kind: 'budget.basic-economic',
      columns: ['name', 'total', 'personnel', 'public'],
      rows: [
        ['商品和服务支出', basicLine, '', basicLine],
        ['公务用车运行维护费', basicLine, '', basicLine],
      ],
    },
    {
      kind: 'budget.three-public',
      columns: ['name', 'total'],
      rows: [['2公务用车运行维护费', threePublic]],
    },
  ]);

checkTester(rule, {
  pass: [
    { name: 'equal', doc: doc('3.90', '3.90'), minVerified: 1 },
    // jincheng-energy-2025: 三公 9.75 includes project-funded units; the basic line 3.90 — explained, info.
    { name: 'three-public above the basic line is a scope gap (info)', doc: doc('9.75', '3.90') },
  ],
  fail: [
    { name: 'three-public below the basic line', doc: doc('2.00', '3.90'), findings: [{ severity: 'warning' }] },
    {
      name: 'the scope gap is explained as info',
      doc: doc('9.75', '3.90'),
      findings: [{ severity: 'info', text: '口径' }],
    },
  ],
});
