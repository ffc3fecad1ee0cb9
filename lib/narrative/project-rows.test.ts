import { describe, expect, it } from 'vitest';
import { buildDoc } from '../checks/testing/build-doc';
import { projectRowsOf } from './project-rows';

describe('projectRowsOf', () => {
  it('drops department and unit rows that sum the projects below them, keeps projects', () => {
    const doc = buildDoc([
      {
        kind: 'budget.projects',
        columns: ['name', 'total'],
        rows: [
          ['泽州县能源局', '1633.75'],
          ['泽州县能源局', '1633.75'],
          ['清洁能源专项资金', '33.75'],
          ['冬季清洁煤球供应', '800.00'],
          ['冬季清洁煤球供应', '700.00'],
          ['能源管理工作业务经费', '100.00'],
        ],
      },
    ]);
    expect(projectRowsOf(doc).current.map((r) => r.row.name)).toEqual([
      '清洁能源专项资金',
      '冬季清洁煤球供应',
      '冬季清洁煤球供应',
      '能源管理工作业务经费',
    ]);
  });
  it('handles a multi-unit department (部门 → 单位 → 项目) and a unit named with brackets', () => {
    const doc = buildDoc([
      {
        kind: 'budget.projects',
        columns: ['name', 'total'],
        rows: [
          ['某局', '60.00'],
          ['某局(本级)', '50.00'],
          ['甲项目', '20.00'],
          ['乙项目', '30.00'],
          ['某某服务中心', '10.00'],
          ['丙项目', '10.00'],
        ],
      },
    ]);
    expect(projectRowsOf(doc).current.map((r) => r.row.name)).toEqual(['甲项目', '乙项目', '丙项目']);
  });
});
