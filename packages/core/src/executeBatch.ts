import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
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

/** One mutation of a batch: a root mutation field and the variables of its canonical document. */
export type BatchOperation<K extends MutationName = MutationName> = K extends MutationName
  ? { mutation: K; variables: OperationMap[K]['variables'] }
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

export interface BatchOptions extends RequestOptions {
  /** Operations per request. Default 250. */
  chunkSize?: number | undefined;
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

function prepare(name: string): Prepared {
  let p = prepared.get(name);
  if (!p) {
    const document = OPERATIONS[name as MutationName].document as DocumentNode;
    p = {
      definition: operationInfo(document).definition,
      fragments: document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION),
    };
    prepared.set(name, p);
  }
  return p;
}

/** Rejects bad operations before anything is sent: only names and documents we generated reach the wire. */
function validate(operations: readonly BatchOperation[]): void {
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
  });
}

/** `op0: sceneUpdate(input: $input0) { ...SceneFull }` for each operation, as one mutation document. */
export function buildBatchDocument(operations: readonly BatchOperation[]): {
  document: DocumentNode;
  variables: Record<string, unknown>;
} {
  const variableDefinitions: VariableDefinitionNode[] = [];
  const selections: SelectionNode[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  const variables: Record<string, unknown> = {};
  operations.forEach((op, i) => {
    const { definition, fragments: own } = prepare(op.mutation);
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
    for (const [k, v] of Object.entries((op.variables ?? {}) as Record<string, unknown>)) variables[`${k}${i}`] = v;
  });
  const operation: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: 'mutation' as OperationDefinitionNode['operation'],
    name: { kind: Kind.NAME, value: 'StashBatch' },
    variableDefinitions,
    selectionSet: { kind: Kind.SELECTION_SET, selections },
  };
  return { document: { kind: Kind.DOCUMENT, definitions: [operation, ...fragments.values()] }, variables };
}

type Pending = { index: number; op: BatchOperation };

async function runChunk(
  run: BatchRunner,
  retryIf: (error: StashError, kind: OperationKind) => boolean,
  chunk: Pending[],
  options: RequestOptions,
): Promise<Map<number, BatchOutcome>> {
  const out = new Map<number, BatchOutcome>();
  const fail = (p: Pending, error: StashError) =>
    out.set(p.index, { index: p.index, mutation: p.op.mutation, ok: false, error } as BatchOutcome);
  const { document, variables } = buildBatchDocument(chunk.map((p) => p.op));
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
  const chunkSize = options.chunkSize ?? 250;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new StashInputError('chunkSize must be a positive integer');
  validate(operations);
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
      for (const [index, outcome] of await runChunk(run, retry.retryIf, chunk, request)) outcomes.set(index, outcome);
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
