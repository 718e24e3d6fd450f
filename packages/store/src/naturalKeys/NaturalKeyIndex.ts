import type { Entity } from '@stash-graphql/orm';
import { keyOf, NATURAL_KEY_RULES, namesOf } from './rules.js';

/**
 * The store's index of names it has seen: per type, natural key (name or alias, under the server's comparison) →
 * ids. It holds ids, not entities, so it keeps nothing alive; an entry is only a hint, checked against the entity's
 * current names (and freshness) by whoever reads it, so a renamed entity's old key just stops matching.
 */
export class NaturalKeyIndex {
  readonly #byType = new Map<string, Map<string, Set<string>>>();

  /** Indexes the names and aliases of entities whose type has a natural key. */
  add(entities: readonly Entity[]): void {
    for (const e of entities) {
      const rule = NATURAL_KEY_RULES[e.typename];
      if (!rule || e.isNew()) continue;
      let keys = this.#byType.get(e.typename);
      if (!keys) {
        keys = new Map();
        this.#byType.set(e.typename, keys);
      }
      const have = namesOf(rule, e);
      for (const name of [have.name, ...have.aliases]) {
        if (!name) continue;
        const k = keyOf(name, have.disambiguation);
        let ids = keys.get(k);
        if (!ids) {
          ids = new Set();
          keys.set(k, ids);
        }
        ids.add(e.id);
      }
    }
  }

  /** Ids that had this key when last seen (in id order). */
  candidates(typename: string, key: string): string[] {
    const ids = this.#byType.get(typename)?.get(key);
    return ids ? [...ids].sort((a, b) => Number(a) - Number(b)) : [];
  }

  clear(): void {
    this.#byType.clear();
  }
}
