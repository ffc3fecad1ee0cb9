import { sections } from '../../narrative/testing/narrative-doc';
import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './narrative-sums';

const doc = (h: string, text: string) => buildDoc([], { sections: sections([h, text]) });

checkTester(rule, {
  pass: [
    {
      name: '其中 list adds up',
      doc: doc(
        '九、政府采购情况',
        '政府采购预算总额12.87万元。其中：货物预算5.17万元、工程预算0万元、服务预算7.70万元。',
      ),
      minVerified: 1,
    },
    {
      name: 'within rounding (427.87 vs 405.25 + 22.63)',
      doc: doc('六、基本支出', '基本支出427.87万元，其中：人员经费405.25万元；公用经费22.63万元。'),
    },
  ],
  fail: [
    {
      name: '共计 ≠ its categories',
      doc: doc(
        '十、绩效管理情况',
        '二级项目21个，共计金额7,167.32万元。其中：其他运转类项目1个，涉及金额2.15万元；特定目标类项目20个，涉及金额7,165.12万元。',
      ),
      findings: [{ severity: 'error', text: '7167.27' }],
    },
    {
      name: 'a 主要用于 list that does not add up is a warning (may not be exhaustive)',
      doc: doc(
        '五、一般公共预算',
        '当年支出100.00万元，主要用于以下方面：教育支出50.00万元，占50%；卫生健康支出30.00万元，占30%等。',
      ),
      findings: [{ severity: 'warning' }],
    },
  ],
});
