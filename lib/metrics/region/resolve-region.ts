/**
 * Metrics (stage 7): which census division a department's budget serves, read from its organisation name (the
 * division names it contains and their nesting), with the site's domain as a tie-breaker and a user override on
 * top. When the evidence does not single out one division it returns the candidates so the UI can ask; it never
 * guesses between same-named divisions. Pure: no I/O, no DOM; the host is passed in by the caller.
 */
import { normalizeChars } from '../../extract/normalize';
import {
  allDivisionNames,
  ancestorsOf,
  type Division,
  type DivisionLevel,
  divisionByCode,
  divisionsNamed,
  fullNameOf,
} from './divisions';
import { divisionForHost } from './domains';

export type SubdivisionKind = 'street' | 'town' | 'township';

export interface Region {
  code: string;
  name: string;
  /** Name with its ancestors, e.g. 上海市普陀区. */
  fullName: string;
  level: DivisionLevel;
  /** Resident population, persons (2020 census unless `populationFrom` is `override`). */
  population: number;
  populationFrom: 'census2020' | 'override';
  /** A 街道/镇/乡 the department belongs to, below the census division: the figure is then per district resident. */
  subdivision: { name: string; kind: SubdivisionKind } | null;
}

export interface RegionResolution {
  status: 'resolved' | 'ambiguous' | 'unknown';
  region: Region | null;
  /** What decided it. */
  by: 'name' | 'name+parent' | 'name+domain' | 'domain' | 'override' | null;
  /** Every division the name could mean (the resolved one first); for the UI to offer when ambiguous. */
  candidates: Region[];
  /** Human-readable steps, e.g. `上海市 (310000) is named before 普陀区`. */
  evidence: string[];
}

export interface ResolveRegionOptions {
  /** The page's host or full URL (tie-breaker via the domain table). */
  host?: string;
  /** The user's choice: a division code and/or a population to use instead of the census figure. */
  override?: { code?: string; population?: number };
}

interface Mention {
  name: string;
  start: number;
  end: number;
  divisions: readonly Division[];
}

function findMentions(text: string): Mention[] {
  const raw: Mention[] = [];
  for (const name of allDivisionNames()) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(name, from);
      if (at < 0) break;
      raw.push({ name, start: at, end: at + name.length, divisions: divisionsNamed(name) });
      from = at + 1;
    }
  }
  // A name inside a longer mentioned name is not a mention of its own (e.g. a suffix of another division's name).
  const kept = raw.filter(
    (m) => !raw.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
  // Two-character names (城区, 郊区, 和县 …) occur inside ordinary words: accept one only at the start of the name or
  // right after a mention of one of its ancestors (晋城市城区).
  return kept
    .map((m) => {
      if (m.name.length > 2 || m.start === 0) return m;
      const divisions = m.divisions.filter((d) => {
        const anc = new Set(ancestorsOf(d).map((a) => a.code));
        return kept.some((o) => o.end === m.start && o.divisions.some((od) => anc.has(od.code)));
      });
      return { ...m, divisions };
    })
    .filter((m) => m.divisions.length > 0)
    .sort((a, b) => a.start - b.start);
}

const SUBDIVISION_RE = /^(?:人民政府|政府)?([\p{Script=Han}\d]{1,10}?(街道|镇|乡))(?=办事处|人民政府|政府|党工委|$)/u;

function subdivisionAfter(text: string, end: number): Region['subdivision'] {
  const m = SUBDIVISION_RE.exec(text.slice(end));
  if (!m?.[1] || !m[2]) return null;
  const kind: SubdivisionKind = m[2] === '街道' ? 'street' : m[2] === '镇' ? 'town' : 'township';
  return { name: m[1], kind };
}

function toRegion(d: Division, subdivision: Region['subdivision'] = null): Region {
  return {
    code: d.code,
    name: d.name,
    fullName: fullNameOf(d),
    level: d.level,
    population: d.population,
    populationFrom: 'census2020',
    subdivision,
  };
}

function applyOverride(res: RegionResolution, override: ResolveRegionOptions['override']): RegionResolution {
  if (!override) return res;
  let region = res.region;
  const evidence = [...res.evidence];
  let by = res.by;
  if (override.code !== undefined) {
    const d = divisionByCode(override.code);
    if (d) {
      region = toRegion(d, region?.code === d.code ? region.subdivision : null);
      evidence.push(`override: division ${d.code} ${d.name}`);
      by = 'override';
    } else {
      evidence.push(`override: unknown division code ${override.code} ignored`);
    }
  }
  if (override.population !== undefined && region) {
    if (Number.isInteger(override.population) && override.population > 0) {
      region = { ...region, population: override.population, populationFrom: 'override' };
      evidence.push(`override: population ${override.population}`);
      by = 'override';
    } else {
      evidence.push(`override: population ${override.population} is not a positive integer, ignored`);
    }
  }
  if (region === res.region) return { ...res, evidence };
  return { ...res, status: 'resolved', region, by, evidence };
}

/**
 * The census division a department belongs to. 泽州县能源局 → 140525 泽州县; 晋城市能源局 → 140500 (a 市
 * department serves the whole 市); 上海市普陀区人民政府万里街道办事处 → 310107 普陀区 with subdivision 万里街道;
 * 普陀区财政局 alone → ambiguous (310107 / 330903) unless the host says which.
 */
export function resolveRegion(organisation: string, opts: ResolveRegionOptions = {}): RegionResolution {
  const text = normalizeChars(organisation).replace(/\s+/gu, '');
  const mentions = findMentions(text);
  const hostHint = opts.host ? divisionForHost(opts.host) : null;
  const evidence: string[] = [];

  if (mentions.length === 0) {
    const d = hostHint ? divisionByCode(hostHint.code) : null;
    if (d) {
      evidence.push(`no division named in “${text}”; host ${hostHint?.domain} → ${d.code} ${d.name}`);
      return applyOverride(
        { status: 'resolved', region: toRegion(d), by: 'domain', candidates: [toRegion(d)], evidence },
        opts.override,
      );
    }
    evidence.push(`no census division named in “${text}”`);
    return applyOverride({ status: 'unknown', region: null, by: null, candidates: [], evidence }, opts.override);
  }

  const mentioned = new Map<string, Mention>();
  for (const m of mentions) for (const d of m.divisions) if (!mentioned.has(d.code)) mentioned.set(d.code, m);

  // The deepest named divisions: drop any division that is an ancestor of another named one.
  const all = [...mentioned.keys()].map((c) => divisionByCode(c)).filter((d): d is Division => d !== null);
  const deepest = all.filter((d) => !all.some((o) => isAncestor(d, o)));

  const hostChain = hostHint ? divisionByCode(hostHint.code) : null;
  const scored = deepest.map((d) => {
    const m = mentioned.get(d.code);
    const named = ancestorsOf(d).filter((a) => {
      const am = mentioned.get(a.code);
      return am !== undefined && m !== undefined && am.start < m.start;
    });
    const byHost =
      hostChain !== null && (hostChain.code === d.code || isAncestor(hostChain, d) || isAncestor(d, hostChain));
    return { d, m, named, byHost, score: named.length * 2 + (byHost ? 1 : 0) };
  });
  const best = Math.max(...scored.map((s) => s.score));
  let top = scored.filter((s) => s.score === best);
  // Different names at the same score: the first one named is the department's own (a 驻京办 names its host city later).
  if (top.length > 1 && new Set(top.map((s) => s.d.name)).size === top.length) {
    top = [...top].sort((a, b) => (a.m?.start ?? 0) - (b.m?.start ?? 0)).slice(0, 1);
  }
  const candidates = [...scored]
    .sort((a, b) => b.score - a.score || (a.m?.start ?? 0) - (b.m?.start ?? 0))
    .map((s) => toRegion(s.d, s.m ? subdivisionAfter(text, s.m.end) : null));

  const only = top.length === 1 ? top[0] : undefined;
  if (!only) {
    evidence.push(
      `“${top[0]?.d.name ?? ''}” names ${top.length} divisions (${top.map((s) => `${s.d.code} ${fullNameOf(s.d)}`).join(', ')}); nothing in the name${opts.host ? ' or host' : ''} says which`,
    );
    return applyOverride({ status: 'ambiguous', region: null, by: null, candidates, evidence }, opts.override);
  }
  const sub = only.m ? subdivisionAfter(text, only.m.end) : null;
  evidence.push(`“${only.d.name}” in the organisation name → ${only.d.code} ${fullNameOf(only.d)}`);
  for (const a of only.named) evidence.push(`${a.name} (${a.code}) is named before it`);
  if (only.byHost && hostHint) evidence.push(`host matches ${hostHint.domain} → ${hostHint.code}`);
  if (sub) evidence.push(`${sub.name} is below the census divisions: figures are per ${only.d.name} resident`);
  const by = only.named.length > 0 ? 'name+parent' : only.byHost && scored.length > 1 ? 'name+domain' : 'name';
  const region = toRegion(only.d, sub);
  return applyOverride(
    {
      status: 'resolved',
      region,
      by,
      candidates: [region, ...candidates.filter((c) => c.code !== region.code)],
      evidence,
    },
    opts.override,
  );
}

/** Whether `a` is an ancestor of `d` (by code). */
function isAncestor(a: Division, d: Division): boolean {
  return ancestorsOf(d).some((x) => x.code === a.code);
}
