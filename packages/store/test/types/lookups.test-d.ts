// Type tests (vitest typecheck) for Django-style lookups: keys and values are checked against the generated filter
// maps. Every @ts-expect-error fails the run if the line ever compiles.
import { Performer, Scene, Studio, Tag } from '@stash-graphql/orm';
import { type Filters, Q, type QExpr, type StashEntityStore } from '@stash-graphql/store';
import { describe, expectTypeOf, it } from 'vitest';

declare const store: StashEntityStore;
declare const tag: Tag;
declare const studio: Studio;

describe('lookups', () => {
  it('fields and their lookups, per criterion kind', () => {
    store.find(Scene, {
      title: 'x',
      title__icontains: 'x',
      title__regex: '^a',
      title__isnull: false,
      rating100__gte: 60,
      rating100__between: [20, 80],
      o_counter__ne: 0,
      date__gte: '2025-01-01',
      date__lt: new Date(),
      date__between: ['2024-01-01', '2024-12-31'],
      created_at__gte: '2025-01-01T00:00:00Z',
      organized: true,
      interactive: false,
      tags__includes_all: ['1', 2, tag],
      tags: { value: [tag], excludes: ['3'] },
      tags__in: { value: ['1'], depth: -1 },
      performers__excludes: ['4'],
      orientation: ['LANDSCAPE'],
      resolution__gt: 'FULL_HD',
      phash_distance: { value: 'abc', distance: 4 },
      id__gt: 100,
    });
  });

  it('singular names for multi criteria and related filters, as the run time resolves them', () => {
    store.find(Scene, { studio__in: ['2'], tag: ['1'], performer__excludes: [new Performer()] });
    store.find(Scene, { studio__name__icontains: 'acme', tags__name: 'x', performers__rating100__gte: 50 });
    store.find(Scene, { files__path__startswith: '/media', groups__name: 'vol 1' });
    // @ts-expect-error one name per relation in the types (`studio__`, as scene.studio); the run time takes both
    store.find(Scene, { studios__name__iexact: 'acme' });
    store.find(Performer, { gender: 'FEMALE', tags__name__icontains: 'x', birthdate__gte: '1990-01-01' });
    store.find(Tag, { name__iexact: 'x', aliases__icontains: 'y', parents__in: { value: [tag], depth: 1 } });
  });

  it('unknown fields and lookups do not compile', () => {
    // @ts-expect-error unknown field
    store.find(Scene, { titel__icontains: 'x' });
    // @ts-expect-error a string criterion has no gte
    store.find(Scene, { title__gte: 'x' });
    // @ts-expect-error an int criterion has no icontains
    store.find(Scene, { rating100__icontains: 1 });
    // @ts-expect-error unknown field of the related filter
    store.find(Scene, { studio__nmae: 'x' });
    // @ts-expect-error unknown relation
    store.find(Studio, { nope__name: 'x' });
    // @ts-expect-error a boolean field takes no lookups
    store.find(Scene, { organized__ne: true });
  });

  it('wrong value types do not compile', () => {
    // @ts-expect-error a number
    store.find(Scene, { rating100__gte: 'x' });
    // @ts-expect-error a YYYY-MM-DD date
    store.find(Scene, { date__gte: '2024/01/01' });
    // @ts-expect-error between takes a pair
    store.find(Scene, { rating100__between: [1] });
    // @ts-expect-error isnull takes a boolean
    store.find(Scene, { title__isnull: 'yes' });
    // @ts-expect-error Stash takes no depth with exact
    store.find(Scene, { tags: { value: ['1'], depth: 1 } });
    // @ts-expect-error performers are not hierarchical: no depth
    store.find(Scene, { performers__in: { value: ['1'], depth: 1 } });
    // @ts-expect-error a Studio is not a Tag id
    store.find(Scene, { tags__in: [studio] });
    // @ts-expect-error an enum value
    store.find(Performer, { gender: 'female' });
    // @ts-expect-error a boolean
    store.find(Scene, { organized: 'true' });
  });

  it('count, findOne, findIter and filterAndPopulate take the same lookups', () => {
    store.count(Scene, { title__icontains: 'x' });
    store.findOne(Tag, { name: 'x' });
    store.findIter(Scene, { rating100__gte: 1 });
    // @ts-expect-error unknown field
    store.count(Scene, { titel: 'x' });
    // @ts-expect-error unknown field
    store.findIter(Scene, { titel: 'x' });
    // @ts-expect-error Tag filters have no title
    store.findOne(Tag, { title: 'x' });
  });

  it('Filters<typeof Scene> names the argument type', () => {
    const f: Filters<typeof Scene> = { rating100__gte: 1 };
    store.find(Scene, f);
    // @ts-expect-error Tag filters have no rating100
    const g: Filters<typeof Tag> = { rating100__gte: 1 };
    store.find(Tag, g);
  });
});

describe('Q', () => {
  it('is typed by its entity, or by where it is used', () => {
    const q = Q<Scene>({ rating100__gte: 40 })
      .or(Q({ title__iexact: 'nap' }), { organized: true })
      .and(Q<Scene>({ organized: true }).not());
    expectTypeOf(q).toEqualTypeOf<QExpr<'Scene'>>();
    store.find(Scene, q);
    store.find(Scene, Q({ studio__name__icontains: 'x' }));
  });

  it('wrong keys, values and entity types do not compile', () => {
    // @ts-expect-error unknown field
    Q<Scene>({ titel: 'x' });
    // @ts-expect-error a number
    Q<Scene>({ rating100__gte: 'x' });
    // @ts-expect-error unknown field in or()
    Q<Scene>({ title: 'x' }).or({ titel: 'y' });
    // @ts-expect-error unknown field, with the type taken from find
    store.find(Scene, Q({ titel: 'x' }));
    // @ts-expect-error a Tag expression is not a Scene filter
    store.find(Scene, Q<Tag>({ name: 'x' }));
  });
});
