import { beforeAll, describe, expect, it } from 'vitest';
import { executionError } from './support/expect.js';
import { fixtures, type PerformerFilter } from './support/fixtures.js';
import { expectPerformers, Keyed } from './support/scoped.js';
import { useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);

type CustomFieldCriteria = NonNullable<PerformerFilter['custom_fields']>;

/** Performer custom fields (pkg/sqlite/custom_fields.go): a free-form map with full / partial / remove updates. */
describe('custom fields: writes', () => {
  it('performerCreate stores strings, integers and floats as given', async () => {
    const custom_fields = { colour: 'red', count: 7, ratio: 1.5 };
    const p = await make.performer('create', { custom_fields });
    expect(target.sent.last('PerformerCreate')).toEqual({ input: { name: p.name, custom_fields } });
    expect(p.custom_fields).toEqual(custom_fields);
    expect((await target.client.findPerformer({ id: p.id }))?.custom_fields).toEqual(custom_fields);
  });

  it('partial merges into the existing fields', async () => {
    const p = await make.performer('partial', { custom_fields: { a: 'one', b: 2 } });
    const input = { id: p.id, custom_fields: { partial: { b: 3, c: 'new' } } };
    const updated = await target.client.performerUpdate({ input });
    expect(target.sent.last('PerformerUpdate')).toEqual({ input });
    expect(updated?.custom_fields).toEqual({ a: 'one', b: 3, c: 'new' });
  });

  it('full replaces every field, and wins over partial', async () => {
    const p = await make.performer('full', { custom_fields: { a: 'one', b: 2 } });
    const input = { id: p.id, custom_fields: { full: { only: 'this' }, partial: { ignored: true } } };
    const updated = await target.client.performerUpdate({ input });
    expect(target.sent.last('PerformerUpdate')).toEqual({ input });
    expect(updated?.custom_fields).toEqual({ only: 'this' });
  });

  it('remove deletes the named fields', async () => {
    const p = await make.performer('remove', { custom_fields: { a: 'one', b: 2, c: 'three' } });
    const input = { id: p.id, custom_fields: { remove: ['a', 'c', 'not-there'] } };
    const updated = await target.client.performerUpdate({ input });
    expect(target.sent.last('PerformerUpdate')).toEqual({ input });
    expect(updated?.custom_fields).toEqual({ b: 2 });
  });

  it.each([
    [' padded', 'custom field name " padded": custom field name cannot have leading or trailing whitespace'],
    ['', 'custom field name "": custom field name cannot be empty'],
    ['x'.repeat(65), `custom field name "${'x'.repeat(65)}": custom field name must be less than 65 characters`],
  ])('an invalid field name %j is refused on update', async (field, message) => {
    const p = await make.performer('badname', { custom_fields: { keep: 'me' } });
    const input = { id: p.id, custom_fields: { partial: { [field]: 'v' } } };
    await executionError(target.client.performerUpdate({ input }), message, ['performerUpdate']);
    expect(target.sent.last('PerformerUpdate')).toEqual({ input });
    expect((await target.client.findPerformer({ id: p.id }))?.custom_fields).toEqual({ keep: 'me' });
  });

  it('a field both set and removed is refused', async () => {
    const p = await make.performer('both');
    const input = { id: p.id, custom_fields: { partial: { a: 1 }, remove: ['a'] } };
    await executionError(
      target.client.performerUpdate({ input }),
      'custom field name "a" cannot be in both values and delete keys',
    );
    expect(target.sent.last('PerformerUpdate')).toEqual({ input });
  });

  it('booleans come back as 0/1 (SQLite has no boolean; the column is BLOB)', async () => {
    const p = await make.performer('bool', { custom_fields: { yes: true, no: false } });
    expect(target.sent.last('PerformerCreate')).toEqual({
      input: { name: p.name, custom_fields: { yes: true, no: false } },
    });
    expect((await target.client.findPerformer({ id: p.id }))?.custom_fields).toEqual({ yes: 1, no: 0 });
  });

  it('lists and objects are refused as values', async () => {
    const p = await make.performer('list');
    const input = { id: p.id, custom_fields: { partial: { list: [1, 2] } } };
    await executionError(
      target.client.performerUpdate({ input }),
      'getting SQL value for field "list": unsupported custom field value type: []interface {}',
    );
    expect(target.sent.last('PerformerUpdate')).toEqual({ input });
  });
});

describe('custom fields: filter', () => {
  const keyed = new Keyed();
  let S = '';

  beforeAll(async () => {
    S = target.scope('cf');
    keyed.add(
      'yellow5',
      (await make.performer('unused', { name: `${S}a`, custom_fields: { colour: 'yellow', size: 5 } })).id,
    );
    keyed.add(
      'blue12',
      (await make.performer('unused', { name: `${S}b`, custom_fields: { colour: 'blue', size: 12 } })).id,
    );
    keyed.add('none', (await make.performer('unused', { name: `${S}c` })).id);
  });

  const cases: [string, CustomFieldCriteria, string[]][] = [
    ['EQUALS', [{ field: 'colour', modifier: 'EQUALS', value: ['blue'] }], ['blue12']],
    ['NOT_EQUALS needs the field', [{ field: 'colour', modifier: 'NOT_EQUALS', value: ['blue'] }], ['yellow5']],
    ['INCLUDES is a substring match', [{ field: 'colour', modifier: 'INCLUDES', value: ['ell'] }], ['yellow5']],
    // expectPerformers puts the criteria in an AND sub-filter, where Stash leaves numbers as json.Number: they are
    // bound as TEXT, and in SQLite every number is less than every text (see 'numbers at the root' below)
    [
      'GREATER_THAN on a number in a sub-filter compares as text',
      [{ field: 'size', modifier: 'GREATER_THAN', value: [5] }],
      [],
    ],
    [
      'BETWEEN on a number in a sub-filter compares as text',
      [{ field: 'size', modifier: 'BETWEEN', value: [1, 10] }],
      [],
    ],
    ['IS_NULL: the field is absent', [{ field: 'colour', modifier: 'IS_NULL' }], ['none']],
    ['NOT_NULL', [{ field: 'colour', modifier: 'NOT_NULL' }], ['blue12', 'yellow5']],
    [
      'several criteria are ANDed',
      [
        { field: 'colour', modifier: 'NOT_NULL' },
        { field: 'size', modifier: 'LESS_THAN', value: [10] },
      ],
      ['blue12', 'yellow5'],
    ],
  ];

  it.each(cases)('%s', async (_name, custom_fields, expected) => {
    await expectPerformers(target, keyed, S, { custom_fields }, expected);
  });

  it.each([
    ['GREATER_THAN', [5], ['blue12']],
    ['LESS_THAN', [10], ['yellow5']],
    ['BETWEEN', [1, 10], ['yellow5']],
    ['EQUALS', [12], ['blue12']],
  ] as const)('numbers at the root of the filter compare as numbers: %s %j', async (modifier, value, expected) => {
    // findPerformers converts the root custom_fields values to int64/float64 (internal/api/json.go)
    const performer_filter: PerformerFilter = {
      name: { value: `${S}%`, modifier: 'EQUALS' },
      custom_fields: [{ field: 'size', modifier, value: [...value] }],
    };
    const result = await target.client.findPerformers({ performer_filter, filter: { per_page: -1 } });
    expect(target.sent.last('FindPerformers')).toEqual({ performer_filter, filter: { per_page: -1 } });
    expect(keyed.keys(result.performers)).toEqual([...expected]);
  });

  it('BETWEEN with one value is refused', async () => {
    const performer_filter: PerformerFilter = { custom_fields: [{ field: 'size', modifier: 'BETWEEN', value: [1] }] };
    await executionError(
      target.client.findPerformers({ performer_filter }),
      'expected 2 values for custom field criterion modifier BETWEEN, got 1',
      ['findPerformers'],
    );
    expect(target.sent.last('FindPerformers')).toEqual({ performer_filter });
  });
});
