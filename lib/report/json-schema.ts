/**
 * Report schema export: the JSON Schema (draft 2020-12) of the Report, generated from the zod schema with zod 4's
 * z.toJSONSchema. Used by scripts/gen-schema.ts (which writes schema/report.schema.json) and by the test that keeps
 * the committed file equal to the generated one. No I/O here.
 */
import { z } from 'zod';
import { REPORT_SCHEMA_ID, ReportSchema } from './report-schema';

export function reportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ReportSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: `https://budget-lens.invalid/schema/${REPORT_SCHEMA_ID.replace('@', '-')}.json`,
    title: `BudgetLens report (${REPORT_SCHEMA_ID})`,
    ...schema,
  };
}

/** The file text: 2-space JSON with a trailing newline. */
export function reportJsonSchemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}
