import {
  type GraphQLNamedType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import type { BackendContext } from './BackendContext.js';
import type { EntityKind } from './FakeStashState.js';
import { insertForeignKeyError, missingForeignKey } from './fkStatements.js';
import {
  applyColumns,
  applyRelations,
  type ColumnSpec,
  checkRelations,
  type IdsChange,
  type Input,
  type RelationSpec,
  readRelations,
} from './inputs.js';
import type { Row, Table } from './Table.js';

/** Methods installed on every row of a kind; graphql-js calls them as `row.field(args, ctx, info)`. */
export type Proto = Record<string, (this: Row, args: Record<string, unknown>) => unknown>;

export interface EntityDef {
  kind: EntityKind;
  /** GraphQL object type, e.g. `Scene`. */
  typeName: string;
  relations: readonly RelationSpec[];
  proto: Proto;
  /** Object fields that are neither proto methods nor plain input-copied columns. */
  skipColumns?: readonly string[];
  /** Extra stored defaults (e.g. stash_ids: []). */
  defaults?: Record<string, unknown>;
}

/**
 * Generic create/update for one entity kind. Scalar columns are derived from the
 * schema (input fields that are also scalar fields of the object type), so the
 * same code follows each Stash version's inputs.
 */
export class EntityStore {
  readonly table: Table;
  private readonly columnCache = new Map<string, ColumnSpec[]>();
  private defaultRow: Record<string, unknown> | null = null;

  constructor(
    private readonly ctx: BackendContext,
    readonly def: EntityDef,
  ) {
    this.table = ctx.state.tables[def.kind];
    this.table.proto = makeProto(def.proto);
  }

  get(id: string | null | undefined): Row | undefined {
    return this.table.get(id);
  }

  columns(inputTypeName: string): ColumnSpec[] {
    let cols = this.columnCache.get(inputTypeName);
    if (cols) return cols;
    cols = [];
    const inputType = this.ctx.schema.getType(inputTypeName);
    const objType = this.ctx.schema.getType(this.def.typeName);
    if (isInputObjectType(inputType) && isObjectType(objType)) {
      const objFields = objType.getFields();
      const skip = new Set([
        'id',
        ...SPECIAL_COLUMNS,
        ...(this.def.skipColumns ?? []),
        ...this.def.relations.map((r) => r.input),
        ...Object.keys(this.def.proto),
      ]);
      for (const f of Object.values(inputType.getFields())) {
        const of = objFields[f.name];
        if (!of || skip.has(f.name) || !isPlain(getNamedType(of.type)) || !isPlain(getNamedType(f.type))) continue;
        cols.push({
          name: f.name,
          scalar: getNamedType(of.type).name,
          nullValue: isListType(unwrap(of.type)) ? [] : null,
          nonNull: isNonNullType(of.type),
        });
      }
    }
    this.columnCache.set(inputTypeName, cols);
    return cols;
  }

  /** Stored default values for a new row (nullable -> null, non-null booleans -> false, lists -> []). */
  defaults(): Record<string, unknown> {
    if (!this.defaultRow) {
      const d: Record<string, unknown> = {};
      const objType = this.ctx.schema.getType(this.def.typeName);
      if (isObjectType(objType)) {
        const skip = new Set([
          'id',
          'created_at',
          'updated_at',
          ...(this.def.skipColumns ?? []),
          ...Object.keys(this.def.proto),
        ]);
        for (const f of Object.values(objType.getFields())) {
          if (skip.has(f.name) || !isPlain(getNamedType(f.type))) continue;
          const t = unwrap(f.type);
          d[f.name] = isListType(t)
            ? []
            : isNonNullType(f.type) && getNamedType(f.type).name === 'Boolean'
              ? false
              : isNonNullType(f.type) && ['Int', 'Float'].includes(getNamedType(f.type).name)
                ? 0
                : null;
        }
      }
      for (const c of GO_STRING_COLUMNS[this.def.kind] ?? []) d[c] = '';
      this.defaultRow = { ...d, ...(this.def.defaults ?? {}) };
    }
    return structuredClone(this.defaultRow);
  }

  relationChanges(input: Input, bulk = false, creating = false): IdsChange[] {
    return readRelations(input, this.def.relations, bulk, creating);
  }

  /** Inserts a row: validation that needs the row must happen before; FK checks happen here. */
  create(input: Input, inputTypeName: string, extra: Record<string, unknown> = {}, changes?: IdsChange[]): Row {
    const rels = changes ?? this.relationChanges(input, false, true);
    const now = this.ctx.now();
    const data = this.defaults();
    const scratch = { id: '', created_at: now, updated_at: now, ...data } as Row;
    applyColumns(scratch, input, this.columns(inputTypeName));
    goStrings(this.def.kind, scratch);
    // the row's own FK column fails its INSERT, before any join row is written
    const missing = missingForeignKey(this.ctx.state, rels);
    const insertError = missing && insertForeignKeyError(this.ctx, missing, { ...scratch, ...extra });
    if (insertError) throw insertError;
    checkRelations(this.ctx.state, this.table.peekId(), rels);
    const { id: _ignored, ...rest } = { ...scratch, ...extra };
    const row = this.table.insert(rest as Omit<Row, 'id'>);
    applyRelations(this.ctx.state, row.id, rels);
    this.ctx.state.indexRow(this.def.kind, row);
    return row;
  }

  /** Applies an update input; `mutate` can change special columns while the row is unindexed. */
  update(
    row: Row,
    input: Input,
    inputTypeName: string,
    opts: { bulk?: boolean; changes?: IdsChange[]; mutate?: (row: Row) => void } = {},
  ): Row {
    const rels = opts.changes ?? this.relationChanges(input, opts.bulk);
    checkRelations(this.ctx.state, row.id, rels);
    this.ctx.state.unindexRow(this.def.kind, row);
    try {
      applyColumns(row, input, this.columns(inputTypeName), true);
      opts.mutate?.(row);
      goStrings(this.def.kind, row);
    } finally {
      this.ctx.state.indexRow(this.def.kind, row);
    }
    applyRelations(this.ctx.state, row.id, rels);
    row.updated_at = this.ctx.now();
    return row;
  }

  destroy(id: string): void {
    this.ctx.state.destroyRow(this.def.kind, id);
  }
}

/**
 * Columns that are Go `string`s in pkg/models (model_<entity>.go) and stored with zero.StringFrom: a blank value is
 * SQL NULL (so string criteria treat it as NULL, see FindEngine), and NULL reads back as "" (never null).
 */
export const GO_STRING_COLUMNS: Partial<Record<EntityKind, readonly string[]>> = {
  tag: ['sort_name', 'description'],
  scene: ['title', 'code', 'details', 'director'],
  performer: [
    'disambiguation',
    'ethnicity',
    'country',
    'eye_color',
    'measurements',
    'fake_tits',
    'career_length',
    'tattoos',
    'piercings',
    'details',
    'hair_color',
  ],
  studio: ['details'],
  group: ['aliases', 'director', 'synopsis'],
  gallery: ['title', 'code', 'details', 'photographer'],
  image: ['title', 'code', 'details', 'photographer'],
  sceneMarker: ['title'],
  galleryChapter: ['title'],
};

function goStrings(kind: EntityKind, row: Row): void {
  for (const c of GO_STRING_COLUMNS[kind] ?? []) if (row[c] == null) row[c] = '';
}

/** Columns with their own update rules (createCrud.ts specialColumns) or computed from urls. */
const SPECIAL_COLUMNS = ['url', 'urls', 'twitter', 'instagram', 'stash_ids', 'custom_fields'];

function unwrap<T>(t: T): T {
  return (isNonNullType(t) ? (t as unknown as { ofType: T }).ofType : t) as T;
}

function isPlain(t: GraphQLNamedType): boolean {
  return (isScalarType(t) && t.name !== 'Map' && t.name !== 'Any') || isEnumType(t);
}

function makeProto(methods: Proto): object {
  const proto: Record<string, unknown> = {};
  for (const [k, fn] of Object.entries(methods)) {
    Object.defineProperty(proto, k, { value: fn, enumerable: false, writable: true, configurable: true });
  }
  return proto;
}
