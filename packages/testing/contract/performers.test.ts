import { describe, expect, it } from 'vitest';
import { executionError, ms } from './support/expect.js';
import { fixtures, idsOf } from './support/fixtures.js';
import { useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);

describe('performers', () => {
  it('performerCreate stores the profile fields it is given', async () => {
    const tag = await make.tag('perf-tag');
    const name = target.name('profile');
    const input = {
      name,
      disambiguation: 'the first',
      gender: 'FEMALE' as const,
      birthdate: '1990-02-03',
      country: 'NL',
      ethnicity: 'x',
      eye_color: 'green',
      hair_color: 'brown',
      height_cm: 170,
      weight: 60,
      measurements: '90-60-90',
      career_length: '2010-',
      tattoos: 'none',
      piercings: 'ears',
      alias_list: [`${name} alias`],
      urls: ['https://example.com/p'],
      rating100: 70,
      favorite: true,
      details: 'bio',
      penis_length: null,
      circumcised: null,
      tag_ids: [tag.id],
    };
    const performer = await make.performer('unused', input);
    expect(target.sent.last('PerformerCreate')).toEqual({ input });
    const { penis_length: _p, circumcised: _c, tag_ids: _t, ...stored } = input;
    expect(performer).toMatchObject({ ...stored, penis_length: null, circumcised: null, death_date: null });
    expect(performer.tags).toEqual([{ id: tag.id, name: tag.name }]);
    expect(ms(performer.created_at)).toBe(ms(performer.updated_at));
  });

  it('performerUpdate is partial; null clears numbers and dates; alias_list replaces', async () => {
    const p = await make.performer('upd', {
      height_cm: 180,
      birthdate: '1980-01-01',
      country: 'DE',
      alias_list: ['a'],
    });
    const input = { id: p.id, height_cm: null, birthdate: null, alias_list: [`${p.name} b`, `${p.name} c`] };
    const updated = await target.client.performerUpdate({ input });
    expect(target.sent.last('PerformerUpdate')).toEqual({ input });
    expect(updated).toMatchObject({
      name: p.name,
      country: 'DE',
      height_cm: null,
      birthdate: null,
      alias_list: [`${p.name} b`, `${p.name} c`],
    });
  });

  it('a duplicate alias (ignoring case, including the name) is refused', async () => {
    const name = target.name('dupalias');
    await executionError(
      target.client.performerCreate({ input: { name, alias_list: ['Same', 'same'] } }),
      "performer contains duplicate alias 'same'",
      ['performerCreate'],
    );
    await executionError(
      target.client.performerCreate({ input: { name, alias_list: [name.toUpperCase()] } }),
      `performer contains duplicate alias '${name.toUpperCase()}'`,
    );
    expect(target.sent.last('PerformerCreate')).toEqual({ input: { name, alias_list: [name.toUpperCase()] } });
    expect(
      (await target.client.findPerformers({ performer_filter: { name: { value: name, modifier: 'EQUALS' } } })).count,
    ).toBe(0);
  });

  it('a death date before the birthdate is refused', async () => {
    const input = { name: target.name('dates'), birthdate: '2000-05-05', death_date: '1999-01-01' };
    await executionError(
      target.client.performerCreate({ input }),
      'death date 1999-01-01 should be after birthdate 2000-05-05',
      ['performerCreate'],
    );
    expect(target.sent.last('PerformerCreate')).toEqual({ input });
  });

  it('urls together with a legacy url field on update is refused', async () => {
    const p = await make.performer('legacy');
    const input = { id: p.id, url: 'https://old.example', urls: ['https://new.example'] };
    await executionError(
      target.client.performerUpdate({ input }),
      'url field must not be included if urls is included',
      ['performerUpdate'],
    );
    expect(target.sent.last('PerformerUpdate')).toEqual({ input });
    // nothing was written
    expect((await target.client.findPerformer({ id: p.id }))?.urls).toEqual([]);
  });

  it('a performer without urls reads back urls: [] (the urls resolver loads an empty, non-nil list)', async () => {
    const p = await make.performer('nourls');
    expect(target.sent.last('PerformerCreate')).toEqual({ input: { name: p.name } });
    expect(p.urls).toEqual([]);
    expect((await target.client.findPerformer({ id: p.id }))?.urls).toEqual([]);
  });

  it('performerCreate folds url and a twitter handle into urls (no legacy check on create)', async () => {
    const input = {
      name: target.name('legacy-create'),
      url: 'https://site.example',
      twitter: 'handle',
      urls: ['https://x.example'],
    };
    const created = await target.client.performerCreate({ input });
    target.track('performer', created?.id);
    expect(target.sent.last('PerformerCreate')).toEqual({ input });
    expect(created?.urls).toEqual(['https://site.example', 'https://twitter.com/handle', 'https://x.example']);
  });

  it('scene_count and o_counter come from the performer’s scenes', async () => {
    const p = await make.performer('counts');
    const s1 = await make.scene('pc1', { performer_ids: [p.id] });
    await make.scene('pc2', { performer_ids: [p.id] });
    const times = ['2024-01-01T10:00:00Z', '2024-01-02T10:00:00Z'];
    await target.client.sceneAddO({ id: s1.id, times });
    expect(target.sent.last('SceneAddO')).toEqual({ id: s1.id, times });
    const found = await target.client.findPerformer({ id: p.id });
    expect(found).toMatchObject({ scene_count: 2, o_counter: 2 });
    expect(idsOf(found?.scenes ?? []).sort()).toEqual([s1.id, found!.scenes[1]!.id].sort());
  });

  it('performersDestroy removes the performers and unlinks their scenes', async () => {
    const p1 = await make.performer('gone1');
    const p2 = await make.performer('gone2');
    const scene = await make.scene('unlinked', { performer_ids: [p1.id, p2.id] });
    expect(await target.client.performersDestroy({ ids: [p1.id, p2.id] })).toBe(true);
    expect(target.sent.last('PerformersDestroy')).toEqual({ ids: [p1.id, p2.id] });
    await executionError(target.client.findPerformers({ ids: [p1.id, p2.id] }), `performer with id ${p1.id} not found`);
    expect(await target.client.findPerformer({ id: p2.id })).toBeNull();
    expect((await target.client.findScene({ id: scene.id }))?.performers).toEqual([]);
  });

  it('filter_favorites and gender select among the performer’s own rows', async () => {
    const scope = target.scope('fav');
    const fav = await make.performer('unused', { name: `${scope}a`, favorite: true, gender: 'MALE' });
    await make.performer('unused', { name: `${scope}b`, favorite: false, gender: 'MALE' });
    const favFemale = await make.performer('unused', { name: `${scope}c`, favorite: true, gender: 'FEMALE' });
    const mine = { name: { value: `${scope}%`, modifier: 'EQUALS' as const } };
    const favorites = await target.client.findPerformers({ performer_filter: { ...mine, filter_favorites: true } });
    expect(idsOf(favorites.performers)).toEqual([fav.id, favFemale.id]);
    const filter = { ...mine, gender: { value_list: ['FEMALE' as const], modifier: 'INCLUDES' as const } };
    const female = await target.client.findPerformers({ performer_filter: filter });
    expect(target.sent.last('FindPerformers')).toEqual({ performer_filter: filter });
    expect(idsOf(female.performers)).toEqual([favFemale.id]);
  });
});
