import { sections } from '../../narrative/testing/narrative-doc';
import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './narrative-stated-prior';

const doc = (text: string) => buildDoc([], { sections: sections(['一、预算编制说明', text]) });

checkTester(rule, {
  pass: [
    {
      name: 'rate from both printed amounts (上海: 预算执行数 then 预算安排)',
      doc: doc('2025年当年预算执行数为200万元，2026年预算安排220万元，比2025年预算执行数增加10%。'),
      minVerified: 1,
    },
    {
      name: '持平 with equal amounts',
      doc: doc('上年预算数为120万元，本年预算数为120万元，与上年持平。'),
      minVerified: 1,
    },
    {
      name: 'difference and rate both stated',
      doc: doc('2025年预算为200万元，2026年预算为180万元，比2025年减少20万元，下降10%。'),
      minVerified: 2,
    },
    { name: 'no prior printed: nothing to recompute here', doc: doc('2026年预算安排220万元，比上年增加10%。') },
  ],
  fail: [
    {
      name: 'the rate does not follow from the two amounts',
      doc: doc('2025年当年预算执行数为200万元，2026年预算安排220万元，比2025年预算执行数增加12%。'),
      findings: [{ severity: 'error', text: '12' }],
    },
    {
      name: 'the direction word contradicts the numbers',
      doc: doc('2025年执行数100万元，2026年预算90万元，比2025年增加10%。'),
      findings: [{ severity: 'error', text: '减少' }],
    },
    {
      name: '持平 where the amounts differ',
      doc: doc('上年预算数为120万元，本年预算数为125万元，与上年持平。'),
      findings: [{ severity: 'error', text: '本年' }],
    },
    {
      name: 'a stated difference that is not |this − last|',
      doc: doc('2025年预算为200万元，2026年预算为180万元，比2025年减少25万元。'),
      findings: [{ severity: 'error', text: '25' }],
    },
  ],
});
