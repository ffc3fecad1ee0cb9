import { describe, expect, it } from 'vitest';
import { COMPLETION_BEFORE_RE, measureIn } from './measure';

describe('measureIn', () => {
  it('reads 预算 and 决算 figures and what names their item', () => {
    expect(measureIn('“三公”经费财政拨款支出年初预算为')).toEqual({
      measure: 'budget',
      core: '三公经费财政拨款支出',
      bare: false,
    });
    expect(measureIn('支出决算为')).toMatchObject({ measure: 'actual', bare: true });
    expect(measureIn('完成预算')).toMatchObject({ measure: 'budget', bare: true });
    expect(measureIn('全年执行数')).toMatchObject({ measure: 'actual', bare: true });
  });
  it('a fund named 预算 is no measure', () => {
    expect(measureIn('政府性基金预算')).toBeNull();
    expect(measureIn('一般公共预算')).toBeNull();
    expect(measureIn('基本支出')).toBeNull();
  });
  it('knows the words before a completion rate', () => {
    for (const s of ['完成年初预算的', '完成预算的', '预算完成率为', '执行率', '为年初预算的'])
      expect(COMPLETION_BEFORE_RE.test(s)).toBe(true);
    expect(COMPLETION_BEFORE_RE.test('增长')).toBe(false);
  });
});
