import { describe, expect, it } from 'vitest';
import { failedAnalysis } from './analyse';
import { panelState } from './panel-state';

describe('panelState', () => {
  it('says analysing, with nothing counted, before an analysis exists', () => {
    const s = panelState(null, null, 'zh');
    expect(s.status).toBe('analysing');
    expect(s.counts).toEqual({ error: 0, warning: 0, unverified: 0, rounding: 0, info: 0 });
    expect(s.findings).toEqual([]);
    expect(s.tables).toEqual([]);
  });

  it('says error, with the reason, when the pipeline failed', () => {
    const s = panelState(failedAnalysis(new Error('boom')), null, 'en');
    expect(s.status).toBe('error');
    expect(s.error).toContain('boom');
    expect(s.doc).toBeNull();
  });
});
