import type { BatchOperation } from '@stash-graphql/core';
import { commitPhases } from './commitOrder.js';
import { type ChangeSet, computeChangeSet } from './computeChangeSet.js';
import { type Entity, identifyEntity } from './Entity.js';
import type { ListDelta } from './entityState.js';
import { ownUnit } from './ownUnit.js';
import { StashOrmError } from './StashOrmError.js';
import { bulkUnits, type SaveUnit, sideUnits } from './saveUnits.js';

export type { SaveUnit } from './saveUnits.js';

/** Operations that can go in one batched request: nothing in a phase depends on another operation of it. */
export interface SavePhase {
  units: readonly SaveUnit[];
  /** The phase's batch operations, built now: call after the earlier phases ran so temp ids are resolved. */
  operations(): BatchOperation[];
}

export interface SavePlan {
  /** Every entity saved: the ones given plus the new entities they reference. */
  entities: readonly Entity[];
  phases: readonly SavePhase[];
}

function checkNotDeleted(cs: ChangeSet): void {
  const entity = cs.entity;
  if (entity.isDeleted()) {
    throw new StashOrmError('deleted-reference', `${identifyEntity(entity)} was deleted and cannot be saved`, [
      identifyEntity(entity),
    ]);
  }
  for (const ref of cs.references) {
    if (ref.isDeleted()) {
      throw new StashOrmError(
        'deleted-reference',
        `${identifyEntity(entity)} references ${identifyEntity(ref)}, which was deleted`,
        [identifyEntity(entity), identifyEntity(ref)],
      );
    }
  }
}

/** A bulk group's key: same type, same lists, same entities added and removed. */
function signature(typename: string, deltas: ReadonlyMap<string, ListDelta>): string {
  const parts = [...deltas]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, d]) => `${k}+${d.add.map(identifyEntity).join(',')}-${d.remove.map(identifyEntity).join(',')}`);
  return `${typename}|${parts.join('|')}`;
}

/**
 * Plans a save of several entities (and the new entities they reference) as phases of batch operations, in
 * O(entities + references): each entity's change set is taken once, the commit order of new entities is computed
 * apart (commitPhases), and each operation goes in the phase after the last create it needs. Existing entities
 * whose only change is the same list ADD/REMOVE share one bulk mutation. Throws (before any request) on a cycle
 * among new entities, a reference to a deleted entity, or a field the mutation cannot write.
 */
export function buildSaveOperations(
  entities: Iterable<Entity>,
  options: {
    returning?: 'full' | readonly string[] | undefined;
    /**
     * New entities an earlier step creates first (a dry run of ingest plans the name creates apart): they are not
     * created here and count as saved for the commit order, exactly as they will be when this save runs.
     */
    assumeSaved?: ReadonlySet<Entity> | undefined;
  } = {},
): SavePlan {
  const saved = options.assumeSaved;
  const isNew = (e: Entity) => e.isNew() && !saved?.has(e);
  // Depth-first, in the order given: each entity, then the new entities it references.
  const sets = new Map<Entity, ChangeSet>();
  const pending: Entity[] = [...entities].reverse();
  while (pending.length) {
    const e = pending.pop() as Entity;
    if (sets.has(e)) continue;
    const cs = computeChangeSet(e);
    checkNotDeleted(cs);
    sets.set(e, cs);
    if (!cs.references.size) continue;
    const next = [...cs.references].filter((r) => isNew(r) && !sets.has(r));
    for (let i = next.length - 1; i >= 0; i--) pending.push(next[i] as Entity);
  }
  const all = [...sets.keys()];

  const phaseOf = commitPhases(
    all.filter(isNew),
    (e) => (saved ? (sets.get(e)?.own?.references ?? []).filter(isNew) : (sets.get(e)?.own?.references ?? [])),
    (cycle) => {
      const ids = cycle.map(identifyEntity);
      throw new StashOrmError('cycle', `Cycle among new entities: ${ids.join(' → ')}`, ids.slice(0, -1));
    },
  );

  // Units go straight into their phase (in the order added): no record per unit to sort out afterwards.
  const phases: SaveUnit[][] = [];
  const after = (deps: readonly Entity[]) => deps.reduce((max, d) => Math.max(max, (phaseOf.get(d) ?? -1) + 1), 0);
  const add = (unit: SaveUnit | null, phase = unit ? after(unit.dependsOn) : 0) => {
    if (!unit) return;
    phases[phase] ??= [];
    phases[phase].push(unit);
  };
  const groups = new Map<string, { entities: Entity[]; deltas: ReadonlyMap<string, ListDelta>; forced: boolean }>();
  for (const cs of sets.values()) {
    const e = cs.entity;
    if (cs.isNew) add(ownUnit(cs, options.returning), phaseOf.get(e));
    else {
      const deltas = cs.bulkOnly.size ? cs.bulkOnly : cs.bulkable;
      if (deltas) {
        const key = `${cs.bulkOnly.size ? 'forced' : 'optional'}|${signature(e.typename, deltas)}`;
        const g = groups.get(key) ?? { entities: [], deltas, forced: cs.bulkOnly.size > 0 };
        g.entities.push(e);
        groups.set(key, g);
      }
    }
    for (const u of sideUnits(cs)) add(u);
  }
  // Edits of a loaded list go in the entity's own update as the whole list, unless several entities share the very
  // same ADD/REMOVE: then one bulk mutation carries them all.
  const inBulk = new Set<Entity>();
  for (const g of groups.values()) {
    if (!g.forced && g.entities.length < 2) continue;
    for (const u of bulkUnits(g.entities, g.deltas)) add(u);
    if (!g.forced) for (const e of g.entities) inBulk.add(e);
  }
  for (const cs of sets.values()) if (!cs.isNew && !inBulk.has(cs.entity)) add(ownUnit(cs, options.returning));

  return {
    entities: all,
    phases: phases.filter((p) => p?.length).map((p) => ({ units: p, operations: () => p.flatMap((u) => u.build()) })),
  };
}
