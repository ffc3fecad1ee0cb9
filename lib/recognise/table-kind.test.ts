import { describe, expect, it } from 'vitest';
import type { GridCell } from '../extract/types';
import { classifyTable, kindFromTitle } from './table-kind';

const cells = (rows: string[][]): GridCell[][] => rows.map((r) => r.map((text) => ({ text })));

describe('kindFromTitle: national template (Shanxi wording)', () => {
  it.each([
    ['2025年预算收支总表', 'budget.summary'],
    ['2025年预算收入总表', 'budget.income'],
    ['2025年预算支出总表', 'budget.expenditure'],
    ['2025年财政拨款收支总表', 'budget.fiscal-summary'],
    ['2025年一般公共预算支出预算表（不含上年结转）', 'budget.general-public'],
    ['2025年一般公共预算安排基本支出分经济科目表（不含上年结转）', 'budget.basic-economic'],
    ['2025年政府性基金预算收入表（不含上年结转）', 'budget.gov-fund-income'],
    ['2025年政府性基金预算支出表（不含上年结转）', 'budget.gov-fund'],
    ['2025年国有资本经营预算收支预算表（不含上年结转）', 'budget.state-capital'],
    ['2025年财政拨款安排“三公”经费支出预算表', 'budget.three-public'],
    ['2025年财政拨款安排机关运行经费预算表', 'budget.admin-operating'],
    ['2025年项目支出预算表（本年预算）', 'budget.projects'],
    ['2025年项目支出预算表（上年结转）', 'budget.projects-carryover'],
  ])('%s → %s', (title, kind) => {
    expect(kindFromTitle(title)).toBe(kind);
  });
});

describe('kindFromTitle: Shanghai 9-table set (pdftotext of the real PDFs)', () => {
  it.each([
    ['2025年部门财务收支预算总表', 'budget.summary'],
    ['2025年部门收入预算总表', 'budget.income'],
    ['2025年部门支出预算总表', 'budget.expenditure'],
    ['2025年部门财政拨款收支预算总表', 'budget.fiscal-summary'],
    ['2025年部门一般公共预算支出功能分类预算表', 'budget.general-public'],
    ['2025年部门政府性基金预算支出功能分类预算表', 'budget.gov-fund'],
    ['2025年部门国有资本经营预算支出功能分类预算表', 'budget.state-capital'],
    ['2025年部门一般公共预算基本支出部门预算经济分类预算表', 'budget.basic-economic'],
    ['2025年部门“三公”经费和机关运行经费预算表', 'budget.three-public'],
    ['部门“三公”经费和机关运行经费预算表', 'budget.three-public'],
    ['2025年预算单位财务收支预算总表', 'budget.summary'],
    ['2025年预算单位一般公共预算基本支出部门预算经济分类预算表', 'budget.basic-economic'],
    ['2025年单位“三公”经费和机关运行经费预算表', 'budget.three-public'],
  ])('%s → %s', (title, kind) => {
    expect(kindFromTitle(title)).toBe(kind);
  });
});

describe('kindFromTitle: final accounts (决算)', () => {
  it.each([
    ['收入支出决算总表', 'final.summary'],
    ['收入决算表', 'final.income'],
    ['支出决算表', 'final.expenditure'],
    ['财政拨款收入支出决算总表', 'final.fiscal-summary'],
    ['一般公共预算财政拨款支出决算表', 'final.general-public'],
    ['一般公共预算财政拨款基本支出决算表', 'final.basic-economic'],
    ['财政拨款“三公”经费支出决算表', 'final.three-public'],
    ['政府性基金预算财政拨款收入支出决算表', 'final.gov-fund'],
    ['国有资本经营预算财政拨款收入支出决算表', 'final.state-capital'],
    ['一般公共预算财政拨款项目支出决算表', 'final.projects'],
    ['2024年度机关运行经费支出决算表', 'final.admin-operating'],
  ])('%s → %s', (title, kind) => {
    expect(kindFromTitle(title)).toBe(kind);
  });
});

describe('kindFromTitle: wording variants', () => {
  it.each([
    ['表1 2026年预算收支总表', 'budget.summary'],
    ['表一2025年预算收支总表', 'budget.summary'],
    ['附表3-1 2026年部门支出预算总表', 'budget.expenditure'],
    ['附表5：2026年一般公共预算支出预算表', 'budget.general-public'],
    ['2026年财政拨款安排"三公"经费支出预算表', 'budget.three-public'],
    ['2026年财政拨款安排三公经费支出预算表', 'budget.three-public'],
    ['2026 年 一般公共预算“三公”经费支出预算表', 'budget.three-public'],
    ['２０２６年预算收入总表（单位预算）', 'budget.income'],
    ['2026年单位预算收支总表', 'budget.summary'],
    ['表十二 2026年项目支出预算表(本年预算)', 'budget.projects'],
    ['表十三 2026年项目支出预算表(上年结转)', 'budget.projects-carryover'],
    ['2026年部门整体支出绩效目标表', 'budget.org-performance'],
    ['2026年项目支出绩效目标表', 'budget.performance'],
    ['晋城市市級預算部門(單位)項目支出績效目標表', 'budget.performance'],
    ['目 录', 'toc'],
  ])('%s → %s', (title, kind) => {
    expect(kindFromTitle(title)).toBe(kind);
  });

  it('reads the regional names of the standard tables by pattern', () => {
    const cases: [string, string][] = [
      ['表一 2026年部门收支总体情况表', 'budget.summary'],
      ['2026年部门收入总体情况表', 'budget.income'],
      ['表三 2026年部门支出总体情况表', 'budget.expenditure'],
      ['2026年财政拨款收支总体情况表', 'budget.fiscal-summary'],
      ['2026年一般公共预算基本支出情况表', 'budget.basic-economic'],
      ['表4 基本支出总表', 'budget.basic-economic'],
      ['表5 项目支出总表', 'budget.projects'],
      ['部门预算项目支出及其他支出预算表', 'budget.projects'],
      ['部门综合预算专项业务经费支出表', 'budget.projects'],
      ['表8 一般公共预算支出表（按经济分类）', 'budget.general-public-economic'],
      ['一般公共预算基本支出明细表（按支出功能分类科目）', 'budget.basic-function'],
      ['公开05表 财政拨款支出表（功能科目）', 'budget.fiscal-expenditure'],
      ['公开06表 财政拨款基本支出表（经济科目）', 'budget.fiscal-basic-economic'],
      ['财政拨款安排的行政经费及“三公”经费预算表', 'budget.three-public'],
      ['2026年政府采购预算明细表', 'budget.procurement'],
      ['一般公共预算财政拨款基本支出决算表', 'final.basic-economic'],
    ];
    for (const [title, kind] of cases) expect(kindFromTitle(title), title).toBe(kind);
  });

  it('names nothing for unrelated titles', () => {
    expect(kindFromTitle('2025年度机构设置情况')).toBeNull();
    expect(kindFromTitle('')).toBeNull();
    expect(kindFromTitle('关于2025年度部门预算公开的说明')).toBeNull();
  });
});

describe('classifyTable without a title', () => {
  it('recognises the project performance form by its label cells', () => {
    const t = {
      title: null,
      rows: cells([
        ['项目名称', '', '能源管理工作业务经费'],
        ['主管部门及代码', '', '095-某局'],
      ]),
    };
    expect(classifyTable(t)).toEqual({ kind: 'budget.performance', by: 'content' });
  });

  it('recognises traditional-character forms', () => {
    const t = {
      title: null,
      rows: cells([
        ['項目名稱', '', 'X'],
        ['主管部門及代碼', '', '223-某局'],
      ]),
    };
    expect(classifyTable(t).kind).toBe('budget.performance');
  });

  it('recognises the organisation performance form', () => {
    const t = {
      title: null,
      rows: cells([
        ['部门基本信息', '部门名称', '095-某局'],
        ['', '核定的人员编制数', '34人'],
      ]),
    };
    expect(classifyTable(t)).toEqual({ kind: 'budget.org-performance', by: 'content' });
  });

  it('recognises a table of contents', () => {
    const t = {
      title: null,
      rows: cells([
        ['第一部分 概况', '1'],
        ['一、本部门职责.....', '1'],
        ['表一2025年预算收支总表', '3'],
        ['表二2025年预算收入总表', '5'],
      ]),
    };
    expect(classifyTable(t).kind).toBe('toc');
  });

  it('falls back to header vocabulary', () => {
    const t = {
      title: null,
      rows: cells([
        ['项目', '', '2025年预算数', '', ''],
        ['科目编码', '科目名称', '合计', '人员经费', '公用经费'],
      ]),
    };
    expect(classifyTable(t)).toEqual({ kind: 'budget.basic-economic', by: 'header' });
  });

  it('makes an unknown table `other`', () => {
    expect(classifyTable({ title: '通讯录', rows: cells([['姓名', '电话']]) })).toEqual({ kind: 'other', by: 'none' });
    expect(classifyTable({ title: null, rows: [] })).toEqual({ kind: 'other', by: 'none' });
  });
});
