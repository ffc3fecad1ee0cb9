import { sections } from '../../narrative/testing/narrative-doc';
import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './narrative-labels';

const doc = (list: string) =>
  buildDoc([], {
    sections: sections(['五、一般公共预算支出情况说明', `当年支出100.00万元，主要用于以下方面：${list}。`]),
  });

checkTester(rule, {
  pass: [{ name: 'real class names', doc: doc('教育支出60.00万元；卫生健康支出40.00万元') }],
  fail: [
    {
      name: 'a label that reads like a class but is none',
      doc: doc('教育支出50.00万元；卫生健康支出30.00万元；科学教育支出20.00万元'),
      findings: [{ severity: 'warning', text: '科学教育支出' }],
    },
  ],
});
