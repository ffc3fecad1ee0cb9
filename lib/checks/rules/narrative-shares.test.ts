import { sections } from '../../narrative/testing/narrative-doc';
import { buildDoc, type TableSpec } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './narrative-shares';

const expenditure: TableSpec = {
  kind: 'budget.expenditure',
  columns: ['code', 'name', 'total', 'basic', 'project'],
  rows: [['', '合计', '8367.57', '600.00', '7767.57']],
};

checkTester(rule, {
  pass: [
    {
      name: 'shares of the list head, and of a total named after 占',
      doc: buildDoc([expenditure], {
        sections: sections(
          [
            '三、支出预算情况说明',
            '支出预算2061.71万元，其中：基本支出427.87万元，占20.75%；项目支出1633.84万元，占79.25%。',
          ],
          ['十、绩效管理情况', '公开项目绩效目标21个，涉及项目金额7,167.32万元，占部门（单位）项目支出总额的92.3%。'],
        ),
      }),
      minVerified: 3,
    },
  ],
  fail: [
    {
      name: 'a share that does not recompute',
      doc: buildDoc([], {
        sections: sections(['三、支出预算情况说明', '支出预算2061.71万元，其中：基本支出427.87万元，占25.75%。']),
      }),
      findings: [{ severity: 'error', text: '25.75%' }],
    },
  ],
});
