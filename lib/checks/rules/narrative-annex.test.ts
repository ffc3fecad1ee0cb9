import { sections } from '../../narrative/testing/narrative-doc';
import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './narrative-annex';

const text = sections(['十、绩效管理情况', '2024年编报部门整体支出绩效目标。（部门（单位）整体目标表公开情况见附件）']);

checkTester(rule, {
  pass: [
    {
      name: 'the annex is there',
      doc: buildDoc([{ kind: 'budget.org-performance', unit: null, columns: ['text'], rows: [] }], { sections: text }),
    },
  ],
  fail: [
    {
      name: 'said to be attached, not in the document',
      doc: buildDoc([], { sections: text }),
      findings: [{ severity: 'warning', text: '见附件' }],
    },
  ],
});
