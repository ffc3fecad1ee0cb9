import { describe, expect, it } from 'vitest';
import { ancestorsOf, divisionByCode, divisionsNamed, fullNameOf } from './divisions';
import { divisionForHost, hostOf } from './domains';
import { resolveRegion } from './resolve-region';

describe('census divisions', () => {
  it('holds the 2020 census figures by code, with the parent chain from the code', () => {
    expect(divisionByCode('140525')).toEqual({ code: '140525', name: '泽州县', level: 'county', population: 414999 });
    expect(divisionByCode('140500')?.population).toBe(2194545);
    expect(divisionByCode('310107')?.population).toBe(1239800);
    expect(divisionByCode('310000')?.population).toBe(24870895);
    const zezhou = divisionByCode('140525');
    expect(zezhou && ancestorsOf(zezhou).map((d) => d.code)).toEqual(['140500', '140000']);
    // Municipality districts hang directly from the municipality (the 市辖区 placeholder row is not kept).
    const putuo = divisionByCode('310107');
    expect(putuo && fullNameOf(putuo)).toBe('上海市普陀区');
    expect(divisionsNamed('市辖区')).toEqual([]);
    expect(
      divisionsNamed('普陀区')
        .map((d) => d.code)
        .sort(),
    ).toEqual(['310107', '330903']);
  });
});

describe('domains', () => {
  it('reads hosts from URLs and bare names, longest suffix first', () => {
    expect(hostOf('https://www.shpt.gov.cn/a/b.pdf')).toBe('www.shpt.gov.cn');
    expect(hostOf('czj.sh.gov.cn')).toBe('czj.sh.gov.cn');
    expect(hostOf('/tmp/doc.pdf')).toBeNull();
    expect(divisionForHost('https://www.shpt.gov.cn/x')).toEqual({ code: '310107', domain: 'shpt.gov.cn' });
    expect(divisionForHost('czj.sh.gov.cn')).toEqual({ code: '310000', domain: 'sh.gov.cn' });
    // A label boundary is required: notsh.gov.cn is not sh.gov.cn.
    expect(divisionForHost('notsh.gov.cn')).toBeNull();
  });
});

describe('resolveRegion', () => {
  it('a county department → its county', () => {
    const r = resolveRegion('泽州县能源局');
    expect(r.status).toBe('resolved');
    expect(r.region).toMatchObject({ code: '140525', name: '泽州县', population: 414999, subdivision: null });
  });

  it('a 市 department → the whole 市', () => {
    const r = resolveRegion('晋城市能源局');
    expect(r.region).toMatchObject({ code: '140500', level: 'city', population: 2194545 });
  });

  it('a municipal department → the municipality', () => {
    expect(resolveRegion('上海市财政局').region).toMatchObject({ code: '310000', level: 'province' });
    expect(resolveRegion('山西省能源局').region?.code).toBe('140000');
  });

  it('a same-named district is decided by the fuller name', () => {
    const r = resolveRegion('上海市普陀区人民政府办公室');
    expect(r.status).toBe('resolved');
    expect(r.by).toBe('name+parent');
    expect(r.region?.code).toBe('310107');
    // The other 普陀区 stays listed as a candidate for the UI.
    expect(r.candidates.map((c) => c.code)).toEqual(['310107', '330903']);
  });

  it('…or by the site domain, else the candidates are returned', () => {
    const none = resolveRegion('普陀区财政局');
    expect(none.status).toBe('ambiguous');
    expect(none.region).toBeNull();
    expect(none.candidates.map((c) => c.fullName).sort()).toEqual(['上海市普陀区', '浙江省舟山市普陀区']);
    const byDistrictSite = resolveRegion('普陀区财政局', { host: 'https://www.shpt.gov.cn/czj/2025.pdf' });
    expect(byDistrictSite).toMatchObject({ status: 'resolved', by: 'name+domain' });
    expect(byDistrictSite.region?.code).toBe('310107');
    const byCitySite = resolveRegion('普陀区财政局', { host: 'czj.sh.gov.cn' });
    expect(byCitySite.region?.code).toBe('310107');
    const zhoushan = resolveRegion('普陀区财政局', { host: 'www.zhoushan.gov.cn' });
    expect(zhoushan.region?.code).toBe('330903');
  });

  it('a 街道 resolves to its district and says the figure is per district resident', () => {
    const r = resolveRegion('上海市普陀区人民政府万里街道办事处');
    expect(r.region).toMatchObject({ code: '310107', subdivision: { name: '万里街道', kind: 'street' } });
    expect(r.evidence.join(' ')).toContain('per 普陀区 resident');
    expect(resolveRegion('泽州县金村镇人民政府').region?.subdivision).toEqual({ name: '金村镇', kind: 'town' });
    // 城乡 is not a township.
    expect(resolveRegion('泽州县城乡建设局').region?.subdivision).toBeNull();
  });

  it('two-character names count only at the start or right after their parent', () => {
    expect(resolveRegion('晋城市城区能源局').region?.code).toBe('140502');
    // 和县 (Anhui) inside ordinary words is not a mention.
    expect(resolveRegion('县委和县政府办公室').status).toBe('unknown');
  });

  it('no division named: the host alone, else unknown', () => {
    expect(resolveRegion('财政局', { host: 'www.shanxi.gov.cn' })).toMatchObject({ status: 'resolved', by: 'domain' });
    const u = resolveRegion('平潭综合实验区红十字会');
    expect(u).toMatchObject({ status: 'unknown', region: null, candidates: [] });
    expect(resolveRegion('').status).toBe('unknown');
  });

  it('an override picks the division or replaces the population', () => {
    const picked = resolveRegion('普陀区财政局', { override: { code: '330903' } });
    expect(picked).toMatchObject({ status: 'resolved', by: 'override' });
    expect(picked.region?.fullName).toBe('浙江省舟山市普陀区');
    const pop = resolveRegion('泽州县能源局', { override: { population: 420000 } });
    expect(pop.region).toMatchObject({ code: '140525', population: 420000, populationFrom: 'override' });
    const bad = resolveRegion('泽州县能源局', { override: { code: '999999', population: -3 } });
    expect(bad.region).toMatchObject({ code: '140525', population: 414999, populationFrom: 'census2020' });
    expect(bad.evidence.join(' ')).toContain('ignored');
  });
});
