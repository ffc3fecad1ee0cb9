import { describe, expect, it } from 'vitest';
import { isMetaLine } from './table-context';

describe('isMetaLine: who/unit statements between a table title and its grid', () => {
  it.each([
    '部门名称：深圳市财政局',
    '单位：万元',
    '金额单位：元',
    '资金主管部门：重庆市水利局',
    '项目主管部门：某局',
    '部门（单位）名称：西安市人力资源和社会保障局',
    '实施单位：某中心',
    '万元',
  ])('%s', (line) => expect(isMetaLine(line)).toBe(true));
  it.each(['2026年部门收支总表', '一、收入预算情况', '主管部门负责同志'])('not %s', (line) =>
    expect(isMetaLine(line)).toBe(false),
  );
});
