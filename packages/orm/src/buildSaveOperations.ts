import type { BatchOperation } from '@stash-graphql/core';
import { buildInput, metaOf, pendingReferences } from './changeSet.js';
import type { HasMany, SideOperation } from './defineRelations.js';
import { assignValue, type Entity, fieldsOf, identifyEntity, type ListDelta, stateOf } from './Entity.js';
import { mergeServerAnswer } from './hydrate.js';
import { IdentityMap } from './IdentityMap.js';
import { StashOrmError } from './StashOrmError.js';

/** One mutation of a save: which entities it carries, which new entities must exist first, how to merge its answer. */
export interface SaveUnit {
  label: string;
  entities: readonly Entity[];
  /** New entities that must be created (in an earlier phase) before this operation can be built. */
  dependsOn: readonly Entity[];
  /** Builds the operation with the ids as they are now; throws `unsaved-reference` if a dependency is still new. */
  build(): BatchOperation;
  apply(result: unknown, identityMap?: IdentityMap): void;
}

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

const op = (o: SideOperation) => o as unknown as BatchOperation;

function requireSaved(unit: string, deps: readonly Entity[]): void {
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
function promote(entity: Entity, name: string, sent: unknown): void {
  const s = stateOf(entity);
  s.loaded[name] = sent;
  if (s.changes && Object.hasOwn(s.changes, name)) assignValue(s, name, s.changes[name]);
}

function listDiff(before: readonly Entity[], after: readonly Entity[]): ListDelta {
  return { add: after.filter((e) => !before.includes(e)), remove: before.filter((e) => !after.includes(e)) };
}

function applyDelta(list: readonly Entity[], d: ListDelta): readonly Entity[] {
  return Object.freeze([...list.filter((e) => !d.remove.includes(e)), ...d.add.filter((e) => !list.includes(e))]);
}

/** After an ADD/REMOVE was applied by the server: the loaded list follows, the recorded delta is spent. */
function settleDelta(entity: Entity, name: string, d: ListDelta): void {
  const s = stateOf(entity);
  if (Object.hasOwn(s.loaded, name)) promote(entity, name, applyDelta(s.loaded[name] as Entity[], d));
  const pending = s.deltas?.[name];
  if (pending) {
    pending.add = pending.add.filter((e) => !d.add.includes(e));
    pending.remove = pending.remove.filter((e) => !d.remove.includes(e));
    if (!pending.add.length && !pending.remove.length) delete s.deltas?.[name];
  }
}

/** ADD/REMOVE recorded on lists that were never loaded: they can only be sent in bulk. */
function unloadedDeltas(entity: Entity): Map<string, ListDelta> {
  // Copies: the recorded deltas shrink as operations succeed, the plan must not.
  const fields = fieldsOf(entity.typename);
  return new Map(
    Object.entries(stateOf(entity).deltas ?? {})
      .filter(([k]) => fields.get(k)?.relation?.kind === 'habtm')
      .map(([k, d]) => [k, { add: [...d.add], remove: [...d.remove] }]),
  );
}

/** When every pending change is an edit of a loaded, bulk-writable list: those edits as ADD/REMOVE; else null. */
function loadedListDeltas(entity: Entity): Map<string, ListDelta> | null {
  const s = stateOf(entity);
  const fields = fieldsOf(entity.typename);
  if (!s.changes || s.queued?.length) return null;
  const out = new Map<string, ListDelta>();
  for (const name of Object.keys(s.changes)) {
    const rel = fields.get(name)?.relation;
    if (rel?.kind !== 'habtm' || !rel.bulkInput || !Object.hasOwn(s.loaded, name)) return null;
    out.set(name, listDiff(s.loaded[name] as Entity[], s.changes[name] as Entity[]));
  }
  return out;
}

const signature = (deltas: Map<string, ListDelta>) =>
  JSON.stringify(
    [...deltas]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, d]) => [k, d.add.map(identifyEntity), d.remove.map(identifyEntity)]),
  );

function bulkUnits(entities: Entity[], deltas: Map<string, ListDelta>): SaveUnit[] {
  const first = entities[0] as Entity;
  const meta = metaOf(first);
  const fields = fieldsOf(first.typename);
  const bulk = meta.bulkUpdate;
  if (!bulk) throw new StashOrmError('not-loaded', `${first.typename} has no bulk update for list ADD/REMOVE`);
  const deps = new Set<Entity>();
  for (const d of deltas.values()) for (const e of [...d.add, ...d.remove]) deps.add(e);
  const units: SaveUnit[] = [];
  for (const mode of ['ADD', 'REMOVE'] as const) {
    const touched = [...deltas].filter(([, d]) => (mode === 'ADD' ? d.add : d.remove).length > 0);
    if (!touched.length) continue;
    const label = `${bulk.mutation} ${mode} ${entities.map(identifyEntity).join(',')}`;
    units.push({
      label,
      entities,
      dependsOn: [...deps],
      build() {
        requireSaved(label, [...deps]);
        const input: Record<string, unknown> = { ids: entities.map((e) => e.id) };
        for (const [name, d] of touched) {
          const rel = fields.get(name)?.relation;
          const key = rel?.kind === 'habtm' ? (rel.bulkInput ?? rel.input) : name;
          input[key] = { ids: (mode === 'ADD' ? d.add : d.remove).map((e) => e.id), mode };
        }
        return op({ mutation: bulk.mutation, variables: { input } });
      },
      apply(result, identityMap) {
        const answers = Array.isArray(result) ? (result as { id?: unknown }[]) : [];
        // The answer's list items resolve to the very entities that were added or removed.
        const map = identityMap ?? new IdentityMap();
        for (const d of deps) map.add(d);
        for (const e of entities) {
          for (const [name, d] of touched) {
            settleDelta(e, name, mode === 'ADD' ? { add: d.add, remove: [] } : { add: [], remove: d.remove });
          }
          const answer = answers.find((a) => a?.id === e.id);
          if (answer) mergeServerAnswer(e, answer, map);
        }
      },
    });
  }
  return units;
}

function sideUnits(entity: Entity): SaveUnit[] {
  const s = stateOf(entity);
  const fields = fieldsOf(entity.typename);
  const units: SaveUnit[] = [];
  const self = entity.isNew() ? [entity] : [];
  for (const name of Object.keys(s.changes ?? {})) {
    const rel = fields.get(name)?.relation;
    if (rel?.kind === 'belongsTo' && rel.write) {
      const value = s.changes?.[name] as Entity | null;
      const label = `${entity.typename}.${name} of ${identifyEntity(entity)}`;
      const deps = [...self, ...(value ? [value] : [])];
      units.push({
        label,
        entities: [entity],
        dependsOn: deps,
        build: () => {
          requireSaved(label, deps);
          return op((rel.write as NonNullable<typeof rel.write>)(entity.id, value ? value.id : null));
        },
        apply: () => promote(entity, name, value),
      });
    }
  }
  for (const [name, info] of fields) {
    const rel = info.relation;
    if (rel?.kind !== 'hasMany') continue;
    const changed = s.changes && Object.hasOwn(s.changes, name);
    const d = changed ? listDiff((s.loaded[name] ?? []) as Entity[], s.changes?.[name] as Entity[]) : s.deltas?.[name];
    if (!d || (!d.add.length && !d.remove.length)) continue;
    const delta = { add: [...d.add], remove: [...d.remove] };
    const deps = [...self, ...delta.add, ...delta.remove];
    const label = `${entity.typename}.${name} of ${identifyEntity(entity)}`;
    const write = (rel as HasMany).write;
    const ops = () =>
      write(
        entity.id,
        delta.add.map((e) => e.id),
        delta.remove.map((e) => e.id),
      );
    // One unit per operation so that each answer is matched; the list settles when the last one succeeds.
    const count = write(
      '0',
      delta.add.map(() => '0'),
      delta.remove.map(() => '0'),
    ).length;
    let done = 0;
    for (let i = 0; i < count; i++) {
      units.push({
        label: `${label} #${i + 1}`,
        entities: [entity],
        dependsOn: deps,
        build: () => {
          requireSaved(label, deps);
          return op(ops()[i] as SideOperation);
        },
        apply: () => {
          if (++done === count) settleDelta(entity, name, delta);
        },
      });
    }
  }
  for (const q of s.queued ?? []) {
    const label = `${q.label} of ${identifyEntity(entity)}`;
    units.push({
      label,
      entities: [entity],
      dependsOn: self,
      build: () => {
        requireSaved(label, self);
        return op(q.build(entity.id));
      },
      apply: (result) => {
        const list = stateOf(entity).queued;
        if (list) list.splice(list.indexOf(q), 1);
        if (list?.length === 0) stateOf(entity).queued = undefined;
        q.apply(entity, result);
      },
    });
  }
  return units;
}

function ownUnit(entity: Entity): SaveUnit | null {
  const built = buildInput(entity);
  if (!built) return null;
  const isNew = entity.isNew();
  const refs = [...pendingReferences(entity)].filter((e) => e !== entity);
  const label = `${built.mutation} ${identifyEntity(entity)}`;
  return {
    label,
    entities: [entity],
    dependsOn: refs.filter((e) => e.isNew()),
    build() {
      requireSaved(label, refs);
      // Rebuilt now: ids of entities created in earlier phases replace their temp ids.
      const now = buildInput(entity, { complete: true }) as NonNullable<ReturnType<typeof buildInput>>;
      built.sent = now.sent;
      return op({ mutation: now.mutation, variables: { input: now.input } });
    },
    apply(result, map) {
      const answer = result as { id?: unknown } | null;
      if (!answer || typeof answer.id !== 'string') {
        throw new StashOrmError('malformed-data', `${label}: the server answered ${JSON.stringify(result)}`);
      }
      if (isNew) stateOf(entity).id = answer.id;
      for (const [name, value] of built.sent) promote(entity, name, value);
      mergeServerAnswer(entity, answer, map);
      map?.add(entity);
    },
  };
}

function checkNotDeleted(entity: Entity): void {
  if (entity.isDeleted()) {
    throw new StashOrmError('deleted-reference', `${identifyEntity(entity)} was deleted and cannot be saved`, [
      identifyEntity(entity),
    ]);
  }
  for (const ref of pendingReferences(entity)) {
    if (ref.isDeleted()) {
      throw new StashOrmError(
        'deleted-reference',
        `${identifyEntity(entity)} references ${identifyEntity(ref)}, which was deleted`,
        [identifyEntity(entity), identifyEntity(ref)],
      );
    }
  }
}

/**
 * Plans a save of several entities (and the new entities they reference) as phases of batch operations: every new
 * entity is created in a phase before the operations that reference it. Existing entities whose only change is the
 * same list ADD/REMOVE share one bulk mutation. Throws (before any request) on a cycle among new entities, a
 * reference to a deleted entity, or a field the mutation cannot write.
 */
export function buildSaveOperations(entities: Iterable<Entity>): SavePlan {
  const all: Entity[] = [];
  const seen = new Set<Entity>();
  const visit = (e: Entity) => {
    if (seen.has(e)) return;
    seen.add(e);
    all.push(e);
    checkNotDeleted(e);
    for (const ref of pendingReferences(e)) if (ref.isNew()) visit(ref);
  };
  for (const e of entities) visit(e);

  const units: SaveUnit[] = [];
  const createOf = new Map<Entity, SaveUnit>();
  const forced = new Map<string, { entities: Entity[]; deltas: Map<string, ListDelta> }>();
  const optional = new Map<string, { entities: Entity[]; deltas: Map<string, ListDelta> }>();
  const group = (groups: typeof forced, e: Entity, deltas: Map<string, ListDelta>) => {
    const key = `${e.typename}|${signature(deltas)}`;
    const g = groups.get(key) ?? { entities: [], deltas };
    g.entities.push(e);
    groups.set(key, g);
  };
  for (const e of all) {
    if (e.isNew()) {
      const u = ownUnit(e) as SaveUnit;
      createOf.set(e, u);
      units.push(u, ...sideUnits(e));
      continue;
    }
    const unloaded = unloadedDeltas(e);
    const loaded = unloaded.size ? null : loadedListDeltas(e);
    if (unloaded.size) group(forced, e, unloaded);
    else if (loaded?.size) group(optional, e, loaded);
    units.push(...sideUnits(e));
  }
  // Edits of a loaded list go in the entity's own update as the whole list, unless several entities share the very
  // same ADD/REMOVE: then one bulk mutation carries them all.
  const inBulk = new Set<Entity>();
  for (const g of forced.values()) units.push(...bulkUnits(g.entities, g.deltas));
  for (const g of optional.values()) {
    if (g.entities.length < 2) continue;
    units.push(...bulkUnits(g.entities, g.deltas));
    for (const e of g.entities) inBulk.add(e);
  }
  for (const e of all) {
    if (e.isNew() || inBulk.has(e)) continue;
    const u = ownUnit(e);
    if (u) units.push(u);
  }

  // Phase of a new entity's create = 1 + the latest phase of the new entities it references.
  const phaseOf = new Map<Entity, number>();
  const stack: Entity[] = [];
  const createPhase = (e: Entity): number => {
    const known = phaseOf.get(e);
    if (known !== undefined) return known;
    if (stack.includes(e)) {
      const cycle = [...stack.slice(stack.indexOf(e)), e].map(identifyEntity);
      throw new StashOrmError('cycle', `Cycle among new entities: ${cycle.join(' → ')}`, cycle.slice(0, -1));
    }
    stack.push(e);
    const deps = createOf.get(e)?.dependsOn ?? [];
    const p = deps.reduce((max, d) => Math.max(max, createPhase(d) + 1), 0);
    stack.pop();
    phaseOf.set(e, p);
    return p;
  };
  const phases: SaveUnit[][] = [];
  for (const u of units) {
    const own = [...createOf].find(([, c]) => c === u)?.[0];
    const p = own ? createPhase(own) : u.dependsOn.reduce((max, d) => Math.max(max, createPhase(d) + 1), 0);
    phases[p] ??= [];
    phases[p].push(u);
  }
  return {
    entities: all,
    phases: phases.filter((p) => p?.length).map((p) => ({ units: p, operations: () => p.map((u) => u.build()) })),
  };
}
