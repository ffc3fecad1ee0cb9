/**
 * Metrics (stage 7) narrative facts: the counts the 国有资产占有使用情况 text states — vehicles held (实有N辆 /
 * 共有车辆N辆) and office floor area (办公用房建筑总面积X平方米) — with the sentence they were read from. Staff counts
 * come from the model (lib/recognise/staff), not from here. Patterns follow the national template's wording; a
 * purchase (购置车辆N辆) or a quota (编制N辆) is never read as vehicles held. Pure text reading, no judgement.
 */
import Decimal from 'decimal.js';
import type { ClaimRef } from '../checks/finding';
import type { BudgetDocument, Section } from '../model/budget-document';
import { fold } from '../recognise/fold';

export interface NarrativeFact {
  value: Decimal;
  unit: '辆' | '平方米';
  claim: ClaimRef;
}

const ASSET_HEADING_RE = /国有资产|资产占有|资产使用|车辆|房屋/u;
const VEHICLES_HELD_RE = /实有(?:公务用?车(?:辆)?)?(\d+)辆|共有(?:公务用?)?车辆?(\d+)辆/u;
const OFFICE_AREA_RE =
  /(?:办公用房|办公用房屋|办公室|房屋)[^。;；]{0,30}?面积(?:为|共计?|约|合计)?(\d[\d,]*(?:\.\d+)?)(?:平方米|㎡|m2|m²)/u;

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('。', start - 1), text.lastIndexOf('\n', start - 1)) + 1;
  const stops = [text.indexOf('。', end), text.indexOf('\n', end)].filter((i) => i >= 0);
  const to = stops.length > 0 ? Math.min(...stops) + 1 : text.length;
  return text.slice(from, to).trim();
}

function assetSections(doc: BudgetDocument): Section[] {
  const own = doc.document.sections.filter((s) => ASSET_HEADING_RE.test(fold(s.heading)));
  return own.length > 0 ? own : doc.document.sections;
}

function findIn(doc: BudgetDocument, re: RegExp, unit: NarrativeFact['unit']): NarrativeFact | null {
  for (const s of assetSections(doc)) {
    const text = s.text.normalize('NFKC');
    const m = re.exec(text);
    const raw = m ? (m[1] ?? m[2]) : undefined;
    if (!m || raw === undefined) continue;
    const value = new Decimal(raw.replace(/,/gu, ''));
    return {
      value,
      unit,
      claim: { text: sentenceAround(text, m.index, m.index + m[0].length), section: s.heading, anchor: s.anchor },
    };
  }
  return null;
}

/** Vehicles the department holds (实有), as the asset section states them. */
export function vehiclesHeld(doc: BudgetDocument): NarrativeFact | null {
  return findIn(doc, VEHICLES_HELD_RE, '辆');
}

/** Office floor area in 平方米, as the asset section states it. */
export function officeArea(doc: BudgetDocument): NarrativeFact | null {
  return findIn(doc, OFFICE_AREA_RE, '平方米');
}
