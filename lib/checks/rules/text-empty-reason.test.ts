import { blocksDoc, heading, para } from '../../narrative/testing/blocks-doc';
import { checkTester } from '../testing/check-tester';
import rule from './text-empty-reason';

const intro = '2025年支出预算100万元，比上年增加5万元，';

checkTester(rule, {
  pass: [
    { name: 'a reason given', doc: blocksDoc([para(`${intro}主要原因是人员增加。`)]) },
    { name: 'the reason after a comma', doc: blocksDoc([para(`${intro}主要原因是，2025年年中追加预算。`)]) },
    {
      name: 'the reason in the next paragraph, after a colon',
      doc: blocksDoc([para(`${intro}主要原因:`), para('基本支出中人员进出及退休变化。')]),
    },
    {
      name: 'the reason continued on the next page',
      doc: blocksDoc([para(`${intro}主要原因是`, 3), para('人员增加。', 4), heading('三、政府采购情况', 4)]),
    },
    {
      name: 'reasons listed under their own headings',
      doc: blocksDoc([para(`${intro}主要原因如下:`), heading('(一)人员经费增加'), para('新进人员3人。')]),
    },
    {
      name: 'reasons listed under headings without a colon',
      doc: blocksDoc([para(`${intro}主要原因是`), heading('一、人员经费增加'), para('新进人员3人。')]),
    },
    { name: 'a reason as a noun, not introducing one', doc: blocksDoc([para('请各单位说明变动原因。')]) },
  ],
  fail: [
    {
      name: 'a full stop right after 原因是',
      doc: blocksDoc([para(`${intro}主要原因是。`)]),
      findings: [{ severity: 'warning', text: '原因后直接是句末标点' }],
    },
    {
      name: 'a semicolon right after 原因为',
      doc: blocksDoc([para(`${intro}原因为；公用经费减少2万元。`)]),
      findings: [{ severity: 'warning', text: '原因为;' }],
    },
    {
      name: 'a colon and a full stop',
      doc: blocksDoc([para(`${intro}主要原因：。`)]),
      findings: [{ severity: 'warning', text: '主要原因:。' }],
    },
    {
      name: 'the paragraph ends on 原因是, the next heading follows',
      doc: blocksDoc([para(`${intro}主要原因是`), heading('三、政府采购情况')]),
      findings: [{ severity: 'warning', text: '段落在此结束' }],
    },
  ],
});
