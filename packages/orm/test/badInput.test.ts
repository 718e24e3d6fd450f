import { StashError } from '@stash-graphql/core';
import { hydrate, hydrateMany, IdentityMap, Scene, type StashOrmError, Studio, Tag } from '@stash-graphql/orm';
import { describe, expect, it } from 'vitest';
import { useFakeStash } from './support.js';

const ctx = useFakeStash();

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(StashError);
    expect((e as StashError).kind).toBe('input');
    return (e as StashOrmError).code;
  }
  return 'no error';
};

describe('bad input, before any request', () => {
  it('rejects wrong types, out-of-range ratings, unknown fields, wrong relation types', async () => {
    const scene = new Scene({ title: 'ok' });
    expect(code(() => Object.assign(scene, { title: 5 }))).toBe('invalid-value');
    expect(code(() => (scene.rating100 = 101))).toBe('invalid-value');
    expect(code(() => (scene.rating100 = -1))).toBe('invalid-value');
    expect(code(() => (scene.rating100 = 1.5))).toBe('invalid-value');
    expect(code(() => Object.assign(scene, { organized: 'yes' }))).toBe('invalid-value');
    expect(code(() => Object.assign(scene, { titel: 'typo' }))).toBe('unknown-field');
    // The typed API rejects these at compile time; JavaScript callers get the run-time error.
    // @ts-expect-error unknown field
    expect(code(() => scene.set({ titel: 'typo' }))).toBe('unknown-field');
    // @ts-expect-error unknown field
    expect(code(() => new Scene({ nope: 1 }))).toBe('unknown-field');
    expect(code(() => Object.assign(scene, { studio: new Tag({ name: 'x' }) }))).toBe('wrong-entity-type');
    expect(code(() => scene.tags.add(new Studio({ name: 's' }) as unknown as Tag))).toBe('wrong-entity-type');
    expect(code(() => Object.assign(scene, { created_at: '2024-01-01T00:00:00Z' }))).toBe('read-only');
    expect(code(() => Object.assign(scene, { id: '5' }))).toBe('read-only');
    expect(code(() => Object.assign(scene, { title: undefined }))).toBe('invalid-value');
    scene.rating100 = 100;
    scene.date = '2024-02-03';
    expect(scene.getChangedFields()).toEqual({ title: 'ok', rating100: 100, date: '2024-02-03' });
    await scene.save(ctx.client);
    expect(ctx.stash.requests.count('sceneCreate')).toBe(1);
    expect((await ctx.client.findScene({ id: scene.id }))?.rating100).toBe(100);
  });
});

describe('hostile server JSON', () => {
  it('never pollutes prototypes or corrupts identities; throws malformed-data', () => {
    const map = new IdentityMap();
    const studio = hydrate(Studio, { id: '1', name: 'Real' }, { identityMap: map });
    const hostile = [
      JSON.parse('{"id":"2","title":"x","__proto__":{"polluted":true}}'),
      { id: '2', title: 'x', constructor: { prototype: { polluted: true } } },
      { id: '2', title: 7 },
      { id: 2, title: 'x' },
      { id: '2', __typename: 'Tag' },
      { id: '2', studio: { id: '1', __typename: 'Tag', name: 'Evil' } },
      { id: '2', studio: { id: '1', name: 42 } },
      { id: '2', paths: JSON.parse('{"stream":"s","__proto__":{"x":1}}') },
      { id: 'tmp:9' },
      [],
      null,
    ];
    for (const payload of hostile) {
      expect(code(() => hydrate(Scene, payload, { identityMap: map }))).toBe('malformed-data');
    }
    // A valid scene followed by an invalid one: nothing of the batch is applied.
    expect(
      code(() =>
        hydrateMany(
          Scene,
          [
            { id: '3', studio: { id: '1', name: 'Renamed' } },
            { id: '4', title: false },
          ],
          {
            identityMap: map,
          },
        ),
      ),
    ).toBe('malformed-data');
    expect(studio.name).toBe('Real');
    expect(map.get('Scene', '3')).toBeUndefined();
    expect(map.size).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).x).toBeUndefined();
    const ok = hydrate(Scene, { id: '5', studio: { id: '1', name: 'Renamed' } }, { identityMap: map });
    expect(ok.studio).toBe(studio);
    expect(studio.name).toBe('Renamed');
  });

  it('names the path of the first problem and touches nothing, also for nested and wrapper values', () => {
    const map = new IdentityMap();
    const tag = hydrate(Tag, { id: '7', name: 'Seven' }, { identityMap: map });
    const message = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        expect((e as StashOrmError).code).toBe('malformed-data');
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(
      message(() =>
        hydrateMany(
          Scene,
          [
            { id: '1', tags: [{ id: '7', name: 'Renamed' }] },
            {
              id: '2',
              tags: [
                { id: '8', name: 'x' },
                { id: '9', name: 3 },
              ],
            },
          ],
          { identityMap: map },
        ),
      ),
    ).toContain('Scene[1].tags[1].name');
    expect(
      message(() =>
        hydrate(
          Scene,
          { id: '3', groups: [JSON.parse('{"group":{"id":"1"},"__proto__":{"x":1}}')] },
          { identityMap: map },
        ),
      ),
    ).not.toBe('no error');
    expect(tag.name).toBe('Seven');
    expect(map.size).toBe(1);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('one object per id within a payload, later values winning', () => {
    const [a, b] = hydrateMany(Scene, [
      { id: '1', studio: { id: '5', name: 'Old' }, tags: [] },
      { id: '2', studio: { id: '5', name: 'New' }, tags: [{ id: '1', name: 't' }] },
    ]);
    expect(a?.studio).toBe(b?.studio);
    expect(a?.studio?.name).toBe('New');
    expect(a?.tags.toArray()).toEqual([]);
  });
});
