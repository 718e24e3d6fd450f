import type { PlanRef, PlanValue, SavePlanJSON } from './planTypes.js';

const MAX_CELL = 48;

const clip = (s: string) => (s.length > MAX_CELL ? `${s.slice(0, MAX_CELL - 1)}…` : s);

const isRef = (v: PlanValue): v is PlanRef =>
  !!v && typeof v === 'object' && !Array.isArray(v) && typeof v.__typename === 'string' && typeof v.id === 'string';

const showRef = (r: PlanRef) => `${r.__typename}:${r.id}${r.name ? ` (${r.name})` : ''}`;

function show(v: PlanValue | undefined): string {
  if (v === undefined) return '';
  if (isRef(v)) return showRef(v);
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.entries(v)
      .map(([k, x]) => `${k}: ${show(x)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(v);
}

function table(rows: string[][]): string[] {
  const head = rows[0] ?? [];
  const widths = head.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
}

/**
 * A plan as text: a summary line, one row per operation in the order it would be sent (the request it goes in, its
 * step and phase), then one row per changed field or list (old → new, `+`added / `-`removed), then what would be
 * refused and what the plan could not foresee. Takes `plan.toJSON()` or anything of that shape (a plan read back
 * from a file).
 */
export function formatPlan(plan: SavePlanJSON | { toJSON(): SavePlanJSON }): string {
  const p: SavePlanJSON = 'toJSON' in plan ? plan.toJSON() : plan;
  const names = new Map(p.entities.map((c) => [`${c.ref.__typename}:${c.ref.id}`, showRef(c.ref)]));
  const ops = p.requests.flatMap((r) => r.operations);
  const creates = p.entities.filter((c) => c.action === 'create').length;
  const out = [
    `Dry run: ${p.requests.length} request${p.requests.length === 1 ? '' : 's'}, ${ops.length} operation${
      ops.length === 1 ? '' : 's'
    }; ${creates} to create, ${p.entities.length - creates} to update, ${p.refused.length} refused. Nothing was sent.`,
  ];
  if (ops.length) {
    const rows = [['#', 'step', 'phase', 'mutation', 'entities (or input)']];
    p.requests.forEach((r, n) => {
      for (const op of r.operations) {
        const shown = op.entities.slice(0, 2).map((e) => names.get(e) ?? e);
        const more = op.entities.length > 2 ? ` +${op.entities.length - 2} more` : '';
        // An operation on no entity (the scan) shows its input instead.
        const what = op.entities.length ? shown.join(', ') + more : show(op.variables as PlanValue);
        rows.push([String(n + 1), r.step, String(r.phase), op.mutation, clip(what)]);
      }
    });
    out.push('', ...table(rows));
  }
  if (p.entities.length) {
    const rows = [['entity', 'action', 'field', 'old', 'new']];
    for (const c of p.entities) {
      const cells: string[][] = [
        ...c.fields.map((f) => [f.field, clip(show(f.old)), clip(show(f.new))]),
        ...c.lists.map((l) => [
          l.loaded ? l.field : `${l.field} (not loaded)`,
          clip(l.removed.map((r) => `-${showRef(r)}`).join(', ')),
          clip(l.added.map((r) => `+${showRef(r)}`).join(', ')),
        ]),
        ...c.side.map((s) => ['(side)', '', s]),
      ];
      if (!cells.length) cells.push(['', '', '']);
      cells.forEach((cell, i) => {
        rows.push([
          i === 0 ? clip(showRef(c.ref)) : '',
          i === 0 ? c.action : '',
          ...(cell as [string, string, string]),
        ]);
      });
    }
    out.push('', ...table(rows));
  }
  for (const r of p.refused) out.push(`refused: ${r.label}: ${r.error.message}`);
  for (const n of p.notes) out.push(`note: ${n}`);
  return out.join('\n');
}
