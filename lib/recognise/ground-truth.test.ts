/**
 * Recognition on the fixtures' ground-truth tables (tables.json, no extractor involved): the performance forms there
 * carry no title, so they must be recognised by content, and the 目录 by its entries.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURE_IDS, HAS_SHARED, sharedPath } from '../../tests/support/shared';
import { recogniseDocument } from './recognise-document';
import { documentFrom, groundTruthTables } from './testing/ground-truth';

describe.skipIf(!HAS_SHARED)('recognition on ground-truth tables', () => {
  it.each(FIXTURE_IDS)('%s: every table gets a kind, untitled forms by content', (id) => {
    const doc = recogniseDocument(documentFrom(groundTruthTables(sharedPath('fixtures', id, 'tables.json'))));
    const kinds = doc.tables.map((t) => t.kind);
    expect(kinds[0]).toBe('toc');
    expect(kinds.slice(1, 14)).toEqual([
      'budget.summary',
      'budget.income',
      'budget.expenditure',
      'budget.fiscal-summary',
      'budget.general-public',
      'budget.basic-economic',
      'budget.gov-fund-income',
      'budget.gov-fund',
      'budget.state-capital',
      'budget.three-public',
      'budget.admin-operating',
      'budget.projects',
      'budget.projects-carryover',
    ]);
    for (const t of doc.tables.slice(14)) {
      expect(['budget.performance', 'budget.org-performance']).toContain(t.kind);
      expect(t.kindBy).toBe('content');
    }
    expect(doc.document.organisation).not.toBeNull();
    expect(doc.document.unit).toBe('万元');
    expect(doc.warnings).toEqual([]);
  });
});
