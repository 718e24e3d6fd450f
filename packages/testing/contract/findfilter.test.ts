import { beforeAll, describe, expect, it } from 'vitest';
import { executionError, sorted } from './support/expect.js';
import { type FindFilter, fixtures, idsOf, type TagFilter } from './support/fixtures.js';
import { Keyed } from './support/scoped.js';
import { useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);

/**
 * FindFilterType (pkg/models/find_filter.go, pkg/sqlite/sql.go): paging, sort allow-list, direction, random seeds,
 * `ids` overriding everything, and `q` search syntax. Tags sort by COALESCE(sort_name, name) COLLATE NATURAL_CI.
 */
describe('find filter', () => {
  const keyed = new Keyed();
  let S = '';
  const id: Record<string, string> = {};
  let mine: TagFilter = {};

  beforeAll(async () => {
    S = target.scope('ff');
    mine = { name: { value: `${S}%`, modifier: 'EQUALS' } };
    for (const [key, extra] of [
      ['n10', {}],
      ['n2', {}],
      ['zz', { sort_name: `${S}a0` }],
      ['n20', {}],
      ['n1', {}],
    ] as const) {
      id[key] = keyed.add(key, (await make.tag('unused', { name: `${S}${key}`, ...extra })).id);
    }
  });

  const find = async (filter: FindFilter) => {
    const result = await target.client.findTags({ tag_filter: mine, filter });
    expect(target.sent.last('FindTags')).toEqual({ tag_filter: mine, filter });
    return { count: result.count, keys: result.tags.map((t) => keyed.keys([t])[0]) };
  };

  it('sorts by sort_name, else name, naturally (n2 before n10)', async () => {
    expect(await find({ per_page: -1 })).toEqual({ count: 5, keys: ['zz', 'n1', 'n2', 'n10', 'n20'] });
  });

  it('direction DESC reverses', async () => {
    expect(await find({ per_page: -1, direction: 'DESC' })).toEqual({
      count: 5,
      keys: ['n20', 'n10', 'n2', 'n1', 'zz'],
    });
  });

  it('per_page and page pick a window; count is the total', async () => {
    expect(await find({ per_page: 2, page: 2 })).toEqual({ count: 5, keys: ['n2', 'n10'] });
  });

  it('page 0 is page 1', async () => {
    expect(await find({ per_page: 2, page: 0 })).toEqual({ count: 5, keys: ['zz', 'n1'] });
  });

  it('per_page 0 returns only the count', async () => {
    expect(await find({ per_page: 0 })).toEqual({ count: 5, keys: [] });
  });

  it('a page past the end is empty', async () => {
    expect(await find({ per_page: 2, page: 9 })).toEqual({ count: 5, keys: [] });
  });

  it('sort by id follows creation order', async () => {
    expect(await find({ per_page: -1, sort: 'id', direction: 'DESC' })).toEqual({
      count: 5,
      keys: ['n1', 'n20', 'zz', 'n2', 'n10'],
    });
  });

  it('a sort outside the allow-list is an error', async () => {
    await executionError(
      target.client.findTags({ filter: { sort: 'name; DROP TABLE tags' } }),
      'invalid sort: name; DROP TABLE tags',
      ['findTags'],
    );
    expect(target.sent.last('FindTags')).toEqual({ filter: { sort: 'name; DROP TABLE tags' } });
  });

  it('random_<seed> is a stable permutation; a bad seed is an error', async () => {
    const first = await find({ per_page: -1, sort: 'random_12345' });
    const second = await find({ per_page: -1, sort: 'random_12345' });
    expect(second).toEqual(first);
    expect(sorted(first.keys as string[])).toEqual(['n1', 'n10', 'n2', 'n20', 'zz']);
    await executionError(target.client.findTags({ filter: { sort: 'random_abc' } }), 'invalid random seed: abc');
  });

  it('ids return exactly those rows, in that order, ignoring filter and paging', async () => {
    const none: TagFilter = { name: { value: 'no such tag anywhere', modifier: 'EQUALS' } };
    const vars = { ids: [id.n20!, id.zz!, id.n1!], tag_filter: none, filter: { per_page: 1, sort: 'id' } };
    const result = await target.client.findTags(vars);
    expect(target.sent.last('FindTags')).toEqual(vars);
    expect(result.count).toBe(3);
    expect(idsOf(result.tags)).toEqual([id.n20, id.zz, id.n1]);
  });

  it('q: every word must match; -word excludes (substring, so n10 goes with n1)', async () => {
    expect(await find({ q: `${S} -n1`, per_page: -1 })).toEqual({ count: 3, keys: ['zz', 'n2', 'n20'] });
  });

  it('q: "a OR b" matches either, sort_name is searched too', async () => {
    expect(await find({ q: `${S}n2 OR ${S}a0`, per_page: -1 })).toEqual({ count: 3, keys: ['zz', 'n2', 'n20'] });
  });
});
