import type { BackendContext } from './BackendContext.js';
import { compareRowsLikeSqlite } from './collation.js';
import {
  type DateCriterion,
  type MultiCriterion,
  matchDate,
  matchHierarchical,
  matchMulti,
  matchNumber,
  matchSingleHierarchical,
  matchString,
  type NumberCriterion,
  type StringCriterion,
} from './criteria.js';
import type { EntityKind } from './FakeStashState.js';
import { type CustomFieldCriterion, customFieldsPredicate } from './find/customFieldsPredicate.js';
import { searchPredicate } from './find/searchPredicate.js';
import type { Neighbours } from './hierarchy.js';
import { sortTerms } from './sortTerms.js';
import type { Row } from './Table.js';

export type Predicate = (row: Row) => boolean;

/** How one filter field reads a row. The criterion kind comes from the schema's input type. */
export type FieldDef =
  | ((row: Row) => unknown)
  | { ids: (row: Row) => readonly string[]; tree?: Neighbours; related?: EntityKind }
  | { fk: (row: Row) => string | null; tree: Neighbours; related?: EntityKind }
  | { custom: (criterion: unknown, row: Row) => boolean }
  | { ignore: true };

export interface FindSpec {
  kind: EntityKind;
  filterType: string;
  /** Stash's sortOptions allow-list for this entity (CVE-2024-32231 check). */
  sortOptions: readonly string[];
  /** Sort used when none is given; null = storage (id) order, like Stash scenes. */
  defaultSort: string | null;
  /** Columns searched by FindFilterType.q. */
  search: (row: Row) => (string | null | undefined)[];
  fields: Record<string, FieldDef>;
  sortKeys?: Record<string, (row: Row) => unknown>;
  /** A secondary key appended to every sort (Stash appends name/id tie-breakers). */
  tiebreak?: (row: Row) => unknown;
  /** Index shortcut: rows that can possibly match (null = scan everything). */
  candidates?: (filter: Record<string, unknown>) => Iterable<Row> | null;
}

export interface FindFilter {
  q?: string | null;
  page?: number | null;
  per_page?: number | null;
  sort?: string | null;
  direction?: 'ASC' | 'DESC' | null;
}

export interface FindResult {
  count: number;
  items: Row[];
  /** All matching rows (for aggregate fields like duration/filesize). */
  all: Row[];
}

/** Filter / search / sort / paginate exactly like pkg/sqlite/*.go Query methods. */
const FIND_MANY_LABEL: Partial<Record<EntityKind, string>> = {
  sceneMarker: 'scene marker',
  galleryChapter: 'gallery chapter',
};

export class FindEngine {
  private readonly specs = new Map<EntityKind, FindSpec>();
  private readonly sorted = new Map<string, { version: number; rows: Row[] }>();

  constructor(private readonly ctx: BackendContext) {}

  register(spec: FindSpec): void {
    this.specs.set(spec.kind, spec);
  }

  spec(kind: EntityKind): FindSpec {
    const s = this.specs.get(kind);
    if (!s) throw new Error(`no find spec for ${kind}`);
    return s;
  }

  find(
    kind: EntityKind,
    filter: Record<string, unknown> | null | undefined,
    ff: FindFilter | null | undefined,
    ids?: string[] | null,
  ): FindResult {
    const spec = this.spec(kind);
    const table = this.ctx.state.tables[kind];
    let rows: Row[];
    if (ids && ids.length > 0) {
      // FindMany: the ids, in the given order, ignoring filter and pagination
      // (pkg/sqlite/<entity>.go FindMany): one missing id fails the whole find
      const table = this.ctx.state.tables[kind];
      for (const id of ids)
        if (!table.has(id)) throw new Error(`${FIND_MANY_LABEL[kind] ?? kind} with id ${Number(id)} not found`);
      rows = this.ctx.rows(kind, ids);
      return { count: rows.length, items: rows, all: rows };
    }
    const pred = filter ? this.compile(kind, filter, true) : () => true;
    const q = ff?.q?.trim() ? searchPredicate(spec, ff.q) : null;
    const sort = ff?.sort ?? null;
    if (sort) validateSort(spec, sort);
    const effectiveSort = sort ?? spec.defaultSort;
    const direction = ff?.direction ?? 'ASC';
    const unfiltered = (!filter || Object.keys(filter).length === 0) && !q;
    if (unfiltered && !effectiveSort?.startsWith('random')) {
      rows = this.sortedAll(kind, effectiveSort, direction);
    } else {
      const source = (filter && spec.candidates?.(filter)) || table.values();
      rows = [];
      for (const r of source) if (pred(r) && (!q || q(r))) rows.push(r);
      if (effectiveSort) sortRows(spec, rows, effectiveSort, direction);
    }
    const perPage = ff?.per_page ?? 25;
    const page = ff?.page != null && ff.page >= 1 ? ff.page : 1;
    const items = perPage < 0 ? rows : rows.slice((page - 1) * perPage, (page - 1) * perPage + perPage);
    return { count: rows.length, items, all: rows };
  }

  /**
   * Every row in sort order, cached until the next write. Paging through an unfiltered list is then a slice, as
   * an indexed ORDER BY ... LIMIT is in SQLite, instead of a full sort per page. Callers must not mutate it.
   */
  private sortedAll(kind: EntityKind, sort: string | null | undefined, direction: string): Row[] {
    const key = `${kind}|${sort ?? ''}|${direction}`;
    const hit = this.sorted.get(key);
    if (hit && hit.version === this.ctx.state.version) return hit.rows;
    const rows = [...this.ctx.state.tables[kind].values()];
    if (sort) sortRows(this.spec(kind), rows, sort, direction);
    this.sorted.set(key, { version: this.ctx.state.version, rows });
    return rows;
  }

  /** Builds a predicate for an entity filter input (recursive for AND/OR/NOT and related filters). */
  compile(kind: EntityKind, filter: Record<string, unknown>, root = false): Predicate {
    const spec = this.spec(kind);
    const inputFields = this.ctx.capabilities.filterFields(spec.filterType);
    const and = filter.AND as Record<string, unknown> | null | undefined;
    const or = filter.OR as Record<string, unknown> | null | undefined;
    const not = filter.NOT as Record<string, unknown> | null | undefined;
    if (and && or) throw new Error('cannot have AND and OR in the same filter');
    if (and && not) throw new Error('cannot have AND and NOT in the same filter');
    if (or && not) throw new Error('cannot have OR and NOT in the same filter');

    const preds: Predicate[] = [];
    for (const [key, value] of Object.entries(filter)) {
      if (value == null || key === 'AND' || key === 'OR' || key === 'NOT') continue;
      const typeName = inputFields?.get(key)?.type ?? '';
      const p = this.criterion(spec, key, typeName, value, root);
      if (p) preds.push(p);
    }
    const own: Predicate =
      preds.length === 0 ? () => true : preds.length === 1 ? (preds[0] as Predicate) : (r) => preds.every((p) => p(r));
    if (and) {
      const sub = this.compile(kind, and);
      return (r) => own(r) && sub(r);
    }
    if (or) {
      const sub = this.compile(kind, or);
      return preds.length === 0 ? sub : (r) => own(r) || sub(r);
    }
    if (not) {
      const sub = this.compile(kind, not);
      return (r) => own(r) && !sub(r);
    }
    return own;
  }

  private criterion(spec: FindSpec, key: string, typeName: string, value: unknown, root: boolean): Predicate | null {
    const def: FieldDef | undefined = spec.fields[key];
    if (def && typeof def === 'object') {
      if ('ignore' in def) return null;
      if ('custom' in def) return (r) => def.custom(value, r);
    }
    const accessor = typeof def === 'function' ? def : (r: Row) => r[key];
    const now = this.ctx.nowDate();
    switch (typeName) {
      case 'StringCriterionInput': {
        const c = value as StringCriterion;
        // a blank Go string column is stored as NULL (zero.StringFrom; EntityStore GO_STRING_COLUMNS)
        return (r) => {
          const v = accessor(r) as string | null;
          return matchString(c, v === '' ? null : v);
        };
      }
      case 'IntCriterionInput':
      case 'FloatCriterionInput': {
        const c = value as NumberCriterion;
        return (r) => matchNumber(c, accessor(r) as number | null);
      }
      case 'DateCriterionInput': {
        const c = value as DateCriterion;
        return (r) => matchDate(c, accessor(r) as string | null, 'date', now);
      }
      case 'TimestampCriterionInput': {
        const c = value as DateCriterion;
        return (r) => matchDate(c, accessor(r) as string | null, 'timestamp', now);
      }
      case 'Boolean':
        return (r) => Boolean(accessor(r)) === value;
      case 'MultiCriterionInput':
      case 'HierarchicalMultiCriterionInput': {
        const c = value as MultiCriterion;
        if (def && typeof def === 'object' && 'fk' in def)
          return (r) => matchSingleHierarchical(c, def.fk(r), def.tree);
        const ids =
          def && typeof def === 'object' && 'ids' in def ? def.ids : (r: Row) => (accessor(r) as string[]) ?? [];
        const tree = def && typeof def === 'object' && 'tree' in def && def.tree ? def.tree : undefined;
        if (typeName === 'HierarchicalMultiCriterionInput')
          return (r) => matchHierarchical(c, ids(r), tree ?? (() => []));
        return (r) => matchMulti(c, ids(r));
      }
      case 'StashIDCriterionInput': {
        const c = value as {
          endpoint?: string | null;
          stash_id?: string | null;
          modifier: StringCriterion['modifier'];
        };
        const sc: StringCriterion = { value: c.stash_id ?? '', modifier: c.modifier };
        return (r) => {
          const list = ((r.stash_ids as { endpoint: string; stash_id: string }[] | undefined) ?? []).filter(
            (s) => !c.endpoint || s.endpoint === c.endpoint,
          );
          return matchString(sc, list.length ? list.map((s) => s.stash_id) : (null as unknown as string));
        };
      }
      case 'CustomFieldCriterionInput':
        return customFieldsPredicate(value as CustomFieldCriterion[], root);
      default:
        break;
    }
    if (typeName.endsWith('FilterType') && def && typeof def === 'object' && 'related' in def && def.related) {
      const sub = this.compile(def.related, value as Record<string, unknown>);
      const relTable = this.ctx.state.tables[def.related];
      const relIds =
        'ids' in def
          ? def.ids
          : (r: Row) => {
              const fk = def.fk(r);
              return fk ? [fk] : [];
            };
      return (r) =>
        relIds(r).some((id) => {
          const rel = relTable.get(id);
          return rel ? sub(rel) : false;
        });
    }
    if (key === 'is_missing' && typeof value === 'string' && value !== '') {
      // default branch of isMissingCriterionHandler: the column is NULL or blank
      return (r) => {
        const v = r[value];
        return v == null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
      };
    }
    return null;
  }
}

function validateSort(spec: FindSpec, sort: string): void {
  if (sort.startsWith('random_')) {
    const seed = sort.slice('random_'.length);
    if (!/^\d+$/.test(seed)) throw new Error(`invalid random seed: ${seed}`);
    return;
  }
  if (!spec.sortOptions.includes(sort)) throw new Error(`invalid sort: ${sort}`);
}

function sortRows(spec: FindSpec, rows: Row[], sort: string, direction: string): void {
  const dir = direction === 'DESC' ? -1 : 1;
  if (sort === 'random' || sort.startsWith('random_')) {
    const seed = sort === 'random' ? Math.floor(Math.random() * 1e8) : Number(sort.slice(7)) % 1e8;
    // getRandomSort: ((n+seed)^2*p1 + (n+seed)*p2) mod p3, computed exactly with BigInt
    const key = (r: Row) => {
      const n = BigInt(Number(r.id) + seed);
      return Number((n * n * 52959209n + n * 1047483763n) % 2147483647n);
    };
    const keys = new Map(rows.map((r) => [r, key(r)]));
    rows.sort((a, b) => dir * ((keys.get(a) as number) - (keys.get(b) as number)));
    return;
  }
  // each key read once per row, not once per comparison
  const terms = sortTerms(spec, sort, direction).map((t) => {
    const keys = new Map(rows.map((r) => [r, t.key(r)]));
    return { ...t, key: (r: Row) => keys.get(r) };
  });
  rows.sort((a, b) => compareRowsLikeSqlite(a, b, terms, (r) => Number(r.id)));
}
