/**
 * Writes schema/report.schema.json from the zod Report schema (lib/report/json-schema.ts). Run after changing the
 * report shape: `npx tsx scripts/gen-schema.ts`; lib/report/json-schema.test.ts fails until the file is regenerated.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportJsonSchemaText } from '../lib/report/json-schema';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'report.schema.json');
await mkdir(dirname(out), { recursive: true });
await writeFile(out, reportJsonSchemaText());
process.stderr.write(`wrote ${out}\n`);
