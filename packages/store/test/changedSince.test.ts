import { StashClient } from '@stash-graphql/core';
import { Scene, Tag } from '@stash-graphql/orm';
import { createFakeStash, type FakeStash } from '@stash-graphql/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { type ChangedSince, type ChangedSinceCursor, Q, StashEntityStore, StashStoreError } from '../src/index.js';
import { reads } from './support.js';

/** The fake's clock: every entity written while it reads T0 shares the second T0. */
const T0 = Date.parse('2024-03-01T10:00:00Z');
const text = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
const S0 = text(T0);

const seed = {
  tags: Array.from({ length: 25 }, (_, i) => ({ name: `tag${String(i + 1).padStart(2, '0')}`, favorite: i % 2 === 0 })),
  scenes: Array.from({ length: 25 }, (_, i) => ({ title: `scene${i + 1}` })),
};

const ctx = {} as { stash: FakeStash; client: StashClient; store: StashEntityStore; now: number };

beforeAll(async () => {
  ctx.now = T0;
  ctx.stash = await createFakeStash({ seed, now: () => new Date(ctx.now) });
  ctx.client = new StashClient({ url: ctx.stash.url, retry: { maxAttempts: 1 } });
  await ctx.client.capabilities();
});
beforeEach(() => {
  ctx.now = T0;
  ctx.stash.reset();
  // The store's clock is the wall clock (2026 and later): every second the fake wrote in 2024 is long closed.
  ctx.store = new StashEntityStore(ctx.client);
});
afterAll(async () => {
  await ctx.client?.close();
  await ctx.stash?.close();
});

const finds = (root: string) => reads(ctx.stash, root).map((r) => r.variables);
/** The FindFilterType a read sent: sort and page. */
const pages = (root: string) => finds(root).map((v) => (v?.filter ?? {}) as { sort?: string; page?: number });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

async function collect<E extends { id: string }>(iter: AsyncIterable<E>, onEach?: (e: E, n: number) => unknown) {
  const out: E[] = [];
  for await (const e of iter) {
    out.push(e);
    await onEach?.(e, out.length);
  }
  return out;
}

describe('changedSince: one second shared by more than a page', () => {
  it('tags (no id criterion): the second is read again by id, page by page, each tag once', async () => {
    const changes = ctx.store.changedSince(Tag, null, {}, { pageSize: 10 });
    const tags = await collect(changes);
    expect(tags.map((t) => t.id)).toEqual(range(1, 25));
    expect(tags[0]).toBeInstanceOf(Tag);
    expect(tags[0]?.name).toBe('tag01');
    expect(finds('findTags')).toEqual([
      { tag_filter: {}, filter: { sort: 'updated_at', direction: 'ASC', per_page: 10, page: 1 } },
      ...[1, 2, 3].map((page) => ({
        tag_filter: { updated_at: { value: S0, modifier: 'EQUALS' } },
        filter: { sort: 'id', direction: 'ASC', per_page: 10, page },
      })),
      { tag_filter: { updated_at: { value: S0, modifier: 'GREATER_THAN' } }, filter: afterPage(10) },
    ]);
    expect(changes.cursor).toEqual({ v: 1, type: 'Tag', ts: S0, id: null });
    expect(JSON.parse(JSON.stringify(changes.cursor))).toEqual(changes.cursor);
  });

  it('scenes (id criterion): the second is paged by id > last', async () => {
    const scenes = await collect(ctx.store.changedSince(Scene, null, {}, { pageSize: 10 }));
    expect(scenes.map((s) => s.id)).toEqual(range(1, 25));
    expect(finds('findScenes')).toEqual([
      { scene_filter: {}, filter: afterPage(10) },
      ...[0, 10, 20].map((last) => ({
        scene_filter: { updated_at: { value: S0, modifier: 'EQUALS' }, id: { value: last, modifier: 'GREATER_THAN' } },
        filter: { sort: 'id', direction: 'ASC', per_page: 10, page: 1 },
      })),
      { scene_filter: { updated_at: { value: S0, modifier: 'GREATER_THAN' } }, filter: afterPage(10) },
    ]);
  });

  it('whole seconds on a page are handed out at once, in id order; only the cut-off last one is read again', async () => {
    // Seconds: 25 scenes at T0, then 3 at T0+1 (ids 3, 1, 2 updated in that order), then 2 at T0+2.
    ctx.now = T0 + 1000;
    for (const id of ['3', '1', '2']) await ctx.client.sceneUpdate({ input: { id, details: 'x' } });
    ctx.now = T0 + 2000;
    for (const id of ['5', '4']) await ctx.client.sceneUpdate({ input: { id, details: 'y' } });
    ctx.stash.requests.clear();
    const since = new Date(T0 + 500); // inside T0: T0's own second is not after it
    const scenes = await collect(ctx.store.changedSince(Scene, since, {}, { pageSize: 4 }));
    expect(scenes.map((s) => [s.id, s.updated_at])).toEqual([
      ['1', text(T0 + 1000)],
      ['2', text(T0 + 1000)],
      ['3', text(T0 + 1000)],
      ['4', text(T0 + 2000)],
      ['5', text(T0 + 2000)],
    ]);
    const sent = finds('findScenes');
    // The probe reads the server's zone for `since` off the newest scene, then keyset pages follow.
    expect(sent[0]).toEqual({
      scene_filter: {},
      filter: { sort: 'id', direction: 'DESC', per_page: 1, page: 1 },
    });
    expect(sent.slice(1)).toEqual([
      { scene_filter: { updated_at: { value: S0, modifier: 'GREATER_THAN' } }, filter: afterPage(4) },
      {
        scene_filter: {
          updated_at: { value: text(T0 + 2000), modifier: 'EQUALS' },
          id: { value: 0, modifier: 'GREATER_THAN' },
        },
        filter: { sort: 'id', direction: 'ASC', per_page: 4, page: 1 },
      },
      { scene_filter: { updated_at: { value: text(T0 + 2000), modifier: 'GREATER_THAN' } }, filter: afterPage(4) },
    ]);
    expect(ctx.stash.requests.every((r) => JSON.stringify(r.variables ?? {}).includes('"per_page":-1') === false)).toBe(
      true,
    );
  });
});

describe('changedSince: updates during the iteration', () => {
  it('tags updated behind the position move to a later second: nothing after them is skipped', async () => {
    const seen: string[] = [];
    await collect(ctx.store.changedSince(Tag, null, {}, { pageSize: 10 }), async (t, n) => {
      seen.push(`${t.id}:${t.name}`);
      if (n === 10) {
        // Between pages: two tags already handed out leave the second, so the rest of it moves back two places.
        ctx.now = T0 + 3000;
        await ctx.client.tagUpdate({ input: { id: '2', name: 'two' } });
        await ctx.client.tagUpdate({ input: { id: '5', name: 'five' } });
      }
    });
    expect(seen).toEqual([...range(1, 25).map((id) => `${id}:tag${id.padStart(2, '0')}`), '2:two', '5:five']);
    // Page 2 saw the count drop from 25 to 23 and stepped back a page before going on.
    const byId = pages('findTags').filter((f) => f.sort === 'id');
    expect(byId.map((f) => f.page)).toEqual([1, 2, 1, 2, 3]);
  });

  it('scenes updated ahead of the position are handed out once, in their new second', async () => {
    const seen: string[] = [];
    await collect(ctx.store.changedSince(Scene, null, {}, { pageSize: 10 }), async (s, n) => {
      seen.push(`${s.id}:${s.title}`);
      if (n === 10) {
        ctx.now = T0 + 3000;
        await ctx.client.sceneUpdate({ input: { id: '3', title: 'three' } });
        await ctx.client.sceneUpdate({ input: { id: '20', title: 'twenty' } });
      }
    });
    expect(seen).toEqual([
      ...range(1, 19).map((id) => `${id}:scene${id}`),
      ...range(21, 25).map((id) => `${id}:scene${id}`),
      '3:three',
      '20:twenty',
    ]);
  });

  it('a second that may still change holds the cursor: it is read again after a resume', async () => {
    // The store's clock reads the same time as the server's: T0 is the current second.
    ctx.now = T0 + 400;
    ctx.store = new StashEntityStore(ctx.client, { clock: () => ctx.now });
    const changes = ctx.store.changedSince(Tag, null, { name__startswith: 'tag0' }, { pageSize: 50 });
    expect((await collect(changes)).map((t) => t.id)).toEqual(range(1, 9));
    expect(changes.cursor).toEqual({ v: 1, type: 'Tag', ts: S0, id: '0' });
    // Later in the same second tag 4 changes again: its updated_at cannot show it.
    ctx.now = T0 + 900;
    await ctx.client.tagUpdate({ input: { id: '4', description: 'late' } });
    const saved = JSON.stringify(changes.cursor);
    ctx.now = T0 + 60_000;
    const resumed = ctx.store.changedSince(Tag, JSON.parse(saved) as ChangedSinceCursor, {
      name__startswith: 'tag0',
    });
    const again = await collect(resumed);
    expect(again.map((t) => t.id)).toEqual(range(1, 9));
    expect(again[3]?.description).toBe('late');
    // Read a minute later, the second is closed.
    expect(resumed.cursor).toEqual({ v: 1, type: 'Tag', ts: S0, id: null });
    expect(await collect(resumed)).toEqual([]);
  });
});

describe('changedSince: cursors', () => {
  it('a cursor saved mid-iteration resumes with no repeat and no gap (tags, by offset)', async () => {
    const first = ctx.store.changedSince(Tag, null, {}, { pageSize: 10 });
    const got: string[] = [];
    for await (const t of first) {
      got.push(t.id);
      if (got.length === 13) break;
    }
    const saved = JSON.stringify(first.cursor);
    expect(JSON.parse(saved)).toEqual({ v: 1, type: 'Tag', ts: S0, id: '13' });
    ctx.stash.requests.clear();
    const other = new StashEntityStore(ctx.client);
    const rest = await collect(other.changedSince(Tag, JSON.parse(saved), {}, { pageSize: 10 }));
    expect([...got, ...rest.map((t) => t.id)]).toEqual(range(1, 25));
    // The second is read again from its start; tags up to 13 are skipped without being handed out.
    expect(pages('findTags').map((f) => f.page)).toEqual([1, 2, 3, 1]);
  });

  it('a cursor saved mid-iteration resumes by id on scenes', async () => {
    const first = ctx.store.changedSince(Scene, null, {}, { pageSize: 10 });
    for await (const s of first) if (s.id === '7') break;
    ctx.stash.requests.clear();
    const rest = await collect(ctx.store.changedSince(Scene, first.cursor, {}, { pageSize: 10 }));
    expect(rest.map((s) => s.id)).toEqual(range(8, 25));
    expect(finds('findScenes')[0]).toEqual({
      scene_filter: { updated_at: { value: S0, modifier: 'EQUALS' }, id: { value: 7, modifier: 'GREATER_THAN' } },
      filter: { sort: 'id', direction: 'ASC', per_page: 10, page: 1 },
    });
  });

  it('the final cursor yields only later changes; iterating again continues from it', async () => {
    const changes = ctx.store.changedSince(Scene, null);
    expect(await collect(changes)).toHaveLength(25);
    ctx.now = T0 + 5000;
    await ctx.client.sceneUpdate({ input: { id: '9', title: 'nine' } });
    ctx.stash.requests.clear();
    const again = await collect(changes);
    expect(again.map((s) => [s.id, s.title])).toEqual([['9', 'nine']]);
    expect(finds('findScenes')[0]).toEqual({
      scene_filter: { updated_at: { value: S0, modifier: 'GREATER_THAN' } },
      filter: afterPage(500),
    });
    expect(changes.cursor).toEqual({ v: 1, type: 'Scene', ts: text(T0 + 5000), id: null });
  });
});

describe('changedSince: filters', () => {
  it('lookups and Q combine with the keyset criteria', async () => {
    ctx.now = T0 + 1000;
    await ctx.client.tagUpdate({ input: { id: '3', description: 'x' } });
    await ctx.client.tagUpdate({ input: { id: '4', description: 'y' } });
    const fav = await collect(ctx.store.changedSince(Tag, new Date(T0), { favorite: true }));
    expect(fav.map((t) => t.id)).toEqual(['3']);
    expect(finds('findTags').at(-1)).toEqual({
      tag_filter: { favorite: true, updated_at: { value: S0, modifier: 'GREATER_THAN' } },
      filter: afterPage(500),
    });
    const either = Q({ name: 'tag03' }).or({ name: 'tag04' });
    const both = await collect(ctx.store.changedSince(Tag, S0, either.and({ updated_at__lt: text(T0 + 1000) })));
    expect(both).toEqual([]);
    const ok = await collect(ctx.store.changedSince(Tag, S0, either));
    expect(ok.map((t) => t.name)).toEqual(['tag03', 'tag04']);
    expect(finds('findTags').at(-1)).toEqual({
      tag_filter: {
        updated_at: { value: S0, modifier: 'GREATER_THAN' },
        AND: {
          name: { value: '^tag03$', modifier: 'MATCHES_REGEX' },
          OR: { name: { value: '^tag04$', modifier: 'MATCHES_REGEX' } },
        },
      },
      filter: afterPage(500),
    });
  });
});

describe('changedSince: bad input fails before any request', () => {
  const bad: [string, () => unknown, RegExp][] = [
    ['not an entity class', () => ctx.store.changedSince(class Foo {} as never, null), /entity class with updated_at/],
    ['an unparsable since', () => ctx.store.changedSince(Tag, 'yesterday'), /ISO timestamp with a zone/],
    ['a since without a zone', () => ctx.store.changedSince(Tag, '2024-03-01T10:00:00'), /ISO timestamp/],
    ['an Invalid Date', () => ctx.store.changedSince(Tag, new Date('nope')), /Invalid Date/],
    ['a number', () => ctx.store.changedSince(Tag, 1700000000 as never), /got 1700000000/],
    ['a cursor of another type', () => ctx.store.changedSince(Tag, cursor({ type: 'Scene' })), /made for "Scene"/],
    ['a cursor of another version', () => ctx.store.changedSince(Tag, cursor({ v: 2 as 1 })), /v must be 1/],
    ['a cursor with a bad id', () => ctx.store.changedSince(Tag, cursor({ id: 'x' })), /id must be null/],
    ['a cursor with a bad ts', () => ctx.store.changedSince(Tag, cursor({ ts: 'later' })), /ts must be/],
    ['a cursor with extra keys', () => ctx.store.changedSince(Tag, cursor({ page: 2 } as never)), /unknown key page/],
    ['a zero page size', () => ctx.store.changedSince(Tag, null, {}, { pageSize: 0 }), /pageSize/],
    ['a negative settleMs', () => ctx.store.changedSince(Tag, null, {}, { settleMs: -1 }), /settleMs/],
  ];
  it.each(bad)('%s', (_, call, message) => {
    ctx.stash.requests.clear();
    expect(call).toThrow(StashStoreError);
    expect(call).toThrow(message);
    expect(ctx.stash.requests).toHaveLength(0);
  });

  it('an unknown filter field fails on the first read, before any find', async () => {
    ctx.stash.requests.clear();
    const iter = ctx.store.changedSince(Tag, null, { colour: 'red' })[Symbol.asyncIterator]();
    await expect(iter.next()).rejects.toThrow(/TagFilterType has no filter field "colour"/);
    expect(finds('findTags')).toEqual([]);
  });

  it('types: entities of the class, a cursor is a valid since, other values do not compile', () => {
    const changes = ctx.store.changedSince(Scene, null);
    expectTypeOf(changes).toEqualTypeOf<ChangedSince<Scene>>();
    expectTypeOf(changes.cursor).toEqualTypeOf<ChangedSinceCursor>();
    expectTypeOf(ctx.store.changedSince(Scene, changes.cursor)).toEqualTypeOf<ChangedSince<Scene>>();
    // @ts-expect-error a number is not a since
    expect(() => ctx.store.changedSince(Tag, 5)).toThrow(StashStoreError);
    // @ts-expect-error pageSize is a number
    expect(() => ctx.store.changedSince(Tag, null, {}, { pageSize: '5' })).toThrow(/pageSize/);
  });

  it('names the valid types', () => {
    expect(() => ctx.store.changedSince(class Foo {} as never, null)).toThrow(/Valid: .*Scene.*Tag/);
  });
});

function afterPage(per_page: number) {
  return { sort: 'updated_at', direction: 'ASC', per_page, page: 1 };
}

function cursor(over: Partial<ChangedSinceCursor>): ChangedSinceCursor {
  return { v: 1, type: 'Tag', ts: S0, id: null, ...over };
}
