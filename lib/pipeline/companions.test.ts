import { describe, expect, it } from 'vitest';
import { areCompanions, isNarrativeOnly, type Profile, pairCompanions } from './companions';

const text = (org: string | null, year: number | null): Profile => ({
  organisation: org,
  year,
  statements: 0,
  text: 9000,
});
const tables = (org: string | null, year: number | null): Profile => ({
  organisation: org,
  year,
  statements: 12,
  text: 40,
});

describe('companion files (a disclosure printed as its text and its tables)', () => {
  it('pairs the text and the tables of one organisation and year, whichever comes first', () => {
    expect(areCompanions(text('江苏省人大常委会办公厅', 2019), tables('江苏省人大常委会办公厅', 2019))).toBe(true);
    expect(areCompanions(tables(null, 2019), text('江苏省人大常委会办公厅', 2019))).toBe(true);
  });
  it('never pairs two years, two organisations, or two full documents', () => {
    expect(areCompanions(text('甲局', 2019), tables('甲局', 2020))).toBe(false);
    expect(areCompanions(text('甲局', 2019), tables('乙局', 2019))).toBe(false);
    expect(areCompanions(tables('甲局', 2019), tables('甲局', 2019))).toBe(false);
    expect(areCompanions(text(null, 2019), tables(null, 2019))).toBe(false);
  });
  it('groups inputs in order; a file without its other half stands alone', () => {
    expect(pairCompanions([tables('甲局', 2025), text('乙局', 2025), text('甲局', 2025)])).toEqual([[0, 2], [1]]);
  });
  it('a short text is no disclosure text', () => {
    expect(isNarrativeOnly({ organisation: '甲局', year: 2025, statements: 0, text: 120 })).toBe(false);
  });
});
