import { sections } from '../../narrative/testing/narrative-doc';
import { buildDoc, type TableSpec } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './narrative-completion';

const final = (text: string, tables: TableSpec[] = []) =>
  buildDoc(tables, { kind: 'final', sections: sections(['七、财政拨款“三公”经费支出决算情况说明', text]) });

/** The national 三公 决算 table: 预算数 and 决算数 for each item. */
const threePublic = (budget: string[], actual: string[]): TableSpec => ({
  kind: 'final.three-public',
  columns: (['three-public', 'outbound', 'vehicle', 'reception'] as const).flatMap((role) => [
    { role, measure: 'budget' as const },
    { role, measure: 'actual' as const },
  ]),
  rows: [budget.flatMap((b, i) => [b, actual[i] ?? ''])],
});

checkTester(rule, {
  pass: [
    {
      name: 'both amounts stated (上海 一般公共预算财政拨款支出), the difference explained',
      doc: final(
        '一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。决算数小于预算数的主要原因：个别项目调减。',
      ),
      minVerified: 1,
    },
    {
      name: '完成预算A万元的C% (广东)',
      doc: final('公务接待费支出决算为0.9万元，完成预算1.2万元的75%。主要是压减了公务接待。'),
      minVerified: 1,
    },
    {
      name: 'the budget left to the 三公 table',
      doc: final('其中：因公出国（境）费支出决算为8万元，完成预算的80%。', [
        threePublic(['20', '10', '6', '4'], ['16', '8', '5', '3']),
      ]),
      minVerified: 1,
    },
    { name: 'no completion stated', doc: final('“三公”经费财政拨款支出决算为16万元。') },
    {
      name: 'the budget the rate names, where the sentence states 年初 and 调整 budgets',
      doc: final(
        '年初预算为100万元，调整预算为120万元，支出决算为108万元，完成年初预算的108%，完成调整预算的90%。主要原因是追加了任务。',
      ),
      minVerified: 2,
    },
  ],
  fail: [
    {
      name: 'the outturn is not the budget and no reason is given',
      doc: final('年初预算为200万元，支出决算为180万元，完成年初预算的90%。'),
      findings: [{ severity: 'warning', text: '未写明原因' }],
    },
    {
      name: 'a zero budget has no rate: a note, not an error (佛山 2019 “完成预算0万元的0%”)',
      doc: final('公务接待费支出决算为0.16万元，完成预算0万元的0%。'),
      findings: [{ severity: 'info', text: '无从计算' }],
    },
    {
      name: '执行率 printed ten times too large',
      doc: final('年初预算为200万元，支出决算为200万元，完成年初预算的1000%。'),
      findings: [{ severity: 'error', text: '1000' }],
    },
    {
      name: 'rate against the 三公 table’s 预算数 does not hold',
      doc: final('其中：因公出国（境）费支出决算为8万元，完成预算的90%。', [
        threePublic(['20', '10', '6', '4'], ['16', '8', '5', '3']),
      ]),
      findings: [{ severity: 'error', text: '90' }],
    },
  ],
});
