import { sections } from '../../narrative/testing/narrative-doc';
import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './narrative-changes';

const doc = (text: string) => buildDoc([], { sections: sections(['八、机关运行经费增减变动原因说明', text]) });

checkTester(rule, {
  pass: [
    {
      name: 'Z = Y / (X + Y) for a fall',
      doc: doc('机关运行经费财政拨款预算22.63万元，比2024年预算减少0.19万元，下降0.83%。'),
      minVerified: 1,
    },
    {
      name: 'Z = Y / (X − Y) for a rise',
      doc: doc('预算收入总计2,268.41万元，比上年增长10.76万元，增长0.48%。'),
      minVerified: 1,
    },
    {
      name: 'a 1-decimal % within rounding',
      doc: doc('机关运行经费财政拨款预算114.27万元，比2023年预算减少3.45万元，下降2.9%。'),
    },
  ],
  fail: [
    {
      name: 'the classic wrong base Y / X is named',
      doc: doc('“三公”经费预算4.67万元，比上年减少0.28万元，下降6.00%。'),
      findings: [{ severity: 'error', text: '分母' }],
    },
    {
      name: 'a % that fits neither base',
      doc: doc('机关运行经费22.63万元，比上年减少0.19万元，下降3.00%。'),
      findings: [{ severity: 'error', text: '3.00%' }],
    },
  ],
});
