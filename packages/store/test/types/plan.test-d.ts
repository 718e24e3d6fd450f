// Type tests for dry-run plans: per-entity changes are typed by the entity's class, ingest's plan by the option.
import type { EntityChanges, PlannedSave, SavePlanJSON, Scene, Tag } from '@stash-graphql/orm';
import { type IngestItem, type IngestReport, ingest, type StashEntityStore } from '@stash-graphql/store';
import { describe, expectTypeOf, it } from 'vitest';

declare const store: StashEntityStore;
declare const scene: Scene;
declare const tag: Tag;
declare const items: IngestItem[];

describe('plans', () => {
  it('store.plan() is a PlannedSave; changesOf is typed by the entity', () => {
    const plan = store.plan({ chunkSize: 100, entities: [scene, tag] });
    expectTypeOf(plan).toEqualTypeOf<PlannedSave>();
    expectTypeOf(plan.toJSON()).toEqualTypeOf<SavePlanJSON>();
    expectTypeOf(plan.toTable()).toEqualTypeOf<string>();
    const changes = plan.changesOf(scene);
    expectTypeOf(changes).toEqualTypeOf<EntityChanges<'Scene'> | undefined>();
    expectTypeOf(changes!.ref.__typename).toEqualTypeOf<'Scene'>();
    expectTypeOf<'title'>().toMatchTypeOf<NonNullable<typeof changes>['fields'][number]['field']>();
    expectTypeOf<'tags'>().toMatchTypeOf<NonNullable<typeof changes>['lists'][number]['field']>();
    // A Scene has no `name`; a Tag has no `title`.
    expectTypeOf<'name'>().not.toMatchTypeOf<NonNullable<typeof changes>['fields'][number]['field']>();
    expectTypeOf<'title'>().not.toMatchTypeOf<EntityChanges<'Tag'>['fields'][number]['field']>();
    expectTypeOf(plan.creates('Tag')).toEqualTypeOf<EntityChanges<'Tag'>[]>();
    // @ts-expect-error: not an entity type
    plan.creates('Nope');
    // @ts-expect-error: saveAll has no dry-run flag: store.plan() is the one way
    store.saveAll({ dryRun: true });
  });

  it('ingest with dryRun: true always has a plan; without it, the report may not', async () => {
    const dry = await ingest(store, items, { dryRun: true });
    expectTypeOf(dry.plan).toEqualTypeOf<PlannedSave>();
    const real = await ingest(store, items);
    expectTypeOf(real).toEqualTypeOf<IngestReport>();
    expectTypeOf(real.plan).toEqualTypeOf<PlannedSave | undefined>();
  });
});
