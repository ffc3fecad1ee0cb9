import type { BudgetDocument } from '../../model/budget-document';
import { withSources } from '../../narrative/sources';
import { heading, para } from '../../narrative/testing/blocks-doc';
import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './narrative-compare-year';

const doc = (kind: 'budget' | 'final', year: number, text: string): BudgetDocument => {
  const base = buildDoc([]);
  return withSources(
    { ...base, document: { ...base.document, kind, year } },
    { blocks: [heading('一、收支预算情况'), para(text)], tables: [], blankPages: [] },
  );
};

checkTester(rule, {
  pass: [
    {
      name: 'a budget compared with the year before',
      doc: doc('budget', 2026, '支出预算100万元，比2025年预算增加10万元。'),
      minVerified: 1,
    },
    {
      name: 'a 决算 compared with its own budget and with the year before',
      doc: doc('final', 2024, '支出决算90万元，与2024年年初预算相比减少10万元；与2023年度相比增加5万元。'),
      minVerified: 2,
    },
    {
      name: 'a year that is not compared with (截至2025年底)',
      doc: doc('budget', 2026, '截至2025年12月31日，共有车辆3辆。'),
    },
  ],
  fail: [
    {
      name: 'a 2026 budget compared with 2026',
      doc: doc('budget', 2026, '支出预算100万元，比2026年预算增加10万元。'),
      findings: [{ severity: 'warning', text: '2026' }],
    },
    {
      name: 'a 2025 决算 compared with 2023',
      doc: doc('final', 2025, '收入总计100万元，与2023年度相比增加5万元。'),
      findings: [{ severity: 'warning', text: '2023' }],
    },
  ],
});
