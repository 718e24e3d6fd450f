import { StashError } from '@stash-graphql/core';
import type { Entity, EntityClass, SaveResult } from '@stash-graphql/orm';
import type { QExpr } from '../Q.js';
import { lookupFilters } from './NameResolver.js';
import { matchOf, NATURAL_KEY_RULES, wantedOf } from './rules.js';

/** The create may have been applied: the request reached (or may have reached) the server, the answer was lost. */
export function outcomeUnknown(error: StashError): boolean {
  if (error.kind === 'timeout' || error.kind === 'http') return true;
  return error.kind === 'connection' && (error as { reachedServer?: unknown }).reachedServer !== false;
}

export interface ReconcileHost {
  /** Raw items of a find, not hydrated into the store. */
  query(cls: EntityClass, filter: QExpr): Promise<Record<string, unknown>[]>;
  /** Binds the new entity to the server's (see the orm's adoptServerEntity). */
  adopt(entity: Entity, payload: Record<string, unknown>): boolean;
}

/**
 * After a save: new entities with a natural key whose create failed with an unknown outcome are looked up (one
 * request per type); those the server has under exactly their name are adopted, so that the next save does not
 * create them twice. The result is updated in place.
 */
export async function reconcileUncertain(result: SaveResult, host: ReconcileHost): Promise<void> {
  const byType = new Map<EntityClass, Entity[]>();
  for (const { entity, error } of result.failed) {
    if (!entity.isNew() || !NATURAL_KEY_RULES[entity.typename] || !outcomeUnknown(error)) continue;
    const cls = entity.constructor as EntityClass;
    byType.get(cls)?.push(entity) ?? byType.set(cls, [entity]);
  }
  const adopted = new Set<Entity>();
  for (const [cls, entities] of byType) {
    const rule = NATURAL_KEY_RULES[cls.typename] as NonNullable<(typeof NATURAL_KEY_RULES)[string]>;
    const wanted = entities.map((e) => wantedOf(rule, e as unknown as Record<string, unknown>));
    let items: Record<string, unknown>[] = [];
    try {
      for (const q of lookupFilters(rule, wanted)) items.push(...(await host.query(cls, q)));
    } catch (e) {
      if (e instanceof StashError) continue; // still unreachable: the failure stands, the next save tries again
      throw e;
    }
    items = items.sort((a, b) => Number(a.id) - Number(b.id));
    entities.forEach((entity, i) => {
      const w = wanted[i];
      const found = w && items.find((item) => matchOf(rule, w, item)?.kind === 'name');
      if (found && host.adopt(entity, found)) adopted.add(entity);
    });
  }
  if (!adopted.size) return;
  result.failed = result.failed.filter((f) => !adopted.has(f.entity));
  result.saved.push(...adopted);
  result.allSucceeded = result.failed.length === 0;
}
