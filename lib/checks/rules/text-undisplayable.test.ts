import { blocksDoc, para } from '../../narrative/testing/blocks-doc';
import { checkTester } from '../testing/check-tester';
import rule from './text-undisplayable';

checkTester(rule, {
  pass: [
    { name: '〇 and CJK punctuation', doc: blocksDoc([para('二〇二五年“三公”经费……')]) },
    { name: 'a rare character in a name', doc: blocksDoc([para('联系人：王䶮，刘𠇔。')]) },
    { name: 'symbols', doc: blocksDoc([para('①办公用房200㎡，室温20℃，─ 5 ─，α系数，×2，≥3。')]) },
  ],
  fail: [
    {
      name: 'a private-use character',
      doc: blocksDoc([para('支出\uE012100万元。')]),
      findings: [{ severity: 'warning', text: 'U+E012' }],
    },
    {
      name: 'a replacement character and a control character in one sentence',
      doc: blocksDoc([para('基本\uFFFD支出\u0001合计。')]),
      findings: [{ severity: 'warning', text: 'U+FFFD；U+0001' }],
    },
    {
      name: 'a run of CJK Extension characters (a broken font map)',
      doc: blocksDoc([para('本年支出㐀㐁㐂㐃合计。')]),
      findings: [{ severity: 'warning', text: 'U+3400 U+3401 U+3402 U+3403' }],
    },
    {
      name: 'unrelated scripts mixed',
      doc: blocksDoc([para('预算ÀЖぁ收入。')]),
      findings: [{ severity: 'warning', text: 'U+00C0 U+0416 U+3041' }],
    },
  ],
});
