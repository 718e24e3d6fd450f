import type { Entity } from '@stash-graphql/orm';
import { keyOf, NATURAL_KEY_RULES, namesOf } from './rules.js';

/**
 * The store's index of names it has seen: per type, natural key (name or alias, under the server's comparison) →
 * ids. It holds ids, not entities, so it keeps nothing alive; an entry is only a hint, checked against the entity's
 * current names (and freshness) by whoever reads it, so a renamed entity's old key just stops matching.
 */
export class NaturalKeyIndex {
  // Per type, key → id, or ids when several entities had the key (rare): one string per key in the usual case.
  readonly #byType = new Map<string, Map<string, string | string[]>>();

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
      put(keys, have.name, have.disambiguation, e.id);
      for (const alias of have.aliases) put(keys, alias, have.disambiguation, e.id);
    }
  }

  /** Ids that had this key when last seen (in id order). Read only. */
  candidates(typename: string, key: string): readonly string[] {
    const ids = this.#byType.get(typename)?.get(key);
    if (ids === undefined) return NO_IDS;
    return typeof ids === 'string' ? [ids] : [...ids].sort((a, b) => Number(a) - Number(b));
  }

  clear(): void {
    this.#byType.clear();
  }
}

const NO_IDS: readonly string[] = Object.freeze([]);

function put(keys: Map<string, string | string[]>, name: string, disambiguation: string, id: string): void {
  if (!name) return;
  const k = keyOf(name, disambiguation);
  const ids = keys.get(k);
  if (ids === undefined) keys.set(k, id);
  else if (typeof ids === 'string') {
    if (ids !== id) keys.set(k, [ids, id]);
  } else if (!ids.includes(id)) ids.push(id);
}
