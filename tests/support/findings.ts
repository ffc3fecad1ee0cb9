/** A check result for unit tests of what the overlay makes of findings: a failed row sum on the given cells. */
import type { Finding } from '../../lib/checks/finding';

export function finding(severity: Finding['severity'], cells: [number, number, number][], rule = 'row-parts'): Finding {
  return {
    rule,
    severity,
    message: { zh: `${severity} 消息`, en: `${severity} message` },
    formula: '合计 10 ≠ 3 + 6',
    stated: '10',
    computed: '9',
    difference: '1',
    tolerance: '0.01',
    unit: '万元',
    cells: cells.map(([table, row, col]) => ({ table, row, col })),
    claim: null,
  };
}
