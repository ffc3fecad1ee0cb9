import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from './index';

const here = dirname(fileURLToPath(import.meta.url));

describe('lib/checks index', () => {
  it('equals the rule files, sorted, each with its own id', () => {
    const files = readdirSync(join(here, 'rules'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => f.slice(0, -3))
      .sort();
    const keys = Object.keys(RULES);
    expect(keys).toEqual([...keys].sort());
    expect(keys).toEqual(files);
    for (const [id, rule] of Object.entries(RULES)) expect(rule.id).toBe(id);
  });

  it('every rule has a title, an explanation and a formula in both languages', () => {
    for (const rule of Object.values(RULES)) {
      expect(rule.title.zh && rule.title.en && rule.explain.zh && rule.explain.en && rule.formula).toBeTruthy();
    }
  });
});
