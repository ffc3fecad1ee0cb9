import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, sharedPath } from '../../../tests/support/shared';
import { divisionByCode } from './divisions';
import { POPULATION_2020, POPULATION_SOURCE } from './population.generated';

describe('population.generated.ts', () => {
  it('names its source and licence', () => {
    expect(POPULATION_SOURCE.zh).toContain('第七次全国人口普查');
    expect(POPULATION_SOURCE.licence).toContain('MIT');
    expect(POPULATION_2020.split('\n').length).toBeGreaterThan(3000);
  });
});

describe.skipIf(!HAS_SHARED)('population.generated.ts against the census CSV', () => {
  it('holds every division of the CSV with the same population (re-run scripts/gen-population.ts if not)', () => {
    const lines = readFileSync(sharedPath('data/population/census2020_divisions.csv'), 'utf8').trim().split(/\r?\n/u);
    let checked = 0;
    for (const line of lines.slice(1)) {
      const [code = '', , , county = '', pop = ''] = line.split(',');
      if (county === '市辖区' || county === '县') continue;
      expect(divisionByCode(code), code).toMatchObject({ name: county, population: Number(pop) });
      checked++;
    }
    expect(checked).toBe(POPULATION_2020.split('\n').length);
  });
});
