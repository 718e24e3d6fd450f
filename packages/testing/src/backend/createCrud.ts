import type { BackendContext } from './BackendContext.js';
import type { EntityStore } from './EntityStore.js';
import type { EntityKind } from './FakeStashState.js';
import { missingForeignKey, updateForeignKeyError } from './fkStatements.js';
import {
  applyColumns,
  applyCustomFields,
  applyStrings,
  checkRelations,
  fkError,
  has,
  type IdsChange,
  type Input,
  parseDates,
  parseId,
  parseIds,
  readStashIds,
  rejectNulls,
  type UpdateMode,
} from './inputs.js';
import type { Row } from './Table.js';

export interface CrudOptions {
  createInput: string;
  updateInput: string;
  bulkInput?: string;
  /** Message when an update/destroy target is missing. */
  notFound: (id: string) => string;
  /**
   * A bulk update of a missing row writes nothing but fails as the store does (UpdatePartial then find): a panic for
   * an explicit null, the FK error of the first join insert (in this order of targets), else "no rows".
   */
  bulkMissing?: readonly EntityKind[];
  /** Message for destroy of a missing id (defaults to sqlite's `id N does not exist in <table>`). */
  destroyNotFound?: (id: string) => string;
  /** Validates a create input; returns extra stored columns. */
  validateCreate?: (i: Input, changes: IdsChange[]) => Record<string, unknown> | undefined;
  /** Validates an update; `bulk` inputs use BulkUpdateIds/BulkUpdateStrings. */
  validateUpdate?: (row: Row, i: Input, bulk: boolean, changes: IdsChange[]) => void;
  /** Extra writes after the generic column/relation update (row is unindexed while this runs). */
  mutate?: (row: Row, i: Input, bulk: boolean) => void;
  afterCreate?: (row: Row, i: Input) => void;
  afterUpdate?: (row: Row, i: Input, bulk: boolean) => void;
  beforeDestroy?: (row: Row) => void;
}

/**
 * Create / update / bulk update / destroy for one entity following Stash's resolver
 * flow: parse ids (strconv errors), find or fail, validate, write in one
 * "transaction" (everything is validated before anything is written).
 */
export function createCrud(ctx: BackendContext, store: EntityStore, o: CrudOptions) {
  const table = store.table;

  function create(i: Input): Row {
    parseDates(i); // the resolvers convert dates before related ids and before the store's name checks
    const changes = store.relationChanges(i, false, true);
    const extra = o.validateCreate?.(i, changes) ?? {};
    const special = specialColumns(ctx, i, null, false);
    const row = store.create(i, o.createInput, { ...special, ...extra }, changes);
    o.afterCreate?.(row, i);
    return row;
  }

  function prepare(id: string, i: Input, bulk: boolean): () => Row {
    const row = table.get(id);
    if (!row && bulk && o.bulkMissing) throw missingInBulk(id, i, o.bulkMissing);
    if (!row) throw new Error(o.notFound(id));
    parseDates(i); // the resolvers convert dates before related ids
    const changes = store.relationChanges(i, bulk);
    o.validateUpdate?.(row, i, bulk, changes);
    const columns = store.columns(bulk ? (o.bulkInput ?? o.updateInput) : o.updateInput);
    rejectNulls(i, columns);
    // the row's own FK column fails its UPDATE, before any join row is written
    const missing = missingForeignKey(ctx.state, changes);
    if (missing) {
      const updated = { ...row, updated_at: ctx.now() };
      applyColumns(updated, i, columns, true);
      const updateError = updateForeignKeyError(ctx, missing, updated, i);
      if (updateError) throw updateError;
    }
    checkRelations(ctx.state, id, changes); // FK failures too must come before any row of a multi-row update is written
    return () => {
      store.update(row, i, bulk ? (o.bulkInput ?? o.updateInput) : o.updateInput, {
        bulk,
        changes,
        mutate: (r) => {
          Object.assign(r, specialColumns(ctx, i, r, bulk));
          o.mutate?.(r, i, bulk);
        },
      });
      o.afterUpdate?.(row, i, bulk);
      return row;
    };
  }

  function missingInBulk(id: string, i: Input, order: readonly EntityKind[]): Error {
    const changes = store.relationChanges(i, true);
    applyColumns({ id, created_at: '', updated_at: '' }, i, store.columns(o.bulkInput ?? o.updateInput), true);
    const inserts = changes
      .filter((c) => !c.spec.single && c.mode !== 'REMOVE' && c.ids.length > 0)
      .sort((a, b) => order.indexOf(a.spec.target) - order.indexOf(b.spec.target));
    const first = inserts[0];
    return first ? fkError(first.spec, id, first.ids[0] as string) : new Error('sql: no rows in result set');
  }

  function destroyCheck(id: string): Row {
    const row = table.get(id);
    if (!row) throw new Error(o.destroyNotFound ? o.destroyNotFound(id) : `id ${id} does not exist in ${table.name}`);
    o.beforeDestroy?.(row);
    return row;
  }

  return {
    create: ({ input }: Record<string, unknown>) => create(input as Input),
    createRaw: create,
    update: ({ input }: Record<string, unknown>) => {
      const i = input as Input;
      return prepare(parseId(i.id), i, false)();
    },
    updateRaw: (id: string, i: Input) => prepare(id, i, false)(),
    /** `xsUpdate(input: [XUpdateInput!]!)`: many full updates in one transaction. */
    updateMany: ({ input }: Record<string, unknown>) => {
      const list = input as Input[];
      const writes = list.map((i) => prepare(parseId(i.id), i, false));
      return writes.map((w) => w());
    },
    bulk: ({ input }: Record<string, unknown>) => {
      const i = input as Input;
      const writes = parseIds(i.ids).map((id) => prepare(id, i, true));
      return writes.map((w) => w());
    },
    destroy: ({ input }: Record<string, unknown>) => {
      const id = parseId((input as Input).id);
      destroyCheck(id);
      store.destroy(id);
      return true;
    },
    destroyMany: (ids: unknown) => {
      const list = parseIds(ids);
      for (const id of list) destroyCheck(id);
      for (const id of list) store.destroy(id);
      return true;
    },
  };
}

/**
 * Columns whose update rules are not "copy the input": legacy `url` vs `urls`,
 * BulkUpdateStrings, stash_ids, custom_fields, image presence.
 */
function specialColumns(ctx: BackendContext, i: Input, row: Row | null, bulk: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const present = (f: string) => Object.hasOwn(i, f) && i[f] !== undefined;
  const existingUrls = (row?.urls as string[] | undefined) ?? [];
  if (present('urls')) {
    if (bulk) {
      const b = i.urls as { values?: string[]; mode: UpdateMode } | null;
      if (b) out.urls = applyStrings(existingUrls, b.values ?? [], b.mode);
    } else {
      out.urls = ((i.urls as string[] | null) ?? []).map((u) => u.trim());
    }
  } else if (present('url')) {
    out.urls = i.url == null || i.url === '' ? [] : [String(i.url).trim()];
  } else if (!row) {
    out.urls = [];
  }
  // performers' legacy social fields are folded into urls (resolver_mutation_performer.go)
  for (const legacy of ['twitter', 'instagram'] as const) {
    if (present(legacy) && i[legacy]) {
      const u = String(i[legacy]).trim();
      const urls = (out.urls as string[] | undefined) ?? [...existingUrls];
      if (!urls.includes(u)) urls.push(u);
      out.urls = urls;
    }
  }
  if (!bulk && present('stash_ids')) out.stash_ids = readStashIds(i.stash_ids, ctx.now());
  else if (!row) out.stash_ids = [];
  if (present('custom_fields')) {
    const existing = (row?.custom_fields as Record<string, unknown> | undefined) ?? {};
    // create takes a plain Map; update takes CustomFieldsInput
    out.custom_fields = row
      ? applyCustomFields(existing, i.custom_fields)
      : applyCustomFields({}, { full: i.custom_fields });
  } else if (!row) {
    out.custom_fields = {};
  }
  for (const img of ['image', 'cover_image', 'front_image', 'back_image']) {
    if (present(img)) out[`has_${img}`] = i[img] != null && i[img] !== '';
  }
  return out;
}

export { has };
