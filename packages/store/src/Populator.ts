import type { StashCapabilities, StashClient } from '@stash-graphql/core';
import { ENTITY_META } from '@stash-graphql/core/generated';
import { allEntities, type Entity, type EntityClass, type HasMany } from '@stash-graphql/orm';
import { loadRelation } from '@stash-graphql/orm/internal';
import { type EntityReader, PAGE, queryHasArg } from './EntityReader.js';
import { pathLoaded, valuesOf } from './entityPaths.js';
import { StashStoreError } from './StashStoreError.js';
import { addPaths, defaultSelection, type Selection } from './selection.js';
import type { PopulatePath } from './types/storeTypes.js';

/** What populate works on: the client (for the schema) and the store's reads. */
export interface PopulatorDeps {
  readonly client: StashClient;
  readonly reader: EntityReader;
}

/** Batched populate: loads `a__b__c` paths on many entities in one request per type and level. */
export class Populator {
  readonly #client: StashClient;
  readonly #reader: EntityReader;

  constructor(deps: PopulatorDeps) {
    this.#client = deps.client;
    this.#reader = deps.reader;
  }

  /**
   * Loads `a__b__c` paths on entities, reading only what is missing: one request per entity type and level (ids
   * in bulk), hasMany lists through one filter query on the other side for all owners.
   */
  async populate<T extends Entity | readonly Entity[]>(target: T, paths: readonly PopulatePath<T>[]): Promise<T> {
    const entities = (Array.isArray(target) ? target : [target]) as Entity[];
    const caps = await this.#client.capabilities();
    for (const path of paths) await this.#populatePath(caps, entities, path.split('__'));
    return target;
  }

  async #populatePath(caps: StashCapabilities, entities: readonly Entity[], segs: readonly string[]): Promise<void> {
    const [seg, ...rest] = segs as [string, ...string[]];
    const byType = new Map<EntityClass, Entity[]>();
    for (const e of new Set(entities)) {
      if (e.isNew()) continue;
      const cls = e.constructor as EntityClass;
      byType.get(cls)?.push(e) ?? byType.set(cls, [e]);
    }
    for (const [cls, group] of byType) {
      const rel = cls.relations[seg];
      if (rel?.kind === 'hasMany') {
        await this.#loadHasMany(
          rel,
          group.filter((e) => !e.isLoaded(seg)),
        );
        if (rest.length)
          await this.#populatePath(
            caps,
            group.flatMap((e) => valuesOf(e, seg)),
            rest,
          );
        continue;
      }
      if (!caps.fields(cls.typename)?.has(seg)) {
        throw new StashStoreError('unknown-field', `${cls.typename} has no field ${JSON.stringify(seg)}`, [
          ...(caps.fields(cls.typename)?.keys() ?? []),
          ...Object.keys(cls.relations),
        ]);
      }
      const missing = group.filter((e) => !e.isLoaded(seg));
      const loaded = group.filter((e) => e.isLoaded(seg));
      if (rest.length && loaded.length) {
        const next = loaded.flatMap((e) => valuesOf(e, seg));
        const nextType = next[0]?.typename;
        if (
          nextType &&
          ENTITY_META[nextType].find &&
          queryHasArg(caps, ENTITY_META[nextType].find?.query ?? '', 'ids')
        ) {
          await this.#populatePath(caps, next, rest);
        } else {
          // Not readable by id on its own (files): read it again through the owner.
          missing.push(...loaded.filter((e) => !pathLoaded(e, segs)));
        }
      }
      if (missing.length) {
        const sel: Selection = new Map([['id', new Map()]]);
        addPaths(caps, cls.typename, sel, [segs.join('__')]);
        await this.#reader.fetchIds(
          cls,
          missing.map((e) => e.id),
          sel,
          false,
        );
      }
    }
  }

  async #loadHasMany(rel: HasMany, owners: readonly Entity[]): Promise<void> {
    if (!owners.length) return;
    const target = entityClassOf(rel.target);
    const caps = await this.#client.capabilities();
    const sel = defaultSelection(caps, rel.target);
    addPaths(caps, rel.target, sel, [`${rel.inverse}__id`]);
    const criterion: Record<string, unknown> = { value: owners.map((o) => o.id), modifier: 'INCLUDES' };
    if (
      caps.fields(this.#reader.find(target).filterType)?.get(rel.criterion)?.type === 'HierarchicalMultiCriterionInput'
    ) {
      criterion.depth = 0;
    }
    const lists = new Map<Entity, Entity[]>(owners.map((o) => [o, []]));
    for await (const page of this.#reader.pages(target, { [rel.criterion]: criterion }, PAGE, sel, false)) {
      for (const item of page) {
        for (const owner of valuesOf(item, rel.inverse)) lists.get(owner)?.push(item);
      }
    }
    for (const [owner, items] of lists) loadRelation(owner, rel.name, items);
  }
}

const CLASS_BY_NAME = new Map<string, EntityClass>((allEntities as readonly EntityClass[]).map((c) => [c.typename, c]));
function entityClassOf(typename: string): EntityClass {
  const cls = CLASS_BY_NAME.get(typename);
  if (!cls) throw new StashStoreError('unknown-type', `${typename} is not an entity type`, [...CLASS_BY_NAME.keys()]);
  return cls;
}
