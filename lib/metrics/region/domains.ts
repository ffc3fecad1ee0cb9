/**
 * Metrics (stage 7) data: a small, hand-kept table of government web domains → the division whose site it is, used
 * only to break a tie between divisions sharing a name (普陀区 in 上海 and in 舟山). It is a hint, never the primary
 * evidence: a department's own name wins over its host. Add an entry only for a domain whose owner is certain (the
 * official portal of a province-level government, or a district site that disclosures are actually published on).
 */

/** Domain suffix (matched on a label boundary) → 6-digit division code. */
export const DOMAIN_DIVISIONS: Readonly<Record<string, string>> = {
  // Province-level government portals.
  'beijing.gov.cn': '110000',
  'tj.gov.cn': '120000',
  'hebei.gov.cn': '130000',
  'shanxi.gov.cn': '140000',
  'nmg.gov.cn': '150000',
  'ln.gov.cn': '210000',
  'jl.gov.cn': '220000',
  'hlj.gov.cn': '230000',
  'sh.gov.cn': '310000',
  'shanghai.gov.cn': '310000',
  'jiangsu.gov.cn': '320000',
  'zj.gov.cn': '330000',
  'ah.gov.cn': '340000',
  'fujian.gov.cn': '350000',
  'jiangxi.gov.cn': '360000',
  'shandong.gov.cn': '370000',
  'henan.gov.cn': '410000',
  'hubei.gov.cn': '420000',
  'hunan.gov.cn': '430000',
  'gd.gov.cn': '440000',
  'gxzf.gov.cn': '450000',
  'hainan.gov.cn': '460000',
  'cq.gov.cn': '500000',
  'sc.gov.cn': '510000',
  'guizhou.gov.cn': '520000',
  'yn.gov.cn': '530000',
  'xizang.gov.cn': '540000',
  'shaanxi.gov.cn': '610000',
  'gansu.gov.cn': '620000',
  'qinghai.gov.cn': '630000',
  'nx.gov.cn': '640000',
  'xinjiang.gov.cn': '650000',
  // District / city sites with same-named divisions elsewhere.
  'shpt.gov.cn': '310107', // 上海市普陀区人民政府 (普陀区 also exists in 舟山)
  'zhoushan.gov.cn': '330900', // 舟山市人民政府
};

/** The host of a URL or a bare host name, lower-case; null when it has none (file paths, empty). */
export function hostOf(hostOrUrl: string): string | null {
  const s = hostOrUrl.trim().toLowerCase();
  if (s === '') return null;
  if (/^[a-z][a-z0-9+.-]*:/u.test(s)) {
    try {
      const h = new URL(s).hostname;
      return h === '' ? null : h;
    } catch {
      return null;
    }
  }
  const h = s.split(/[/?#:]/u)[0] ?? '';
  return /^[a-z0-9.-]+\.[a-z]{2,}$/u.test(h) ? h : null;
}

/** The division code a host belongs to by the table (longest matching suffix), with the suffix that matched. */
export function divisionForHost(hostOrUrl: string): { code: string; domain: string } | null {
  const host = hostOf(hostOrUrl);
  if (!host) return null;
  let best: { code: string; domain: string } | null = null;
  for (const [domain, code] of Object.entries(DOMAIN_DIVISIONS)) {
    if (host === domain || host.endsWith(`.${domain}`)) {
      if (!best || domain.length > best.domain.length) best = { code, domain };
    }
  }
  return best;
}
