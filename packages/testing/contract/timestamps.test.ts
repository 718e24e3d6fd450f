import { describe, expect, it } from 'vitest';
import { fixtures, idsOf, type TagFilter } from './support/fixtures.js';
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

  it('one second narrowed by id and sorted by id pages in id order', async () => {
    const scope = target.scope('tie');
    const tags = [];
    for (const k of ['c', 'a', 'b', 'd']) tags.push(await make.tag('unused', { name: `${scope}${k}` }));
    // Every tag of the busiest second (usually all of them): the same filter a keyset page uses.
    const bySecond = new Map<string, typeof tags>();
    for (const t of tags) bySecond.set(t.updated_at, [...(bySecond.get(t.updated_at) ?? []), t]);
    const [ts, group] = [...bySecond].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
    const ids = idsOf(group).sort((a, b) => Number(a) - Number(b));
    const after = ids[0] ?? '0';
    const page = await find(scope, { value: ts, modifier: 'EQUALS' });
    expect(idsOf(page)).toEqual(ids);
    const tag_filter: TagFilter = {
      name: { value: `${scope}%`, modifier: 'EQUALS' },
      updated_at: { value: ts, modifier: 'EQUALS' },
      id: { value: Number(after), modifier: 'GREATER_THAN' },
    };
    const filter = { sort: 'id', direction: 'ASC' as const, per_page: 100 };
    const rest = await target.client.findTags({ tag_filter, filter });
    expect(target.sent.last('FindTags')).toEqual({ tag_filter, filter });
    expect(idsOf(rest.tags)).toEqual(ids.slice(1));
    // Sorted by updated_at the text order holds; ties among seconds come back in name order on Stash, so id
    // order is only promised by sort: 'id'.
    const byTime = await find(scope, { value: '2000-01-01T00:00:00Z', modifier: 'GREATER_THAN' }, 'updated_at');
    const stamps = byTime.map((t) => t.updated_at);
    expect(stamps).toEqual([...stamps].sort());
    expect(byTime).toHaveLength(4);
  });
});
