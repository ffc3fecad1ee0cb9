import { blocksDoc, para } from '../../narrative/testing/blocks-doc';
import { checkTester } from '../testing/check-tester';
import rule from './blank-page';

checkTester(rule, {
  pass: [{ name: 'no blank page', doc: blocksDoc([para('目录', 2)]) }],
  fail: [
    {
      name: 'a blank page after the 目录',
      doc: blocksDoc([para('目录', 2)], { blankPages: [{ kind: 'pdf', page: 3, bbox: [0, 0, 595, 842] }] }),
      findings: [{ severity: 'warning', text: '第 3 页是空白页' }],
    },
  ],
});
