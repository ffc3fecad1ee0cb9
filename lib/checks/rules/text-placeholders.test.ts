import { blocksDoc, heading, para } from '../../narrative/testing/blocks-doc';
import { checkTester } from '../testing/check-tester';
import rule from './text-placeholders';

checkTester(rule, {
  pass: [
    { name: '〇 in a year', doc: blocksDoc([para('二〇二五年部门预算。')]) },
    { name: 'decimals and percentages', doc: blocksDoc([para('支出1,234.56万元，增长12.5%。')]) },
    { name: '(一) numbering', doc: blocksDoc([heading('(一)财政拨款收入'), para('收入100万元。')]) },
    { name: 'an X that is a word', doc: blocksDoc([para('购置X射线检测设备1台，3×4米展板。')]) },
    { name: 'a footnote mark', doc: blocksDoc([para('注*：本表数据为预算数。')]) },
  ],
  fail: [
    {
      name: 'a blank template: one finding for the file, not one per sentence',
      doc: blocksDoc(Array.from({ length: 12 }, (_, i) => para(`第${i + 1}项支出XXX万元，比上年增加XX%。`))),
      findings: [{ severity: 'warning', text: '未填写的模板' }],
    },
    {
      name: 'XX in a name, in a heading',
      doc: blocksDoc([heading('第一部分 上海市XX局概况')]),
      findings: [{ severity: 'warning', text: '「XX」' }],
    },
    {
      name: 'every placeholder of a sentence in one finding',
      doc: blocksDoc([para('收入支出总计XXX万元，增长(下降)XX%。')]),
      findings: [{ severity: 'warning', text: '「XXX万元」「XX%」' }],
    },
    { name: '××', doc: blocksDoc([para('××部门预算。')]), findings: [{ severity: 'warning', text: '「××」' }] },
    { name: 'xx万元', doc: blocksDoc([para('支出xx万元。')]), findings: [{ severity: 'warning', text: '「xx万元」' }] },
    { name: 'X万元', doc: blocksDoc([para('支出X万元。')]), findings: [{ severity: 'warning', text: '「X万元」' }] },
    {
      name: 'asterisks for a number',
      doc: blocksDoc([para('支出***万元。')]),
      findings: [{ severity: 'warning', text: '「***万元」' }],
    },
    {
      name: 'empty brackets',
      doc: blocksDoc([para('【】部门预算。')]),
      findings: [{ severity: 'warning', text: '「【】」' }],
    },
    {
      name: 'the template’s instruction',
      doc: blocksDoc([para('主要用于（此处填写）。'), para('经营收入5万元(不涉及的不列)。')]),
      findings: [
        { severity: 'warning', text: '「此处填写」' },
        { severity: 'warning', text: '「不涉及的不列」' },
      ],
    },
  ],
});
