import { narrativeDoc } from '../../narrative/testing/narrative-doc';
import { checkTester } from '../testing/check-tester';
import rule from './perf-self-review-rate';

/** The national 项目支出绩效自评表's money block (万元). */
const form = (rate: string, spent = '95.00') => [
  ['项目名称', '信息化运维', '', '', '', '', ''],
  ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['', '年度资金总额', '100.00', '100.00', spent, '10', rate, '9.5'],
  ['', '其中：当年财政拨款', '100.00', '100.00', spent, '—', rate, '—'],
];
const doc = (g: string[][]) => narrativeDoc([], [], [g], { kind: 'final' }, 'final.projects');

checkTester(rule, {
  pass: [
    { name: '执行率 = 全年执行数 ÷ 全年预算数', doc: doc(form('95.00%')), minVerified: 2 },
    { name: 'a rate printed as a ratio', doc: doc(form('0.95')), minVerified: 2 },
    {
      name: 'a form without the three columns is not this rule’s',
      doc: doc([
        ['项目名称', 'x'],
        ['年度资金总额', '10'],
      ]),
    },
  ],
  fail: [
    {
      name: '执行率 printed ten times too large (1000% for 100%)',
      doc: doc(form('1000%', '100.00')),
      findings: [
        { severity: 'error', text: '1000' },
        { severity: 'error', text: '1000' },
      ],
    },
  ],
});
