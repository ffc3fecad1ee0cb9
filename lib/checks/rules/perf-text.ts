/**
 * Rule (stage 6): amounts written inside a 项目支出绩效目标表's text (项目概况, 立项依据 …) — a stated total and the
 * parts listed for it must add up (`350 = 288.7 + 11 + 3.9 + 40.4 = 344.0`), the money the text gives the project
 * must be the form's 年度资金总额, and an amount in 万元/萬元 larger than the whole department budget is 元 written
 * with the wrong unit. Warnings: free text is loose, but these are the slips readers trip on. Reads the attached
 * annex grids.
 */
import Decimal from 'decimal.js';
import { convert } from '../../money/unit';
import { perfFormsOf } from '../../narrative/perf-forms';
import { implausibleWan, partsSum, statedProjectMoney, type TextAmount, textSums } from '../../narrative/perf-text';
import { sourcesOf } from '../../narrative/sources';
import { defineCheck } from '../define-check';
import { compareSum, formatAmount } from '../tolerance';

const amountText = (a: TextAmount) => a.value.toFixed(a.decimals);

export default defineCheck({
  id: 'perf-text',
  scope: 'narrative',
  title: { zh: '绩效目标表文字中的金额', en: 'Amounts in performance form text' },
  explain: {
    zh: '绩效目标表“项目概况”等文字里写的总额应等于所列各项之和，也应与本表“年度资金总额”一致；以“万元”写出却超过部门全年预算的金额，多半是把“元”写成了“万元”。',
    en: "In a performance form's text, a stated total must equal the items listed for it and the form's annual funds; an amount in 万元 larger than the whole department budget is almost always 元 written with the wrong unit.",
  },
  formula: '文中总额 = Σ 文中分项 = 年度资金总额',
  run(doc, ctx) {
    const grids = sourcesOf(doc)?.grids;
    if (!grids) return;
    const summary = doc.tables.find((t) => t.kind === 'budget.summary' && !t.empty);
    const grandRow = summary?.rows.find((r) => /总计/u.test(r.name));
    const grandKey = summary?.columns.find((c) => c.role === 'amount' && c.side === 'income')?.key;
    const grand = grandRow && grandKey ? (grandRow.amounts[grandKey] ?? null) : null;
    const grandWan = grand && summary?.unit ? convert(grand, summary.unit, '万元') : null;
    for (const form of perfFormsOf(doc)) {
      const annualWan = form.annual ? convert(form.annual.value, form.annual.unit, '万元') : null;
      for (const t of form.texts) {
        const cell = { table: form.table, row: t.cell.row, col: t.cell.col };
        const anchor = grids[form.table]?.[t.cell.row]?.[t.cell.col]?.anchor ?? null;
        const claim = (start: number, end: number) => ({
          text: t.cell.text.slice(start, end),
          section: form.name ? `${form.name} · ${t.label}` : t.label,
          anchor,
          start,
          end,
        });
        for (const s of textSums(t.cell.text)) {
          if (!s.total) continue;
          const c = compareSum(
            { value: s.total.value, decimals: s.total.decimals, unit: s.total.unit },
            s.parts.map((p) => ({ value: p.value, decimals: p.decimals, unit: p.unit })),
          );
          if (c.verdict === 'exact') {
            ctx.pass({ cells: [cell], claim: claim(s.start, s.end) });
            continue;
          }
          const formula = `${amountText(s.total)} ${c.verdict === 'rounding' ? '≈' : '≠'} ${s.parts.map(amountText).join(' + ')} = ${c.computed}`;
          ctx.report({
            severity: c.verdict === 'rounding' ? 'rounding' : 'warning',
            message: {
              zh: `「${form.name ?? '绩效目标表'}」${t.label}：写明 ${amountText(s.total)}${s.total.unit}，所列各项合计 ${c.computed}${c.unit}，相差 ${c.difference}${c.unit}。`,
              en: `"${form.name ?? 'performance form'}" ${t.label}: states ${amountText(s.total)} ${s.total.unit} but the items listed add up to ${c.computed} ${c.unit} (off by ${c.difference}).`,
            },
            formula,
            stated: c.stated,
            computed: c.computed,
            difference: c.difference,
            tolerance: c.tolerance,
            unit: c.unit,
            cells: [cell],
            claim: claim(s.start, s.end),
          });
        }
        const composition = /构成|测算/u.test(t.label);
        const money =
          /概况|内容|用途|实施计划/u.test(t.label) || composition ? statedProjectMoney(t.cell.text, composition) : null;
        if (money && annualWan && form.annual) {
          const stated = money.total ? convert(money.total.value, money.total.unit, '万元') : partsSum(money.parts);
          const digits = Math.max(...money.parts.map((p) => p.decimals), money.total?.decimals ?? 0);
          const c = compareSum({ value: stated, decimals: digits, unit: '万元' }, [
            { value: form.annual.value, decimals: form.annual.decimals, unit: form.annual.unit },
          ]);
          if (c.verdict !== 'mismatch') ctx.pass({ cells: [cell], claim: claim(money.start, money.end) });
          else {
            const what = money.total ? amountText(money.total) : money.parts.map(amountText).join(' + ');
            ctx.report({
              severity: 'warning',
              message: {
                zh: `「${form.name ?? '绩效目标表'}」${t.label}写的金额 ${what} = ${formatAmount(stated, digits)}万元，与本表年度资金总额 ${form.annual.value.toFixed(form.annual.decimals)}${form.annual.unit}（= ${formatAmount(annualWan, 2)}万元）不一致。`,
                en: `"${form.name ?? 'performance form'}" ${t.label} gives ${what} = ${formatAmount(stated, digits)} 万元, but the form's annual funds are ${form.annual.value.toFixed(form.annual.decimals)} ${form.annual.unit} (= ${formatAmount(annualWan, 2)} 万元).`,
              },
              formula: `${what} = ${formatAmount(stated, digits)} ≠ ${formatAmount(annualWan, 2)}`,
              stated: formatAmount(stated, digits),
              computed: formatAmount(annualWan, 2),
              difference: formatAmount(stated.minus(annualWan), 2),
              tolerance: c.tolerance,
              unit: '万元',
              cells: [cell, { table: form.table, row: form.annual.cell.row, col: form.annual.cell.col }],
              claim: claim(money.start, money.end),
            });
          }
        }
        const ceiling = Decimal.max(
          grandWan ?? new Decimal(0),
          annualWan ?? new Decimal(0),
          form.total ? convert(form.total.value, form.total.unit, '万元') : new Decimal(0),
        );
        if (ceiling.isZero()) continue;
        for (const a of implausibleWan(t.cell.text, ceiling)) {
          ctx.report({
            severity: 'warning',
            message: {
              zh: `「${form.name ?? '绩效目标表'}」${t.label}中的“${a.raw}”超过了${grandWan ? `部门全年预算（${formatAmount(grandWan, 2)}万元）` : '本项目资金总额'}，应是 ${amountText(a)} 元误写为${a.raw.replace(/^[0-9.,，\s]+/u, '')}（即 ${formatAmount(a.value.div(10000), 4)} 万元）。`,
              en: `"${a.raw}" in "${form.name ?? 'performance form'}" ${t.label} exceeds ${grandWan ? `the department's whole budget (${formatAmount(grandWan, 2)} 万元)` : "the project's total funds"}: probably ${amountText(a)} 元 written as 万元.`,
            },
            formula: `${a.raw} > ${formatAmount(ceiling, 2)}万元`,
            stated: amountText(a),
            computed: formatAmount(a.value.div(10000), 4),
            unit: '万元',
            cells: [cell],
            claim: claim(a.start, a.end),
          });
        }
      }
    }
  },
});
