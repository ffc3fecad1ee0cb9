/**
 * The panel's per-capita section rendered with Preact into a linkedom document: figures and the region when the
 * metrics stage resolved one, the candidates and a way to the settings when the region is ambiguous, prior-year
 * values beside this year's, and the 历年对比 link.
 */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../lib/i18n/strings';
import type { PerCapitaSummary } from '../../lib/overlay/metrics-view';
import { PerCapitaSection } from './PerCapitaSection';

function dom() {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  Object.assign(globalThis, { document, window });
  return document.getElementById('root') as unknown as HTMLElement;
}

const t = translator('zh');
const base: PerCapitaSummary = {
  region: null,
  staff: null,
  figures: [],
  regionProblem: null,
  regionAmbiguous: false,
  priors: [],
};

describe('PerCapitaSection', () => {
  it('shows region, population, figures, prior-year values and the history link', () => {
    const root = dom();
    render(
      <PerCapitaSection
        t={t}
        summary={{
          ...base,
          region: { name: '山西省晋城市泽州县', code: '140525', population: '414,999', citation: '七普' },
          staff: { value: '31', label: '实有人数', citation: '机构设置' },
          figures: [{ id: 'per-resident.total', per: 'resident', label: '人均支出总计', text: '49.68 元/人' }],
          priors: [
            {
              id: 'prior-year.1',
              label: '“三公”经费（上年）',
              current: '6.00 万元',
              prior: '4.00 万元',
              change: '+2.00 万元',
              explanation: 'x',
            },
          ],
        }}
        historyHref="chrome-extension://x/reader-history.html?org=a"
        onHistory={() => undefined}
        onOptions={() => undefined}
      />,
      root,
    );
    const text = root.textContent ?? '';
    expect(text).toContain('山西省晋城市泽州县');
    expect(text).toContain('414,999');
    expect(text).toContain('49.68 元/人');
    const row = root.querySelector('[data-testid="budget-lens-prior"]');
    expect(row?.textContent).toContain('6.00 万元');
    expect(row?.textContent).toContain('4.00 万元');
    expect(row?.querySelector('th')?.textContent).toBe('“三公”经费');
    expect(root.querySelector('[data-testid="budget-lens-compare-years"]')?.getAttribute('href')).toContain('org=a');
  });

  it('an ambiguous region: says so with the candidates and offers the settings', () => {
    const root = dom();
    const onOptions = vi.fn();
    render(
      <PerCapitaSection
        t={t}
        summary={{ ...base, regionProblem: '地区不唯一（甲省甲县（1）、乙省甲县（2））', regionAmbiguous: true }}
        historyHref={null}
        onHistory={() => undefined}
        onOptions={onOptions}
      />,
      root,
    );
    const problem = root.querySelector('[data-testid="budget-lens-region-problem"]');
    expect(problem?.textContent).toContain('乙省甲县');
    const button = problem?.querySelector('button');
    expect(button?.textContent).toBe(t('perCapitaChooseRegion'));
    button?.dispatchEvent(new window.Event('click'));
    expect(onOptions).toHaveBeenCalledOnce();
    expect(root.querySelector('[data-testid="budget-lens-compare-years"]')).toBeNull();
  });
});
