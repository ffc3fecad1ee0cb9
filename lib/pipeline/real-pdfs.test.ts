/**
 * Real Shanghai PDFs (../shared/real) through the one pipeline (pdf.js → extractPdf → recognise → report): the
 * 9-table budget set and the final-accounts set get their kinds, units (元 tables, 万元 三公) and metadata.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { HAS_SHARED, sharedPath } from '../../tests/support/shared';
import { type Report, ReportSchema } from '../report/report-schema';
import { analyzePdfBytes } from './node';

async function analyse(name: string): Promise<Report> {
  const path = sharedPath('real', name);
  return analyzePdfBytes(new Uint8Array(readFileSync(path)), path);
}

describe.skipIf(!HAS_SHARED)('real Shanghai PDFs', () => {
  describe('普陀区政府办公室 2025 部门预算', () => {
    let r: Report;
    beforeAll(async () => {
      r = await analyse('SH_putuo_2025_dept-budget_qufuban.pdf');
    }, 180_000);

    it('recognises the 9 tables with their units', () => {
      expect(ReportSchema.safeParse(r).success).toBe(true);
      expect(r.tables.map((t) => [t.kind, t.unit])).toEqual([
        ['budget.summary', '元'],
        ['budget.income', '元'],
        ['budget.expenditure', '元'],
        ['budget.fiscal-summary', '元'],
        ['budget.general-public', '元'],
        ['budget.gov-fund', '元'],
        ['budget.state-capital', '元'],
        ['budget.basic-economic', '元'],
        ['budget.three-public', '万元'],
      ]);
      expect(r.document).toMatchObject({
        organisation: '上海市普陀区人民政府办公室',
        year: 2025,
        kind: 'budget',
        scope: 'department',
        unit: '元',
        narrativeUnit: '万元',
      });
    });

    it('reads split codes and amounts in 元', () => {
      const gp = r.tables.find((t) => t.kind === 'budget.general-public');
      expect(gp?.columns.map((c) => c.role)).toEqual([
        'code.class',
        'code.section',
        'code.item',
        'name',
        'total',
        'basic',
        'project',
      ]);
      expect(gp?.rows.find((x) => x.code === '2010301')).toMatchObject({
        level: 'item',
        name: '行政运行',
        amounts: { total: '12029501.84', basic: '11919501.84', project: '110000.00' },
      });
      const three = r.tables.find((t) => t.kind === 'budget.three-public');
      expect(three?.rows[0]?.amounts).toMatchObject({
        'three-public': '867.50',
        outbound: '839.00',
        'admin-operating': '213.28',
      });
      expect(r.tables.find((t) => t.kind === 'budget.gov-fund')).toMatchObject({ empty: true, emptyNote: true });
    });
  });

  describe('普陀区财政局 2024 部门决算', () => {
    let r: Report;
    beforeAll(async () => {
      r = await analyse('SH_putuo_2024_dept-final-accounts_caizhengju.pdf');
    }, 180_000);

    it('recognises the final-accounts tables', () => {
      expect(ReportSchema.safeParse(r).success).toBe(true);
      const kinds = r.tables.map((t) => t.kind).filter((k) => k !== 'other');
      expect(kinds).toEqual([
        'final.summary',
        'final.income',
        'final.expenditure',
        'final.fiscal-summary',
        'final.general-public',
        'final.basic-economic',
        'final.three-public',
        'final.gov-fund',
        'final.state-capital',
      ]);
      expect(r.document).toMatchObject({ organisation: '上海市普陀区财政局', year: 2024, kind: 'final', unit: '万元' });
    });

    it('pairs 预算数/决算数 columns of the 三公 table by item', () => {
      const three = r.tables.find((t) => t.kind === 'final.three-public');
      expect(three?.columns.map((c) => c.key)).toEqual([
        'three-public.budget',
        'three-public.actual',
        'outbound.budget',
        'outbound.actual',
        'vehicle.budget',
        'vehicle.actual',
        'vehicle-purchase.budget',
        'vehicle-purchase.actual',
        'vehicle-operation.budget',
        'vehicle-operation.actual',
        'reception.budget',
        'reception.actual',
      ]);
    });
  });
});
