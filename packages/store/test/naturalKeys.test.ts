import { Group, Performer, Studio, Tag } from '@stash-graphql/orm';
import { describe, expect, it } from 'vitest';
import {
  asciiFold,
  goTrimSpace,
  keyOf,
  likeAsRegex,
  StashEntityStore,
  StashNameConflictError,
  StashStoreError,
  sqlLike,
} from '../src/index.js';
import { reads, useStore } from './support.js';

describe('Stash text rules', () => {
  it('trims like Go: U+0085 yes, U+FEFF no', () => {
    expect(goTrimSpace('\u0085 \t Acme \u3000')).toBe('Acme');
    expect(goTrimSpace('\ufeffAcme')).toBe('\ufeffAcme');
  });

  it('folds ASCII letters only, like SQLite LIKE', () => {
    expect(asciiFold('ÑandÚ ABC')).toBe('ÑandÚ abc');
    expect(keyOf(' Outdoor ')).toBe(keyOf('OUTDOOR'));
    expect(keyOf('Ñandú')).not.toBe(keyOf('ñandú'));
    expect(keyOf('Ann', 'US')).toBe(keyOf('ann', ' us'));
  });

  it('LIKE: the pattern is the new name; `_` is one code point, `%` any run', () => {
    expect(sqlLike('axb', 'A_B')).toBe(true);
    expect(sqlLike('a_b', 'axb')).toBe(false);
    expect(sqlLike('a😀b', 'a_b')).toBe(true);
    expect(sqlLike('100 real', '100%')).toBe(true);
    expect(sqlLike('ñ', 'Ñ')).toBe(false);
    expect(sqlLike('a\nb', 'a%')).toBe(true);
    expect(likeAsRegex('a_b%(c)')).toBe('a.b.*\\(c\\)');
  });
});

const seed = {
  tags: [{ name: 'Outdoor', aliases: ['outside'] }, { name: 'axb' }, { name: 'Ñandú' }],
  studios: [{ name: 'Acme', aliases: ['Acme Inc'] }],
  performers: [{ name: 'Alex' }, { name: 'Sam', alias_list: ['Sammy'] }, { name: 'Ann', disambiguation: 'US' }],
  groups: [{ name: 'Series' }],
};

const creates = (ctx: ReturnType<typeof useStore>, root: string) =>
  ctx.stash.requests.filter((r) => r.rootFields.includes(root));

describe('getOrCreate with Stash’s name rules', () => {
  const ctx = useStore(seed);

  it('finds names with stray spaces and other case, by name or alias, with no create', async () => {
    const tag = await ctx.store.getOrCreate(Tag, { name: 'Outdoor ' });
    const byAlias = await ctx.store.getOrCreate(Tag, ' OUTSIDE');
    const studio = await ctx.store.getOrCreate(Studio, { name: ' acme inc' });
    const alex = await ctx.store.getOrCreate(Performer, { name: ' alex' });
    const sam = await ctx.store.getOrCreate(Performer, { name: 'SAMMY' });
    const group = await ctx.store.getOrCreate(Group, { name: 'series ' });
    expect([tag.id, byAlias.id, studio.id, alex.id, sam.id, group.id]).toEqual(['1', '1', '1', '1', '2', '1']);
    expect(tag).toBe(byAlias);
    expect([tag.name, studio.name, alex.name]).toEqual(['Outdoor', 'Acme', 'Alex']);
    expect(ctx.stash.requests.filter((r) => /Create/.test(r.rootFields.join()))).toHaveLength(0);
    // The lookup is one anchored, case-insensitive regex over names and aliases.
    expect(reads(ctx.stash, 'findTags')[0]?.variables?.tag_filter).toEqual({
      name: { value: '(?is)^(?:Outdoor)$', modifier: 'MATCHES_REGEX' },
      OR: { aliases: { value: '(?is)^(?:Outdoor)$', modifier: 'MATCHES_REGEX' } },
    });
    // The second lookup of 'outside' was answered by the store's name index: one findTags in all.
    expect(reads(ctx.stash, 'findTags')).toHaveLength(1);
    // The lookup selects no count (Stash would run the name regex twice) and reads what it matched in full.
    expect(reads(ctx.stash, 'findTags')[0]?.query).not.toMatch(/\bcount\b/);
  });

  it('creates a trimmed name and a name that differs only in non-ASCII case (Stash keeps both)', async () => {
    const made = await ctx.store.getOrCreate(Tag, { name: '  ñandú  ' });
    expect(made.id).toBe('4');
    expect(made.name).toBe('ñandú');
    // Every key field is sent (no aliases: an empty list) and the answer is the id alone; the entity holds its key
    // as Stash stored it, so the name index serves the same name again without a request.
    expect(creates(ctx, 'tagCreate').map((r) => JSON.stringify(r.variables))).toEqual([
      JSON.stringify({ input0: { name: 'ñandú', aliases: [] } }),
    ]);
    expect(creates(ctx, 'tagCreate')[0]?.query).toMatch(/tagCreate\(input: \$input0\) \{\s*id\s*\}/);
    const before = ctx.stash.requests.length;
    expect(await ctx.store.getOrCreate(Tag, 'ñandú ')).toBe(made);
    expect(ctx.stash.requests.length).toBe(before);
    const stored = await ctx.client.findTag({ id: '4' });
    expect([stored?.name, stored?.aliases]).toEqual(['ñandú', []]);
    expect((await ctx.store.getOrCreate(Tag, 'Ñandú')).id).toBe('3');
  });

  it('a LIKE clash (`_` matching another name) is a typed conflict naming the entity, before any create', async () => {
    const error = await ctx.store.getOrCreate(Tag, { name: 'A_B' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StashNameConflictError);
    const conflict = error as StashNameConflictError;
    expect(conflict.code).toBe('name-conflict');
    expect(conflict.existing.id).toBe('2');
    expect(conflict.reason).toBe('name');
    expect(conflict.serverMessage).toBe("tag with name 'A_B' already exists");
    expect(conflict.message).toContain('"axb"');
    expect(creates(ctx, 'tagCreate')).toHaveLength(0);
    // `_` in an existing name is no wildcard: 'cxd' next to 'c_d' is created.
    await ctx.client.tagCreate({ input: { name: 'c_d' } });
    expect((await ctx.store.getOrCreate(Tag, 'cxd')).name).toBe('cxd');
  });

  it('a new tag whose alias is taken is a conflict; performers follow name + disambiguation', async () => {
    const outcomes = await ctx.store.getOrCreateMany(Tag, [{ name: 'Fresh', aliases: ['OUTDOOR'] }, '  ', 'New']);
    expect(outcomes.map((o) => o.ok)).toEqual([false, false, true]);
    expect(outcomes[0]?.ok === false && outcomes[0].error).toBeInstanceOf(StashNameConflictError);
    expect(outcomes[1]?.ok === false && outcomes[1].error).toBeInstanceOf(StashStoreError);
    expect(outcomes[1]?.ok === false && outcomes[1].error.message).toMatch(/non-blank name/);
    const ann = await ctx.store.getOrCreate(Performer, { name: 'ann', disambiguation: ' us ' });
    expect(ann.id).toBe('3');
    const annUk = await ctx.store.getOrCreate(Performer, { name: 'Ann', disambiguation: 'UK' });
    expect(annUk.id).toBe('4');
    // A bare 'Ann' is not Ann (US) to Stash: a third performer.
    expect((await ctx.store.getOrCreate(Performer, 'Ann')).id).toBe('5');
  });

  it('resolves many names in a constant number of requests, and a rerun sends none', async () => {
    const names = Array.from({ length: 200 }, (_, i) => (i % 2 ? `new ${i}` : ` Outdoor`));
    const old = Array.from({ length: 100 }, (_, i) => ({ name: `Old_${i}.(x)` }));
    for (const input of old) await ctx.client.tagCreate({ input });
    ctx.stash.requests.clear();
    const wanted = [...names, ...old.map((o) => o.name.toUpperCase())];
    const first = await ctx.store.getOrCreateMany(Tag, wanted);
    expect(first.every((o) => o.ok)).toBe(true);
    expect(ctx.stash.requests).toHaveLength(2);
    expect(reads(ctx.stash, 'findTags')).toHaveLength(1);
    // Every match in one answer, neither counted nor sorted by the server (both cost Stash SQL); ordered by id here.
    const [lookup] = reads(ctx.stash, 'findTags');
    expect(lookup?.variables?.filter).toEqual({ per_page: -1 });
    expect(lookup?.query).not.toMatch(/\bcount\b/);
    expect(ctx.stash.requests.filter((r) => r.operationName === 'StashBatch')).toHaveLength(1);
    expect(creates(ctx, 'tagCreate')[0]?.rootFields).toHaveLength(100);
    const created = first.filter((o) => o.ok && o.created);
    expect(created).toHaveLength(100);
    expect((await ctx.client.findTags({ filter: { per_page: 0 } })).count).toBe(3 + 100 + 100);
    ctx.stash.requests.clear();
    const again = await new Promise<typeof first>((r) => r(ctx.store.getOrCreateMany(Tag, wanted)));
    expect(ctx.stash.requests).toHaveLength(0);
    expect(again.map((o) => o.ok && o.entity)).toEqual(first.map((o) => o.ok && o.entity));
    expect(again.some((o) => o.ok && o.created)).toBe(false);
  });

  it('a fresh store (no index) needs one lookup and no create for names that exist', async () => {
    await ctx.store.getOrCreateMany(Tag, ['one', 'two']);
    const store = new StashEntityStore(ctx.client);
    ctx.stash.requests.clear();
    const outcomes = await store.getOrCreateMany(Tag, ['ONE', 'Two', 'outside']);
    expect(outcomes.map((o) => o.ok && o.entity.name)).toEqual(['one', 'two', 'Outdoor']);
    expect(ctx.stash.requests).toHaveLength(1);
  });

  it('concurrent calls for the same name create it once', async () => {
    const all = await Promise.all([
      ctx.store.getOrCreateMany(Tag, ['Beach', 'beach ', 'Sun']),
      ctx.store.getOrCreate(Tag, 'BEACH'),
      ctx.store.getOrCreateMany(Tag, ['sun', 'Beach']),
    ]);
    const beach = all[1];
    expect(all[0].map((o) => o.ok && o.entity)).toEqual([beach, beach, expect.any(Tag)]);
    expect(creates(ctx, 'tagCreate').flatMap((r) => Object.values(r.variables ?? {}))).toEqual([
      { name: 'Beach', aliases: [] },
      { name: 'Sun', aliases: [] },
    ]);
    expect((await ctx.client.findTags({ tag_filter: { name: { value: 'beach', modifier: 'EQUALS' } } })).count).toBe(1);
  });

  it('concurrent calls sharing a name share one failed lookup: both reject, nothing is created, a retry works', async () => {
    ctx.stash.faults.inject({ operation: 'findTags', status: 503 });
    const [a, b] = await Promise.allSettled([
      ctx.store.getOrCreateMany(Tag, ['Shared', 'Solo']),
      ctx.store.getOrCreate(Tag, ' shared'),
    ]);
    expect(a).toMatchObject({ status: 'rejected', reason: { kind: 'http', status: 503 } });
    // The second call waited on the first call's lookup instead of sending its own.
    expect(b).toMatchObject({ status: 'rejected', reason: (a as PromiseRejectedResult).reason });
    expect(reads(ctx.stash, 'findTags')).toHaveLength(1);
    expect(creates(ctx, 'tagCreate')).toHaveLength(0);
    // Nothing is left in flight: the same names resolve normally now.
    const again = await ctx.store.getOrCreateMany(Tag, ['Shared', 'solo']);
    expect(again.map((o) => o.ok && [o.entity.name, o.created])).toEqual([
      ['Shared', true],
      ['solo', true],
    ]);
    expect(reads(ctx.stash, 'findTags')).toHaveLength(2);
  });

  it('an item whose extra value the entity refuses is that item’s typed error; the others are found or created', async () => {
    const outcomes = await ctx.store.getOrCreateMany(Performer, [
      { name: 'Zed', gender: 'ROBOT' },
      { name: 'Alex', gender: 'ROBOT' }, // exists: found, its props are not applied
      { name: 'Yolanda', gender: 'FEMALE' },
    ]);
    const [zed, alex, yolanda] = outcomes;
    expect(zed).toMatchObject({ ok: false, error: { kind: 'input', code: 'invalid-value' } });
    expect(zed?.ok === false && zed.error.message).toMatch(/gender/);
    expect(zed?.ok === false && zed.error.message).toMatch(/FEMALE/); // names the valid values
    expect(alex).toMatchObject({ ok: true, created: false, entity: { id: '1', name: 'Alex' } });
    expect(yolanda).toMatchObject({ ok: true, created: true, entity: { name: 'Yolanda', gender: 'FEMALE' } });
    expect(creates(ctx, 'performerCreate').flatMap((r) => Object.values(r.variables ?? {}))).toEqual([
      { name: 'Yolanda', gender: 'FEMALE', alias_list: [], disambiguation: '' },
    ]);
    const zeds = await ctx.client.findPerformers({ performer_filter: { name: { value: 'Zed', modifier: 'EQUALS' } } });
    expect(zeds.count).toBe(0);
  });

  it('a create whose answer was lost is found by its name and adopted, never created twice', async () => {
    const tag = ctx.store.track(new Tag({ name: 'Lost answer', description: 'd' }));
    ctx.stash.faults.inject({ operation: 'tagCreate', reset: 'after' });
    const first = await ctx.store.saveAll();
    expect(first.allSucceeded).toBe(true);
    expect(tag.isNew()).toBe(false);
    expect(tag.isDirty()).toBe(false);
    expect(tag.description).toBe('d');
    ctx.stash.requests.clear();
    await ctx.store.saveAll();
    expect(ctx.stash.requests).toHaveLength(0);
    const server = await ctx.client.findTags({ tag_filter: { name: { value: 'Lost answer', modifier: 'EQUALS' } } });
    expect(server.tags.map((t) => t.id)).toEqual([tag.id]);
  });
});
