import { sections } from '../../narrative/testing/narrative-doc';
import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './narrative-item-twice';

const doc = (text: string) => {
  const d = buildDoc([], { sections: sections(['二、预算编制说明', text]) });
  return { ...d, document: { ...d.document, year: 2024 } };
};

checkTester(rule, {
  pass: [
    {
      name: 'the item’s amount and its 2024年预算安排 agree',
      doc: doc(
        '31.“住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于住房公积金。2023年当年预算执行数为348.52万元，2024年预算安排350.35万元，比2023年预算执行数增加0.53%。',
      ),
      minVerified: 1,
    },
    {
      name: 'an item without a comparison, and last year’s amount is not this year’s',
      doc: doc(
        '1.“一般公共服务支出（类）财政事务（款）行政运行（项）”100.00万元，主要用于基本支出。2023年预算为90.00万元。',
      ),
    },
  ],
  fail: [
    {
      name: '普陀区万里街道 2024 p.9 item 31: 350.35 and 352.67 for the same 项',
      doc: doc(
        '31.“住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于住房公积金。2023年当年预算执行数为348.52万元，2024年预算安排352.67万元，比2023年预算执行数增加0.53%。',
      ),
      findings: [{ severity: 'error', text: '352.67' }],
    },
  ],
});
