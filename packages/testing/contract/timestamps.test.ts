import { describe, expect, it } from 'vitest';
import { fixtures, idsOf, type SceneFilter, type TagFilter } from './support/fixtures.js';
import { useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);

/**
 * What keyset paging over `updated_at` relies on (the store's changedSince): Stash stores timestamps as RFC 3339 text
 * to the second (pkg/sqlite/timestamp.go), answers them as stored, and compares a TimestampCriterionInput's value as
 * text against that (getTimestampWhereClause binds the string as given).
 */
describe('updated_at as text to the second', () => {
  const find = async (scope: string, updated_at: TagFilter['updated_at'], sort = 'id') => {
    const tag_filter: TagFilter = { name: { value: `${scope}%`, modifier: 'EQUALS' }, updated_at };
    const filter = { sort, direction: 'ASC' as const, per_page: 100 };
    const res = await target.client.findTags({ tag_filter, filter });
    expect(target.sent.last('FindTags')).toEqual({ tag_filter, filter });
    return res.tags;
  };

  it('answers whole seconds; EQUALS the answered text matches, GREATER_THAN and LESS_THAN it do not', async () => {
    const scope = target.scope('ts');
    const tag = await make.tag('unused', { name: `${scope}a` });
    const ts = tag.updated_at;
    expect(ts).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/);
    expect(idsOf(await find(scope, { value: ts, modifier: 'EQUALS' }))).toEqual([tag.id]);
    expect(await find(scope, { value: ts, modifier: 'GREATER_THAN' })).toEqual([]);
    expect(await find(scope, { value: ts, modifier: 'LESS_THAN' })).toEqual([]);
    expect(idsOf(await find(scope, { value: ts, value2: ts, modifier: 'BETWEEN' }))).toEqual([tag.id]);
  });

  it('compares as text: GREATER_THAN the same second written with a fraction matches the stored second', async () => {
    const scope = target.scope('frac');
    const tag = await make.tag('unused', { name: `${scope}a` });
    const ts = tag.updated_at;
    // Only in UTC is the stored text `…:SSZ`; 'Z' sorts above '.', so `…:SS.000Z` is below the stored value.
    if (!ts.endsWith('Z')) return;
    const fractional = `${ts.slice(0, 19)}.000Z`;
    expect(idsOf(await find(scope, { value: fractional, modifier: 'GREATER_THAN' }))).toEqual([tag.id]);
    expect(await find(scope, { value: fractional, modifier: 'EQUALS' })).toEqual([]);
  });

  it('one second narrowed by id (scenes have an id criterion) and sorted by id pages in id order', async () => {
    const scope = target.scope('tie');
    const scenes = [];
    for (const k of ['c', 'a', 'b', 'd']) scenes.push(await make.scene('unused', { title: `${scope}${k}` }));
    // The busiest second (usually all of them), narrowed as a keyset page is: that second, ids after the first.
    const bySecond = new Map<string, typeof scenes>();
    for (const x of scenes) bySecond.set(x.updated_at, [...(bySecond.get(x.updated_at) ?? []), x]);
    const [ts, group] = [...bySecond].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
    const ids = idsOf(group).sort((a, b) => Number(a) - Number(b));
    const run = async (scene_filter: SceneFilter, sort: string) => {
      const filter = { sort, direction: 'ASC' as const, per_page: 100 };
      const res = await target.client.findScenes({ scene_filter, filter });
      expect(target.sent.last('FindScenes')).toEqual({ scene_filter, filter });
      return res.scenes;
    };
    const title = { value: `${scope}%`, modifier: 'EQUALS' as const };
    const second = { value: ts, modifier: 'EQUALS' as const };
    expect(idsOf(await run({ title, updated_at: second }, 'id'))).toEqual(ids);
    const id = { value: Number(ids[0]), modifier: 'GREATER_THAN' as const };
    expect(idsOf(await run({ title, updated_at: second, id }, 'id'))).toEqual(ids.slice(1));
    // Sorted by updated_at the text order holds; ties inside a second follow the title on Stash, not the id.
    const byTime = await run({ title }, 'updated_at');
    const stamps = byTime.map((x) => x.updated_at);
    expect(stamps).toEqual([...stamps].sort());
    expect(byTime).toHaveLength(4);
  });
});
