import type { Entity, EntityClass, IdentityMap, SaveResult } from '@stash-graphql/orm';
import type { Freshness } from './Freshness.js';
import { type GetOrCreateOutcome, NameResolver } from './naturalKeys/NameResolver.js';
import { NaturalKeyIndex } from './naturalKeys/NaturalKeyIndex.js';
import { NATURAL_KEY_RULES } from './naturalKeys/rules.js';
import type { QExpr } from './Q.js';
import type { GetOrCreateProps } from './types/storeTypes.js';

type Inst<C extends EntityClass> = InstanceType<C>;

/** What get-or-create needs from the store: its map and stamps, a key-only find, and a batched save. */
export interface GetOrCreateDeps {
  readonly map: IdentityMap;
  readonly freshness: Freshness;
  /** Reads matches with the id and `fields` only. */
  findKeys(cls: EntityClass, filters: QExpr, fields: readonly string[]): Promise<Entity[]>;
  saveBatch(entities: Entity[], returning: readonly string[]): Promise<SaveResult>;
}

/**
 * getOrCreate by natural key: the rules per type live in `naturalKeys/rules.ts` (NATURAL_KEY_RULES), the lookups
 * and creates in NameResolver; this module keeps the store's name index, fed by every read of a named type.
 */
export class GetOrCreate {
  readonly #freshness: Freshness;
  readonly #nameIndex = new NaturalKeyIndex();
  readonly #resolver: NameResolver;

  constructor(deps: GetOrCreateDeps) {
    this.#freshness = deps.freshness;
    this.#resolver = new NameResolver({
      find: (cls, q, fields) => deps.findKeys(cls, q, fields),
      saveBatch: (entities, returning) => deps.saveBatch(entities, returning),
      cached: (cls, id, fields) => {
        const e = deps.map.get(cls.typename, id);
        return e && deps.freshness.namesFresh(e, fields) ? e : undefined;
      },
      index: this.#nameIndex,
    });
  }

  /** Indexes the names of entities just read or saved, for the types that have a natural key. */
  index(cls: EntityClass | undefined, entities: readonly Entity[]): void {
    if (!cls || NATURAL_KEY_RULES[cls.typename]) this.#nameIndex.add(entities);
  }

  clear(): void {
    this.#nameIndex.clear();
  }

  /**
   * The entity Stash would consider the same (see `naturalKeys/rules.ts`: names trimmed and compared the way Stash
   * does, tags and studios also by alias, performers with their disambiguation), else a new one created from `props`.
   * The store's name index is checked first, so a name it already knows costs no request. Throws a
   * StashNameConflictError when Stash would refuse the name because of another entity (a LIKE clash).
   */
  async getOrCreate<C extends EntityClass>(
    cls: C,
    props: string | GetOrCreateProps<C>,
    options: { onCreate?: ((entity: Inst<C>) => void) | undefined } = {},
  ): Promise<Inst<C>> {
    const [outcome] = await this.getOrCreateMany(cls, [props]);
    if (!outcome?.ok) throw outcome?.error;
    // Only the call that created it hears about it; concurrent callers for the same name just get the entity.
    if (outcome.created) options.onCreate?.(outcome.entity);
    return outcome.entity;
  }

  /**
   * getOrCreate for many names in a constant number of requests: one lookup for every name and alias the store does
   * not know yet, one batched create for the missing, one re-lookup for creates lost to a concurrent writer.
   * Outcomes align with `items`; one item's problem (a blank name, a conflict, a server refusal) is its outcome,
   * and only a run-wide failure (connection, auth) rejects.
   */
  async getOrCreateMany<C extends EntityClass>(
    cls: C,
    items: readonly (string | Readonly<Record<string, unknown>>)[],
  ): Promise<GetOrCreateOutcome<Inst<C>>[]> {
    const outcomes = await this.#resolver.getOrCreateMany(cls, items);
    for (const o of outcomes) if (o.ok) this.#freshness.keep(o.entity);
    return outcomes as GetOrCreateOutcome<Inst<C>>[];
  }
}
