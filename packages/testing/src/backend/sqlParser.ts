import { TABLES, type Value } from './sqlTables.js';

const TABLE_NAMES = Object.keys(TABLES).join(', ');

/** An error SQLite would give; the engine wraps it as Stash does. */
export class SqlError extends Error {}

export const KNOWN_VERBS = new Set([
  'SELECT',
  'INSERT',
  'UPDATE',
  'DELETE',
  'REPLACE',
  'WITH',
  'PRAGMA',
  'CREATE',
  'DROP',
  'ALTER',
  'EXPLAIN',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'VACUUM',
  'ANALYZE',
  'ATTACH',
  'DETACH',
  'REINDEX',
  'SAVEPOINT',
  'RELEASE',
]);

export const unsupported = (what: string) =>
  new SqlError(`${what}: the fake Stash runs SELECT, UPDATE and DELETE on one table of ${TABLE_NAMES}`);

export interface Token {
  kind: 'word' | 'ident' | 'number' | 'string' | 'param' | 'punct';
  text: string;
  value?: Value;
  at: number;
}

const KEYWORDS = new Set([
  ...KNOWN_VERBS,
  'FROM',
  'WHERE',
  'AND',
  'OR',
  'NOT',
  'NULL',
  'IS',
  'AS',
  'ORDER',
  'BY',
  'ASC',
  'DESC',
  'LIMIT',
  'OFFSET',
  'SET',
  'TRUE',
  'FALSE',
  'IN',
  'LIKE',
  'JOIN',
  'GROUP',
  'HAVING',
  'UNION',
  'VALUES',
  'INTO',
]);

export function tokenize(sql: string): Token[] {
  const out: Token[] = [];
  const re =
    /\s+|(\?)|('(?:[^']|'')*')|(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|("(?:[^"]|"")*")|(<=|>=|<>|!=|==|[=<>(),*;.])|(.)/gy;
  for (let m = re.exec(sql); m && re.lastIndex <= sql.length; m = re.exec(sql)) {
    const at = m.index;
    if (m[1]) out.push({ kind: 'param', text: '?', at });
    else if (m[2]) out.push({ kind: 'string', text: m[2], value: m[2].slice(1, -1).replace(/''/g, "'"), at });
    else if (m[3]) out.push({ kind: 'number', text: m[3], value: Number(m[3]), at });
    else if (m[4]) out.push({ kind: KEYWORDS.has(m[4].toUpperCase()) ? 'word' : 'ident', text: m[4], at });
    else if (m[5]) out.push({ kind: 'ident', text: m[5].slice(1, -1).replace(/""/g, '"'), at });
    else if (m[6]) out.push({ kind: 'punct', text: m[6], at });
    else if (m[7]) throw new SqlError(`unrecognized token: "${m[7]}"`);
    if (re.lastIndex === sql.length) break;
  }
  return out;
}

export class Parser {
  pos = 0;
  private param = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly args: unknown[],
  ) {}
  peek(): Token | undefined {
    return this.tokens[this.pos];
  }
  peekAt(offset: number): Token | undefined {
    return this.tokens[this.pos + offset];
  }
  peekWord(): string {
    const t = this.peek();
    return t?.kind === 'word' ? t.text.toUpperCase() : '';
  }
  next(): Token {
    const t = this.tokens[this.pos++];
    if (!t) throw new SqlError('incomplete input');
    return t;
  }
  accept(punct: string): boolean {
    if (this.peek()?.kind === 'punct' && this.peek()?.text === punct) return ++this.pos > 0;
    return false;
  }
  expect(punct: string): void {
    if (!this.accept(punct)) this.syntax();
  }
  acceptWord(word: string): boolean {
    if (this.peekWord() === word) return ++this.pos > 0;
    return false;
  }
  expectWord(word: string): void {
    if (!this.acceptWord(word)) this.syntax();
  }
  identifier(): string {
    const t = this.peek();
    if (t?.kind !== 'ident') this.syntax();
    return this.next().text;
  }
  operator(): string {
    const t = this.peek();
    if (t?.kind === 'punct' && ['=', '==', '!=', '<>', '<', '<=', '>', '>='].includes(t.text)) return this.next().text;
    if (t?.kind === 'word') throw unsupported(t.text.toUpperCase());
    return this.syntax();
  }
  value(): Value {
    const t = this.next();
    if (t.kind === 'param') return toValue(this.args[this.param++]);
    if (t.kind === 'number' || t.kind === 'string') return t.value ?? null;
    if (t.kind === 'word' && ['NULL', 'TRUE', 'FALSE'].includes(t.text.toUpperCase()))
      return t.text.toUpperCase() === 'NULL' ? null : t.text.toUpperCase() === 'TRUE';
    this.pos--;
    return this.syntax();
  }
  textFrom(start: number): string {
    return this.tokens
      .slice(start, this.pos)
      .map((t) => t.text)
      .join('');
  }
  end(): void {
    this.accept(';');
    const t = this.peek();
    if (!t) return;
    if (t.kind === 'word') throw unsupported(t.text.toUpperCase());
    this.syntax();
  }
  syntax(): never {
    const t = this.peek();
    throw new SqlError(t ? `near "${t.text}": syntax error` : 'incomplete input');
  }
}

function toValue(v: unknown): Value {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}
