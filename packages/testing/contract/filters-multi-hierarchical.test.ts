import { beforeAll, describe, expect, it } from 'vitest';
import { executionError } from './support/expect.js';
import { fixtures, type SceneFilter } from './support/fixtures.js';
import { expectScenes, Keyed } from './support/scoped.js';
import { useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);

const E1 = 'https://stashdb.example/graphql';
const E2 = 'https://other.example/graphql';

/**
 * Multi, hierarchical, related-entity and AND/OR/NOT scene filters over one small graph:
 *
 *   tags T1 > T1c > T1g, T2        studios SP > SC        performers P1, P2
 *   a: T1, P1, SP   b: T2, P2, SC   c: T1+T2, P1+P2   d: T1c, SC, organized, stash id on E2
 *   e: T1g, stash id 'abc' on E1    f: nothing
 */
describe('multi and hierarchical criteria', () => {
  const keyed = new Keyed();
  let S = '';
  const id: Record<string, string> = {};
  const name: Record<string, string> = {};

  beforeAll(async () => {
    S = target.scope('multi');
    const t1 = await make.tag('T1');
    const t1c = await make.tag('T1c', { parent_ids: [t1.id] });
    const t1g = await make.tag('T1g', { parent_ids: [t1c.id] });
    const t2 = await make.tag('T2');
    const p1 = await make.performer('P1');
    const p2 = await make.performer('P2');
    const sp = await make.studio('SP');
    const sc = await make.studio('SC', { parent_id: sp.id });
    for (const [k, row] of Object.entries({ t1, t1c, t1g, t2, p1, p2, sp, sc })) {
      id[k] = row.id;
      name[k] = row.name;
    }
    const scene = async (key: string, input: Parameters<typeof make.scene>[1]) =>
      keyed.add(key, (await make.scene('unused', { title: `${S}${key}`, ...input })).id);
    await scene('a', { tag_ids: [t1.id], performer_ids: [p1.id], studio_id: sp.id });
    await scene('b', { tag_ids: [t2.id], performer_ids: [p2.id], studio_id: sc.id });
    await scene('c', { tag_ids: [t1.id, t2.id], performer_ids: [p1.id, p2.id] });
    await scene('d', {
      tag_ids: [t1c.id],
      studio_id: sc.id,
      organized: true,
      stash_ids: [{ endpoint: E2, stash_id: 'zzz' }],
    });
    await scene('e', { tag_ids: [t1g.id], stash_ids: [{ endpoint: E1, stash_id: 'abc' }] });
    await scene('f', {});
  });

  const cases: [string, () => SceneFilter, string[]][] = [
    ['tags INCLUDES (depth 0: the tag only)', () => ({ tags: { value: [id.t1!], modifier: 'INCLUDES' } }), ['a', 'c']],
    [
      'tags INCLUDES depth 1 adds children',
      () => ({ tags: { value: [id.t1!], modifier: 'INCLUDES', depth: 1 } }),
      ['a', 'c', 'd'],
    ],
    [
      'tags INCLUDES depth -1 adds every descendant',
      () => ({ tags: { value: [id.t1!], modifier: 'INCLUDES', depth: -1 } }),
      ['a', 'c', 'd', 'e'],
    ],
    ['tags INCLUDES any', () => ({ tags: { value: [id.t1!, id.t2!], modifier: 'INCLUDES' } }), ['a', 'b', 'c']],
    ['tags INCLUDES_ALL', () => ({ tags: { value: [id.t1!, id.t2!], modifier: 'INCLUDES_ALL' } }), ['c']],
    ['tags EQUALS the exact set', () => ({ tags: { value: [id.t1!, id.t2!], modifier: 'EQUALS' } }), ['c']],
    [
      'tags EXCLUDES keeps untagged scenes',
      () => ({ tags: { value: [id.t1!], modifier: 'EXCLUDES' } }),
      ['b', 'd', 'e', 'f'],
    ],
    [
      'tags EXCLUDES with depth excludes descendants too',
      () => ({ tags: { value: [id.t1!], modifier: 'EXCLUDES', depth: -1 } }),
      ['b', 'f'],
    ],
    [
      'excludes expand with the same depth as value',
      () => ({ tags: { value: [id.t1!], excludes: [id.t1c!], modifier: 'INCLUDES', depth: -1 } }),
      ['a', 'c'],
    ],
    ['tags IS_NULL', () => ({ tags: { modifier: 'IS_NULL' } }), ['f']],
    ['tags NOT_NULL', () => ({ tags: { modifier: 'NOT_NULL' } }), ['a', 'b', 'c', 'd', 'e']],
    ['performers INCLUDES', () => ({ performers: { value: [id.p1!], modifier: 'INCLUDES' } }), ['a', 'c']],
    ['performers INCLUDES_ALL', () => ({ performers: { value: [id.p1!, id.p2!], modifier: 'INCLUDES_ALL' } }), ['c']],
    ['performers EXCLUDES', () => ({ performers: { value: [id.p1!], modifier: 'EXCLUDES' } }), ['b', 'd', 'e', 'f']],
    ['performers IS_NULL', () => ({ performers: { modifier: 'IS_NULL' } }), ['d', 'e', 'f']],
    ['studios INCLUDES depth 0', () => ({ studios: { value: [id.sp!], modifier: 'INCLUDES' } }), ['a']],
    [
      'studios INCLUDES depth -1 adds sub-studios',
      () => ({ studios: { value: [id.sp!], modifier: 'INCLUDES', depth: -1 } }),
      ['a', 'b', 'd'],
    ],
    [
      'studios EXCLUDES keeps scenes without a studio',
      () => ({ studios: { value: [id.sc!], modifier: 'EXCLUDES' } }),
      ['a', 'c', 'e', 'f'],
    ],
    ['tag_count', () => ({ tag_count: { value: 1, modifier: 'GREATER_THAN' } }), ['c']],
    ['performer_count', () => ({ performer_count: { value: 2, modifier: 'EQUALS' } }), ['c']],
    ['organized', () => ({ organized: true }), ['d']],
    [
      'stash_id_endpoint EQUALS',
      () => ({ stash_id_endpoint: { endpoint: E1, stash_id: 'abc', modifier: 'EQUALS' } }),
      ['e'],
    ],
    [
      'stash_id_endpoint IS_NULL for one endpoint',
      () => ({ stash_id_endpoint: { endpoint: E1, modifier: 'IS_NULL' } }),
      ['a', 'b', 'c', 'd', 'f'],
    ],
    [
      'tags_filter matches related tags',
      () => ({ tags_filter: { name: { value: name.t2!, modifier: 'EQUALS' } } }),
      ['b', 'c'],
    ],
    [
      'performers_filter matches related performers',
      () => ({ performers_filter: { name: { value: name.p2!, modifier: 'EQUALS' } } }),
      ['b', 'c'],
    ],
    [
      'studios_filter matches the related studio',
      () => ({ studios_filter: { name: { value: name.sc!, modifier: 'EQUALS' } } }),
      ['b', 'd'],
    ],
    [
      'AND sub-filter',
      () => ({
        tags: { value: [id.t1!], modifier: 'INCLUDES' },
        AND: { performers: { value: [id.p2!], modifier: 'INCLUDES' } },
      }),
      ['c'],
    ],
    [
      'OR sub-filter: own criteria OR the sub-filter',
      () => ({ tags: { value: [id.t2!], modifier: 'INCLUDES' }, OR: { organized: true } }),
      ['b', 'c', 'd'],
    ],
    [
      'NOT sub-filter: own criteria AND NOT the sub-filter',
      // (the same criterion outside and inside NOT is an SQL error on Stash: the joins collide, `no such column`)
      () => ({
        performers: { modifier: 'NOT_NULL' },
        NOT: { tags: { value: [id.t1!], modifier: 'INCLUDES', depth: -1 } },
      }),
      ['b'],
    ],
    [
      'nested OR inside NOT',
      () => ({ NOT: { organized: true, OR: { performers: { modifier: 'NOT_NULL' } } } }),
      ['e', 'f'],
    ],
  ];

  it.each(cases)('%s', async (_name, filter, expected) => {
    await expectScenes(target, keyed, S, filter(), expected);
  });

  it('EQUALS with a depth is refused', async () => {
    const scene_filter: SceneFilter = { tags: { value: [id.t1!], modifier: 'EQUALS', depth: 1 } };
    await executionError(
      target.client.findScenes({ scene_filter }),
      'depth is not supported for equals modifier in hierarchical multi criterion input',
      ['findScenes'],
    );
    expect(target.sent.last('FindScenes')).toEqual({ scene_filter });
  });

  it('AND and OR in the same filter is refused', async () => {
    const scene_filter: SceneFilter = { AND: { organized: true }, OR: { organized: false } };
    await executionError(target.client.findScenes({ scene_filter }), 'cannot have AND and OR in the same filter', [
      'findScenes',
    ]);
    expect(target.sent.last('FindScenes')).toEqual({ scene_filter });
  });
});
