// A consumer file with 50 typed lookups, for `pnpm bench types` (typecheck cost against baseline.ts).
import { Performer, Scene, Studio, Tag } from '@stash-graphql/orm';
import { Q, type StashEntityStore } from '@stash-graphql/store';

export async function run(store: StashEntityStore, tag: Tag): Promise<number> {
  const a = await store.find(Scene, {
    title__icontains: 'hike',
    title__isnull: false,
    rating100__gte: 60,
    rating100__lt: 90,
    date__gte: '2025-01-01',
    date__between: ['2024-01-01', '2024-12-31'],
    created_at__gte: '2025-01-01T00:00:00Z',
    organized: true,
    tags__includes_all: ['1', tag],
    studio__in: ['2'],
  });
  const b = await store.find(Scene, {
    performers__excludes: ['3'],
    o_counter__gt: 0,
    play_count__lte: 5,
    duration__between: [60, 3600],
    code__startswith: 'ABC',
    details__iregex: 'outdoor',
    director__exact: 'x',
    url__icontains: 'example',
    path__istartswith: '/media',
    interactive: false,
  });
  const c = await store.find(Scene, {
    studio__name__icontains: 'acme',
    tags__name__iexact: 'outdoor',
    performers__rating100__gte: 50,
    performers__gender: 'FEMALE',
    galleries__title__contains: 'set',
    groups__name__endswith: 'vol 1',
    files__path__startswith: '/media',
    resolution__gt: 'FULL_HD',
    orientation: ['LANDSCAPE'],
    tags: { value: ['1'], excludes: ['2'] },
  });
  const d = await store.find(Performer, {
    name__icontains: 'jane',
    gender: 'FEMALE',
    birthdate__gte: '1990-01-01',
    rating100__isnull: true,
    tags__name__icontains: 'x',
    filter_favorites: true,
    scene_count__gt: 3,
    country__iexact: 'us',
  });
  const e = await store.find(Tag, {
    name__iexact: 'outdoor',
    aliases__icontains: 'out',
    parents__in: { value: [tag], depth: 1 },
  });
  const f = await store.count(Studio, { name__istartswith: 'a', parents__in: ['1'], scene_count__gte: 1 });
  const q = Q<Scene>({ rating100__gte: 40 }).or(Q({ title__iexact: 'nap' }), { organized: true });
  const g = await store.find(Scene, q);
  return a.length + b.length + c.length + d.length + e.length + f + g.length;
}
