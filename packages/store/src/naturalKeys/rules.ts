import { asciiFold, goTrimSpace, sqlLike } from './goText.js';

/**
 * How Stash identifies an entity by name, per type, as read in Stash v0.30.1's source:
 * - Tag (`pkg/tag/update.go` EnsureTagNameUnique, EnsureAliasesUnique): names and aliases of all tags share one
 *   namespace; a new name or alias is refused when it LIKE-matches another tag's name ("tag with name '…' already
 *   exists") or alias ("name '…' is used as alias for '…'").
 * - Studio (`pkg/studio/validate.go`): the same rule and messages as tags (studio wording).
 * - Performer (`pkg/performer/validate.go` validateName): name LIKE and disambiguation LIKE (or both blank)
 *   ("performer with name '…' [and disambiguation '…'] already exists"); aliases are not unique across performers,
 *   only within one (case-insensitively, Go `strings.ToLower`).
 * - Group (`pkg/group/validate.go`) and Gallery: no uniqueness, only a non-blank name (groups).
 * Every create trims the name (and aliases, disambiguation) with Go's TrimSpace (`internal/api/resolver_mutation_*`).
 */
export interface NaturalKeyRule {
  readonly typename: string;
  /** The field holding the name. */
  readonly nameField: 'name' | 'title';
  /** The list field of aliases that name the entity too (getOrCreate matches them), or null. */
  readonly aliasField: 'aliases' | 'alias_list' | null;
  /** The filter field for aliases. */
  readonly aliasFilter: 'aliases' | null;
  /** The disambiguation is part of the key (performers). */
  readonly disambiguation: boolean;
  /** How the server refuses a duplicate on create. */
  readonly uniqueness: 'names-and-aliases' | 'name-and-disambiguation' | 'none';
}

export const NATURAL_KEY_RULES: Readonly<Record<string, NaturalKeyRule>> = {
  Tag: {
    typename: 'Tag',
    nameField: 'name',
    aliasField: 'aliases',
    aliasFilter: 'aliases',
    disambiguation: false,
    uniqueness: 'names-and-aliases',
  },
  Studio: {
    typename: 'Studio',
    nameField: 'name',
    aliasField: 'aliases',
    aliasFilter: 'aliases',
    disambiguation: false,
    uniqueness: 'names-and-aliases',
  },
  Performer: {
    typename: 'Performer',
    nameField: 'name',
    aliasField: 'alias_list',
    aliasFilter: 'aliases',
    disambiguation: true,
    uniqueness: 'name-and-disambiguation',
  },
  Group: {
    typename: 'Group',
    nameField: 'name',
    aliasField: null,
    aliasFilter: null,
    disambiguation: false,
    uniqueness: 'none',
  },
  Gallery: {
    typename: 'Gallery',
    nameField: 'title',
    aliasField: null,
    aliasFilter: null,
    disambiguation: false,
    uniqueness: 'none',
  },
};

/** What a caller asks for, normalised as the server will store it. */
export interface WantedKey {
  /** The trimmed name, as the server will store it. */
  name: string;
  /** The trimmed disambiguation ('' when none). */
  disambiguation: string;
  /** Trimmed aliases the new entity would get. */
  aliases: string[];
  /** The identity of the key: names equal under the server's comparison share it. */
  key: string;
}

/** Key of a name (+ disambiguation) under Stash's comparison: Go-trimmed, ASCII-folded. */
export const keyOf = (name: string, disambiguation = ''): string =>
  `${asciiFold(goTrimSpace(name))}\u0000${asciiFold(goTrimSpace(disambiguation))}`;

/** A value read from an entity as a string ('' for null/undefined). */
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const list = (v: unknown): string[] => {
  if (v == null) return [];
  const items =
    typeof (v as { toArray?: unknown }).toArray === 'function' ? (v as { toArray(): unknown[] }).toArray() : v;
  return Array.isArray(items) ? items.filter((x): x is string => typeof x === 'string') : [];
};

export function wantedOf(rule: NaturalKeyRule, props: Readonly<Record<string, unknown>>): WantedKey {
  const name = goTrimSpace(str(props[rule.nameField]));
  const disambiguation = rule.disambiguation ? goTrimSpace(str(props.disambiguation)) : '';
  const aliases = rule.aliasField ? list(props[rule.aliasField]).map(goTrimSpace) : [];
  return { name, disambiguation, aliases, key: keyOf(name, disambiguation) };
}

/** The name, disambiguation and aliases an entity holds (as plain strings). */
export function namesOf(
  rule: NaturalKeyRule,
  entity: object,
): { name: string; disambiguation: string; aliases: string[] } {
  const e = entity as Record<string, unknown>;
  return {
    name: str(read(e, rule.nameField)),
    disambiguation: rule.disambiguation ? str(read(e, 'disambiguation')) : '',
    aliases: rule.aliasField ? list(read(e, rule.aliasField)) : [],
  };
}

function read(e: Record<string, unknown>, field: string): unknown {
  try {
    return e[field];
  } catch {
    return undefined; // not loaded
  }
}

export type Match =
  | { kind: 'name' }
  | { kind: 'alias'; alias: string }
  | { kind: 'clash'; reason: 'name' | 'alias' | 'aliases'; message: string };

const blank = (s: string) => goTrimSpace(s) === '';

/**
 * How an existing entity relates to what is wanted: the same name (ASCII case-insensitive, same disambiguation),
 * the wanted name is one of its aliases, or a clash that makes the server refuse the create (a LIKE match through
 * `_`/`%`, or one of the wanted aliases taken); null when unrelated.
 */
export function matchOf(rule: NaturalKeyRule, wanted: WantedKey, entity: object): Match | null {
  const have = namesOf(rule, entity);
  const sameDisambiguation = asciiFold(goTrimSpace(have.disambiguation)) === asciiFold(wanted.disambiguation);
  const fold = asciiFold(wanted.name);
  if (asciiFold(goTrimSpace(have.name)) === fold && sameDisambiguation) return { kind: 'name' };
  if (sameDisambiguation) {
    const alias = have.aliases.find((a) => asciiFold(goTrimSpace(a)) === fold);
    if (alias !== undefined) return { kind: 'alias', alias };
  }
  const type = rule.typename.toLowerCase();
  switch (rule.uniqueness) {
    case 'names-and-aliases': {
      if (sqlLike(have.name, wanted.name)) {
        return { kind: 'clash', reason: 'name', message: `${type} with name '${wanted.name}' already exists` };
      }
      if (have.aliases.some((a) => sqlLike(a, wanted.name))) {
        return { kind: 'clash', reason: 'alias', message: `name '${wanted.name}' is used as alias for '${have.name}'` };
      }
      for (const a of wanted.aliases) {
        if (sqlLike(have.name, a)) {
          const message =
            rule.typename === 'Tag' ? `tag with name '${a}' already exists` : `studio with name '${a}' already exists`;
          return { kind: 'clash', reason: 'aliases', message };
        }
        if (have.aliases.some((x) => sqlLike(x, a))) {
          return { kind: 'clash', reason: 'aliases', message: `name '${a}' is used as alias for '${have.name}'` };
        }
      }
      return null;
    }
    case 'name-and-disambiguation': {
      const disambiguationClash = wanted.disambiguation
        ? sqlLike(have.disambiguation, wanted.disambiguation)
        : blank(have.disambiguation);
      if (sqlLike(have.name, wanted.name) && disambiguationClash) {
        const message = wanted.disambiguation
          ? `performer with name '${wanted.name}' and disambiguation '${wanted.disambiguation}' already exists`
          : `performer with name '${wanted.name}' already exists`;
        return { kind: 'clash', reason: 'name', message };
      }
      return null;
    }
    default:
      return null;
  }
}
