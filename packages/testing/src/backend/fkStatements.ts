/**
 * The errors Stash reports when a row's own foreign key column (scenes.studio_id, studios.parent_id,
 * groups.studio_id, ...) points at nothing: SQLite fails the INSERT or UPDATE that goqu built from the row record,
 * and pkg/sqlite's exec wrapper prints the statement and its arguments:
 *
 *   inserting into scenes: executing `INSERT INTO `scenes` (`code`, …) VALUES (?, …)` [[<nil> … 999 …]]: FOREIGN KEY constraint failed
 *   updating scenes: executing `UPDATE `scenes` SET `studio_id`=?,`updated_at`=? WHERE (`scenes`.`id` = ?)` [[999 … 12]]: …
 *
 * goqu lists a record's columns in name order; the arguments print with Go's %v (`<nil>` for NULL). Every text
 * column of these tables is a zero.String (blank is NULL), and a date is stored as a full date plus its precision.
 */
import type { BackendContext } from './BackendContext.js';
import type { FakeStashState } from './FakeStashState.js';
import type { IdsChange } from './inputs.js';
import { TABLES, type Value } from './sqlTables.js';
import type { Row } from './Table.js';

/** The first single-id relation (a column of the row itself) whose id does not exist. */
export function missingForeignKey(
  state: FakeStashState,
  changes: readonly IdsChange[],
): { column: string; table: string; id: string } | undefined {
  for (const c of changes) {
    if (!c.spec.single || c.mode === 'REMOVE') continue;
    const id = c.ids.find((i) => !state.tables[c.spec.target].has(i));
    if (id !== undefined) return { table: c.spec.join[0], column: c.spec.join[2], id };
  }
  return undefined;
}

/** Go's %v of a bound argument. */
const goValue = (v: Value): string => (v === null ? '<nil>' : String(v));

/** The value Stash binds for `column`, read from a fake row. */
function bound(ctx: BackendContext, table: string, column: string, row: Row): Value {
  const columns = TABLES[table]?.columns ?? {};
  if (column === 'date' || column === 'date_precision') {
    // the fake keeps "2021-12" / "2021"; Stash stores 2021-12-01 with precision 1 (month) / 2 (year)
    const date = columns.date?.get(row, ctx);
    if (typeof date !== 'string' || date === '') return null;
    if (column === 'date_precision') return date.length === 10 ? 0 : date.length === 7 ? 1 : 2;
    return date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date}-01-01`;
  }
  const v = columns[column]?.get(row, ctx) ?? null;
  return v === '' ? null : v;
}

export function insertForeignKeyError(
  ctx: BackendContext,
  missing: { table: string; column: string; id: string },
  row: Row,
): Error | undefined {
  const table = TABLES[missing.table];
  if (!table) return undefined;
  const columns = Object.keys(table.columns)
    .filter((c) => c !== 'id')
    .sort();
  const args = columns.map((c) => (c === missing.column ? Number(missing.id) : bound(ctx, missing.table, c, row)));
  const sql = `INSERT INTO \`${missing.table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  return new Error(
    `inserting into ${missing.table}: executing \`${sql}\` [[${args.map(goValue).join(' ')}]]: FOREIGN KEY constraint failed`,
  );
}

/**
 * `updated` is the row as the update would leave it; only the columns the input sets are in the statement (the
 * partial's fields), with updated_at, and the row id last.
 */
export function updateForeignKeyError(
  ctx: BackendContext,
  missing: { table: string; column: string; id: string },
  updated: Row,
  input: Record<string, unknown>,
): Error | undefined {
  const table = TABLES[missing.table];
  if (!table) return undefined;
  const set = new Set([missing.column, 'updated_at']);
  for (const [name, col] of Object.entries(table.columns)) {
    if (col.field && Object.hasOwn(input, col.field) && input[col.field] !== undefined) set.add(name);
  }
  if (set.has('date')) set.add('date_precision');
  const columns = [...set].sort();
  const args = columns.map((c) => (c === missing.column ? Number(missing.id) : bound(ctx, missing.table, c, updated)));
  const sql = `UPDATE \`${missing.table}\` SET ${columns.map((c) => `\`${c}\`=?`).join(',')} WHERE (\`${missing.table}\`.\`id\` = ?)`;
  return new Error(
    `updating ${missing.table}: executing \`${sql}\` [[${[...args.map(goValue), Number(updated.id)].join(' ')}]]: FOREIGN KEY constraint failed`,
  );
}
