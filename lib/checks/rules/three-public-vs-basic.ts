/**
 * Rule (stage 6): the 三公 table's 公务用车运行维护费 and 公务接待费 against the same lines of the basic-expenditure
 * economic table. The 三公 figures cover basic AND project spending of every unit, the economic table only basic
 * spending, so 三公 ≥ the economic line is normal: a gap that way is `info` with the explanation, never an error;
 * 三公 below the basic line is a real inconsistency (`warning`).
 */
import type { ColumnRole } from '../../model/column-roles';
import { defineCheck } from '../define-check';
import { compareAcross, mainColumn } from '../joins';
import { tableOf, termAt } from '../table-access';
import { itemCell } from '../three-public';
import { compareSum } from '../tolerance';

const LINES: [ColumnRole, RegExp, string][] = [
  ['vehicle-operation', /^公务用车运行(维护)?费$/u, '公务用车运行维护费'],
  ['reception', /^公务接待费$/u, '公务接待费'],
];

export default defineCheck({
  id: 'three-public-vs-basic',
  scope: 'cross',
  title: { zh: '“三公”经费与基本支出科目对照', en: 'Three public expenses vs basic-expenditure lines' },
  explain: {
    zh: '“三公”经费表中的公务用车运行维护费、公务接待费包含基本支出和项目支出，经济分类表只含基本支出，因此前者不小于后者属正常；前者小于后者则不一致。',
    en: 'The three-public table covers basic and project spending; the economic table only basic spending. So the three-public figure may exceed the economic line (normal), but should never be below it.',
  },
  formula: '三公.运行维护费 ≥ 基本支出经济分类.公务用车运行维护费',
  run(doc, ctx) {
    const econ = tableOf(doc, 'budget.basic-economic');
    if (!econ || econ.empty) return;
    const col = mainColumn(econ);
    if (!col) return;
    for (const [role, re, name] of LINES) {
      const tp = itemCell(doc, role);
      const line = econ.rows.find((r) => re.test(r.name.normalize('NFKC').replace(/\s+/gu, '')));
      if (!tp || !line) continue;
      const a = termAt(doc, tp.table, tp.row, tp.col, '三公');
      const b = termAt(doc, econ, line, col, '经济分类');
      if (a.blank && b.blank) continue;
      const c = compareSum(a, [b]);
      const below = c.verdict === 'mismatch' && c.differenceYuan.isNegative();
      compareAcross(
        doc,
        ctx,
        { zh: `“三公”经费表${name}与基本支出经济分类表${name}`, en: `${name}: three-public table vs economic table` },
        { table: tp.table, row: tp.row, col: tp.col, label: `三公·${name}` },
        [{ table: econ, row: line, col, label: `经济分类·${name}` }],
        below
          ? {
              severity: 'warning',
              note: {
                zh: '“三公”经费含基本支出和项目支出，不应小于基本支出中的同名科目。',
                en: 'The three-public figure includes basic and project spending and should not be below the basic line.',
              },
            }
          : {
              severity: 'info',
              note: {
                zh: '差额属口径不同：“三公”经费含项目支出及所属各单位，经济分类表此行只含基本支出，不视为错误。',
                en: 'Scope difference: the three-public figure includes project spending and all units, the economic line only basic spending — not an error.',
              },
            },
      );
    }
  },
});
