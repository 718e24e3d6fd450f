import { ENTITY_META, type EntityMeta, type EntityTypename } from '@stash-graphql/core/generated';
import { StashOrmError } from './StashOrmError.js';

/** A mutation to run, as core's `executeBatch` takes it; built only once every id it needs is a server id. */
export interface SideOperation {
  mutation: string;
  variables: Record<string, unknown>;
}

/** Writes a belongsTo that has no input field (a gallery's cover) through its own mutation. */
export type BelongsToWrite = (ownerId: string, targetId: string | null) => SideOperation;
/** Writes the additions and removals of a hasMany list through other mutations. */
export type HasManyWrite = (ownerId: string, added: readonly string[], removed: readonly string[]) => SideOperation[];

interface Base {
  owner: EntityTypename;
  name: string;
  target: EntityTypename;
}
/** One entity, written through an id input (`studio` → `studio_id`) or its own mutation (`write`). */
export interface BelongsTo extends Base {
  kind: 'belongsTo';
  input: string | null;
  write: BelongsToWrite | null;
}
/** A list of entities written as an id list (`tags` → `tag_ids`); `bulkInput` when the bulk mutation takes ADD/REMOVE. */
export interface Habtm extends Base {
  kind: 'habtm';
  input: string;
  bulkInput: string | null;
  inverse: string | null;
}
/** The other side's list (`tag.scenes`): read through a filter query, written through the other side's mutations. */
export interface HasMany extends Base {
  kind: 'hasMany';
  inverse: string;
  query: string;
  filterArg: string;
  criterion: string;
  resultField: string;
  write: HasManyWrite;
}
/** A list of wrapper objects (`groups: SceneGroup[]`) written as a list of wrapper inputs built by `transform`. */
export interface HasManyThrough {
  kind: 'hasManyThrough';
  owner: EntityTypename;
  name: string;
  target: EntityTypename | null;
  /** The wrapper's entity field (`group`), or null for value wrappers (`stash_ids`). */
  via: string | null;
  input: string;
  transform: (item: Record<string, unknown>) => Record<string, unknown>;
}
export type Relation = BelongsTo | Habtm | HasMany | HasManyThrough;
export type Relations = Readonly<Record<string, Relation>>;

/** A relation as declared, before defineRelations checks it against the schema. */
export type Spec =
  | {
      kind: 'belongsTo';
      target: EntityTypename;
      options: { input?: string | undefined; write?: BelongsToWrite | undefined };
    }
  | { kind: 'habtm'; target: EntityTypename; options: { input?: string | undefined; inverse?: string | undefined } }
  | {
      kind: 'hasMany';
      target: EntityTypename;
      options: { inverse: string; criterion?: string | undefined; write?: HasManyWrite | undefined };
    }
  | {
      kind: 'hasManyThrough';
      target: EntityTypename | null;
      options: { via?: string | undefined; input?: string | undefined; transform: HasManyThrough['transform'] };
    };
// The builders keep the target (and a through-list's item type, as the type-only `~item`) literal, so that entity
// classes infer their accessor types from these declarations.
type Declared<K extends Spec['kind'], T> = Extract<Spec, { kind: K }> & { readonly kind: K; readonly target: T };

export const belongsTo = <T extends EntityTypename>(
  target: T,
  options: { input?: string | undefined; write?: BelongsToWrite | undefined } = {},
): Declared<'belongsTo', T> => ({ kind: 'belongsTo', target, options });
export const habtm = <T extends EntityTypename>(
  target: T,
  options: { input?: string | undefined; inverse?: string | undefined } = {},
): Declared<'habtm', T> => ({ kind: 'habtm', target, options });
export const hasMany = <T extends EntityTypename>(
  target: T,
  options: { inverse: string; criterion?: string | undefined; write?: HasManyWrite | undefined },
): Declared<'hasMany', T> => ({ kind: 'hasMany', target, options });
/** `Item` is the list's element type, inferred from `transform`'s parameter (`SceneGroupItem`, `StashIDInput`). */
export const hasManyThrough = <T extends EntityTypename | null, Item extends object = Record<string, unknown>>(
  target: T,
  options: { via?: string | undefined; input?: string | undefined; transform: (item: Item) => Record<string, unknown> },
): Declared<'hasManyThrough', T> & { readonly '~item'?: Item } =>
  ({ kind: 'hasManyThrough', target, options }) as Declared<'hasManyThrough', T>;

/** `Scene.tags` → `Tag.scenes` (and back): which list to keep in sync in memory. */
const INVERSES = new Map<string, { typename: EntityTypename; name: string }>();
export function inverseOf(typename: string, name: string): { typename: EntityTypename; name: string } | undefined {
  return INVERSES.get(`${typename}.${name}`);
}

function meta(typename: string, where: string): EntityMeta {
  if (!Object.hasOwn(ENTITY_META, typename)) {
    throw new StashOrmError('bad-relation', `${where}: unknown entity type ${JSON.stringify(typename)}`);
  }
  return ENTITY_META[typename as EntityTypename];
}

const hasInput = (m: EntityMeta, field: string) =>
  Object.hasOwn(m.update?.fields ?? {}, field) || Object.hasOwn(m.create?.fields ?? {}, field);

/** The default write of a hasMany: a bulk update of the other side, ADD/REMOVE on its id list or set/clear its id. */
function bulkWrite(where: string, target: EntityMeta, inverse: string): HasManyWrite {
  const field = target.inputFields[inverse];
  const bulk = target.bulkUpdate;
  const type = field ? bulk?.fields[field]?.type : undefined;
  if (!bulk || !field || (type !== 'BulkUpdateIds' && type !== 'ID')) {
    throw new StashOrmError(
      'bad-relation',
      `${where}: ${target.typename}.${inverse} cannot be written in bulk (${bulk?.mutation ?? 'no bulk mutation'}); pass write`,
    );
  }
  const mutation = bulk.mutation;
  return (ownerId, added, removed) => {
    const ops: SideOperation[] = [];
    const op = (ids: readonly string[], value: unknown) =>
      ops.push({ mutation, variables: { input: { ids, [field]: value } } });
    if (type === 'BulkUpdateIds') {
      if (added.length) op(added, { ids: [ownerId], mode: 'ADD' });
      if (removed.length) op(removed, { ids: [ownerId], mode: 'REMOVE' });
    } else {
      if (added.length) op(added, ownerId);
      if (removed.length) op(removed, null);
    }
    return ops;
  };
}

/**
 * Resolves and checks an entity's relationship declarations against the schema metadata, at definition time: an
 * unknown type, field or input fails here with a message naming both sides.
 */
export function defineRelations(owner: EntityTypename, specs: Record<string, Spec>): Relations {
  const own = meta(owner, owner);
  const out: Record<string, Relation> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const where = `${owner}.${name} → ${spec.target ?? 'value'}`;
    const target = spec.target === null ? null : meta(spec.target, where);
    const field = own.fields[name];
    if (spec.kind !== 'hasMany' && !field) {
      throw new StashOrmError('bad-relation', `${where}: ${owner} has no field ${JSON.stringify(name)}`);
    }
    if (field && target && field.type !== target.typename && spec.kind !== 'hasManyThrough') {
      throw new StashOrmError(
        'bad-relation',
        `${where}: ${owner}.${name} is a ${field.type}, not a ${target.typename}`,
      );
    }
    if (spec.kind === 'belongsTo') {
      const input = spec.options.input ?? own.inputFields[name] ?? null;
      if (spec.options.write === undefined && (!input || !hasInput(own, input))) {
        throw new StashOrmError('bad-relation', `${where}: ${owner} has no input field ${JSON.stringify(input)}`);
      }
      out[name] = { kind: 'belongsTo', owner, name, target: spec.target, input, write: spec.options.write ?? null };
    } else if (spec.kind === 'habtm') {
      const input = spec.options.input ?? own.inputFields[name];
      if (!input || !hasInput(own, input)) {
        throw new StashOrmError('bad-relation', `${where}: ${owner} has no input field ${JSON.stringify(input)}`);
      }
      const inverse = spec.options.inverse ?? null;
      if (inverse !== null) {
        if (!target?.fields[inverse]) {
          throw new StashOrmError('bad-relation', `${where}: ${spec.target} has no field ${JSON.stringify(inverse)}`);
        }
        // Both directions: a pair of lists is declared once, on one side (Scene.galleries ↔ Gallery.scenes).
        INVERSES.set(`${owner}.${name}`, { typename: spec.target, name: inverse });
        INVERSES.set(`${spec.target}.${inverse}`, { typename: owner, name });
      }
      const bulkInput = own.bulkUpdate?.fields[input]?.type === 'BulkUpdateIds' ? input : null;
      out[name] = { kind: 'habtm', owner, name, target: spec.target, input, bulkInput, inverse };
    } else if (spec.kind === 'hasMany') {
      const t = target as EntityMeta;
      const { inverse } = spec.options;
      if (!t.fields[inverse]) {
        throw new StashOrmError('bad-relation', `${where}: ${spec.target} has no field ${JSON.stringify(inverse)}`);
      }
      if (t.fields[inverse]?.type !== owner) {
        throw new StashOrmError('bad-relation', `${where}: ${spec.target}.${inverse} is not a ${owner}`);
      }
      const find = t.find;
      const criterion =
        spec.options.criterion ?? [inverse, `${inverse}s`].find((c) => Object.hasOwn(find?.criteria ?? {}, c));
      if (!find?.resultField || !criterion || !Object.hasOwn(find.criteria, criterion)) {
        throw new StashOrmError(
          'bad-relation',
          `${where}: ${find?.query ?? `no find query for ${spec.target}`} has no id criterion for ${spec.target}.${inverse}`,
        );
      }
      INVERSES.set(`${owner}.${name}`, { typename: spec.target, name: inverse });
      INVERSES.set(`${spec.target}.${inverse}`, { typename: owner, name });
      out[name] = {
        kind: 'hasMany',
        owner,
        name,
        target: spec.target,
        inverse,
        query: find.query,
        filterArg: find.filterArg,
        criterion,
        resultField: find.resultField,
        write: spec.options.write ?? bulkWrite(where, t, inverse),
      };
    } else {
      const input = spec.options.input ?? own.inputFields[name];
      if (!input || !hasInput(own, input)) {
        throw new StashOrmError('bad-relation', `${where}: ${owner} has no input field ${JSON.stringify(input)}`);
      }
      out[name] = {
        kind: 'hasManyThrough',
        owner,
        name,
        target: spec.target,
        via: spec.options.via ?? null,
        input,
        transform: spec.options.transform,
      };
    }
  }
  return Object.freeze(out);
}
