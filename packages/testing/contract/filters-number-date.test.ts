import { beforeAll, describe, it } from 'vitest';
import { fixtures, type PerformerFilter, type SceneFilter } from './support/fixtures.js';
import { expectPerformers, expectScenes, Keyed } from './support/scoped.js';
import { useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);

/**
 * Int / Date / Timestamp criteria (pkg/sqlite/sql.go getNumericWhereClause, getDateWhereClause): GREATER_THAN and
 * LESS_THAN are strict, BETWEEN is inclusive, NOT_BETWEEN is outside, NULL only matches IS_NULL.
 */
describe('number and date criteria on scenes', () => {
  const keyed = new Keyed();
  let S = '';

  beforeAll(async () => {
    S = target.scope('numbers');
    // key: rating, date, o count, play count
    const rows: [string, number | null, string | null, number, number][] = [
      ['r20', 20, '2020-01-01', 0, 3],
      ['r40', 40, '2021-06-15', 1, 0],
      ['r60', 60, '2022-12-31', 2, 1],
      ['none', null, null, 3, 0],
    ];
    for (const [key, rating100, date, os, plays] of rows) {
      const scene = await make.scene('unused', { title: `${S}${key}`, rating100, date });
      keyed.add(key, scene.id);
      const at = (i: number) => `2023-0${i + 1}-01T12:00:00Z`;
      if (os) await target.client.sceneAddO({ id: scene.id, times: Array.from({ length: os }, (_, i) => at(i)) });
      if (plays)
        await target.client.sceneAddPlay({ id: scene.id, times: Array.from({ length: plays }, (_, i) => at(i)) });
    }
  });

  const cases: [string, () => SceneFilter, string[]][] = [
    ['rating EQUALS', () => ({ rating100: { value: 40, modifier: 'EQUALS' } }), ['r40']],
    ['rating NOT_EQUALS leaves NULL out', () => ({ rating100: { value: 40, modifier: 'NOT_EQUALS' } }), ['r20', 'r60']],
    ['rating GREATER_THAN is strict', () => ({ rating100: { value: 40, modifier: 'GREATER_THAN' } }), ['r60']],
    ['rating LESS_THAN is strict', () => ({ rating100: { value: 40, modifier: 'LESS_THAN' } }), ['r20']],
    [
      'rating BETWEEN is inclusive',
      () => ({ rating100: { value: 20, value2: 40, modifier: 'BETWEEN' } }),
      ['r20', 'r40'],
    ],
    [
      'rating NOT_BETWEEN is outside',
      () => ({ rating100: { value: 30, value2: 50, modifier: 'NOT_BETWEEN' } }),
      ['r20', 'r60'],
    ],
    ['rating IS_NULL', () => ({ rating100: { value: 0, modifier: 'IS_NULL' } }), ['none']],
    ['rating NOT_NULL', () => ({ rating100: { value: 0, modifier: 'NOT_NULL' } }), ['r20', 'r40', 'r60']],
    ['date EQUALS', () => ({ date: { value: '2021-06-15', modifier: 'EQUALS' } }), ['r40']],
    ['date GREATER_THAN is strict', () => ({ date: { value: '2021-06-15', modifier: 'GREATER_THAN' } }), ['r60']],
    ['date LESS_THAN is strict', () => ({ date: { value: '2021-06-15', modifier: 'LESS_THAN' } }), ['r20']],
    // the column is `date` (NUMERIC affinity): a bound '2021' becomes the number 2021, below every stored text
    [
      'date GREATER_THAN a bare year: every date',
      () => ({ date: { value: '2021', modifier: 'GREATER_THAN' } }),
      ['r20', 'r40', 'r60'],
    ],
    ['date LESS_THAN a bare year: none', () => ({ date: { value: '2021', modifier: 'LESS_THAN' } }), []],
    [
      'date BETWEEN is inclusive at both ends',
      () => ({ date: { value: '2020-01-01', value2: '2021-06-15', modifier: 'BETWEEN' } }),
      ['r20', 'r40'],
    ],
    [
      'date NOT_BETWEEN',
      () => ({ date: { value: '2020-06-01', value2: '2022-01-01', modifier: 'NOT_BETWEEN' } }),
      ['r20', 'r60'],
    ],
    ['date IS_NULL', () => ({ date: { value: '', modifier: 'IS_NULL' } }), ['none']],
    [
      'o_counter GREATER_THAN counts sceneAddO',
      () => ({ o_counter: { value: 1, modifier: 'GREATER_THAN' } }),
      ['r60', 'none'],
    ],
    ['o_counter EQUALS 0', () => ({ o_counter: { value: 0, modifier: 'EQUALS' } }), ['r20']],
    [
      'play_count BETWEEN counts sceneAddPlay',
      () => ({ play_count: { value: 1, value2: 3, modifier: 'BETWEEN' } }),
      ['r20', 'r60'],
    ],
    [
      'created_at GREATER_THAN an old timestamp',
      () => ({ created_at: { value: '2000-01-01T00:00:00Z', modifier: 'GREATER_THAN' } }),
      ['r20', 'r40', 'r60', 'none'],
    ],
    [
      'created_at LESS_THAN an old timestamp',
      () => ({ created_at: { value: '2000-01-01T00:00:00Z', modifier: 'LESS_THAN' } }),
      [],
    ],
    [
      'timestamp BETWEEN without value2 ends tomorrow',
      () => ({ updated_at: { value: '2000-01-01T00:00:00Z', modifier: 'BETWEEN' } }),
      ['r20', 'r40', 'r60', 'none'],
    ],
    [
      'timestamp NOT_BETWEEN a range that holds them all',
      () => ({
        updated_at: { value: '2000-01-01T00:00:00Z', value2: '2999-01-01T00:00:00Z', modifier: 'NOT_BETWEEN' },
      }),
      [],
    ],
  ];

  it.each(cases)('%s', async (_name, filter, expected) => {
    await expectScenes(target, keyed, S, filter(), expected);
  });
});

describe('number and date criteria on performers', () => {
  const keyed = new Keyed();
  let S = '';

  beforeAll(async () => {
    S = target.scope('perfnum');
    keyed.add('h160', (await make.performer('unused', { name: `${S}a`, height_cm: 160, birthdate: '1985-04-04' })).id);
    keyed.add('h175', (await make.performer('unused', { name: `${S}b`, height_cm: 175, birthdate: '1990-12-12' })).id);
    keyed.add('nil', (await make.performer('unused', { name: `${S}c` })).id);
  });

  const cases: [string, () => PerformerFilter, string[]][] = [
    ['height_cm GREATER_THAN', () => ({ height_cm: { value: 160, modifier: 'GREATER_THAN' } }), ['h175']],
    ['height_cm IS_NULL', () => ({ height_cm: { value: 0, modifier: 'IS_NULL' } }), ['nil']],
    ['birth_year EQUALS', () => ({ birth_year: { value: 1990, modifier: 'EQUALS' } }), ['h175']],
    [
      'birthdate BETWEEN',
      () => ({ birthdate: { value: '1980-01-01', value2: '1989-12-31', modifier: 'BETWEEN' } }),
      ['h160'],
    ],
  ];

  it.each(cases)('%s', async (_name, filter, expected) => {
    await expectPerformers(target, keyed, S, filter(), expected);
  });
});
