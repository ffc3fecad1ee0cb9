import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './narrative-staff';

const counts = (departments: number, units: number, authorised = 34, actual = 31) => ({
  departments,
  units,
  authorised,
  actual,
});

checkTester(rule, {
  pass: [
    {
      name: 'form and 机构设置 agree',
      doc: buildDoc([], { staff: { table: counts(6, 1), narrative: counts(6, 1) } }),
      minVerified: 4,
    },
    {
      name: 'nothing to compare without the form',
      doc: buildDoc([], { staff: { table: null, narrative: counts(6, 1) } }),
    },
  ],
  fail: [
    {
      name: '内设 / 所属 swapped (zezhou-energy-2025)',
      doc: buildDoc([], { staff: { table: counts(1, 6), narrative: counts(6, 1) } }),
      findings: [{ severity: 'error', text: '填反' }],
    },
    {
      name: 'a different 实有人数 is a warning',
      doc: buildDoc([], { staff: { table: counts(6, 1, 34, 31), narrative: counts(6, 1, 34, 29) } }),
      findings: [{ severity: 'warning', text: '实有人数' }],
    },
  ],
});
