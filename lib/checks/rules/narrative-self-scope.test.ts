import type { BudgetDocument } from '../../model/budget-document';
import { withSources } from '../../narrative/sources';
import { heading, para } from '../../narrative/testing/blocks-doc';
import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './narrative-self-scope';

const doc = (scope: 'unit' | 'department', text: string): BudgetDocument => {
  const base = buildDoc([]);
  return withSources(
    { ...base, document: { ...base.document, scope } },
    { blocks: [heading('七、其他相关情况说明'), para(text)], tables: [], blankPages: [] },
  );
};

checkTester(rule, {
  pass: [
    {
      name: 'a unit calling itself a unit',
      doc: doc('unit', '2025年度本单位政府采购预算34万元。2025年单位预算安排购置车辆0辆。'),
    },
    {
      name: 'a department calling itself a department',
      doc: doc('department', '2025年部门预算安排购置车辆0辆，本部门所属单位2个。'),
    },
    {
      name: '深圳市财政局 2026: a department of one unit calls itself 本单位',
      doc: doc('department', '本单位预算金额单位转换时可能存在尾数误差。'),
    },
    {
      name: 'other bodies named (所属单位, 预算单位, 主管部门)',
      doc: doc('unit', '本单位主管部门为某局，所属预算单位1个。'),
    },
  ],
  fail: [
    {
      name: '上海市财政局 2025 单位预算: the department template’s vehicle sentence',
      doc: doc('unit', '2025年部门预算安排购置车辆0辆，其中：部级领导干部用车0辆。'),
      findings: [{ severity: 'warning', text: '部门预算安排' }],
    },
    {
      name: '本部门 in a unit’s budget',
      doc: doc('unit', '主要原因是本年度本部门项目调整。'),
      findings: [{ severity: 'warning', text: '本部门' }],
    },
    {
      name: '单位预算安排 in a department’s: the unit template’s vehicle sentence',
      doc: doc('department', '2025年单位预算安排购置车辆0辆。'),
      findings: [{ severity: 'warning', text: '单位预算安排' }],
    },
  ],
});
