import { narrativeDoc, perfForm } from '../../narrative/testing/narrative-doc';
import type { TableSpec } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './perf-text';

const summary: TableSpec = {
  kind: 'budget.summary',
  columns: [
    { role: 'name', side: 'income' },
    { role: 'amount', side: 'income' },
    { role: 'name', side: 'expenditure' },
    { role: 'total', side: 'expenditure' },
  ],
  rows: [['收入总计', '2268.41', '支出总计', '2268.41']],
};
const projects: TableSpec = {
  kind: 'budget.projects',
  columns: ['name', 'total'],
  rows: [['技术服务中心工作经费', '350.00']],
};

/** A form whose 资金支出构成 cell lists the project's money item by item. */
const composed = (annualYuan: string, composition: string) => {
  const rows = perfForm('技术服务中心工作经费', annualYuan);
  rows.push(['资金支出构成', composition, '', '']);
  return rows;
};

checkTester(rule, {
  pass: [
    {
      name: 'items add up and match the annual funds',
      doc: narrativeDoc(
        [summary, projects],
        [],
        [
          perfForm(
            '技术服务中心工作经费',
            '3,500,000',
            '经费350万元,其中:人员经费288.7万元,公用经费21万元,公务用车维护费3.9万元,项目经费36.4万元。',
          ),
        ],
      ),
      minVerified: 1,
    },
    {
      name: '资金支出构成 items adding to the annual funds, with and without their total',
      doc: narrativeDoc(
        [summary, projects],
        [],
        [composed('3,500,000', '运转经费200万元、劳务费100万元、印刷费50万元。')],
      ),
      minVerified: 1,
    },
  ],
  fail: [
    {
      name: '资金支出构成 items that do not add to the annual funds (in 元 on the form)',
      doc: narrativeDoc(
        [summary, projects],
        [],
        [composed('3,500,000', '运转经费200万元、劳务费100万元、印刷费40万元。')],
      ),
      findings: [{ severity: 'warning', text: '年度资金总额' }],
    },
    {
      name: 'items that do not add to the total the text gives them (…共计c万元)',
      doc: narrativeDoc(
        [summary, projects],
        [],
        [composed('3,500,000', '运转经费200万元、劳务费100万元，共计350万元。')],
      ),
      findings: [{ severity: 'warning', text: '350' }],
    },
    {
      name: '350 = 288.7 + 11 + 3.9 + 40.4 = 344.0',
      doc: narrativeDoc(
        [summary, projects],
        [],
        [
          perfForm(
            '技术服务中心工作经费',
            '3,500,000',
            '经费350万元,其中:人员经费288.7万元,公用经费11万元,公务用车维护费3.9万元,项目经费40.4万元。',
          ),
        ],
      ),
      findings: [{ severity: 'warning', text: '344.0' }],
    },
    {
      name: '元 written as 萬元',
      doc: narrativeDoc(
        [summary, projects],
        [],
        [perfForm('技术服务中心工作经费', '3,500,000', '支付合同總金額的50%,共38750萬元。')],
      ),
      findings: [{ severity: 'warning', text: '38750' }],
    },
  ],
});
