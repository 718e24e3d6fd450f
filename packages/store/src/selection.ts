import type { StashCapabilities } from '@stash-graphql/core';
import { ENTITY_META } from '@stash-graphql/core/generated';
import { StashStoreError } from './StashStoreError.js';

/** A selection set as a tree: field → sub-selection (empty for a leaf). */
export type Selection = Map<string, Selection>;

const isEntityType = (t: string) => Object.hasOwn(ENTITY_META, t);

/**
 * Fields Stash computes with SQL of their own for every row (counts, play and O history): read only when asked
 * for by name (`fields: ['scene_count']`), never by default.
 */
export const AGGREGATE_FIELD = /_count$|^(o_counter|play_count|play_history|o_history|last_played_at)$/;

/**
 * What the store reads of a type when no fields are asked for (the slim tier): every non-deprecated leaf field
 * this server has (and the orm knows) except aggregates, value objects (paths, captions) in full, and other
 * entities as `{ id }` only, so that a read never pulls the whole graph and nested entities fill in through
 * `populate`. No list at all (tags, aliases, urls, stash ids): each is one more query per record in Stash; ask
 * for them by name. A populated relation's records get the same tier.
 */
export function defaultSelection(caps: StashCapabilities, typename: string, depth = 0): Selection {
  const fields = caps.fields(typename);
  const sel: Selection = fields && !fields.has('id') ? new Map() : new Map([['id', new Map()]]);
  const known = isEntityType(typename) ? ENTITY_META[typename as keyof typeof ENTITY_META].fields : null;
  if (!fields) return sel;
  for (const f of fields.values()) {
    if (f.deprecated || (known && !Object.hasOwn(known, f.name))) continue;
    if (f.args.some((a) => a.type.endsWith('!'))) continue;
    if (AGGREGATE_FIELD.test(f.name)) continue;
    // Lists live in tables of their own in Stash (tags, urls, stash ids …): one query per record, read by name.
    if (f.list) continue;
    if (f.kind === 'leaf') sel.set(f.name, new Map());
    else if (f.kind === 'object') {
      if (isEntityType(f.type)) sel.set(f.name, new Map([['id', new Map()]]));
      else if (depth < 2) {
        const sub = defaultSelection(caps, f.type, depth + 1);
        sub.delete('id');
        if (fields && caps.fields(f.type)?.has('id')) sub.set('id', new Map());
        if (sub.size) sel.set(f.name, sub);
      }
    }
  }
  return sel;
}

/**
 * Adds `a__b__c` paths to a selection, checking each segment against the server's schema. A path that ends on an
 * object selects its default selection; entities along the way are selected with their id.
 */
export function addPaths(caps: StashCapabilities, typename: string, sel: Selection, paths: readonly string[]): void {
  for (const path of paths) {
    let type = typename;
    let at = sel;
    const segs = path.split('__');
    segs.forEach((seg, i) => {
      const fields = caps.fields(type);
      const f = fields?.get(seg);
      if (!f) {
        throw new StashStoreError('unknown-field', `${type} has no field ${JSON.stringify(seg)} (in ${path})`, [
          ...(fields?.keys() ?? []),
        ]);
      }
      let next = at.get(seg);
      if (!next) {
        next = new Map();
        at.set(seg, next);
      }
      if (f.kind === 'object') {
        if (caps.fields(f.type)?.has('id')) next.set('id', new Map());
        if (i === segs.length - 1)
          for (const [k, v] of defaultSelection(caps, f.type)) if (!next.has(k)) next.set(k, v);
      }
      at = next;
      type = f.type;
    });
  }
}

/** The field's type at the end of a path (for populate), or null. */
export function typeAtPath(caps: StashCapabilities, typename: string, segs: readonly string[]): string | null {
  let type = typename;
  for (const seg of segs) {
    const f = caps.fields(type)?.get(seg);
    if (!f) return null;
    type = f.type;
  }
  return type;
}

// --- documents ---------------------------------------------------------------------------------------------------
// Built as plain GraphQL AST objects (what `parse` would return) so the store needs no graphql dependency.

const name = (value: string) => ({ kind: 'Name', value });

function typeNode(t: string): unknown {
  if (t.endsWith('!')) return { kind: 'NonNullType', type: typeNode(t.slice(0, -1)) };
  if (t.startsWith('[')) return { kind: 'ListType', type: typeNode(t.slice(1, -1)) };
  return { kind: 'NamedType', name: name(t) };
}

function selectionSet(sel: Selection): unknown {
  return {
    kind: 'SelectionSet',
    selections: [...sel].map(([field, sub]) => ({
      kind: 'Field',
      name: name(field),
      arguments: [],
      directives: [],
      ...(sub.size ? { selectionSet: selectionSet(sub) } : {}),
    })),
  };
}

/** A query document: `query Name($v: T, …) { …selections }`. */
function operationDocument(
  operation: string,
  variables: readonly { name: string; type: string }[],
  selections: readonly unknown[],
): unknown {
  return {
    kind: 'Document',
    definitions: [
      {
        kind: 'OperationDefinition',
        operation: 'query',
        name: name(operation),
        directives: [],
        variableDefinitions: variables.map((v) => ({
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: name(v.name) },
          type: typeNode(v.type),
          directives: [],
        })),
        selectionSet: { kind: 'SelectionSet', selections },
      },
    ],
  };
}

/** `query Name($a: T, …) { root(a: $a, …) { …selection } }` */
export function queryDocument(
  operation: string,
  root: string,
  args: readonly { name: string; type: string }[],
  sel: Selection,
): unknown {
  const { selections } = selectionSet(new Map([[root, sel]]) as Selection) as { selections: unknown[] };
  return operationDocument(operation, args, selections);
}

/** Root-field arguments as written in the document: `root(a: $a)`. */
export function withArguments(doc: unknown, args: readonly string[]): unknown {
  const op = (doc as { definitions: { selectionSet: { selections: { arguments: unknown[] }[] } }[] }).definitions[0];
  const field = op?.selectionSet.selections[0];
  if (field) {
    field.arguments = args.map((a) => ({
      kind: 'Argument',
      name: name(a),
      value: { kind: 'Variable', name: name(a) },
    }));
  }
  return doc;
}

/** `query Name($id0: ID!, …) { e0: root(id: $id0) { …selection } e1: … }`: one single-entity find per id. */
export function aliasedDocument(
  operation: string,
  root: string,
  idType: string,
  count: number,
  sel: Selection,
): unknown {
  const selections = Array.from({ length: count }, (_, n) => ({
    kind: 'Field',
    alias: name(`e${n}`),
    name: name(root),
    arguments: [{ kind: 'Argument', name: name('id'), value: { kind: 'Variable', name: name(`id${n}`) } }],
    directives: [],
    ...(sel.size ? { selectionSet: selectionSet(sel) } : {}),
  }));
  const variables = Array.from({ length: count }, (_, n) => ({ name: `id${n}`, type: idType }));
  return operationDocument(operation, variables, selections);
}

/** A selection as text (`id title studio{id}`), for cache keys. */
export function selectionKey(sel: Selection): string {
  let out = '';
  for (const [field, sub] of sel) {
    out += out ? ` ${field}` : field;
    if (sub.size) out += `{${selectionKey(sub)}}`;
  }
  return out;
}

const DOCUMENTS = new Map<string, unknown>();
const MAX_DOCUMENTS = 1000;

/**
 * The same document object for the same text. Clients key their caches by document object (urql keeps every
 * document it is given, for the life of the process), so a document rebuilt per request would grow the heap with
 * every page of a long iteration; reusing one object per distinct query keeps that flat.
 */
export function cachedDocument(key: string, build: () => unknown): unknown {
  let doc = DOCUMENTS.get(key);
  if (doc === undefined) {
    doc = build();
    if (DOCUMENTS.size >= MAX_DOCUMENTS) DOCUMENTS.delete(DOCUMENTS.keys().next().value as string);
    DOCUMENTS.set(key, doc);
  }
  return doc;
}
