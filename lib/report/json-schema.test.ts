import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../tests/support/shared';
import { GENERATOR } from './build-report';
import { reportJsonSchemaText } from './json-schema';

describe('report JSON Schema', () => {
  it('the committed schema/report.schema.json equals the generated one (run `npx tsx scripts/gen-schema.ts`)', () => {
    const committed = readFileSync(join(PROJECT_ROOT, 'schema', 'report.schema.json'), 'utf8');
    expect(committed).toBe(reportJsonSchemaText());
  });

  it('names the schema id and requires the top-level fields', () => {
    const schema = JSON.parse(reportJsonSchemaText()) as { properties: Record<string, unknown>; required: string[] };
    expect(schema.properties.schema).toEqual({ type: 'string', const: 'budget-lens/report@2' });
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'schema',
        'generator',
        'source',
        'document',
        'tables',
        'findings',
        'metrics',
        'warnings',
      ]),
    );
  });

  it('reports the package version as the generator version', () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
    };
    expect(GENERATOR).toEqual({ name: pkg.name, version: pkg.version });
  });
});
