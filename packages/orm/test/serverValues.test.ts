import { hydrate, Performer, Scene, type StashOrmError, saveMany, Tag } from '@stash-graphql/orm';
import { describe, expect, it } from 'vitest';
import { useFakeStash } from './support.js';

const ctx = useFakeStash();

describe('what Stash stores is read as it is', () => {
  it('hydrates values other tools stored: rating100 500, an unknown enum value, a `__proto__` map key', async () => {
    // Stash accepts rating100: 500 (no range check on the server): another tool stored it.
    const created = await ctx.client.sceneCreate({ input: { title: 'rated by another tool', rating100: 500 } });
    expect(ctx.stash.requests.at(-1)?.variables).toEqual({ input: { title: 'rated by another tool', rating100: 500 } });
    const found = await ctx.client.findScenes({ ids: [created?.id ?? ''] });
    const [scene] = found.scenes.map((s) => hydrate(Scene, s));
    expect(scene?.rating100).toBe(500);

    const odd = hydrate(Performer, {
      id: '9',
      gender: 'SOMETHING_NEWER',
      custom_fields: JSON.parse('{"__proto__":{"polluted":true},"ok":1}'),
    });
    expect(odd.gender).toBe('SOMETHING_NEWER');
    expect(Object.keys(odd.custom_fields as object)).toEqual(['__proto__', 'ok']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(odd.custom_fields)).toBe(Object.prototype);
  });
});

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return `${(e as StashOrmError).code}: ${(e as Error).message}`;
  }
  return 'accepted';
};

describe('what we write is checked against what Stash refuses', () => {
  it('dates in the forms Stash parses; blank names; ratings in the documented range', () => {
    const scene = new Scene({ title: 'x' });
    for (const ok of ['2024-02-29', '2024-02', '2024', '2024-02-29 10:00:00', '2024-02-29T10:00:00Z', '']) {
      expect(refusal(() => (scene.date = ok))).toBe('accepted');
    }
    for (const bad of ['2023-02-29', '2024-13', '29.02.2024', '2024-2-1', 'yesterday']) {
      expect(refusal(() => (scene.date = bad))).toMatch(/^invalid-value: Scene\.date: .* is not a date Stash accepts/);
    }
    expect(refusal(() => (new Performer({ name: 'p' }).birthdate = '1990-00-10'))).toMatch(/invalid-value/);
    expect(refusal(() => new Tag({ name: ' \u0085 ' }))).toBe('invalid-value: Tag.name: a Tag name must not be blank');
    expect(refusal(() => (scene.rating100 = 101))).toMatch(/invalid-value: .*outside 0–100/);
    expect(scene.date).toBe('');
  });

  it('a create without its required name fails before any request and keeps its changes', async () => {
    const tag = new Tag({ description: 'no name yet' });
    const ok = new Tag({ name: 'named' });
    ctx.stash.requests.clear();
    const result = await saveMany(ctx.client, [tag, ok]);
    expect(result.failed.map((f) => [f.entity, f.error.message])).toEqual([
      [tag, 'Tag cannot be created without name'],
    ]);
    expect(tag.isNew()).toBe(true);
    expect(tag.description).toBe('no name yet');
    expect(ok.isNew()).toBe(false);
    expect(ctx.stash.requests.flatMap((r) => Object.values(r.variables ?? {}))).toEqual([{ name: 'named' }]);
  });
});
