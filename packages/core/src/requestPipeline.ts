import { Client, createRequest, fetchExchange, type OperationContext, type OperationResult } from '@urql/core';
import { retryExchange } from '@urql/exchange-retry';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { makeSubject, pipe, take, takeUntil, toPromise } from 'wonka';
import { type AttemptRecord, createAttemptFetch } from './attemptFetch.js';
import { canonicalDocument } from './canonicalDocument.js';
import { checkResponse } from './checkResponse.js';
import { classifyResult } from './classifyResult.js';
import { operationInfo } from './operationInfo.js';
import { scrubError } from './redact.js';
import type { RequestOptions } from './requestOptions.js';
import type { OperationKind, RetryOptions } from './retryPolicy.js';
import { StashAbortError, type StashError } from './StashError.js';
import type { StashLogger } from './StashLogger.js';
import type { WriteScheduler } from './WriteScheduler.js';

/** The outcome of one request without throwing; used where partial results matter (batches). */
export interface ExecuteResult<TData> {
  data: TData | null | undefined;
  error?: StashError;
}

export interface PipelineOptions {
  url: string;
  headers: Record<string, string>;
  fetch: typeof fetch;
  logger: StashLogger;
  secret: string | undefined;
  timeoutMs: number;
  retry: Required<RetryOptions>;
  /** Every mutation attempt waits here for a slot. */
  writes: WriteScheduler;
}

export interface SendOptions extends RequestOptions {
  retryable?: (error: StashError, kind: OperationKind) => boolean;
  /** The server's schema, when known: a null for a non-null root field is then a malformed answer. */
  schema?: GraphQLSchema;
}

/** Sends one prepared document; the result's error is classified, checked for shape and scrubbed of the key. */
export type Send = <TData>(
  document: DocumentNode,
  variables: Record<string, unknown>,
  kind: OperationKind,
  name: string,
  options?: SendOptions,
) => Promise<ExecuteResult<TData> & { record?: AttemptRecord }>;

interface RequestState {
  kind: OperationKind;
  startedAt: number;
  records: AttemptRecord[];
  retryable: (error: StashError) => boolean;
}

let nextKey = 1;

/**
 * The HTTP request path: urql with its retry exchange, and a fetch per request that owns timeout, abort, the write
 * queue and the attempt records the classifier reads.
 */
export function createRequestPipeline(o: PipelineOptions): Send {
  const r = o.retry;
  const urql = new Client({
    url: o.url,
    // No document cache: the store layer owns caching.
    exchanges: [
      retryExchange({
        initialDelayMs: r.initialDelayMs,
        maxDelayMs: r.maxDelayMs,
        maxNumberAttempts: r.maxAttempts,
        randomDelay: true,
        retryIf: (error, operation) => {
          const state = operation.context.stash as RequestState;
          const classified = classifyResult({ data: undefined, error }, state.records.at(-1), o.secret);
          const inBudget = Date.now() - state.startedAt < r.maxElapsedMs;
          const retry = !!classified && inBudget && state.retryable(classified);
          if (retry) o.logger.warn('stash retrying', { attempt: state.records.length, error: classified.message });
          return retry;
        },
      }),
      fetchExchange,
    ],
    requestPolicy: 'network-only',
    preferGetMethod: false,
  });

  return async function send<TData>(
    document: DocumentNode,
    variables: Record<string, unknown>,
    kind: OperationKind,
    name: string,
    options?: SendOptions,
  ) {
    const retryIf = options?.retryable ?? r.retryIf;
    const state: RequestState = {
      kind,
      startedAt: Date.now(),
      records: [],
      retryable: (e) => retryIf(e, kind),
    };
    const headers = o.headers;
    const context: Partial<OperationContext> = {
      requestPolicy: 'network-only',
      fetchOptions: () => ({ headers }),
      fetch: createAttemptFetch({
        fetch: o.fetch,
        timeoutMs: options?.timeoutMs ?? o.timeoutMs,
        signal: options?.signal,
        records: state.records,
        logger: o.logger,
        operationName: name,
        secret: o.secret,
        scheduler: kind === 'mutation' ? o.writes : undefined,
      }),
      stash: state,
    };
    // A unique key per call: urql would otherwise share in-flight operations with equal documents and variables,
    // and one caller's abort would end another's request.
    const request = { ...createRequest(canonicalDocument(document), variables), key: nextKey++ };
    const operation = urql.createRequestOperation(kind === 'mutation' ? 'mutation' : 'query', request, context);
    const aborted = makeSubject<void>();
    const onAbort = () => aborted.next();
    options?.signal?.addEventListener('abort', onAbort);
    try {
      const result: OperationResult | undefined = await pipe(
        urql.executeRequestOperation(operation),
        takeUntil(aborted.source),
        take(1),
        toPromise,
      );
      if (!result) throw new StashAbortError({ cause: options?.signal?.reason });
      const record = state.records.at(-1);
      const error =
        classifyResult(result, record, o.secret) ??
        checkResponse(operationInfo(document).definition, result.data, record, o.secret, options?.schema);
      if (error) error.operationName = name;
      return { data: result.data as TData | null | undefined, error: scrubError(error, o.secret), record };
    } finally {
      options?.signal?.removeEventListener('abort', onAbort);
    }
  };
}
