import { Scene } from '@stash-graphql/orm';
import { createStash, type IngestItem, ingest } from '@stash-graphql/store';
import { createFakeStash, type FakeStash } from '@stash-graphql/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectSentAsPlanned, mutations } from './planSupport.js';

const ITEMS: IngestItem[] = [
  {
    path: '/dl/acme/first_clip.mp4',
    title: 'First',
    date: '2025-01-02',
    urls: ['https://example.com/1'],
    studio: 'Acme',
    performers: ['Alex', { name: 'Sam', disambiguation: 'climber' }],
    tags: ['Outdoor', 'hiking'],
    stash_ids: [{ endpoint: 'https://stashdb.org/graphql', stash_id: 'abc-1' }],
    cover: 'https://example.com/1/cover.jpg',
  },
  { path: '/dl/acme/second_clip.mp4', title: 'Second', studio: 'acme', performers: ['alex'], tags: ['outdoor'] },
  { path: '/dl/acme/photos/one.png', title: 'Photo', tags: ['Photo'], studio: 'Acme' },
];

describe('ingest({ dryRun: true })', () => {
  let stash: FakeStash;
  beforeAll(async () => {
    stash = await createFakeStash();
  });
  afterAll(() => stash.close());
  beforeEach(async () => {
    stash.reset();
    for (const f of ['/dl/acme/first_clip.mp4', '/dl/acme/second_clip.mp4', '/dl/acme/photos/one.png']) {
      stash.library.addFile({ path: f, size: 100 });
    }
  });

  /** Stash already knows the files (its own scheduled scan ran), and a tag exists under an alias. */
  async function scanned() {
    const { client, store } = createStash({ url: stash.url });
    await client.scan({ paths: ['/dl/acme'] });
    await client.tagCreate({ input: { name: 'Hiking Trips', aliases: ['HIKING'] } });
    stash.requests.clear();
    return { client, store };
  }

  it('plans the scan, the name creates and the updates without a write; the real run then sends exactly that', async () => {
    const { store } = await scanned();
    const dry = await ingest(store, ITEMS, { dryRun: true });

    // Reads only (paths, names): not one mutation, not even the scan.
    expect(mutations(stash)).toEqual([]);
    expect(stash.requests.length).toBeGreaterThan(0);
    // Nothing the dry run applied stays on the store's entities.
    expect([...store.identityMap.values()].filter((e) => e.isDirty())).toEqual([]);

    expect(dry.results.map((r) => [r.kind, r.status])).toEqual([
      ['Scene', 'updated'],
      ['Scene', 'updated'],
      ['Image', 'updated'],
    ]);
    expect(dry.created).toEqual({ studios: ['Acme'], performers: ['Alex', 'Sam'], tags: ['Outdoor', 'Photo'] });
    const plan = dry.plan;
    expect(plan.requests.map((r) => [r.step, r.phase, r.operations.map((o) => o.mutation)])).toEqual([
      ['scan', 0, ['metadataScan']],
      ['create studios', 0, ['studioCreate']],
      ['create performers', 0, ['performerCreate', 'performerCreate']],
      ['create tags', 0, ['tagCreate', 'tagCreate']],
      ['save items', 0, ['sceneUpdate', 'sceneUpdate', 'imageUpdate']],
    ]);
    expect(plan.operations[0]?.variables).toEqual({ input: { paths: ['/dl/acme'] } });
    expect(plan.creates().map((c) => `${c.ref.__typename} ${c.ref.name}`)).toEqual([
      'Studio Acme',
      'Performer Alex',
      'Performer Sam',
      'Tag Outdoor',
      'Tag Photo',
    ]);
    const first = plan.entities.find((c) => c.action === 'update' && c.ref.name === 'First');
    expect(first?.fields.find((f) => f.field === 'title')).toEqual({ field: 'title', old: '', new: 'First' });
    expect(first?.lists.find((l) => l.field === 'tags')?.added.map((t) => t.name)).toEqual(['Outdoor', 'Hiking Trips']);

    // The real run, from a fresh store: the same operations, in the same requests.
    const { store: real } = createStash({ url: stash.url });
    stash.requests.clear();
    const report = await ingest(real, ITEMS);
    expect(report.created).toEqual(dry.created);
    expect(report.results.map((r) => [r.status, r.changed])).toEqual(dry.results.map((r) => [r.status, r.changed]));
    const ids = expectSentAsPlanned(plan, mutations(stash));
    expect(ids.size).toBe(5);

    // Planned again now: only the scan; everything is as described.
    stash.requests.clear();
    const again = await ingest(createStash({ url: stash.url }).store, ITEMS, { dryRun: true });
    expect(mutations(stash)).toEqual([]);
    expect(again.plan.requests.map((r) => r.step)).toEqual(['scan']);
    expect(again.results.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(again.plan.entities).toEqual([]);
  });

  it('files Stash does not know yet: needs-scan, never scanned; the name creates are still planned', async () => {
    const { store } = createStash({ url: stash.url });
    stash.requests.clear();
    const dry = await ingest(store, ITEMS, { dryRun: true });
    expect(mutations(stash)).toEqual([]);
    expect(dry.results.map((r) => r.status)).toEqual(['needs-scan', 'needs-scan', 'needs-scan']);
    expect(dry.needsScan).toBe(3);
    expect([dry.updated, dry.unchanged, dry.failed]).toEqual([0, 0, 0]);
    expect(dry.plan.requests.map((r) => r.step)).toEqual([
      'scan',
      'create studios',
      'create performers',
      'create tags',
    ]);
    expect(dry.plan.notes).toEqual(
      ITEMS.map((i) => `${i.path}: not in Stash yet; the scan would add it, then it would be updated as described`),
    );
    // Nothing was scanned: Stash still has no scene.
    expect((await store.client.findScenes({})).count).toBe(0);
    // The real run starts with exactly the planned requests (then updates what its scan added).
    stash.requests.clear();
    await ingest(createStash({ url: stash.url }).store, ITEMS);
    const sent = mutations(stash);
    expectSentAsPlanned(dry.plan, sent.slice(0, dry.plan.requests.length));
    expect(sent.length).toBeGreaterThan(dry.plan.requests.length);
  });

  it('without a scan, unknown files fail as they would; changes the caller made before are kept', async () => {
    const { store } = await scanned();
    const scene = (await store.findOne(Scene, { path: '/dl/acme/second_clip.mp4' })) as Scene;
    scene.details = 'mine, not saved yet';
    stash.requests.clear();
    const dry = await ingest(store, [...ITEMS, { path: '/dl/elsewhere.mp4', title: 'x' }], {
      dryRun: true,
      scan: false,
    });
    expect(mutations(stash)).toEqual([]);
    expect(dry.results.map((r) => r.status)).toEqual(['updated', 'updated', 'updated', 'failed']);
    expect(dry.plan.requests.map((r) => r.step)).not.toContain('scan');
    // The caller's own pending change rides along in the plan, as it would in the save, and is still pending after.
    expect(dry.plan.changesOf(scene)?.fields.map((f) => f.field)).toEqual(['details', 'title', 'studio']);
    expect(scene.dirtyFields()).toEqual(['details']);
    expect(scene.details).toBe('mine, not saved yet');
    expect(scene.title).toBe('');
  });
});
