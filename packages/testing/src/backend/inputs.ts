/**
 * Helpers that read GraphQL input objects the way Stash's changesetTranslator
 * (internal/api/changeset_translator.go) does: an omitted field leaves the value
 * unchanged, `null` clears it, strings are trimmed, id lists replace.
 */

import type { EntityKind, FakeStashState, LinkName } from './FakeStashState.js';
import { goTrimSpace } from './goText.js';
import { parseStashDate } from './parseStashDate.js';
import type { Row } from './Table.js';

export type Input = Record<string, unknown>;

/** Mirrors Go's strconv.Atoi error text, wrapped the way the resolvers wrap it. */
const INT64_MAX = 2n ** 63n - 1n;

/** Go's strconv.Atoi (64-bit int): the bare error, as the find* resolvers return it. */
export function atoi(value: unknown): string {
  const s = String(value);
  if (!/^[+-]?\d+$/.test(s)) throw new Error(`strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`);
  const n = BigInt(s);
  if (n > INT64_MAX || n < -INT64_MAX - 1n)
    throw new Error(`strconv.Atoi: parsing ${JSON.stringify(s)}: value out of range`);
  return n.toString();
}

/** An id input as the mutation resolvers convert it: `converting <what>: strconv.Atoi: ...`. */
export function parseId(value: unknown, what = 'id'): string {
  try {
    return atoi(value);
  } catch (e) {
    throw new Error(`converting ${what}: ${(e as Error).message}`);
  }
}

export function parseIds(values: unknown, what = 'ids'): string[] {
  if (values == null) return [];
  return (values as unknown[]).map((v) => parseId(v, what));
}

export function has(input: Input, field: string): boolean {
  return Object.hasOwn(input, field) && input[field] !== undefined;
}

export function trimmed(v: unknown): unknown {
  if (typeof v === 'string') return goTrimSpace(v);
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? goTrimSpace(x) : x));
  return v;
}

const GO_TYPES: Record<string, string> = { Boolean: 'bool', String: 'string', Int: 'int', Float: 'float64' };

export interface ColumnSpec {
  name: string;
  /** The GraphQL scalar of the object field (Boolean, String, ...). */
  scalar: string;
  /** Value stored when the input sets null (lists become empty, non-null scalars keep a default). */
  nullValue: unknown;
  /** Non-null object fields keep their value when the update sends null. */
  nonNull: boolean;
}

/** Date columns and the label of their "converting <label>: ..." error (changesetTranslator.optionalDate callers). */
const DATE_COLUMNS: Record<string, string> = { date: 'date', birthdate: 'birthdate', death_date: 'death date' };

/** The input's dates as Stash stores them (null for ""), or the resolver's "converting <field>: ..." error. */
export function parseDates(
  input: Input,
  names: readonly string[] = Object.keys(DATE_COLUMNS),
): Map<string, string | null> {
  const dates = new Map<string, string | null>();
  for (const name of names) {
    const label = DATE_COLUMNS[name];
    const v = input[name];
    if (!label || typeof v !== 'string') continue;
    try {
      dates.set(name, v === '' ? null : parseStashDate(v));
    } catch (e) {
      throw new Error(`converting ${label}: ${(e as Error).message}`);
    }
  }
  return dates;
}

/**
 * pkg/sqlite/record.go: a partial update of a NOT NULL column with an explicit null panics in `fromPartial`, before
 * the row or its joins are written (so before any FOREIGN KEY failure); gqlgen reports the panic.
 */
export function rejectNulls(input: Input, columns: readonly ColumnSpec[]): void {
  for (const c of columns) {
    if (input[c.name] === null && c.nonNull && !Array.isArray(c.nullValue))
      throw new Error(
        `Internal system error. Error <null value not allowed in optional ${GO_TYPES[c.scalar] ?? 'string'}>`,
      );
  }
}

/**
 * Copies scalar columns present in `input` onto `row` (create and update share the same rules). Dates are parsed as
 * Stash parses them, all before anything is written: "" clears, a bad date fails the whole input.
 */
export function applyColumns(row: Row, input: Input, columns: readonly ColumnSpec[], updating = false): void {
  const dates = parseDates(
    input,
    columns.map((c) => c.name),
  );
  if (updating) rejectNulls(input, columns);
  for (const c of columns) {
    if (dates.has(c.name)) {
      row[c.name] = dates.get(c.name);
      continue;
    }
    if (!has(input, c.name) && !(Object.hasOwn(input, c.name) && input[c.name] === null)) continue;
    const v = input[c.name];
    if (v === null) {
      if (!c.nonNull || Array.isArray(c.nullValue)) row[c.name] = structuredClone(c.nullValue);
      continue;
    }
    row[c.name] = trimmed(v);
  }
}

export interface RelationSpec {
  /** Input field, e.g. `tag_ids`. */
  input: string;
  link: LinkName;
  target: EntityKind;
  /** Join table + columns used in the FOREIGN KEY error text. */
  join: readonly [table: string, ownerColumn: string, foreignColumn: string];
  /** Foreign key column on the owner row (studio_id) rather than a join table. */
  single?: boolean;
  /** Label used in `converting <label>: ...` id parse errors. */
  label: string;
}

/** SQLite's failure when a join row points at a missing id (Stash does not pre-validate related ids). */
export function fkError(spec: RelationSpec, ownerId: string, foreignId: string): Error {
  const [table, a, b] = spec.join;
  if (spec.single) {
    return new Error(`FOREIGN KEY constraint failed: ${table}.${b} = ${foreignId}`);
  }
  return new Error(
    `error executing \`INSERT INTO ${table} (${a}, ${b}) VALUES (?, ?) ON CONFLICT (${a}, ${b}) DO NOTHING\` [[${ownerId} ${foreignId}]]: FOREIGN KEY constraint failed`,
  );
}

export type UpdateMode = 'SET' | 'ADD' | 'REMOVE';

export interface IdsChange {
  spec: RelationSpec;
  ids: string[];
  mode: UpdateMode;
}

/**
 * Reads relation inputs. `bulk` inputs are `BulkUpdateIds { ids, mode }`; plain
 * inputs are id lists (SET). Returns only the relations the input mentions.
 */
/**
 * A single related id (studio_id) as the changeset translator converts it: `converting studio id: converting abc to
 * int: strconv.Atoi: ...`. A create reads "" as no id (intPtrFromString); an update refuses it (optionalIntFromString).
 */
function parseSingleId(value: unknown, what: string, creating: boolean): string[] {
  if (value == null || (creating && value === '')) return [];
  try {
    return [atoi(value)];
  } catch (e) {
    throw new Error(`converting ${what}: converting ${String(value)} to int: ${(e as Error).message}`);
  }
}

export function readRelations(
  input: Input,
  specs: readonly RelationSpec[],
  bulk: boolean,
  creating = false,
): IdsChange[] {
  const out: IdsChange[] = [];
  for (const spec of specs) {
    if (!Object.hasOwn(input, spec.input) || input[spec.input] === undefined) continue;
    const v = input[spec.input];
    if (spec.single) {
      out.push({ spec, ids: parseSingleId(v, spec.label, creating), mode: 'SET' });
    } else if (bulk) {
      if (v == null) continue;
      const b = v as { ids?: unknown; mode: UpdateMode };
      out.push({ spec, ids: parseIds(b.ids, spec.label), mode: b.mode });
    } else {
      out.push({ spec, ids: parseIds(v, spec.label), mode: 'SET' });
    }
  }
  return out;
}

/** Throws the FK error for the first id that does not exist; call before writing anything. */
export function checkRelations(state: FakeStashState, ownerId: string, changes: readonly IdsChange[]): void {
  for (const c of changes) {
    if (c.mode === 'REMOVE') continue;
    for (const id of c.ids) {
      if (!state.tables[c.spec.target].has(id)) throw fkError(c.spec, ownerId, id);
    }
  }
}

export function applyRelations(state: FakeStashState, ownerId: string, changes: readonly IdsChange[]): void {
  for (const c of changes) applyIds(state, c.spec.link, ownerId, c.ids, c.mode);
}

export function applyIds(
  state: FakeStashState,
  link: LinkName,
  ownerId: string,
  ids: string[],
  mode: UpdateMode,
): void {
  const l = state.links[link];
  if (mode === 'SET') l.set(ownerId, ids);
  else if (mode === 'ADD') l.add(ownerId, ids);
  else l.remove(ownerId, ids);
}

/** Applies BulkUpdateStrings / plain string lists with SET/ADD/REMOVE (models.UpdateStrings.Apply). */
export function applyStrings(existing: readonly string[], values: readonly string[], mode: UpdateMode): string[] {
  const v = values.map((s) => s.trim());
  if (mode === 'SET') return [...v];
  if (mode === 'ADD') return [...existing, ...v.filter((s) => !existing.includes(s))];
  return existing.filter((s) => !v.includes(s));
}

export interface StashIdValue {
  endpoint: string;
  stash_id: string;
  updated_at: string;
}

export function readStashIds(v: unknown, now: string): StashIdValue[] {
  if (v == null) return [];
  return (v as Input[]).map((s) => ({
    endpoint: String(s.endpoint),
    stash_id: String(s.stash_id),
    updated_at: typeof s.updated_at === 'string' ? s.updated_at : now,
  }));
}

/**
 * CustomFieldsInput (pkg/sqlite/custom_fields.go SetCustomFields): `full` replaces
 * (and wins over `partial`), `partial` merges, then `remove` deletes keys.
 */
export function applyCustomFields(existing: Record<string, unknown>, input: unknown): Record<string, unknown> {
  if (input == null) return existing;
  const i = input as {
    full?: Record<string, unknown> | null;
    partial?: Record<string, unknown> | null;
    remove?: string[] | null;
  };
  const values = i.full ?? i.partial ?? null;
  const remove = i.remove ?? [];
  if (values) {
    for (const k of Object.keys(values)) {
      const why =
        k.trim() === ''
          ? 'custom field name cannot be empty'
          : k !== k.trim()
            ? 'custom field name cannot have leading or trailing whitespace'
            : k.length > MAX_CUSTOM_FIELD_NAME
              ? `custom field name must be less than ${MAX_CUSTOM_FIELD_NAME + 1} characters`
              : null;
      if (why) throw new Error(`custom field name ${JSON.stringify(k)}: ${why}`);
    }
    for (const k of remove) {
      if (Object.hasOwn(values, k))
        throw new Error(`custom field name ${JSON.stringify(k)} cannot be in both values and delete keys`);
    }
  }
  // getSQLValueFromCustomFieldInput: lists and objects are refused; a bool goes into SQLite as 1/0 and reads back so
  const stored: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values ?? {})) {
    if (v !== null && typeof v === 'object') {
      const t = Array.isArray(v) ? '[]interface {}' : 'map[string]interface {}';
      throw new Error(`getting SQL value for field ${JSON.stringify(k)}: unsupported custom field value type: ${t}`);
    }
    stored[k] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  }
  const out = i.full != null ? stored : { ...existing, ...stored };
  for (const k of remove) delete out[k];
  return out;
}

const MAX_CUSTOM_FIELD_NAME = 64;
