import {
  execute,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type OperationDefinitionNode,
  subscribe,
  typeFromAST,
  validate,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import type { StashVersion } from '../../src/backend/index.js';
import { documentFor, makeBackend, operations } from './helpers.js';

/** Minimal valid value for an input type: required fields only, ids point at seeded rows. */
function minimal(type: GraphQLInputType, fieldName = ''): unknown {
  if (isNonNullType(type)) {
    const inner = type.ofType;
    if (isListType(inner)) return [minimal(inner.ofType, fieldName)];
    return minimal(inner, fieldName);
  }
  if (isListType(type)) return [minimal(type.ofType, fieldName)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]?.value;
  if (isInputObjectType(named)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields())) if (isNonNullType(f.type)) out[f.name] = minimal(f.type, f.name);
    return out;
  }
  switch (named.name) {
    case 'ID':
      return '1';
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'Map':
    case 'BoolMap':
      return {};
    case 'Timestamp':
    case 'Time':
      return '2024-01-01T00:00:00Z';
    default:
      return fieldName === 'name' || fieldName === 'title' ? `x-${Math.random().toString(36).slice(2)}` : 'x';
  }
}

function variablesFor(schema: GraphQLSchema, op: OperationDefinitionNode): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const v of op.variableDefinitions ?? []) {
    const t = typeFromAST(schema, v.type as never) as GraphQLInputType | undefined;
    if (t && isNonNullType(t)) vars[v.variable.name.value] = minimal(t, v.variable.name.value);
  }
  return vars;
}

const seed = {
  tags: [{ name: 'T1' }, { name: 'T2' }],
  studios: [{ name: 'S1' }],
  performers: [{ name: 'P1' }],
  groups: [{ name: 'G1' }],
  scenes: [{ title: 'Sc1', files: [{ path: '/v/a.mp4', oshash: 'o', md5: 'm', phash: 'ff00ff00ff00ff00' }] }],
  galleries: [{ title: 'Ga1' }],
  images: [{ files: [{ path: '/i/a.jpg' }], gallery_ids: ['1'] }],
  sceneMarkers: [{ scene_id: '1', primary_tag_id: '1', title: 'M', seconds: 1 }],
  galleryChapters: [{ gallery_id: '1', title: 'C', image_index: 1 }],
  savedFilters: [{ mode: 'SCENES', name: 'F' }],
};

/** Errors that mean the fake crashed or returned something the schema rejects, rather than a Stash-like refusal. */
const CRASH =
  /Cannot return null for non-nullable|Expected Iterable|cannot represent|Abstract type|Cannot read prop|is not a function|is not iterable|undefined|Maximum call stack/;

describe.each(['v0.30.1', 'v0.29.3', 'v0.28.1'] as StashVersion[])('every fragments/ operation on %s', (version) => {
  it('executes without resolver crashes', async () => {
    const failures: string[] = [];
    let ran = 0;
    for (const [name, op] of operations) {
      const t = makeBackend({ version, seed });
      const doc = documentFor(name);
      if (validate(t.schema, doc).length > 0) continue; // operation not in this version's schema
      const variableValues = variablesFor(t.schema, op);
      ran++;
      if (op.operation === 'subscription') {
        const it = await subscribe({
          schema: t.schema,
          document: doc,
          rootValue: t.backend.subscriptionRoot,
          variableValues,
        });
        if (!(Symbol.asyncIterator in (it as object))) failures.push(`${name}: ${JSON.stringify(it)}`);
        else await (it as AsyncIterableIterator<unknown>).return?.();
        t.backend.close();
        continue;
      }
      const r = await execute({ schema: t.schema, document: doc, rootValue: t.backend.rootValue, variableValues });
      for (const e of r.errors ?? []) {
        const orig = e.originalError;
        if (
          orig instanceof TypeError ||
          orig instanceof RangeError ||
          orig instanceof ReferenceError ||
          CRASH.test(e.message)
        ) {
          failures.push(`${name}: ${e.message} @ ${e.path?.join('.')}`);
        }
      }
      t.backend.close();
    }
    expect(failures).toEqual([]);
    expect(ran).toBeGreaterThan(100);
  });
});
