import { StashClient } from '@stash-graphql/core';
import { CRITERION_LOOKUPS, ENTITY_META } from '@stash-graphql/core/generated';
import { allEntities, Scene, Studio, Tag } from '@stash-graphql/orm';
import { createFakeStash } from '@stash-graphql/testing';
import { describe, expect, it } from 'vitest';
import { Q, StashEntityStore, StashStoreError } from '../src/index.js';
import { reads, useStore } from './support.js';

const seed = {
  studios: [{ name: 'Acme' }, { name: 'Beta' }],
  tags: [{ name: 'Outdoor' }, { name: 'Indoor' }, { name: 'Forest', parent_ids: ['1'] }],
  scenes: [
    { title: 'Hike 100%', studio_id: '1', tag_ids: ['1'], rating100: 80, date: '2024-01-10', organized: true },
    { title: 'Swim', studio_id: '2', tag_ids: ['1', '2'], rating100: 40, date: '2024-01-11' },
    { title: 'Walk', tag_ids: ['3'], rating100: 5, date: '2024-01-12' },
    { title: 'Nap', rating100: 4 },
  ],
};
const titles = (xs: Scene[]) => xs.map((s) => s.title);
const lastFilter = (ctx: ReturnType<typeof useStore>) => reads(ctx.stash, 'findScenes').at(-1)?.variables?.scene_filter;

describe('find with lookups', () => {
  const ctx = useStore(seed);

  it('int bounds are inclusive: __gte 5 → GREATER_THAN 4, __lte → LESS_THAN n+1', async () => {
    expect(titles(await ctx.store.find(Scene, { rating100__gte: 5 }))).toEqual(['Hike 100%', 'Swim', 'Walk']);
    expect(lastFilter(ctx)).toEqual({ rating100: { value: 4, modifier: 'GREATER_THAN' } });
    expect(titles(await ctx.store.find(Scene, { rating100__lte: 5 }))).toEqual(['Walk', 'Nap']);
    expect(lastFilter(ctx)).toEqual({ rating100: { value: 6, modifier: 'LESS_THAN' } });
    expect(await ctx.store.count(Scene, { rating100__between: [5, 40] })).toBe(2);
  });

  it('date bounds step by a day; timestamps use BETWEEN with an explicit far bound', async () => {
    expect(titles(await ctx.store.find(Scene, { date__gte: '2024-01-11' }))).toEqual(['Swim', 'Walk']);
    expect(lastFilter(ctx)).toEqual({ date: { value: '2024-01-10', modifier: 'GREATER_THAN' } });
    expect(titles(await ctx.store.find(Scene, { date__lte: '2024-01-11' }))).toEqual(['Hike 100%', 'Swim']);
    const created = (await ctx.store.get(Scene, '2'))?.created_at as string;
    const after = await ctx.store.find(Scene, { created_at__gte: created });
    expect(after.map((s) => s.id)).toContain('2');
    expect(lastFilter(ctx)).toEqual({
      created_at: { value: created, value2: '9999-12-31T23:59:59Z', modifier: 'BETWEEN' },
    });
  });

  it('strings, booleans, multi and hierarchical criteria with depth and excludes', async () => {
    expect(titles(await ctx.store.find(Scene, { title__icontains: '100%' }))).toEqual(['Hike 100%']);
    expect(lastFilter(ctx)).toEqual({ title: { value: '(?i)100%', modifier: 'MATCHES_REGEX' } });
    expect(titles(await ctx.store.find(Scene, { title__icontains: 'wi' }))).toEqual(['Swim']);
    expect(titles(await ctx.store.find(Scene, { organized: true }))).toEqual(['Hike 100%']);
    expect(lastFilter(ctx)).toEqual({ organized: true });
    const outdoor = (await ctx.store.get(Tag, '1')) as Tag;
    expect(
      titles(await ctx.store.find(Scene, { tags__includes: { value: [outdoor], depth: -1, excludes: ['2'] } })),
    ).toEqual(['Hike 100%', 'Walk']);
    expect(lastFilter(ctx)).toEqual({ tags: { value: ['1'], modifier: 'INCLUDES', depth: -1, excludes: ['2'] } });
    expect(titles(await ctx.store.find(Scene, { tags__includes_all: ['1', '2'] }))).toEqual(['Swim']);
    expect(titles(await ctx.store.find(Scene, { studio__in: ['2'] }))).toEqual(['Swim']);
    expect(lastFilter(ctx)).toEqual({ studios: { value: ['2'], modifier: 'INCLUDES' } });
  });

  it('nested relation filters go through the related filter input', async () => {
    expect(titles(await ctx.store.find(Scene, { studio__name__icontains: 'acm' }))).toEqual(['Hike 100%']);
    expect(lastFilter(ctx)).toEqual({ studios_filter: { name: { value: '"acm"', modifier: 'INCLUDES' } } });
  });

  it('composes AND / OR / NOT into nested single sub-filters', async () => {
    const q = Q<Scene>({ rating100__gte: 40 })
      .or(Q({ title__iexact: 'nap' }))
      .and(Q<Scene>({ organized: true }).not());
    expect(titles(await ctx.store.find(Scene, q))).toEqual(['Swim', 'Nap']);
    expect(lastFilter(ctx)).toEqual({
      NOT: {
        organized: true,
        OR: {
          NOT: {
            rating100: { value: 39, modifier: 'GREATER_THAN' },
            OR: { title: { value: 'nap', modifier: 'EQUALS' } },
          },
        },
      },
    });
    // Two bounds on one field chain through AND.
    expect(titles(await ctx.store.find(Scene, { rating100__gte: 5, rating100__lt: 80 }))).toEqual(['Swim', 'Walk']);
    expect(await ctx.store.findOne(Scene, { title__startswith: 'Sw' })).toBe(
      (await ctx.store.find(Scene, { title: 'Swim' }))[0],
    );
  });

  it('rejects unknown fields, lookups and bad values before any request', async () => {
    const before = ctx.stash.requests.length;
    // Each of these is also a compile error (see test/types); `as never` stands in for a JavaScript caller.
    const err = await ctx.store.find(Scene, { ratin__gte: 1 } as never).catch((e) => e);
    expect(err).toBeInstanceOf(StashStoreError);
    expect(err.kind).toBe('input');
    expect(err.valid).toContain('rating100');
    await expect(ctx.store.find(Scene, { rating100__icontains: 1 } as never)).rejects.toThrow(
      /Valid: exact, ne, gt, gte/,
    );
    await expect(ctx.store.find(Scene, { rating100__gte: 'x' } as never)).rejects.toThrow(/expected an integer/);
    await expect(ctx.store.find(Scene, { date__gte: '2024/01/01' } as never)).rejects.toThrow(/YYYY-MM-DD/);
    await expect(ctx.store.find(Scene, { tags: { value: ['1'], depth: 1 } } as never)).rejects.toThrow(
      /depth with exact/,
    );
    await expect(ctx.store.find(Studio, { nope__name: 'x' } as never)).rejects.toThrow(StashStoreError);
    // A typo in a lookup names the lookup and lists the field's lookups, not the fields.
    for (const [key, lookup, valid] of [
      ['title__foo', 'foo', 'exact, iexact, contains'],
      ['date__after', 'after', 'exact, ne, gt, gte'],
      ['rating100__gtee', 'gtee', 'exact, ne, gt, gte'],
    ] as const) {
      const typo = await ctx.store.find(Scene, { [key]: 'x' } as never).catch((e) => e);
      expect(typo.code, key).toBe('unknown-lookup');
      expect(typo.message).toContain(`has no lookup "${lookup}" (in ${key})`);
      expect(typo.message).toContain(`Valid: ${valid}`);
    }
    expect(ctx.stash.requests.length).toBe(before);
  });

  it("takes exactly the generated vocabulary's lookups per criterion kind (CRITERION_LOOKUPS)", async () => {
    for (const [field, kind] of [
      ['title', 'string'],
      ['rating100', 'int'],
      ['date', 'date'],
      ['created_at', 'timestamp'],
      ['performers', 'multi'],
      ['tags', 'hierarchical'],
      ['organized', 'scalar'],
      ['phash_distance', 'input'],
    ] as const) {
      const typo = await ctx.store.find(Scene, { [`${field}__nope`]: 'x' } as never).catch((e) => e);
      // Multi criteria read `x__nope` as a related filter first: unknown field there, the same list otherwise.
      if (kind === 'multi' || kind === 'hierarchical') expect(typo.code, field).toBe('unknown-field');
      else expect([typo.code, typo.valid], field).toEqual(['unknown-lookup', CRITERION_LOOKUPS[kind]]);
      // A lookup another kind takes: refused with this kind's list.
      const valid: readonly string[] = CRITERION_LOOKUPS[kind];
      const other = Object.values(CRITERION_LOOKUPS)
        .flat()
        .find((l) => !valid.includes(l));
      const wrong = await ctx.store.find(Scene, { [`${field}__${other}`]: 'x' } as never).catch((e) => e);
      expect([wrong.code, wrong.valid], `${field}__${other}`).toEqual(['unknown-lookup', valid]);
    }
    // Checked before any request (beyond the capability probe).
    expect(ctx.stash.requests.map((r) => r.operationName).filter((n) => n !== 'StashCapabilities')).toEqual([]);
  });
});

describe('server versions', () => {
  it('a related filter the server lacks is an input error naming the version', async () => {
    const stash = await createFakeStash({ version: 'v0.28.1' });
    const client = new StashClient({ url: stash.url, retry: { maxAttempts: 1 } });
    try {
      const store = new StashEntityStore(client);
      const has = (await client.capabilities()).inputHasField('StudioFilterType', 'tags_filter');
      const err = await store.find(Studio, { tags__name: 'x' } as never).catch((e) => e);
      if (!has) {
        expect(err).toBeInstanceOf(StashStoreError);
        expect(err.message).toMatch(/needs Stash ≥|no filter field/);
      }
      expect(stash.requests.count('findStudios')).toBe(0);
    } finally {
      await client.close();
      await stash.close();
    }
  });
});

describe('every filterable field of every entity type', () => {
  const ctx = useStore(seed);

  it('has a lookup that compiles and that the server accepts', async () => {
    const caps = await ctx.client.capabilities();
    const sample: Record<string, [string, unknown]> = {
      IntCriterionInput: ['gte', 1],
      FloatCriterionInput: ['lte', 1.5],
      DateCriterionInput: ['gte', '2024-01-01'],
      TimestampCriterionInput: ['lte', '2024-01-01T00:00:00Z'],
      StringCriterionInput: ['icontains', 'a'],
      MultiCriterionInput: ['includes', ['1']],
      HierarchicalMultiCriterionInput: ['includes', { value: ['1'], depth: -1 }],
      Boolean: ['exact', true],
    };
    const types = Object.values(ENTITY_META).filter((m) => m.find?.resultField);
    let sent = 0;
    for (const meta of types) {
      const find = meta.find as NonNullable<typeof meta.find>;
      const cls = allEntities.find((c) => c.typename === meta.typename) as (typeof allEntities)[number];
      const fields = (
        caps.schema.getType(find.filterType) as { getFields(): Record<string, { type: unknown }> }
      ).getFields();
      for (const [name, f] of Object.entries(fields)) {
        if (['AND', 'OR', 'NOT'].includes(name) || name.endsWith('_filter')) continue;
        const type = String(f.type).replace(/[[\]!]/g, '');
        // Perceptual hashes are hex numbers to Stash: an EQUALS on a hex value, not a phrase search.
        const s = /phash/.test(name) && type === 'StringCriterionInput' ? ['iexact', 'ab12'] : sample[type];
        if (!s) {
          // Criterion inputs with their own shape: the lookup is validated against the input's fields.
          const err = await ctx.store.count(cls, { [`${name}__exact`]: { nope: 1 } }).catch((e) => e);
          expect(err, `${find.filterType}.${name}`).toBeInstanceOf(StashStoreError);
          continue;
        }
        const n = await ctx.store.count(cls, { [`${name}__${s[0]}`]: s[1] });
        expect(typeof n, `${find.filterType}.${name}`).toBe('number');
        sent++;
      }
    }
    expect(sent).toBeGreaterThan(150);
    expect(ctx.stash.requests.filter((r) => (r.status ?? 0) >= 400)).toEqual([]);
  });
});
