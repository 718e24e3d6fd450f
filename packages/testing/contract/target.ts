/**
 * Where the contract suite runs: the in-memory fake by default, a real Stash when STASH_URL is set.
 *
 * Everything a test creates is named with this run's unique prefix and tracked, and afterAll destroys it, so a run
 * against a real server leaves nothing behind and never touches data that was there before.
 */
import { randomBytes } from 'node:crypto';
import { StashClient, type StashClientOptions } from '@stash-graphql/core';
import { createFakeStash, type FakeStash } from '@stash-graphql/testing';
import { afterAll, beforeAll } from 'vitest';
import { createLibrary, type TestLibrary } from './support/library.js';
import { SentLog } from './support/sent.js';

export type TargetKind = 'fake' | 'real';

/** Known at import time, so `it.runIf(TARGET_KIND === 'fake')` works while tests are collected. */
export const TARGET_KIND: TargetKind = process.env.STASH_URL ? 'real' : 'fake';

/** Scan tests need files the server can read: the fake's virtual library, or STASH_LIBRARY_DIR on a real Stash. */
export const CAN_SCAN = TARGET_KIND === 'fake' || Boolean(process.env.STASH_LIBRARY_DIR);

/** Entity types in the order they must be destroyed (markers before their primary tags, scenes before tags, ...). */
export const ENTITY_TYPES = ['marker', 'scene', 'image', 'gallery', 'group', 'performer', 'studio', 'tag'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Target {
  readonly kind: TargetKind;
  /** The shared client; it records what it sends in `sent`. */
  readonly client: StashClient;
  /** The fake, or undefined on a real server. */
  readonly fake: FakeStash | undefined;
  /** The fake; throws on a real server (use it only in fake-only tests). */
  readonly requireFake: FakeStash;
  readonly url: string;
  readonly apiKey: string | undefined;
  /** Every HTTP request the shared client sent: operation name and variables as they went on the wire. */
  readonly sent: SentLog;
  /** `sgc-<runid>-`: every name this file creates starts with it. */
  readonly runPrefix: string;
  /** A unique name, `sgc-<runid>-<n>-<label>`. */
  name(label: string): string;
  /** A unique prefix, `sgc-<runid>-<n>-<label>-`, for a group of names a filter can be scoped to. */
  scope(label: string): string;
  /** Registers an id for cleanup and returns it. */
  track<T extends string | null | undefined>(type: EntityType, id: T): T;
  /** Files a scan can find: the fake's virtual library, or STASH_LIBRARY_DIR on a real server. */
  readonly library: TestLibrary;
  /** A client of its own (other key, retry or fetch); closed in afterAll. */
  newClient(options?: Partial<StashClientOptions>): StashClient;
}

const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

/** Starts the fake (or points at STASH_URL) in beforeAll, cleans up and closes in afterAll. */
export function useTarget(options: { fakeApiKey?: string } = {}): Target {
  let fake: FakeStash | undefined;
  let client: StashClient | undefined;
  let library: TestLibrary | undefined;
  let url = process.env.STASH_URL ?? '';
  let apiKey = process.env.STASH_API_KEY || undefined;
  const clients: StashClient[] = [];
  const sent = new SentLog();
  const tracked = new Map<EntityType, Set<string>>(ENTITY_TYPES.map((t) => [t, new Set<string>()]));
  const runPrefix = `sgc-${runId}-`;
  let counter = 0;

  const newClient = (extra: Partial<StashClientOptions> = {}) => {
    const c = new StashClient({ url, apiKey, timeoutMs: 20_000, ...extra });
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    if (TARGET_KIND === 'fake') {
      fake = await createFakeStash({ apiKey: options.fakeApiKey });
      url = fake.url;
      apiKey = options.fakeApiKey;
    }
    client = newClient({ fetch: sent.wrap(globalThis.fetch) });
    library = createLibrary(TARGET_KIND, runPrefix, fake);
  });

  afterAll(async () => {
    try {
      if (client) await cleanup(client, tracked, runPrefix, library);
    } finally {
      await Promise.all(clients.map((c) => c.close()));
      await fake?.close();
    }
  });

  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`${what} is only available inside tests (after beforeAll)`);
    return v;
  };

  return {
    kind: TARGET_KIND,
    get client() {
      return need(client, 'client');
    },
    get fake() {
      return fake;
    },
    get requireFake() {
      if (TARGET_KIND !== 'fake') throw new Error('fake-only test ran against a real Stash');
      return need(fake, 'fake');
    },
    get url() {
      return url;
    },
    get apiKey() {
      return apiKey;
    },
    sent,
    runPrefix,
    name: (label) => `${runPrefix}${++counter}-${label}`,
    scope: (label) => `${runPrefix}${++counter}-${label}-`,
    track(type, id) {
      if (id) tracked.get(type)?.add(id);
      return id;
    },
    get library() {
      return need(library, 'library');
    },
    newClient,
  };
}

/**
 * Destroys what this file created: tracked ids plus anything named with the run prefix (a safety net for ids a failed
 * test never got to track). Only ids that still exist are destroyed, since merges and destroy tests remove some.
 */
async function cleanup(
  client: StashClient,
  tracked: Map<EntityType, Set<string>>,
  runPrefix: string,
  library: TestLibrary | undefined,
): Promise<void> {
  const like = { value: `${runPrefix}%`, modifier: 'EQUALS' } as const;
  const all = { per_page: -1 } as const;
  const ids = (type: EntityType) => [...(tracked.get(type) ?? [])];
  const union = (a: string[], b: { id: string }[]) => [...new Set([...a, ...b.map((x) => x.id)])];
  // Stash's FindMany fails the whole find (`<entity> with id N not found`) when one id is gone, so on an error each id
  // is looked up on its own.
  const existing = async (list: string[], find: (ids: string[]) => Promise<{ id: string }[]>) => {
    if (!list.length) return [];
    try {
      return (await find(list)).map((x) => x.id);
    } catch {
      const one = await Promise.all(
        list.map((id) =>
          find([id]).then(
            (r) => r.map((x) => x.id),
            () => [],
          ),
        ),
      );
      return one.flat();
    }
  };
  const failures: string[] = [];
  const step = async (what: string, fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch (e) {
      failures.push(`${what}: ${(e as Error).message}`);
    }
  };

  await step('markers', async () => {
    const list = await existing(ids('marker'), async (i) => (await client.findSceneMarkers({ ids: i })).scene_markers);
    if (list.length) await client.sceneMarkersDestroy({ ids: list });
  });
  await step('scenes', async () => {
    const named = (await client.findScenes({ scene_filter: { title: like }, filter: all })).scenes;
    const list = await existing(union(ids('scene'), named), async (i) => (await client.findScenes({ ids: i })).scenes);
    if (list.length) await client.scenesDestroy({ input: { ids: list, delete_file: false, delete_generated: true } });
  });
  await step('images', async () => {
    const list = await existing(ids('image'), async (i) => (await client.findImages({ ids: i })).images);
    if (list.length) await client.imagesDestroy({ input: { ids: list, delete_file: false, delete_generated: true } });
  });
  await step('galleries', async () => {
    const named = (await client.findGalleries({ gallery_filter: { title: like }, filter: all })).galleries;
    const list = await existing(
      union(ids('gallery'), named),
      async (i) => (await client.findGalleries({ ids: i })).galleries,
    );
    if (list.length) await client.galleryDestroy({ input: { ids: list, delete_file: false, delete_generated: true } });
  });
  await step('groups', async () => {
    const named = (await client.findGroups({ group_filter: { name: like }, filter: all })).groups;
    const list = await existing(union(ids('group'), named), async (i) => (await client.findGroups({ ids: i })).groups);
    if (list.length) await client.groupsDestroy({ ids: list });
  });
  await step('performers', async () => {
    const named = (await client.findPerformers({ performer_filter: { name: like }, filter: all })).performers;
    const list = await existing(
      union(ids('performer'), named),
      async (i) => (await client.findPerformers({ ids: i })).performers,
    );
    if (list.length) await client.performersDestroy({ ids: list });
  });
  await step('studios', async () => {
    const named = (await client.findStudios({ studio_filter: { name: like }, filter: all })).studios;
    const list = await existing(
      union(ids('studio'), named),
      async (i) => (await client.findStudios({ ids: i })).studios,
    );
    if (list.length) await client.studiosDestroy({ ids: list });
  });
  await step('tags', async () => {
    const named = (await client.findTags({ tag_filter: { name: like }, filter: all })).tags;
    const list = await existing(union(ids('tag'), named), async (i) => (await client.findTags({ ids: i })).tags);
    if (list.length) await client.tagsDestroy({ ids: list });
  });
  if (library) await step('library', () => library.cleanup(client));
  // Prove it: nothing named with this run's prefix may remain.
  await step('verify', async () => {
    const left = {
      tags: (await client.findTags({ tag_filter: { name: like }, filter: { per_page: 0 } })).count,
      studios: (await client.findStudios({ studio_filter: { name: like }, filter: { per_page: 0 } })).count,
      performers: (await client.findPerformers({ performer_filter: { name: like }, filter: { per_page: 0 } })).count,
      groups: (await client.findGroups({ group_filter: { name: like }, filter: { per_page: 0 } })).count,
      scenes: (await client.findScenes({ scene_filter: { title: like }, filter: { per_page: 0 } })).count,
      galleries: (await client.findGalleries({ gallery_filter: { title: like }, filter: { per_page: 0 } })).count,
    };
    const remaining = Object.entries(left).filter(([, n]) => n > 0);
    if (remaining.length) throw new Error(`still there: ${remaining.map(([k, n]) => `${n} ${k}`).join(', ')}`);
  });
  if (failures.length) throw new Error(`contract cleanup left data behind:\n${failures.join('\n')}`);
}
