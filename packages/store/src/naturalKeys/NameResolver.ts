import { StashError } from '@stash-graphql/core';
import type { Entity, EntityClass, SaveResult } from '@stash-graphql/orm';
import { Q, type QExpr } from '../Q.js';
import { StashStoreError } from '../StashStoreError.js';
import { Candidates } from './Candidates.js';
import { likeAsRegex, regexChunks } from './goText.js';
import type { NaturalKeyIndex } from './NaturalKeyIndex.js';
import { type Match, matchOf, NATURAL_KEY_RULES, type NaturalKeyRule, type WantedKey, wantedOf } from './rules.js';
import { StashNameConflictError } from './StashNameConflictError.js';

/** What getOrCreateMany reports per item. */
export type GetOrCreateOutcome<E extends Entity = Entity> =
  | { ok: true; entity: E; created: boolean }
  | { ok: false; error: StashError };

/** What the resolver needs from the store. */
export interface NameResolverHost {
  /** Reads matches with at least `fields` (the store's default tier has no lists, and aliases are one). */
  find(cls: EntityClass, filters: QExpr, fields: readonly string[]): Promise<Entity[]>;
  /** Saves new entities; `returning` names fields to read back beyond what was sent. */
  saveBatch(entities: Entity[], returning: readonly string[]): Promise<SaveResult>;
  /** The identity map's entity for an id while it is fresh for these fields. */
  cached(cls: EntityClass, id: string, fields: readonly string[]): Entity | undefined;
  readonly index: NaturalKeyIndex;
}

/** Stash's refusals of a duplicate name (tags, studios, performers). */
const RACE = /already exists|is used as alias/;
/** Failures that concern the whole run, not one item: the caller gets them as a rejection. */
const RUN_WIDE = new Set(['connection', 'auth', 'timeout', 'abort', 'http']);
/** Names per lookup regex: keeps the pattern well inside RE2's and SQLite's limits. */
const NAMES_PER_LOOKUP = 400;

type Outcome = GetOrCreateOutcome;
interface Pending {
  slot: string;
  wanted: WantedKey;
  props: Record<string, unknown>;
}

/**
 * One call's resolution, shared with concurrent calls that ask for one of its keys: `done` settles when every key
 * it owns has its outcome (or rejects with the run-wide failure that stopped it).
 */
interface Resolution {
  readonly outcomes: Map<string, Outcome>;
  readonly done: Promise<void>;
}

const KEY_FIELDS = new WeakMap<NaturalKeyRule, readonly string[]>();

/** The fields a type's natural key is read from. */
function keyFields(rule: NaturalKeyRule): readonly string[] {
  let out = KEY_FIELDS.get(rule);
  if (!out) {
    out = [
      rule.nameField,
      ...(rule.aliasField ? [rule.aliasField] : []),
      ...(rule.disambiguation ? ['disambiguation'] : []),
    ];
    KEY_FIELDS.set(rule, out);
  }
  return out;
}

export const isRunWide = (e: unknown): boolean => e instanceof StashError && RUN_WIDE.has(e.kind);

/**
 * Find-or-create by natural key in a constant number of requests: the store's name index first, then one regex
 * lookup for every name and alias left, one batched create for the missing, and one more lookup for the creates
 * Stash refused because another writer won the race. Concurrent calls for the same key share one resolution.
 */
export class NameResolver {
  /** Key slot (`Type|key`) → the resolution in flight that owns it. */
  readonly #inflight = new Map<string, Resolution>();

  constructor(readonly host: NameResolverHost) {}

  ruleOf(cls: EntityClass): NaturalKeyRule {
    const rule = NATURAL_KEY_RULES[cls.typename];
    if (!rule) {
      throw new StashStoreError(
        'unsupported',
        `${cls.typename} has no natural key: getOrCreate works on types Stash names`,
        Object.keys(NATURAL_KEY_RULES),
      );
    }
    return rule;
  }

  async getOrCreateMany(
    cls: EntityClass,
    items: readonly (string | Readonly<Record<string, unknown>>)[],
  ): Promise<Outcome[]> {
    const rule = this.ruleOf(cls);
    // Per item: its outcome now (a bad item), or the slot whose outcome it takes, and from which resolution.
    const plan: (Outcome | { slot: string; from: Resolution | null; first: boolean })[] = [];
    const mine = new Map<string, Pending>();
    const others = new Set<Resolution>();
    for (const item of items) {
      const props = typeof item === 'string' ? { [rule.nameField]: item } : { ...item };
      const wanted = wantedOf(rule, props);
      const problem = checkItem(cls, rule, props, wanted);
      if (problem) {
        plan.push({ ok: false, error: problem });
        continue;
      }
      const slot = `${cls.typename}|${wanted.key}`;
      const shared = this.#inflight.get(slot);
      if (shared) {
        // Another call is resolving the same key: the same entity, never created twice.
        others.add(shared);
        plan.push({ slot, from: shared, first: false });
      } else if (mine.has(slot)) {
        // An earlier item of this call has the same key: it is the one that may create.
        plan.push({ slot, from: null, first: false });
      } else {
        mine.set(slot, { slot, wanted, props });
        plan.push({ slot, from: null, first: true });
      }
    }
    let own: Resolution | null = null;
    if (mine.size) {
      const outcomes = new Map<string, Outcome>();
      // The resolution is this call's own work: concurrent callers await it too (none can start before the slots are
      // taken, as nothing yields in between).
      own = { outcomes, done: this.#resolve(cls, rule, [...mine.values()], outcomes) };
      own.done.catch(() => {}); // awaited below; a failure is this call's rejection, not an unhandled one
      for (const slot of mine.keys()) this.#inflight.set(slot, own);
      try {
        await own.done;
      } finally {
        for (const slot of mine.keys()) if (this.#inflight.get(slot) === own) this.#inflight.delete(slot);
      }
    }
    for (const r of others) await r.done;
    return plan.map((p) => {
      if (!('slot' in p)) return p;
      const o = (p.from ?? own)?.outcomes.get(p.slot) as Outcome;
      return p.first ? o : notCreated(o);
    });
  }

  async #resolve(
    cls: EntityClass,
    rule: NaturalKeyRule,
    pending: Pending[],
    outcomes: Map<string, Outcome>,
  ): Promise<void> {
    const settle = (p: Pending, o: Outcome) => outcomes.set(p.slot, o);
    // 1. Names the store already knows (fresh entities of the identity map).
    const left = pending.filter((p) => {
      const hit = this.#fromIndex(cls, rule, p.wanted);
      if (hit) settle(p, { ok: true, entity: hit, created: false });
      return !hit;
    });
    if (!left.length) return;
    // 2. One lookup for all the names and aliases left.
    const found = new Candidates(
      rule,
      await this.#lookup(
        cls,
        rule,
        left.map((p) => p.wanted),
      ),
    );
    const missing: Pending[] = [];
    const created: Entity[] = [];
    for (const p of left) {
      const outcome = decide(cls, rule, p.wanted, found);
      if (outcome) {
        settle(p, outcome);
        continue;
      }
      const entity = draft(cls, rule, p);
      // A value the entity refuses (e.g. an unknown enum) is this item's own error.
      if (entity instanceof StashError) settle(p, { ok: false, error: entity });
      else {
        missing.push(p);
        created.push(entity);
      }
    }
    if (!missing.length) return;
    // 3. One batched create for the missing. Every key field is sent (see createProps), already as the server stores
    // it: the name index can serve a rerun without a lookup, and the answer is the id alone.
    const result = await this.host.saveBatch(created, []);
    const failed = new Map(result.failed.map((f) => [f.entity, f.error]));
    const raced: { p: Pending; error: StashError }[] = [];
    missing.forEach((p, i) => {
      const entity = created[i] as Entity;
      const error = failed.get(entity);
      if (!error) settle(p, { ok: true, entity, created: true });
      else if (isRunWide(error)) throw error;
      else if (RACE.test(error.message)) raced.push({ p, error });
      else settle(p, { ok: false, error });
    });
    if (!raced.length) return;
    // 4. Refused as duplicates: someone else created them meanwhile (or a clash the lookup could not see).
    const again = new Candidates(
      rule,
      await this.#lookup(
        cls,
        rule,
        raced.map((r) => r.p.wanted),
      ),
    );
    for (const { p, error } of raced) settle(p, decide(cls, rule, p.wanted, again) ?? { ok: false, error });
  }

  #fromIndex(cls: EntityClass, rule: NaturalKeyRule, wanted: WantedKey): Entity | undefined {
    const fields = keyFields(rule);
    for (const id of this.host.index.candidates(cls.typename, wanted.key)) {
      const e = this.host.cached(cls, id, fields);
      if (!e || e.isNew() || fields.some((f) => e.dirtyFields().includes(f))) continue;
      const m = matchOf(rule, wanted, e);
      // An alias only identifies where aliases are unique across entities (tags, studios); a performer's alias may
      // be another performer's name, which the server lookup would prefer.
      if (m?.kind === 'name' || (m?.kind === 'alias' && rule.uniqueness === 'names-and-aliases')) return e;
    }
    return undefined;
  }

  async #lookup(cls: EntityClass, rule: NaturalKeyRule, wanted: readonly WantedKey[]): Promise<Entity[]> {
    const out: Entity[] = [];
    const fields = keyFields(rule);
    for (const q of lookupFilters(rule, wanted)) out.push(...(await this.host.find(cls, q, fields)));
    return [...new Set(out)].sort((a, b) => Number(a.id) - Number(b.id));
  }
}

/**
 * The lookup for names and aliases: one anchored, case-insensitive RE2 regex of them all (an OR chain of criteria
 * overflows SQLite's parser past ~29 levels), with `_`/`%` as the wildcards Stash's LIKE will apply, so that the
 * answer holds every entity that could clash. One filter per chunk of names (normally one).
 */
export function lookupFilters(rule: NaturalKeyRule, wanted: readonly WantedKey[]): QExpr[] {
  const parts = [...new Set(wanted.flatMap((w) => [w.name, ...w.aliases]).map(likeAsRegex))];
  return regexChunks(parts, NAMES_PER_LOOKUP).map((chunk) => {
    const re = `(?is)^(?:${chunk.join('|')})$`;
    const q = Q({ [`${rule.nameField}__regex`]: re });
    return rule.aliasFilter ? q.or({ [`${rule.aliasFilter}__regex`]: re }) : q;
  });
}

/** The entity to create for an item, or the error its props raise (a value the field refuses). */
function draft(cls: EntityClass, rule: NaturalKeyRule, p: Pending): Entity | StashError {
  try {
    return new cls(createProps(rule, p));
  } catch (e) {
    if (e instanceof StashError) return e;
    throw e;
  }
}

const notCreated = (o: Outcome): Outcome => (o.ok ? { ...o, created: false } : o);

function checkItem(
  cls: EntityClass,
  rule: NaturalKeyRule,
  props: Record<string, unknown>,
  wanted: WantedKey,
): StashError | null {
  const name = props[rule.nameField];
  if (typeof name !== 'string' || !wanted.name) {
    return new StashStoreError(
      'invalid-value',
      `${cls.typename}.getOrCreate needs a non-blank ${rule.nameField} (a string), got ${JSON.stringify(name)}`,
    );
  }
  return null;
}

const RANK: Readonly<Record<Match['kind'], number>> = { name: 0, alias: 1, clash: 2 };

/** The found entity, a conflict, or null (create it). Candidates are in id order: the oldest wins. */
function decide(cls: EntityClass, rule: NaturalKeyRule, wanted: WantedKey, found: Candidates<Entity>) {
  // The first entity (oldest) by the best kind of match: a name, else an alias, else a clash.
  let hit: [Entity, Match] | undefined;
  for (const e of found.for(wanted)) {
    const m = matchOf(rule, wanted, e);
    if (!m || (hit && RANK[hit[1].kind] <= RANK[m.kind])) continue;
    hit = [e, m];
    if (m.kind === 'name') break;
  }
  if (!hit) return null;
  const [entity, m] = hit;
  if (m.kind !== 'clash') return { ok: true as const, entity, created: false };
  return {
    ok: false as const,
    error: new StashNameConflictError(cls.typename, wanted.name, entity, m.reason, m.message),
  };
}

/**
 * The props of a new entity, trimmed as the server will store them. Every key field is set, empty ones too
 * (Stash stores no aliases as an empty list and a blank disambiguation as "", exactly what is sent): the created
 * entity then holds its whole key without reading it back.
 */
function createProps(rule: NaturalKeyRule, p: Pending): Record<string, unknown> {
  const props: Record<string, unknown> = { ...p.props, [rule.nameField]: p.wanted.name };
  if (rule.disambiguation) props.disambiguation = p.wanted.disambiguation;
  if (rule.aliasField) props[rule.aliasField] = p.wanted.aliases;
  return props;
}
