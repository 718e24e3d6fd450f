import { StashError, StashExecutionError, StashInputError, StashValidationError } from '@stash-graphql/core';
import { describe, expect, it } from 'vitest';
import { gql } from './support/documents.js';
import { executionError, rejection } from './support/expect.js';
import { fixtures } from './support/fixtures.js';
import { useTarget } from './target.js';

const target = useTarget();
const make = fixtures(target);

const MISSING = '999999999';

/**
 * gqlgen answers documents and variables it refuses with 400 when the client accepts
 * application/graphql-response+json first (the SDK does), 422 for application/json; variables are checked by
 * gqlparser (validator/vars.go): one error, a short message, the field in the path.
 */
describe('validation errors (the document or variables do not fit the schema)', () => {
  const raw = async (body: unknown, accept = 'application/graphql-response+json, application/json') => {
    const res = await fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept,
        ...(target.apiKey ? { ApiKey: target.apiKey } : {}),
      },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as {
      data?: unknown;
      errors?: { message: string; path?: unknown[]; locations?: unknown[]; extensions?: { code?: string } }[];
    };
    return { status: res.status, type: res.headers.get('content-type'), json };
  };

  it('an unknown input field is a 400 with path variable.input.<field> (raw request: the client may refuse it first)', async () => {
    const name = target.name('bogus');
    const body = {
      query: 'mutation M($input: TagCreateInput!) { tagCreate(input: $input) { id } }',
      variables: { input: { name, bogus: true } },
    };
    const res = await raw(body);
    expect([res.status, res.type]).toEqual([400, 'application/graphql-response+json']);
    expect(res.json).toEqual({
      errors: [
        {
          message: 'unknown field',
          path: ['variable', 'input', 'bogus'],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
      data: null,
    });
    // the same with Accept: application/json is a 422
    const json = await raw(body, 'application/json');
    expect([json.status, json.type]).toEqual([422, 'application/json']);
    expect((await target.client.findTags({ tag_filter: { name: { value: name, modifier: 'EQUALS' } } })).count).toBe(0);
  });

  it('missing, null and wrongly typed variables get gqlparser messages', async () => {
    const query = 'mutation M($input: TagCreateInput!) { tagCreate(input: $input) { id } }';
    const first = async (variables: unknown) => {
      const res = await raw({ query, variables });
      expect(res.status).toBe(400);
      expect(res.json.errors).toHaveLength(1);
      return [res.json.errors?.[0]?.message, res.json.errors?.[0]?.path];
    };
    expect(await first({})).toEqual(['must be defined', ['variable', 'input']]);
    expect(await first({ input: null })).toEqual(['cannot be null', ['variable', 'input']]);
    expect(await first({ input: {} })).toEqual(['must be defined', ['variable', 'input', 'name']]);
    expect(await first({ input: { name: true } })).toEqual([
      'cannot use bool as String',
      ['variable', 'input', 'name'],
    ]);
    expect(await first({ input: 'x' })).toEqual(['must be a TagCreateInput, not a string', ['variable', 'input']]);
    const find = 'query F($f: FindFilterType) { findTags(filter: $f) { count } }';
    const per = await raw({ query: find, variables: { f: { per_page: 1.5 } } });
    expect([per.json.errors?.[0]?.message, per.json.errors?.[0]?.path]).toEqual([
      'cannot use string as Int',
      ['variable', 'f', 'per_page'],
    ]);
    const dir = await raw({ query: find, variables: { f: { direction: 'UP' } } });
    expect(dir.json.errors?.[0]?.message).toBe('UP is not a valid SortDirectionEnum');
  });

  it('JSON numbers are json.Number: valid for String and ID; a numeric string is a valid Int', async () => {
    const query = 'query F($t: TagFilterType, $f: FindFilterType) { findTags(tag_filter: $t, filter: $f) { count } }';
    const prefix = target.scope('numeric');
    const res = await raw({
      query,
      variables: {
        t: {
          AND: { name: { value: `${prefix}%`, modifier: 'EQUALS' } },
          name: { value: 12345, modifier: 'NOT_EQUALS' },
        },
        f: { per_page: '0' },
      },
    });
    expect([res.status, res.json]).toEqual([200, { data: { findTags: { count: 0 } } }]);
  });

  // gqlparser compares enum values case-insensitively (validator/vars.go strings.EqualFold), so a miscased value
  // passes validation and fails in gqlgen's unmarshal: a 200 resolver error at the field's path plus the argument
  // path, without locations, naming the Go type (BulkUpdateIdMode is models.RelationshipUpdateMode).
  it('an enum variable in the wrong case fails at execution, naming the argument path', async () => {
    const find = 'query F($f: SceneFilterType) { findScenes(scene_filter: $f) { count } }';
    const res = await raw({ query: find, variables: { f: { title: { value: 'x', modifier: 'equals' } } } });
    expect([res.status, res.json]).toEqual([
      200,
      {
        errors: [
          {
            message: 'equals is not a valid CriterionModifier',
            path: ['findScenes', 'scene_filter', 'title', 'modifier'],
          },
        ],
        data: null,
      },
    ]);
    // input fields unmarshal in schema order (AND before title); a variable inside a literal keeps the literal's path
    const nested = await raw({
      query: find,
      variables: {
        f: { title: { value: 'x', modifier: 'equals' }, AND: { title: { value: 'y', modifier: 'Includes' } } },
      },
    });
    expect(nested.json.errors).toEqual([
      {
        message: 'Includes is not a valid CriterionModifier',
        path: ['findScenes', 'scene_filter', 'AND', 'title', 'modifier'],
      },
    ]);
    const inLiteral = await raw({
      query:
        'query F($m: CriterionModifier!) { findTags(tag_filter: { name: { value: "x", modifier: $m } }) { count } }',
      variables: { m: 'eQuAlS' },
    });
    expect(inLiteral.json.errors).toEqual([
      { message: 'eQuAlS is not a valid CriterionModifier', path: ['findTags', 'tag_filter', 'name', 'modifier'] },
    ]);
    // every root field of a query reports its own
    const two = await raw({
      query:
        'query F($f: FindFilterType, $g: FindFilterType) { a: findTags(filter: $f) { count } b: findTags(filter: $g) { count } }',
      variables: { f: { direction: 'asc' }, g: { direction: 'desc' } },
    });
    expect([two.status, two.json]).toEqual([
      200,
      {
        errors: [
          { message: 'asc is not a valid SortDirectionEnum', path: ['a', 'filter', 'direction'] },
          { message: 'desc is not a valid SortDirectionEnum', path: ['b', 'filter', 'direction'] },
        ],
        data: null,
      },
    ]);
    const bulk = await raw({
      query: 'mutation M($i: BulkTagUpdateInput!) { bulkTagUpdate(input: $i) { id } }',
      variables: { i: { ids: [], parent_ids: { mode: 'add', ids: [] } } },
    });
    expect([bulk.status, bulk.json]).toEqual([
      200,
      {
        errors: [
          {
            message: 'add is not a valid RelationshipUpdateMode',
            path: ['bulkTagUpdate', 'input', 'parent_ids', 'mode'],
          },
        ],
        data: { bulkTagUpdate: null },
      },
    ]);
    // a value that matches no enum value in any case stays a variable error
    const bogus = await raw({ query: find, variables: { f: { title: { value: 'x', modifier: 'BOGUS' } } } });
    expect([bogus.status, bogus.json.errors?.[0]?.path]).toEqual([400, ['variable', 'f', 'title', 'modifier']]);
  });

  // gqlgen decodes variables with UseNumber and gqlparser converts a top-level Int/Float variable with
  // json.Number.Int64/Float64, i.e. strconv on the number's text: `1.0` and `1e3` are no Int (`value 0`), out of
  // range clamps, and a Float out of range is ±Inf.
  it('a top-level Int or Float variable is parsed from the number’s JSON text', async () => {
    const query = 'query F($n: Int) { findTags(filter: { per_page: $n }, ids: []) { count } }';
    const send = async (n: string, q = query) => {
      const res = await fetch(target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...(target.apiKey ? { ApiKey: target.apiKey } : {}),
        },
        body: `{"query": ${JSON.stringify(q)}, "variables": {"n": ${n}}}`,
      });
      const json = (await res.json()) as { errors?: { message: string; path?: unknown[] }[] };
      return [res.status, json.errors?.[0]?.message ?? null, json.errors?.[0]?.path ?? null];
    };
    for (const n of ['1.0', '1e3', '10E-1', '-0.0'])
      expect(await send(n)).toEqual([400, 'cannot use value 0 as Int', ['variable', 'n']]);
    expect(await send('99999999999999999999')).toEqual([
      400,
      'cannot use value 9223372036854775807 as Int',
      ['variable', 'n'],
    ]);
    expect(await send('2')).toEqual([200, null, null]);
    expect(await send('-0')).toEqual([200, null, null]);
    const float =
      'query F($n: Float!) { findPerformers(performer_filter: { penis_length: { value: $n, modifier: EQUALS } }, ids: []) { count } }';
    expect(await send('1e400', float)).toEqual([400, 'cannot use value +Inf as Float', ['variable', 'n']]);
    expect(await send('-1e400', float)).toEqual([400, 'cannot use value -Inf as Float', ['variable', 'n']]);
    expect(await send('1.0', float)).toEqual([200, null, null]);
  });

  it('a variable in a position of a stricter type is located at its use only', async () => {
    const query =
      'query F($x: Float) { findPerformers(performer_filter: { penis_length: { value: $x, modifier: EQUALS } }) { count } }';
    const res = await raw({ query, variables: { x: 1 } });
    expect([res.status, res.json]).toEqual([
      400,
      {
        errors: [
          {
            message: 'Variable "$x" of type "Float" used in position expecting type "Float!".',
            locations: [{ line: 1, column: query.lastIndexOf('$x') + 1 }],
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          },
        ],
        data: null,
      },
    ]);
  });

  it('through the client, an unknown input field is refused and nothing is created', async () => {
    const input = { name: target.name('bogus-client'), bogus: true };
    const before = target.sent.mark();
    const e = await rejection(target.client.tagCreate({ input } as never), StashError);
    const sent = target.sent.since(before).filter((r) => r.operationName === 'TagCreate');
    expect(sent.map((r) => r.variables)).toEqual(e.kind === 'input' ? [] : [{ input }]);
    // Refused by the client's own schema check (input, naming the field) or by the server (validation, 400).
    expect(['input', 'validation']).toContain(e.kind);
    if (e instanceof StashValidationError) expect([e.status, e.messages]).toEqual([400, ['unknown field']]);
    else expect(e.message).toContain('bogus');
    const found = await target.client.findTags({ tag_filter: { name: { value: input.name, modifier: 'EQUALS' } } });
    expect(found.count).toBe(0);
  });

  it('a wrongly typed variable is a 400', async () => {
    const input = { name: true };
    const e = await rejection(target.client.tagCreate({ input } as never), StashValidationError);
    expect(target.sent.last('TagCreate')).toEqual({ input });
    expect(e.status).toBe(400);
    expect(e.messages).toEqual(['cannot use bool as String']);
  });

  it('a field the schema does not have is a 400 naming it', async () => {
    const doc = gql<{ findTags: unknown }>('query NoSuchField { findTags { count no_such_field } }');
    const e = await rejection(target.client.request(doc), StashValidationError);
    expect(target.sent.count('NoSuchField')).toBe(1);
    expect(e.status).toBe(400);
    expect(e.messages.join('\n')).toContain('no_such_field');
  });

  it('a parse error is GRAPHQL_PARSE_FAILED in gqlparser words, with its location', async () => {
    const res = await raw({ query: '{ findTags ' });
    expect([res.status, res.json]).toEqual([
      400,
      {
        errors: [
          {
            message: 'Expected Name, found <EOF>',
            locations: [{ line: 1, column: 12 }],
            extensions: { code: 'GRAPHQL_PARSE_FAILED' },
          },
        ],
        data: null,
      },
    ]);
  });
});

describe('resolver errors', () => {
  it('come back as StashExecutionError with the path and null partial data', async () => {
    const e = await rejection(target.client.tagUpdate({ input: { id: MISSING, name: 'x' } }), StashExecutionError);
    expect(target.sent.last('TagUpdate')).toEqual({ input: { id: MISSING, name: 'x' } });
    expect(e.errors.map((d) => [d.message, d.path])).toEqual([[`tag with id ${MISSING} not found`, ['tagUpdate']]]);
    expect(e.partialData).toEqual({ tagUpdate: null });
    expect(e.operationName).toBe('TagUpdate');
  });

  it('one failing root field leaves the others’ data in partialData', async () => {
    const tag = await make.tag('partial');
    const doc = gql<{ ok: { id: string } | null; bad: { id: string } | null }, { ok: string; bad: string }>(
      'query TwoTags($ok: ID!, $bad: ID!) { ok: findTag(id: $ok) { id } bad: findTag(id: $bad) { id } }',
    );
    const e = await rejection(target.client.request(doc, { ok: tag.id, bad: 'abc' }), StashExecutionError);
    expect(target.sent.last('TwoTags')).toEqual({ ok: tag.id, bad: 'abc' });
    expect(e.partialData).toEqual({ ok: { id: tag.id }, bad: null });
    expect(e.errors.map((d) => d.path)).toEqual([['bad']]);
  });

  it('a non-numeric id in an input is a strconv error, wrapped with the field', async () => {
    await executionError(
      target.client.tagUpdate({ input: { id: 'abc' } }),
      'converting id: strconv.Atoi: parsing "abc": invalid syntax',
      ['tagUpdate'],
    );
    expect(target.sent.last('TagUpdate')).toEqual({ input: { id: 'abc' } });
    await executionError(
      target.client.sceneCreate({ input: { title: target.name('badtag'), tag_ids: ['x1'] } }),
      'converting tag ids: strconv.Atoi: parsing "x1": invalid syntax',
    );
  });

  it('a non-numeric id argument of a find is the bare strconv error', async () => {
    await executionError(target.client.findTag({ id: 'abc' }), 'strconv.Atoi: parsing "abc": invalid syntax', [
      'findTag',
    ]);
    expect(target.sent.last('FindTag')).toEqual({ id: 'abc' });
    await executionError(
      target.client.findTag({ id: '99999999999999999999' }),
      'strconv.Atoi: parsing "99999999999999999999": value out of range',
    );
    await executionError(
      target.client.findJob({ input: { id: 'abc' } }),
      'strconv.Atoi: parsing "abc": invalid syntax',
      ['findJob'],
    );
    expect(target.sent.last('FindJob')).toEqual({ input: { id: 'abc' } });
  });

  it('an unknown related id fails the insert with a FOREIGN KEY error and creates nothing', async () => {
    const title = target.name('fk');
    const detail = await executionError(
      target.client.sceneCreate({ input: { title, tag_ids: [MISSING] } }),
      /FOREIGN KEY constraint failed/,
      ['sceneCreate'],
    );
    expect(detail.message).toMatch(/^creating new scene: /);
    expect(target.sent.last('SceneCreate')).toEqual({ input: { title, tag_ids: [MISSING] } });
    expect(
      (await target.client.findScenes({ scene_filter: { title: { value: title, modifier: 'EQUALS' } } })).count,
    ).toBe(0);
  });

  it('destroying a missing tag names the id and the table', async () => {
    await executionError(target.client.tagDestroy({ input: { id: MISSING } }), `id ${MISSING} does not exist in tags`, [
      'tagDestroy',
    ]);
    expect(target.sent.last('TagDestroy')).toEqual({ input: { id: MISSING } });
  });

  it('tagsDestroy is all-or-nothing when one id is missing', async () => {
    const tag = await make.tag('survivor');
    await executionError(target.client.tagsDestroy({ ids: [tag.id, MISSING] }), `id ${MISSING} does not exist in tags`);
    expect(target.sent.last('TagsDestroy')).toEqual({ ids: [tag.id, MISSING] });
    expect((await target.client.findTag({ id: tag.id }))?.id).toBe(tag.id);
  });

  it('updating a missing scene or performer names the id', async () => {
    await executionError(
      target.client.sceneUpdate({ input: { id: MISSING, details: 'x' } }),
      `scene with id ${MISSING} not found`,
      ['sceneUpdate'],
    );
    await executionError(
      target.client.performerUpdate({ input: { id: MISSING, details: 'x' } }),
      `performer with id ${MISSING} not found`,
      ['performerUpdate'],
    );
    expect(target.sent.last('PerformerUpdate')).toEqual({ input: { id: MISSING, details: 'x' } });
  });
});

describe('input errors caught before sending', () => {
  it('a missing required variable never reaches the server', async () => {
    const before = target.sent.mark();
    const e = await rejection(target.client.tagCreate({} as never), StashInputError);
    expect(e.message).toContain('$input');
    expect(target.sent.since(before)).toEqual([]);
  });

  it('an unknown variable never reaches the server', async () => {
    const before = target.sent.mark();
    const e = await rejection(target.client.findTag({ id: '1', extra: 1 } as never), StashInputError);
    expect(e.message).toContain('$extra');
    expect(target.sent.since(before)).toEqual([]);
  });

  it('an unknown batch mutation never reaches the server', async () => {
    const before = target.sent.mark();
    const e = await rejection(
      target.client.executeBatch([{ mutation: 'noSuchMutation', variables: {} } as never]),
      StashInputError,
    );
    expect(e.message).toContain('noSuchMutation');
    expect(target.sent.since(before)).toEqual([]);
  });
});
