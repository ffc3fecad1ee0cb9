import { blocksDoc, heading, para } from '../../narrative/testing/blocks-doc';
import { checkTester } from '../testing/check-tester';
import rule from './text-punctuation';

checkTester(rule, {
  pass: [
    { name: 'quotation marks in pairs', doc: blocksDoc([para('“三公”经费预算数为37.91万元。')]) },
    {
      name: 'a quotation opened in one sentence and closed in the next',
      doc: blocksDoc([para('开展“提升服务。优化流程”专项行动。')]),
    },
    {
      name: 'a quotation over a page break and through list items',
      doc: blocksDoc([para('3.优化通关服务;4.推进“智慧', 5), para('口岸”建设。', 6)]),
    },
    {
      name: 'a heading wrapped onto the next line closes its bracket there',
      doc: blocksDoc([heading('二、部门决算单位构成（仅有一个单位的部门，本部分内容'), para('为“机构设置”）')]),
    },
    { name: '(一) numbering and nested brackets', doc: blocksDoc([para('(一)因公出国(境)费0万元。')]) },
    { name: 'list numbers closed by a bracket alone', doc: blocksDoc([para('包括:1)人员经费;2)公用经费。')]) },
    { name: 'decimals, thousands and percentages', doc: blocksDoc([para('支出1,234.56万元,占12.5%;其他0.5万元。')]) },
    { name: 'book titles and an ellipsis', doc: blocksDoc([para('依据《预算法》……等规定。')]) },
    { name: 'fullwidth marks in pairs', doc: blocksDoc([para('基本支出（人员经费）100万元，占50%。')]) },
  ],
  fail: [
    {
      name: 'a full stop and a semicolon together',
      doc: blocksDoc([para('主要原因是减少了资本金。;本年支出总计8,909.83万元。')]),
      findings: [{ severity: 'warning', text: '“。”“;”连用' }],
    },
    {
      name: 'a doubled full stop',
      doc: blocksDoc([para('支出100万元。。')]),
      findings: [{ severity: 'warning', text: '“。”重复' }],
    },
    {
      name: 'a doubled comma (fullwidth)',
      doc: blocksDoc([para('支出100万元，，比上年增加。')]),
      findings: [{ severity: 'warning', text: '“,”重复' }],
    },
    {
      name: 'a comma before a full stop',
      doc: blocksDoc([para('支出100万元,。')]),
      findings: [{ severity: 'warning', text: '“,”“。”连用' }],
    },
    {
      name: 'a stray closing quotation mark',
      doc: blocksDoc([para('“三公”经费和三公”经费合计5万元。')]),
      findings: [{ severity: 'warning', text: '”没有对应的“' }],
    },
    {
      name: 'a closing bracket after an amount, not after a list number',
      doc: blocksDoc([para('基本支出100万元）。')]),
      findings: [{ severity: 'warning', text: '“)”没有对应的“(”' }],
    },
    {
      name: 'a bracket never closed',
      doc: blocksDoc([para('基本支出（人员经费100万元。'), heading('二、支出预算')]),
      findings: [{ severity: 'warning', text: '“(”没有对应的“)”' }],
    },
    {
      name: 'a book title never closed',
      doc: blocksDoc([para('依据《预算法规定执行。')]),
      findings: [{ severity: 'warning', text: '“《”没有对应的“》”' }],
    },
  ],
});
