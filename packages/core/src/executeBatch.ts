import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
  visit,
} from 'graphql';
import { type MutationName, OPERATIONS, type OperationMap } from './__generated__/operations.js';
import { isDatabaseLocked } from './classifyResult.js';
import { checkVariables, operationInfo } from './operationInfo.js';
import type { RequestOptions } from './requestOptions.js';
import type { OperationKind, RetryOptions } from './retryPolicy.js';
import {
  StashAbortError,
  StashDatabaseLockedError,
  type StashError,
  StashExecutionError,
  StashInputError,
} from './StashError.js';

type FieldResult<K extends MutationName> = OperationMap[K]['data'] extends infer D
  ? K extends keyof D
    ? D[K]
    : never
  : never;

/**
 * What a mutation answers: `'full'` (the canonical document's selection, e.g. `SceneFull`), `'id'`, or `a__b`
 * paths within the full selection (`['id', 'updated_at', 'files__path']`; an object ends with its full selection).
 * Every field asked for is work for the server (a relation or a count is its own SQL query), so ask for what is read.
 */
export type Returning = 'full' | 'id' | readonly string[];

/** One mutation of a batch: a root mutation field, the variables of its canonical document, what it answers. */
export type BatchOperation<K extends MutationName = MutationName> = K extends MutationName
  ? { mutation: K; variables: OperationMap[K]['variables']; returning?: Returning }
  : never;

export type BatchOutcome<K extends MutationName = MutationName> = K extends MutationName
  ?
      | { index: number; mutation: K; ok: true; result: FieldResult<K>; error?: undefined }
      | { index: number; mutation: K; ok: false; result?: undefined; error: StashError }
  : never;

export interface BatchResult<K extends MutationName = MutationName> {
  /** One outcome per operation, in input order. */
  results: BatchOutcome<K>[];
  succeeded: Extract<BatchOutcome<K>, { ok: true }>[];
  failed: Extract<BatchOutcome<K>, { ok: false }>[];
  allSucceeded: boolean;
}

/** Operations per request when `chunkSize` is not given (a dry-run plan batches the same way). */
export const DEFAULT_CHUNK_SIZE = 250;

export interface BatchOptions extends RequestOptions {
  /** Operations per request. Default 250 (DEFAULT_CHUNK_SIZE). */
  chunkSize?: number | undefined;
  /**
   * What operations without their own `returning` answer. Default `'full'`. With anything else, an outcome's
   * `result` holds only the fields selected (the type still describes the full answer).
   */
  returning?: Returning | undefined;
}

export type BatchRunner = (
  document: DocumentNode,
  variables: Record<string, unknown>,
  options: RequestOptions & { retryable: (error: StashError, kind: OperationKind) => boolean },
) => Promise<{ data: unknown; error?: StashError | undefined }>;

const MUTATIONS = Object.keys(OPERATIONS).filter((k) => OPERATIONS[k as MutationName].kind === 'mutation');

interface Prepared {
  definition: OperationDefinitionNode;
  fragments: readonly FragmentDefinitionNode[];
}
const prepared = new Map<string, Prepared>();

/** The fields a selection set reaches, fragments expanded: name → sub-tree (empty for a leaf). */
type FieldTree = Map<string, FieldTree>;

function fieldTree(set: SelectionSetNode | undefined, fragments: readonly FragmentDefinitionNode[]): FieldTree {
  const out: FieldTree = new Map();
  const add = (s: SelectionSetNode | undefined) => {
    for (const sel of s?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        const sub = fieldTree(sel.selectionSet, fragments);
        const had = out.get(sel.name.value);
        if (had) for (const [k, v] of sub) had.set(k, v);
        else out.set(sel.name.value, sub);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) add(sel.selectionSet);
      else add(fragments.find((f) => f.name.value === sel.name.value)?.selectionSet);
    }
  };
  add(set);
  return out;
}

function selectionOf(tree: FieldTree): SelectionSetNode {
  return {
    kind: Kind.SELECTION_SET,
    selections: [...tree].map(
      ([field, sub]): FieldNode => ({
        kind: Kind.FIELD,
        name: { kind: Kind.NAME, value: field },
        ...(sub.size ? { selectionSet: selectionOf(sub) } : {}),
      }),
    ),
  };
}

/** The `returning` paths as a field tree within the full one; an unknown path is a StashInputError naming the valid. */
function pickFields(mutation: string, full: FieldTree, returning: Returning, context: string): FieldTree {
  const paths = returning === 'id' ? ['id'] : (returning as readonly string[]);
  const out: FieldTree = new Map();
  for (const path of paths) {
    let from = full;
    let to = out;
    const segs = String(path).split('__');
    segs.forEach((seg, i) => {
      const sub = from.get(seg);
      if (!sub) {
        throw new StashInputError(
          `${context}${mutation} cannot return ${JSON.stringify(path)}: ${JSON.stringify(seg)} is not in its answer`,
          [...from.keys()],
        );
      }
      let next = to.get(seg);
      if (!next) {
        next = i === segs.length - 1 ? sub : new Map();
        to.set(seg, next);
      } else if (i === segs.length - 1) for (const [k, v] of sub) next.set(k, v);
      from = sub;
      to = next;
    });
  }
  return out;
}

const answers = new Map<string, ReadonlySet<string>>();

/** The fields a mutation's full answer has at its top level (`id`, `title`, `tags` …); empty for a scalar answer. */
export function answerFields(mutation: MutationName): ReadonlySet<string> {
  let out = answers.get(mutation);
  if (!out) {
    const document = OPERATIONS[mutation].document as DocumentNode;
    const root = operationInfo(document).definition.selectionSet.selections[0];
    const fragments = document.definitions.filter(
      (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
    );
    out = new Set(root?.kind === Kind.FIELD ? fieldTree(root.selectionSet, fragments).keys() : []);
    answers.set(mutation, out);
  }
  return out;
}

function returningKey(returning: Returning | undefined, context: string): string {
  if (returning === undefined || returning === 'full') return 'full';
  if (returning === 'id') return 'id';
  if (!Array.isArray(returning) || returning.length === 0 || returning.some((p) => typeof p !== 'string' || !p)) {
    throw new StashInputError(
      `${context}returning must be 'full', 'id' or a non-empty list of field paths, got ${JSON.stringify(returning)}`,
    );
  }
  return [...returning].join(',');
}

function prepare(name: string, returning?: Returning, context = ''): Prepared {
  const key = `${name}|${returningKey(returning, context)}`;
  let p = prepared.get(key);
  if (!p) {
    const document = OPERATIONS[name as MutationName].document as DocumentNode;
    const definition = operationInfo(document).definition;
    const fragments = document.definitions.filter(
      (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
    );
    p = { definition, fragments };
    const root = definition.selectionSet.selections[0];
    if (returning !== undefined && returning !== 'full' && root?.kind === Kind.FIELD && root.selectionSet) {
      const picked = pickFields(name, fieldTree(root.selectionSet, fragments), returning, context);
      p = {
        definition: {
          ...definition,
          selectionSet: { ...definition.selectionSet, selections: [{ ...root, selectionSet: selectionOf(picked) }] },
        },
        fragments: [],
      };
    }
    prepared.set(key, p);
  }
  return p;
}

/** Rejects bad operations before anything is sent: only names and documents we generated reach the wire. */
function validate(operations: readonly BatchOperation[], returning: Returning | undefined): void {
  operations.forEach((op, index) => {
    const entry = OPERATIONS[op?.mutation as MutationName] as { kind: string } | undefined;
    if (entry?.kind !== 'mutation' || !Object.hasOwn(OPERATIONS, op.mutation)) {
      throw new StashInputError(
        `Batch operation ${index}: unknown mutation ${JSON.stringify(op?.mutation)}`,
        MUTATIONS,
      );
    }
    try {
      checkVariables(
        operationInfo(OPERATIONS[op.mutation].document as DocumentNode),
        op.variables as Record<string, unknown>,
      );
    } catch (e) {
      throw new StashInputError(`Batch operation ${index}: ${(e as Error).message}`);
    }
    prepare(op.mutation, op.returning ?? returning, `Batch operation ${index}: `);
  });
}

/** `op0: sceneUpdate(input: $input0) { ...SceneFull }` for each operation, as one mutation document. */
export function buildBatchDocument(
  operations: readonly BatchOperation[],
  returning?: Returning,
): {
  document: DocumentNode;
  variables: Record<string, unknown>;
} {
  const variables: Record<string, unknown> = {};
  operations.forEach((op, i) => {
    for (const [k, v] of Object.entries((op.variables ?? {}) as Record<string, unknown>)) variables[`${k}${i}`] = v;
  });
  // The same operations (mutation and answer, in order) make the same document object: every chunk of a big save
  // sends one text (Stash reuses its parsed-document cache), and it is built and printed once.
  const key = operations.map((op) => `${op.mutation}|${returningKey(op.returning ?? returning, '')}`).join(';');
  let document = DOCUMENTS.get(key);
  if (!document) {
    document = batchDocument(operations, returning);
    if (DOCUMENTS.size >= MAX_DOCUMENTS) DOCUMENTS.delete(DOCUMENTS.keys().next().value as string);
    DOCUMENTS.set(key, document);
  }
  return { document, variables };
}

const DOCUMENTS = new Map<string, DocumentNode>();
const MAX_DOCUMENTS = 64;

function batchDocument(operations: readonly BatchOperation[], returning: Returning | undefined): DocumentNode {
  const variableDefinitions: VariableDefinitionNode[] = [];
  const selections: SelectionNode[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  operations.forEach((op, i) => {
    const { definition, fragments: own } = prepare(op.mutation, op.returning ?? returning);
    const renamed = visit(definition, {
      Variable: (node) => ({ ...node, name: { ...node.name, value: `${node.name.value}${i}` } }),
    });
    for (const v of renamed.variableDefinitions ?? []) {
      if (variableDefinitions.some((d) => d.variable.name.value === v.variable.name.value)) {
        throw new Error(`Batch variable clash on $${v.variable.name.value}`);
      }
      variableDefinitions.push(v);
    }
    const field = renamed.selectionSet.selections[0];
    if (field?.kind !== Kind.FIELD) throw new Error(`${op.mutation}: canonical document has no root field`);
    selections.push({ ...field, alias: { kind: Kind.NAME, value: `op${i}` } });
    for (const f of own) fragments.set(f.name.value, f);
  });
  const operation: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: 'mutation' as OperationDefinitionNode['operation'],
    name: { kind: Kind.NAME, value: 'StashBatch' },
    variableDefinitions,
    selectionSet: { kind: Kind.SELECTION_SET, selections },
  };
  return { kind: Kind.DOCUMENT, definitions: [operation, ...fragments.values()] };
}

type Pending = { index: number; op: BatchOperation };

async function runChunk(
  run: BatchRunner,
  retryIf: (error: StashError, kind: OperationKind) => boolean,
  chunk: Pending[],
  options: RequestOptions,
  returning: Returning | undefined,
): Promise<Map<number, BatchOutcome>> {
  const out = new Map<number, BatchOutcome>();
  const fail = (p: Pending, error: StashError) =>
    out.set(p.index, { index: p.index, mutation: p.op.mutation, ok: false, error } as BatchOutcome);
  const { document, variables } = buildBatchDocument(
    chunk.map((p) => p.op),
    returning,
  );
  let response: { data: unknown; error?: StashError | undefined };
  try {
    // Never resend a whole multi-mutation document for "database is locked": some fields may have committed.
    // Locked operations are resent on their own below.
    response = await run(document, variables, {
      ...options,
      retryable: (e, kind) => e.kind !== 'database-locked' && retryIf(e, kind),
    });
  } catch (e) {
    for (const p of chunk) fail(p, e as StashError);
    return out;
  }
  const { data, error } = response;
  const details = error instanceof StashExecutionError ? error.errors : undefined;
  if (error && !details) {
    for (const p of chunk) fail(p, error);
    return out;
  }
  const record = (data ?? null) as Record<string, unknown> | null;
  chunk.forEach((p, i) => {
    const alias = `op${i}`;
    const own = details?.filter((d) => d.path?.[0] === alias) ?? [];
    const general = details?.filter((d) => !d.path?.length) ?? [];
    const errs = own.length ? own : general;
    if (errs.length) {
      const partial = record?.[alias] ?? null;
      fail(
        p,
        errs.some((d) => isDatabaseLocked(d.message))
          ? new StashDatabaseLockedError(errs, partial)
          : new StashExecutionError(errs, partial),
      );
    } else if (record && alias in record) {
      out.set(p.index, { index: p.index, mutation: p.op.mutation, ok: true, result: record[alias] } as BatchOutcome);
    } else {
      fail(
        p,
        new StashExecutionError(
          details ?? [],
          null,
          'Outcome unknown: another mutation in the same request nulled the whole response; this one may have been applied',
        ),
      );
    }
  });
  return out;
}

/**
 * Runs mutations as aliased multi-field documents, one request per chunk. A failed chunk marks its operations
 * failed and the other chunks still run. Operations that hit "database is locked" are resent on their own.
 */
export async function executeBatch<K extends MutationName>(
  run: BatchRunner,
  retry: Required<RetryOptions>,
  operations: readonly BatchOperation<K>[],
  options: BatchOptions = {},
): Promise<BatchResult<K>> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new StashInputError('chunkSize must be a positive integer');
  validate(operations, options.returning);
  const outcomes = new Map<number, BatchOutcome>();
  let pending: Pending[] = operations.map((op, index) => ({ index, op }));
  const request: RequestOptions = { signal: options.signal, timeoutMs: options.timeoutMs };
  for (let attempt = 1, delay = retry.initialDelayMs; pending.length > 0; attempt++) {
    for (let i = 0; i < pending.length; i += chunkSize) {
      const chunk = pending.slice(i, i + chunkSize);
      if (options.signal?.aborted) {
        for (const p of chunk) {
          outcomes.set(p.index, {
            index: p.index,
            mutation: p.op.mutation,
            ok: false,
            error: new StashAbortError({ cause: options.signal.reason }),
          } as BatchOutcome);
        }
        continue;
      }
      for (const [index, outcome] of await runChunk(run, retry.retryIf, chunk, request, options.returning))
        outcomes.set(index, outcome);
    }
    pending = pending.filter((p) => {
      const o = outcomes.get(p.index);
      return o && !o.ok && o.error.kind === 'database-locked' && retry.retryIf(o.error, 'mutation');
    });
    if (attempt >= retry.maxAttempts || pending.length === 0) break;
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(retry.maxDelayMs, delay * (1.5 + Math.random()));
  }
  const results = operations.map((_, i) => outcomes.get(i)!) as BatchOutcome<K>[];
  const succeeded = results.filter((r) => r.ok) as BatchResult<K>['succeeded'];
  const failed = results.filter((r) => !r.ok) as BatchResult<K>['failed'];
  return { results, succeeded, failed, allSucceeded: failed.length === 0 };
}
