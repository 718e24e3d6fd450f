import { beforeAll, describe, it } from 'vitest';
import { fixtures, type SceneFilter, type TagFilter } from './support/fixtures.js';
import { expectScenes, expectTags, Keyed } from './support/scoped.js';
import { useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);

/**
 * StringCriterionInput as Stash evaluates it in SQL (pkg/sqlite/criterion_handlers.go stringCriterionHandler):
 * EQUALS / NOT_EQUALS are LIKE (case-insensitive, `%` and `_` are wildcards), INCLUDES matches any word,
 * EXCLUDES none, regexps are case-sensitive, NULL satisfies only IS_NULL and NOT_MATCHES_REGEX.
 */
describe('string criteria on tags', () => {
  const keyed = new Keyed();
  let S = '';

  beforeAll(async () => {
    S = target.scope('strings');
    const rows: [string, string, string | undefined][] = [
      ['A', 'Alpha one', 'The quick brown fox'],
      ['B', 'alpha_two', 'lazy dog'],
      ['C', 'Beta%three', undefined],
      ['D', 'gamma', 'brown cow'],
    ];
    for (const [key, suffix, description] of rows) {
      keyed.add(key, (await make.tag('unused', { name: `${S}${suffix}`, description })).id);
    }
  });

  const cases: [string, () => TagFilter, string[]][] = [
    ['EQUALS ignores case', () => ({ name: { value: `${S}alpha ONE`, modifier: 'EQUALS' } }), ['A']],
    ['EQUALS: `_` matches any one character', () => ({ name: { value: `${S}%a_t%`, modifier: 'EQUALS' } }), ['B', 'C']],
    ['EQUALS: `%` matches any run', () => ({ name: { value: `${S}beta%`, modifier: 'EQUALS' } }), ['C']],
    ['NOT_EQUALS is NOT LIKE', () => ({ name: { value: `${S}ALPHA ONE`, modifier: 'NOT_EQUALS' } }), ['B', 'C', 'D']],
    ['INCLUDES matches any of the words', () => ({ name: { value: 'three gamma', modifier: 'INCLUDES' } }), ['C', 'D']],
    ['INCLUDES on a column', () => ({ description: { value: 'fox cow', modifier: 'INCLUDES' } }), ['A', 'D']],
    [
      'INCLUDES with a quoted value is one phrase',
      () => ({ description: { value: '"quick brown"', modifier: 'INCLUDES' } }),
      ['A'],
    ],
    ['EXCLUDES: NULL never matches', () => ({ description: { value: 'brown', modifier: 'EXCLUDES' } }), ['B']],
    ['IS_NULL', () => ({ description: { value: '', modifier: 'IS_NULL' } }), ['C']],
    ['NOT_NULL', () => ({ description: { value: '', modifier: 'NOT_NULL' } }), ['A', 'B', 'D']],
    [
      'NOT_EQUALS: NULL never matches',
      () => ({ description: { value: 'LAZY DOG', modifier: 'NOT_EQUALS' } }),
      ['A', 'D'],
    ],
    ['MATCHES_REGEX is case-sensitive', () => ({ name: { value: 'alpha', modifier: 'MATCHES_REGEX' } }), ['B']],
    ['MATCHES_REGEX honours (?i)', () => ({ name: { value: '(?i)alpha', modifier: 'MATCHES_REGEX' } }), ['A', 'B']],
    [
      'NOT_MATCHES_REGEX includes NULL',
      () => ({ description: { value: 'fox|dog', modifier: 'NOT_MATCHES_REGEX' } }),
      ['C', 'D'],
    ],
  ];

  it.each(cases)('%s', async (_name, filter, expected) => {
    await expectTags(target, keyed, S, filter(), expected);
  });

  it('a blank string is stored as NULL, so EXCLUDES does not match it', async () => {
    const P = target.scope('blank');
    const k = new Keyed();
    k.add('blank', (await make.tag('unused', { name: `${P}blank`, description: '   ' })).id);
    k.add('text', (await make.tag('unused', { name: `${P}text`, description: 'words' })).id);
    await expectTags(target, k, P, { description: { value: 'zzz', modifier: 'EXCLUDES' } }, ['text']);
  });
});

describe('string criteria on scene columns and list columns', () => {
  const keyed = new Keyed();
  let S = '';

  beforeAll(async () => {
    S = target.scope('scenestr');
    keyed.add(
      's1',
      (
        await make.scene('unused', {
          title: `${S}one`,
          code: 'ABC-001',
          director: 'Jane Doe',
          urls: ['https://site-one.example/x'],
        })
      ).id,
    );
    keyed.add(
      's2',
      (
        await make.scene('unused', {
          title: `${S}two`,
          code: 'abc-002',
          urls: ['https://two.example/y', 'https://z.example'],
        })
      ).id,
    );
  });

  const cases: [string, () => SceneFilter, string[]][] = [
    ['code EQUALS with `_`, any case', () => ({ code: { value: 'abc-00_', modifier: 'EQUALS' } }), ['s1', 's2']],
    ['director IS_NULL', () => ({ director: { value: '', modifier: 'IS_NULL' } }), ['s2']],
    ['director INCLUDES', () => ({ director: { value: 'doe', modifier: 'INCLUDES' } }), ['s1']],
    ['url INCLUDES looks at every url', () => ({ url: { value: 'z.example', modifier: 'INCLUDES' } }), ['s2']],
    ['url EXCLUDES', () => ({ url: { value: 'site-one', modifier: 'EXCLUDES' } }), ['s2']],
    ['title MATCHES_REGEX', () => ({ title: { value: 'o$', modifier: 'MATCHES_REGEX' } }), ['s2']],
  ];

  it.each(cases)('%s', async (_name, filter, expected) => {
    await expectScenes(target, keyed, S, filter(), expected);
  });
});
