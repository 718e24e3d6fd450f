import type { BackendContext } from './BackendContext.js';
import { KNOWN_VERBS, Parser, SqlError, tokenize, unsupported } from './sqlParser.js';
import { type Column, STASH_TABLES, TABLES, type Value } from './sqlTables.js';
import type { Row } from './Table.js';

/**
 * querySQL / execSQL over the fake's tables (internal/api/resolver.go, pkg/sqlite/database.go QuerySQL/ExecSQL):
 * SELECT (columns, literals, COUNT(*)) from one table with AND-ed comparisons of columns and values, ORDER BY,
 * LIMIT/OFFSET; UPDATE ... SET col = value|col ... WHERE and DELETE ... WHERE. Columns are Stash's (PRAGMA table_info on v0.30.1). Errors read as Stash wraps
 * SQLite's: "error executing `<sql>` [[<args>]]: no such table: x". A statement outside this subset is refused
 * with an error that says so, never answered with made-up rows.
 */

export interface SqlQueryResult {
  columns: string[];
  rows: Value[][];
}

export interface SqlExecResult {
  rows_affected: number;
  last_insert_id: number;
}

/** Runs one statement; `exec` decides the answer's shape (execSQL) or rows (querySQL). */
export function createSqlEngine(ctx: BackendContext) {
  /**
   * sqlite3_changes() of Stash's write connection outlives a statement (a SELECT reports the last write's count).
   * last_insert_rowid() follows every insert Stash makes, join rows included; the fake reports 0.
   */
  let changes = 0;
  const lastInsertId = 0;

  function run(sql: string, args: unknown[]): { result: SqlQueryResult; changed: number | null } {
    const tokens = tokenize(sql);
    const want = tokens.filter((t) => t.kind === 'param').length;
    if (want > args.length) throw new SqlError(`not enough args to execute query: want ${want} got ${args.length}`);
    const p = new Parser(tokens, args);
    const verb = p.peekWord();
    if (verb === 'SELECT') return { result: select(p), changed: null };
    if (verb === 'UPDATE') return { result: { columns: [], rows: [] }, changed: update(p) };
    if (verb === 'DELETE') return { result: { columns: [], rows: [] }, changed: remove(p) };
    if (!KNOWN_VERBS.has(verb)) throw new SqlError(`near "${p.peek()?.text ?? ''}": syntax error`);
    throw unsupported(verb);
  }

  function table(p: Parser) {
    const name = p.identifier();
    const t = TABLES[name.toLowerCase()];
    if (!t) {
      if (STASH_TABLES.has(name.toLowerCase())) throw unsupported(`the ${name} table`);
      throw new SqlError(`no such table: ${name}`);
    }
    return { ...t, rows: [...ctx.state.tables[t.kind].values()].sort((a, b) => Number(a.id) - Number(b.id)) };
  }

  function column(t: { columns: Record<string, Column> }, name: string): Column {
    const c = t.columns[name.toLowerCase()];
    if (!c) throw new SqlError(`no such column: ${name}`);
    return c;
  }

  /**
   * One side of a comparison: a column of the row or a literal. SQLite's keywords are few; `count`, for one, is a
   * plain name (a column alias, a table's column), so the parser treats it as an identifier.
   */
  function operand(p: Parser, t: { columns: Record<string, Column> }): (row: Row) => Value {
    if (p.peek()?.kind === 'ident') {
      const c = column(t, p.identifier());
      return (row) => c.get(row, ctx);
    }
    const v = p.value();
    return () => v;
  }

  /** AND-ed terms: `x op y`, `x IS [NOT] NULL`, or a bare `x` taken as SQLite takes it (`WHERE 0`, `WHERE 1`). */
  function where(p: Parser, t: { columns: Record<string, Column> }): (row: Row) => boolean {
    if (!p.acceptWord('WHERE')) return () => true;
    const preds: ((row: Row) => boolean)[] = [];
    do {
      const left = operand(p, t);
      if (p.acceptWord('IS')) {
        const not = p.acceptWord('NOT');
        p.expectWord('NULL');
        preds.push((row) => (left(row) === null) !== not);
        continue;
      }
      if (!isOperator(p)) {
        preds.push((row) => truthy(left(row)));
        continue;
      }
      const op = p.operator();
      const right = operand(p, t);
      preds.push((row) => compare(left(row), op, right(row)));
    } while (p.acceptWord('AND'));
    return (row) => preds.every((f) => f(row));
  }

  function select(p: Parser): SqlQueryResult {
    p.expectWord('SELECT');
    const items: { text: string; alias?: string; star?: true; count?: true; column?: string; literal?: Value }[] = [];
    do {
      const start = p.pos;
      if (p.accept('*')) items.push({ text: '*', star: true });
      else if (isCount(p)) {
        p.next();
        p.expect('(');
        p.expect('*');
        p.expect(')');
        items.push({ text: p.textFrom(start), count: true });
      } else if (p.peek()?.kind === 'ident') items.push({ text: p.peek()?.text as string, column: p.identifier() });
      else items.push({ text: p.peek()?.text ?? '', literal: p.value() });
      if (p.acceptWord('AS')) (items.at(-1) as { alias?: string }).alias = p.identifier();
    } while (p.accept(','));
    p.expectWord('FROM');
    const t = table(p);
    const keep = where(p, t);
    let rows = t.rows.filter(keep);
    if (p.acceptWord('ORDER')) {
      p.expectWord('BY');
      const keys: { c: Column; desc: boolean }[] = [];
      do {
        const c = column(t, p.identifier());
        const desc = p.acceptWord('DESC');
        if (!desc) p.acceptWord('ASC');
        keys.push({ c, desc });
      } while (p.accept(','));
      rows = rows.sort((a, b) => {
        for (const k of keys) {
          const d = order(k.c.get(a, ctx), k.c.get(b, ctx));
          if (d) return k.desc ? -d : d;
        }
        return 0;
      });
    }
    if (p.acceptWord('LIMIT')) {
      const limit = Number(p.value());
      const offset = p.acceptWord('OFFSET') ? Number(p.value()) : 0;
      rows = rows.slice(offset, limit < 0 ? undefined : offset + limit);
    }
    p.end();
    for (const i of items) if (i.column) column(t, i.column);
    const columns = items.flatMap((i) => (i.star ? Object.keys(t.columns) : [i.alias ?? i.text]));
    const project = (row: Row | null, count: number) =>
      items.flatMap((i) =>
        i.star
          ? Object.values(t.columns).map((c) => (row ? c.get(row, ctx) : null))
          : i.count
            ? [count]
            : i.column
              ? [row ? column(t, i.column).get(row, ctx) : null]
              : [i.literal ?? null],
      );
    if (items.some((i) => i.count)) return { columns, rows: [project(rows[0] ?? null, rows.length)] };
    return { columns, rows: rows.map((r) => project(r, 0)) };
  }

  function update(p: Parser): number {
    p.expectWord('UPDATE');
    const t = table(p);
    p.expectWord('SET');
    const sets: [Column, (row: Row) => Value][] = [];
    do {
      const name = p.identifier();
      const c = column(t, name);
      p.expect('=');
      // `SET created_at = created_at` (a no-op write, as the Python client's tests send) is fine for any column
      const self = p.peek()?.kind === 'ident' && p.peek()?.text.toLowerCase() === name.toLowerCase();
      const value = operand(p, t);
      if (self) continue;
      if (!c.field) throw unsupported(`writing ${name}`);
      sets.push([c, value]);
    } while (p.accept(','));
    const matched = t.rows.filter(where(p, t));
    p.end();
    for (const row of matched) {
      // every right-hand side reads the row as it was before the statement, as in SQLite
      const values = sets.map(([c, value]) => [c, value(row)] as const);
      ctx.state.unindexRow(t.kind, row);
      for (const [c, v] of values) row[c.field as string] = c.int && v !== null ? Number(v) : v;
      ctx.state.indexRow(t.kind, row);
    }
    return matched.length;
  }

  function remove(p: Parser): number {
    p.expectWord('DELETE');
    p.expectWord('FROM');
    const t = table(p);
    const matched = t.rows.filter(where(p, t));
    p.end();
    for (const row of matched) ctx.state.destroyRow(t.kind, row.id);
    return matched.length;
  }

  const wrap = <T>(sql: string, args: unknown[], fn: () => T): T => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof SqlError) throw new Error(`error executing \`${sql}\` [${goList(args)}]: ${e.message}`);
      throw e;
    }
  };

  return {
    querySQL(sql: string, args: unknown[] = []): SqlQueryResult {
      return wrap(sql, args, () => {
        const { result, changed } = run(sql, args);
        if (changed !== null) changes = changed;
        return result;
      });
    },
    execSQL(sql: string, args: unknown[] = []): SqlExecResult {
      return wrap(sql, args, () => {
        const { changed } = run(sql, args);
        if (changed !== null) changes = changed;
        return { rows_affected: changes, last_insert_id: lastInsertId };
      });
    },
  };
}

/** Go's %v of a []interface{}: [a 1 true <nil>]. */
function goList(args: unknown[]): string {
  return `[${args.map((a) => (a === null || a === undefined ? '<nil>' : typeof a === 'object' ? JSON.stringify(a) : String(a))).join(' ')}]`;
}

const OPERATORS = new Set(['=', '==', '!=', '<>', '<', '<=', '>', '>=']);

function isOperator(p: Parser): boolean {
  const t = p.peek();
  return t?.kind === 'punct' && OPERATORS.has(t.text);
}

/** `count(` starts the aggregate; `count` alone is a name. */
function isCount(p: Parser): boolean {
  const t = p.peek();
  const after = p.peekAt(1);
  return t?.kind === 'ident' && t.text.toUpperCase() === 'COUNT' && after?.kind === 'punct' && after.text === '(';
}

/** SQLite's truth of a value in WHERE: NULL is false, numbers by value, text by its leading number. */
function truthy(v: Value): boolean {
  if (v === null) return false;
  if (typeof v === 'string') return (Number.parseFloat(v) || 0) !== 0;
  return Number(v) !== 0;
}

function compare(a: Value, op: string, b: Value): boolean {
  if (a === null || b === null) return false;
  const d = order(a, b);
  switch (op) {
    case '=':
    case '==':
      return d === 0;
    case '!=':
    case '<>':
      return d !== 0;
    case '<':
      return d < 0;
    case '<=':
      return d <= 0;
    case '>':
      return d > 0;
    case '>=':
      return d >= 0;
    default:
      return false;
  }
}

/** SQLite's ordering across storage classes: NULL < numbers < text; booleans are integers. */
function order(a: Value, b: Value): number {
  const rank = (v: Value) => (v === null ? 0 : typeof v === 'string' ? 2 : 1);
  const num = (v: Value) => (typeof v === 'boolean' ? Number(v) : (v as number));
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a === null) return 0;
  if (typeof a === 'string') return a < (b as string) ? -1 : a > (b as string) ? 1 : 0;
  return num(a) - num(b);
}
