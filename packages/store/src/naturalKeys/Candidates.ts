import { asciiFold, goTrimSpace, hasLikeWildcards } from './goText.js';
import { type NaturalKeyRule, namesOf, type WantedKey } from './rules.js';

const NONE: readonly never[] = Object.freeze([]);

/**
 * A lookup's answer, indexed so that each wanted key is matched against the few entities that can relate to it
 * instead of all of them (200 names against 100 found ones was 20,000 `matchOf` calls). Without `_`/`%` in the
 * wanted name and aliases (which are trimmed), every kind of match (name, alias, clash) needs one of the entity's
 * names or aliases, Go-trimmed, to equal one of the wanted ones under ASCII folding, so those are the keys; a wanted
 * key with wildcards is checked against every entity.
 */
export class Candidates<T extends object> {
  readonly #all: readonly T[];
  readonly #byFold = new Map<string, number[]>();

  /** `all` in the order matches are preferred (id order: the oldest wins). */
  constructor(rule: NaturalKeyRule, all: readonly T[]) {
    this.#all = all;
    all.forEach((e, i) => {
      const have = namesOf(rule, e);
      const keys = new Set([have.name, ...have.aliases].map((s) => asciiFold(goTrimSpace(s))));
      for (const k of keys) this.#byFold.get(k)?.push(i) ?? this.#byFold.set(k, [i]);
    });
  }

  /** The entities that may match `wanted`, in the preferred order. */
  for(wanted: WantedKey): readonly T[] {
    if (hasLikeWildcards(wanted.name) || wanted.aliases.some(hasLikeWildcards)) return this.#all;
    if (!wanted.aliases.length) {
      // The common case, a name alone: its one list of positions is already in order.
      const at = this.#byFold.get(asciiFold(wanted.name));
      return at ? at.map((i) => this.#all[i] as T) : NONE;
    }
    const texts = [wanted.name, ...wanted.aliases];
    const at = new Set<number>();
    for (const t of texts) for (const i of this.#byFold.get(asciiFold(t)) ?? []) at.add(i);
    return [...at].sort((a, b) => a - b).map((i) => this.#all[i] as T);
  }
}
