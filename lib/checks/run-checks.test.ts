import { describe, expect, it } from 'vitest';
import { defineCheck } from './define-check';
import { runChecks } from './run-checks';
import { buildDoc } from './testing/build-doc';

const doc = buildDoc([{ kind: 'budget.expenditure', columns: ['name', 'total'], rows: [['合计', '1.00']] }]);

describe('runChecks', () => {
  it('a rule that throws becomes one internal-error info finding; the others still run', () => {
    const boom = defineCheck({
      id: 'boom',
      scope: 'table',
      title: { zh: '炸', en: 'boom' },
      explain: { zh: '炸', en: 'boom' },
      formula: '-',
      run() {
        throw new Error('kaput');
      },
    });
    const ok = defineCheck({
      id: 'ok',
      scope: 'table',
      title: { zh: '好', en: 'ok' },
      explain: { zh: '好', en: 'ok' },
      formula: '-',
      run(_d, ctx) {
        ctx.pass({ cells: [{ table: 0, row: 1, col: 1 }] });
        ctx.report({ severity: 'warning', message: { zh: '警', en: 'warn' }, cells: [] });
      },
    });
    const r = runChecks(doc, { rules: [boom, ok] });
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['ok', 'warning'],
      ['boom', 'info'],
    ]);
    expect(r.findings[1]?.message.en).toContain('kaput');
    expect(r.verified).toEqual([{ rule: 'ok', cells: [{ table: 0, row: 1, col: 1 }], claim: null }]);
    expect(r.summary).toEqual({
      total: 3,
      passed: 1,
      bySeverity: { error: 0, warning: 1, unverified: 0, rounding: 0, info: 1 },
    });
  });
  it('is deterministic and runs the whole index without throwing', () => {
    const a = runChecks(doc);
    const b = runChecks(doc);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.findings.filter((f) => f.formula === 'internal-error')).toEqual([]);
  });
  it('rejects ids that are not kebab-case', () => {
    expect(() =>
      defineCheck({
        id: 'Bad_Id',
        scope: 'table',
        title: { zh: '', en: '' },
        explain: { zh: '', en: '' },
        formula: '',
        run() {},
      }),
    ).toThrow();
  });
});
