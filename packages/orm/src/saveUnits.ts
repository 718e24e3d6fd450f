import { answerFields, type BatchOperation, type Returning } from '@stash-graphql/core';
import type { MutationName } from '@stash-graphql/core/generated';
import { metaOf } from './changeSet.js';
import type { ChangeSet } from './computeChangeSet.js';
import type { HasMany, SideOperation } from './defineRelations.js';
import { type Entity, fieldsOf, identifyEntity, stateOf } from './Entity.js';
import { assignValue, type ListDelta } from './entityState.js';
import { mergeServerAnswer } from './hydrate.js';
import { IdentityMap } from './IdentityMap.js';
import { StashOrmError } from './StashOrmError.js';

/** Operations of a save that succeed or fail together: which entities they carry, which new ones they need first. */
export interface SaveUnit {
  label: string;
  entities: readonly Entity[];
  /** New entities that must be created (in an earlier phase) before this unit can be built. */
  dependsOn: readonly Entity[];
  /**
   * The unit's operations with the ids as they are now; throws `unsaved-reference` if a dependency is still new,
   * unless `tempIds` (a dry run: new entities appear with their `tmp:N` ids, see planSave.ts).
   */
  build(tempIds?: boolean): BatchOperation[];
  /** Merges the answers (one per operation built) into the entities. */
  apply(results: readonly unknown[], identityMap?: IdentityMap): void;
}

const op = (o: SideOperation, returning?: Returning) =>
  (returning ? { ...o, returning } : o) as unknown as BatchOperation;

/** Just the id when the answer is an entity (a bulk update's or a side mutation's answer is not read). */
const idOnly = (mutation: string): Returning | undefined =>
  answerFields(mutation as MutationName).has('id') ? 'id' : undefined;

export function requireSaved(unit: string, deps: readonly Entity[], tempIds = false): void {
  if (tempIds) return;
  const pending = deps.filter((d) => d.isNew());
  if (pending.length) {
    throw new StashOrmError(
      'unsaved-reference',
      `${unit}: references ${pending.map(identifyEntity).join(', ')}, which could not be created`,
      pending.map(identifyEntity),
    );
  }
}

/** Sets the loaded value to what was sent; a change made since (still pending) stays pending. */
export function promote(entity: Entity, name: string, sent: unknown): void {
  const s = stateOf(entity);
  s.loaded[name] = sent;
  if (s.changes && Object.hasOwn(s.changes, name)) assignValue(s, name, s.changes[name]);
}

function applyDelta(list: readonly Entity[], d: ListDelta): readonly Entity[] {
  const removed = new Set(d.remove);
  const kept = list.filter((e) => !removed.has(e));
  const have = new Set(kept);
  return Object.freeze([...kept, ...d.add.filter((e) => !have.has(e))]);
}

/** After an ADD/REMOVE was applied by the server: the loaded list follows, the recorded delta is spent. */
function settleDelta(entity: Entity, name: string, d: ListDelta): void {
  const s = stateOf(entity);
  if (Object.hasOwn(s.loaded, name)) promote(entity, name, applyDelta(s.loaded[name] as Entity[], d));
  const pending = s.deltas?.[name];
  if (pending) {
    const add = new Set(d.add);
    const remove = new Set(d.remove);
    pending.add = pending.add.filter((e) => !add.has(e));
    pending.remove = pending.remove.filter((e) => !remove.has(e));
    if (!pending.add.length && !pending.remove.length) delete s.deltas?.[name];
  }
}

/**
 * Aggregates of the entity itself (`parent_count`, `scene_count` …) that a relation change may move on the
 * server: they were not read back, so they are no longer loaded rather than silently wrong.
 */
export function dropAggregates(entity: Entity): void {
  const s = stateOf(entity);
  for (const k of Object.keys(s.loaded)) if (k.endsWith('_count')) delete s.loaded[k];
}

/**
 * Every write stamps the row's `updated_at` on the server, and no answer reads it back (issue 9: an id-only answer is
 * the cheapest, and a caller who wants the stamp asks for it with `returning`): the entity's copy is no longer
 * loaded rather than silently old. An answer that does select it merges it again afterwards.
 */
export function dropStamp(entity: Entity): void {
  delete stateOf(entity).loaded.updated_at;
}

/** Existing entities whose only change is the same ADD/REMOVE share one bulk mutation per mode. */
export function bulkUnits(entities: readonly Entity[], deltas: ReadonlyMap<string, ListDelta>): SaveUnit[] {
  const first = entities[0] as Entity;
  const fields = fieldsOf(first.typename);
  const bulk = metaOf(first).bulkUpdate;
  if (!bulk) throw new StashOrmError('not-loaded', `${first.typename} has no bulk update for list ADD/REMOVE`);
  const deps = new Set<Entity>();
  for (const d of deltas.values()) for (const e of [...d.add, ...d.remove]) deps.add(e);
  const depList = [...deps];
  const returning = idOnly(bulk.mutation);
  const units: SaveUnit[] = [];
  for (const mode of ['ADD', 'REMOVE'] as const) {
    const touched = [...deltas].filter(([, d]) => (mode === 'ADD' ? d.add : d.remove).length > 0);
    if (!touched.length) continue;
    const label = `${bulk.mutation} ${mode} ${entities.length === 1 ? identifyEntity(first) : `${entities.length} ${first.typename}s`}`;
    units.push({
      label,
      entities,
      dependsOn: depList.filter((e) => e.isNew()),
      build(tempIds) {
        requireSaved(label, depList, tempIds);
        const input: Record<string, unknown> = { ids: entities.map((e) => e.id) };
        for (const [name, d] of touched) {
          const rel = fields.get(name)?.relation;
          const key = rel?.kind === 'habtm' ? (rel.bulkInput ?? rel.input) : name;
          input[key] = { ids: (mode === 'ADD' ? d.add : d.remove).map((e) => e.id), mode };
        }
        return [op({ mutation: bulk.mutation, variables: { input } }, returning)];
      },
      apply([result], identityMap) {
        const answers = new Map<unknown, unknown>();
        for (const a of Array.isArray(result) ? (result as { id?: unknown }[]) : []) answers.set(a?.id, a);
        // The answer's list items resolve to the very entities that were added or removed.
        const map = identityMap ?? new IdentityMap();
        for (const d of deps) map.add(d);
        for (const e of entities) {
          for (const [name, d] of touched) {
            settleDelta(e, name, mode === 'ADD' ? { add: d.add, remove: [] } : { add: [], remove: d.remove });
          }
          dropAggregates(e);
          dropStamp(e);
          const a = answers.get(e.id);
          if (a) mergeServerAnswer(e, a, map);
        }
      },
    });
  }
  return units;
}

const NO_UNITS: readonly SaveUnit[] = Object.freeze([]);

/** belongsTo writes, hasMany writes (one unit per list, all its operations) and queued side mutations. */
export function sideUnits(cs: ChangeSet): readonly SaveUnit[] {
  const { entity } = cs;
  if (!cs.belongsToWrites.length && !cs.hasManyWrites.length && !cs.queued.length) return NO_UNITS;
  const fields = fieldsOf(entity.typename);
  const self = cs.isNew ? [entity] : [];
  const units: SaveUnit[] = [];
  for (const { name, value } of cs.belongsToWrites) {
    const rel = fields.get(name)?.relation;
    if (rel?.kind !== 'belongsTo' || !rel.write) continue;
    const write = rel.write;
    units.push(
      sideUnit(
        `${entity.typename}.${name} of ${identifyEntity(entity)}`,
        entity,
        [...self, ...(value ? [value] : [])],
        () => {
          const o = write(entity.id, value ? value.id : null);
          return [op(o, idOnly(o.mutation))];
        },
        () => promote(entity, name, value),
      ),
    );
  }
  for (const { name, delta } of cs.hasManyWrites) {
    const write = (fields.get(name)?.relation as HasMany | undefined)?.write;
    if (!write) continue;
    units.push(
      sideUnit(
        `${entity.typename}.${name} of ${identifyEntity(entity)}`,
        entity,
        [...self, ...delta.add, ...delta.remove],
        () =>
          write(
            entity.id,
            delta.add.map((e) => e.id),
            delta.remove.map((e) => e.id),
          ).map((o) => op(o, idOnly(o.mutation))),
        () => {
          settleDelta(entity, name, delta);
          // The write goes through the listed entities' rows (e.g. a gallery's images): their stamps change too.
          for (const e of [...delta.add, ...delta.remove]) dropStamp(e);
        },
      ),
    );
  }
  for (const q of cs.queued) {
    units.push(
      sideUnit(
        `${q.label} of ${identifyEntity(entity)}`,
        entity,
        self,
        () => [op(q.build(entity.id))],
        ([result]) => {
          const s = stateOf(entity);
          const at = s.queued?.indexOf(q) ?? -1;
          if (at >= 0) s.queued?.splice(at, 1);
          if (s.queued?.length === 0) s.queued = undefined;
          q.apply(entity, result);
        },
      ),
    );
  }
  return units;
}

/**
 * One entity's side write: it waits for the new entities it names (`deps`), and builds once they have ids. Applied,
 * it leaves the entity's stamp not loaded (the write went through its row).
 */
function sideUnit(
  label: string,
  entity: Entity,
  deps: readonly Entity[],
  ops: () => BatchOperation[],
  apply: SaveUnit['apply'],
): SaveUnit {
  return {
    label,
    entities: [entity],
    dependsOn: deps.filter((e) => e.isNew()),
    build: (tempIds) => {
      requireSaved(label, deps, tempIds);
      return ops();
    },
    apply: (results, map) => {
      dropStamp(entity);
      apply(results, map);
    },
  };
}
