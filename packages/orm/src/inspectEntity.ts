/**
 * What `console.log(entity)` and `util.inspect(entity)` show, instead of an empty `Scene {}` (the state lives in a
 * private field): the id, every loaded or assigned field with its current value, and what a save would send —
 * `dirty` fields, `pending` ADD/REMOVE on lists that were never loaded (`'tags.add'`), `queued` side mutations. Other entities appear
 * as `Type:id`, never expanded, so cycles and large graphs print small. Fields never loaded are left out. Values under
 * secret-looking keys (`api_key`, `password`, …, core's `isSecretKey`) are shown as `[redacted]`.
 */
import { isSecretKey, REDACTED } from '@stash-graphql/core';
import type { Entity } from './Entity.js';
import type { EntityState } from './entityState.js';

export type Inspect = (value: unknown, options?: InspectOptions) => string;
export interface InspectOptions {
  depth?: number | null | undefined;
  stylize(text: string, style: string): string;
  [option: string]: unknown;
}

const CUSTOM = Symbol.for('nodejs.util.inspect.custom');

/** A reference to another entity, printed as `Studio:3`. */
class EntityRef {
  constructor(readonly label: string) {}
  [CUSTOM](_depth: number, options: InspectOptions): string {
    return options.stylize(this.label, 'special');
  }
}

function view(value: unknown, isEntity: (v: unknown) => v is Entity): unknown {
  if (isEntity(value)) return new EntityRef(`${value.typename}:${value.id}`);
  if (Array.isArray(value)) return value.map((v) => view(v, isEntity));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, isSecretKey(k) && v != null ? REDACTED : view(v, isEntity)]),
    );
  }
  return value;
}

/** Called by Entity's `util.inspect.custom` hook with the entity's private state. */
export function inspectEntity(
  entity: Entity,
  state: EntityState,
  isEntity: (v: unknown) => v is Entity,
  depth: number,
  options: InspectOptions,
  inspect: Inspect,
): string {
  const name = entity.typename;
  if (depth < 0) return options.stylize(`[${name}:${state.id}]`, 'special');
  const body: Record<string, unknown> = { id: state.id };
  const changes = state.changes ?? {};
  for (const key of new Set([...Object.keys(state.loaded), ...Object.keys(changes)])) {
    const value = Object.hasOwn(changes, key) ? changes[key] : state.loaded[key];
    body[key] = isSecretKey(key) && value != null ? REDACTED : view(value, isEntity);
  }
  if (state.deleted) body.deleted = true;
  const dirty = entity.dirtyFields();
  if (dirty.length) body.dirty = dirty;
  const deltas = Object.entries(state.deltas ?? {});
  const pending = deltas.flatMap(([k, d]) =>
    (['add', 'remove'] as const)
      .filter((side) => d[side].length)
      .map((side) => [`${k}.${side}`, view(d[side], isEntity)]),
  );
  if (pending.length) body.pending = Object.fromEntries(pending);
  if (state.queued?.length) body.queued = state.queued.map((op) => op.label);
  // The body is the entity itself, not a level below it: it gets the depth left at this point.
  return `${name} ${inspect(body, { ...options, depth: options.depth == null ? options.depth : depth })}`;
}
