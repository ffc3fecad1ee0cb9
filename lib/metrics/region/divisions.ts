/**
 * Metrics (stage 7) data access: the 2020 census divisions (code, name, population) parsed once from the generated
 * table, with the parent chain implied by the GB/T 2260 code (province `xx0000`, city `xxxx00`). Lookup only: it does
 * not decide which division a department belongs to (resolve-region.ts does) and never alters a figure.
 */
import { POPULATION_2020 } from './population.generated';

export type DivisionLevel = 'province' | 'city' | 'county';

export interface Division {
  /** 6-digit division code (GB/T 2260, as used by the 2020 census). */
  code: string;
  name: string;
  level: DivisionLevel;
  /** 2020 census resident population (常住人口), persons. */
  population: number;
}

let byCode: Map<string, Division> | null = null;
let byName: Map<string, Division[]> | null = null;

function levelOf(code: string): DivisionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

function load(): { byCode: Map<string, Division>; byName: Map<string, Division[]> } {
  if (byCode && byName) return { byCode, byName };
  const codes = new Map<string, Division>();
  const names = new Map<string, Division[]>();
  for (const line of POPULATION_2020.split('\n')) {
    const [code, name, pop] = line.split(' ');
    if (!code || !name || !pop) continue;
    const d: Division = { code, name, level: levelOf(code), population: Number(pop) };
    codes.set(code, d);
    const list = names.get(name);
    if (list) list.push(d);
    else names.set(name, [d]);
  }
  byCode = codes;
  byName = names;
  return { byCode: codes, byName: names };
}

export function divisionByCode(code: string): Division | null {
  return load().byCode.get(code) ?? null;
}

export function divisionsNamed(name: string): readonly Division[] {
  return load().byName.get(name) ?? [];
}

export function allDivisionNames(): IterableIterator<string> {
  return load().byName.keys();
}

/** The province and (when one exists in the table) the city a division belongs to; the division itself excluded. */
export function ancestorsOf(d: Division): Division[] {
  const out: Division[] = [];
  if (d.level === 'county') {
    const city = divisionByCode(`${d.code.slice(0, 4)}00`);
    if (city) out.push(city);
  }
  if (d.level !== 'province') {
    const prov = divisionByCode(`${d.code.slice(0, 2)}0000`);
    if (prov) out.push(prov);
  }
  return out;
}

/** `上海市普陀区`, `山西省晋城市泽州县`: the division's name prefixed by its ancestors' (municipality city rows are absent). */
export function fullNameOf(d: Division): string {
  return (
    [...ancestorsOf(d)]
      .reverse()
      .map((a) => a.name)
      .join('') + d.name
  );
}
