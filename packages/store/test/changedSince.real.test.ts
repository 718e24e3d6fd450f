/**
 * changedSince against a real Stash (skipped unless STASH_URL is set): many entities per second, updates between
 * pages, resume from a saved cursor. Seconds there are the server's own, so the checks hold whatever second each
 * write lands in. Everything created is named with this run's prefix and destroyed afterwards.
 */
import { randomBytes } from 'node:crypto';
import { StashClient } from '@stash-graphql/core';
import { Scene, Tag } from '@stash-graphql/orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChangedSince, StashEntityStore } from '../src/index.js';

const url = process.env.STASH_URL;
const prefix = `sgc-cs-${randomBytes(3).toString('hex')}-`;

describe.skipIf(!url)('changedSince on a real Stash', () => {
  const sent: { op: string; variables: Record<string, unknown> }[] = [];
  let client: StashClient;
  const tagIds: string[] = [];
  const sceneIds: string[] = [];
  let start = new Date();

  beforeAll(async () => {
    const fetchLogged: typeof fetch = async (input, init) => {
      const body = JSON.parse(String(init?.body ?? '{}')) as { operationName?: string; variables?: object };
      sent.push({ op: body.operationName ?? '', variables: (body.variables ?? {}) as Record<string, unknown> });
      return fetch(input, init);
    };
    client = new StashClient({ url: url as string, apiKey: process.env.STASH_API_KEY, fetch: fetchLogged });
    start = new Date(Date.now() - 2000);
    // 150 of each, written as fast as one client goes: several per second, more than a page in each.
    for (let i = 0; i < 150; i++) {
      const tag = await client.tagCreate({ input: { name: `${prefix}t${i}` } });
      tagIds.push(tag?.id as string);
    }
    for (let i = 0; i < 150; i++) {
      const scene = await client.sceneCreate({ input: { title: `${prefix}s${i}` } });
      sceneIds.push(scene?.id as string);
    }
  }, 120_000);

  afterAll(async () => {
    if (sceneIds.length) await client.scenesDestroy({ input: { ids: sceneIds } });
    if (tagIds.length) await client.tagsDestroy({ ids: tagIds });
    await client?.close();
  });

  /** Sorted by (second, id) as changedSince promises. */
  const inKeyOrder = (items: { id: string; updated_at: string }[]) =>
    items.every((e, i) => {
      const p = items[i - 1];
      return !p || p.updated_at < e.updated_at || (p.updated_at === e.updated_at && Number(p.id) < Number(e.id));
    });

  async function collect<E>(iter: AsyncIterable<E>, onEach?: (e: E, n: number) => unknown): Promise<E[]> {
    const out: E[] = [];
    for await (const e of iter) {
      out.push(e);
      await onEach?.(e, out.length);
    }
    return out;
  }

  it.each([
    ['Tag', Tag, { name__startswith: prefix }, tagIds],
    ['Scene', Scene, { title__startswith: prefix }, sceneIds],
  ] as const)(
    '%s: every entity once, in (second, id) order, 25 a page, never per_page -1',
    async (_, cls, filters, ids) => {
      sent.length = 0;
      const store = new StashEntityStore(client);
      const got = (await collect(store.changedSince(cls, start, filters, { pageSize: 25 }))) as (Tag | Scene)[];
      expect(got.map((e) => e.id).sort()).toEqual([...ids].sort());
      expect(inKeyOrder(got as never)).toBe(true);
      const perPage = sent.map((r) => (r.variables.filter as { per_page?: number } | undefined)?.per_page);
      expect(perPage.every((n) => n === 25 || n === 1)).toBe(true); // 1: the probe for the server's zone
      const seconds = new Set(got.map((e) => e.updated_at));
      console.log(`${cls.typename}: ${got.length} in ${seconds.size} seconds, ${sent.length} requests`);
    },
  );

  it('tags updated between pages: none missed; their last state is the new one (now or after a resume)', async () => {
    const store = new StashEntityStore(client);
    const changes = store.changedSince(Tag, start, { name__startswith: prefix }, { pageSize: 25 });
    const last = new Map<string, string>();
    const moved = [tagIds[1], tagIds[4], tagIds[140]] as string[];
    await collect(changes, async (t, n) => {
      last.set(t.id, String(t.name));
      if (n === 30) for (const id of moved) await client.tagUpdate({ input: { id, name: `${prefix}moved-${id}` } });
    });
    // The seconds just written may still change: the cursor holds there, so a resume reads them again.
    const saved = JSON.stringify(changes.cursor);
    for (const t of await collect(store.changedSince(Tag, JSON.parse(saved), { name__startswith: prefix }))) {
      last.set(t.id, String(t.name));
    }
    expect([...last.keys()].sort()).toEqual([...tagIds].sort());
    for (const id of moved) expect(last.get(id)).toBe(`${prefix}moved-${id}`);
  });

  it('a cursor saved mid-iteration resumes with no repeat and no gap once its seconds are closed', async () => {
    // A clock an hour ahead takes every second as closed (nothing writes these entities now).
    const store = new StashEntityStore(client, { clock: () => Date.now() + 3_600_000 });
    const scope = { title__startswith: prefix };
    const first: ChangedSince<Scene> = store.changedSince(Scene, start, scope, { pageSize: 25 });
    const got: string[] = [];
    for await (const s of first) {
      got.push(s.id);
      if (got.length === 60) break;
    }
    const saved = JSON.stringify(first.cursor);
    const rest = await collect(store.changedSince(Scene, JSON.parse(saved), scope, { pageSize: 25 }));
    expect([...got, ...rest.map((s) => s.id)].sort()).toEqual([...sceneIds].sort());
    expect(got.length + rest.length).toBe(sceneIds.length);
  });
});
