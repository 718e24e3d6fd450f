import { answerFields, type BatchOperation, type Returning } from '@stash-graphql/core';
import type { MutationName } from '@stash-graphql/core/generated';
import { inputValue } from './changeSet.js';
import type { ChangeSet, OwnChange } from './computeChangeSet.js';
import { type Entity, fieldsOf, identifyEntity, stateOf } from './Entity.js';
import { mergeServerAnswer } from './hydrate.js';
import type { IdentityMap } from './IdentityMap.js';
import { StashOrmError } from './StashOrmError.js';
import { dropAggregates, dropStamp, promote, requireSaved, type SaveUnit } from './saveUnits.js';

/**
 * The shared answer field lists of own creates/updates (see ownReturning), one per mutation and normalised fields.
 */
const RETURNING = new Map<string, string[]>();

const trimmed = (v: unknown) => typeof v === 'string' && v === v.trim();

/**
 * Whether Stash may store something else than what was sent: it trims every string (changesetTranslator), parses
 * dates and times, stores a cleared text as NULL (read back as ""). Numbers, booleans and trimmed plain strings
 * come back exactly as sent, so they are not read back. `plain`: a String field that is not a date or time.
 */
function mayNormalise(plain: boolean, value: unknown): boolean {
  if (typeof value === 'number' || typeof value === 'boolean') return false;
  if (!plain) return true;
  if (Array.isArray(value)) return !value.every(trimmed);
  return !trimmed(value);
}

/**
 * Per mutation and type: the fields its answer can read back (plain fields of the entity the answer has, never
 * relations or counts), each with whether it is a plain text (see mayNormalise). Built once, not per entity.
 */
const READABLE = new Map<string, Map<string, ReadonlyMap<string, boolean>>>();

function readable(mutation: string, typename: string): ReadonlyMap<string, boolean> {
  let byType = READABLE.get(mutation);
  if (!byType) {
    byType = new Map();
    READABLE.set(mutation, byType);
  }
  let out = byType.get(typename);
  if (!out) {
    const answer = answerFields(mutation as MutationName);
    const map = new Map<string, boolean>();
    for (const info of fieldsOf(typename).values()) {
      if (info.relation || !info.meta || info.meta.kind === 'OBJECT' || !answer.has(info.name)) continue;
      map.set(info.name, info.meta.type === 'String' && !/date|time|_at$/.test(info.name));
    }
    out = map;
    byType.set(typename, out);
  }
  return out;
}

/**
 * What the answer of an own create/update selects: the id and the plain fields sent that the server
 * may normalise (see mayNormalise; a column of the row it just wrote costs it nothing), never relations or counts.
 * Shared by every entity that reads back the same fields, so that they share one document text.
 */
function ownReturning(mutation: string, fields: ReadonlyMap<string, unknown>, typename: string): string[] {
  const candidates = readable(mutation, typename);
  const names: string[] = [];
  for (const [name, value] of fields) {
    const plain = candidates.get(name);
    if (plain !== undefined && mayNormalise(plain, value)) names.push(name);
  }
  const key = names.length ? `${mutation}|${names.join(',')}` : mutation;
  let cached = RETURNING.get(key);
  if (!cached) {
    cached = [...new Set(['id', ...names])].sort();
    RETURNING.set(key, cached);
  }
  return cached;
}

/** The non-null input fields of a create mutation, per mutation (its field table is a constant). */
const REQUIRED = new WeakMap<object, string[]>();

function requiredFields(fields: Record<string, { nonNull?: boolean }>): string[] {
  let out = REQUIRED.get(fields);
  if (!out) {
    out = Object.keys(fields).filter((f) => fields[f]?.nonNull);
    REQUIRED.set(fields, out);
  }
  return out;
}

/**
 * A create missing a required input field (name, title …) would fail GraphQL validation for the whole batch request,
 * and Stash refuses a scene with neither title nor files: refused here, as this entity's own failure.
 */
function checkCreateInput(
  entity: Entity,
  fields: Record<string, { nonNull?: boolean }>,
  input: Record<string, unknown>,
) {
  const missing = requiredFields(fields).filter((f) => !(f in input));
  if (missing.length) {
    throw new StashOrmError('invalid-value', `${entity.typename} cannot be created without ${missing.join(', ')}`, [
      `${entity.typename}:${entity.id}`,
    ]);
  }
  // Stash: "title must be set if scene has no files".
  if (entity.typename === 'Scene' && !String(input.title ?? '').trim() && !(input.file_ids as unknown[])?.length) {
    throw new StashOrmError('invalid-value', 'a Scene without files needs a title: Stash refuses it', [
      `${entity.typename}:${entity.id}`,
    ]);
  }
}

export function ownUnit(cs: ChangeSet, extra?: 'full' | readonly string[]): SaveUnit | null {
  const { own } = cs;
  if (!own) return null;
  const slim = ownReturning(own.mutation.mutation, own.fields, cs.entity.typename);
  const returning: Returning = extra === 'full' ? 'full' : extra ? [...new Set([...slim, ...extra])] : slim;
  return new OwnUnit(cs.entity, cs.isNew, own, returning);
}

/**
 * The entity's own create or update. A class, not an object of closures: a save of many entities builds one per
 * entity, and prototype methods cost nothing per instance.
 */
class OwnUnit implements SaveUnit {
  constructor(
    readonly entity: Entity,
    readonly isNew: boolean,
    readonly own: OwnChange,
    readonly returning: Returning,
  ) {}

  // Read only when a unit fails or is described: not stored for each of a big save's units.
  get entities(): readonly Entity[] {
    return [this.entity];
  }

  get dependsOn(): readonly Entity[] {
    return this.own.references;
  }

  // Built when read (errors, logs): a save of 64k entities does not need 64k label strings.
  get label(): string {
    return `${this.own.mutation.mutation} ${identifyEntity(this.entity)}`;
  }

  build(tempIds?: boolean): BatchOperation[] {
    const { entity, own, isNew } = this;
    if (own.references.length) requireSaved(this.label, own.references, tempIds);
    const infos = fieldsOf(entity.typename);
    const input: Record<string, unknown> = isNew ? {} : { id: entity.id };
    for (const [name, value] of own.fields) {
      const info = infos.get(name);
      if (info) input[info.input as string] = inputValue(entity, info, value, own.mutation);
    }
    if (isNew) checkCreateInput(entity, own.mutation.fields, input);
    return [{ mutation: own.mutation.mutation, variables: { input }, returning: this.returning } as BatchOperation];
  }

  apply([result]: readonly unknown[], map?: IdentityMap): void {
    const { entity, own, isNew } = this;
    const answer = result as { id?: unknown } | null;
    if (!answer || typeof answer.id !== 'string') {
      throw new StashOrmError('malformed-data', `${this.label}: the server answered ${JSON.stringify(result)}`);
    }
    if (isNew) stateOf(entity).id = answer.id;
    const infos = fieldsOf(entity.typename);
    let sendsRelation = false;
    for (const [name, value] of own.fields) {
      promote(entity, name, value);
      if (infos.get(name)?.relation) sendsRelation = true;
    }
    if (sendsRelation && !isNew) dropAggregates(entity);
    dropStamp(entity);
    mergeServerAnswer(entity, answer, map);
  }
}
