/**
 * Rule (stage 6): a 三公 table printed one row per item: 合计 = 因公出国 + 公务用车购置及运行 + 公务接待, and
 * 公务用车购置及运行 = 购置 + 运行维护, in every amount column. (Printed one column per item, row-parts checks it.)
 */
import { defineCheck } from '../define-check';
import { amountColumns, columnLabel, tableLabel, termAt } from '../table-access';
import { itemOf } from '../three-public';

export default defineCheck({
  id: 'three-public-items',
  scope: 'table',
  title: { zh: '“三公”经费合计 = 各项之和', en: 'Three public expenses = their items' },
  explain: {
    zh: '“三公”经费 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费；公务用车购置及运行费 = 购置费 + 运行维护费。',
    en: 'Three public expenses = travel abroad + official vehicles + reception; vehicles = purchase + operation.',
  },
  formula: '合计 = 出国 + 车 + 接待；车 = 购置 + 运行',
  run(doc, ctx) {
    for (const table of doc.tables) {
      if (table.kind !== 'budget.three-public' && table.kind !== 'final.three-public') continue;
      if (table.empty) continue;
      const by = (role: string) => table.rows.find((r) => itemOf(r) === role) ?? null;
      const total = table.rows.find((r) => r.isTotal) ?? by('three-public');
      const outbound = by('outbound');
      const reception = by('reception');
      const vehicle = by('vehicle');
      const vp = by('vehicle-purchase');
      const vo = by('vehicle-operation');
      for (const col of amountColumns(table)) {
        const t = (r: NonNullable<typeof total>) => termAt(doc, table, r, col, r.name);
        const printed = (...rs: (typeof total)[]) => rs.some((r) => r && (r.amounts[col.key] ?? null) !== null);
        if (
          total &&
          outbound &&
          reception &&
          (vehicle || (vp && vo)) &&
          printed(total, outbound, reception, vehicle, vp, vo)
        ) {
          const car = vehicle ? [t(vehicle)] : vp && vo ? [t(vp), t(vo)] : [];
          ctx.compare({
            what: {
              zh: `${tableLabel(table)} 合计（${columnLabel(col)}）`,
              en: `${tableLabel(table)} total (${columnLabel(col)})`,
            },
            stated: t(total),
            terms: [t(outbound), ...car, t(reception)],
          });
        }
        if (vehicle && vp && vo && printed(vehicle, vp, vo))
          ctx.compare({
            what: {
              zh: `${tableLabel(table)} 公务用车购置及运行费（${columnLabel(col)}）`,
              en: `${tableLabel(table)} vehicles (${columnLabel(col)})`,
            },
            stated: t(vehicle),
            terms: [t(vp), t(vo)],
          });
      }
    }
  },
});
