import { type DocumentNode, type GraphQLSchema, print } from 'graphql';
import { type AttemptRecord, createAttempt } from './attemptFetch.js';
import { checkResponse } from './checkResponse.js';
import { classifyResponse } from './classifyResult.js';
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

// Printed once per document object; weak, so documents built per request (batches, adaptation) are not kept.
const printed = new WeakMap<DocumentNode, string>();
function queryText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** Waits out a retry delay; the signal ends the wait (and the request) at once. */
function backoff(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new StashAbortError({ cause: signal.reason }));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new StashAbortError({ cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The HTTP request path: one POST per attempt through the attempt fetch (timeout, abort, write queue, the whole body
 * read), the answer classified into our errors, and retries with jittered exponential backoff while the policy and
 * the time budget allow. Plain fetch rather than urql: see "The request path" in packages/core/README.md.
 */
export function createRequestPipeline(o: PipelineOptions): Send {
  const r = o.retry;
  // Lower-case names, as on the wire (and as the debug log shows them).
  const headers = Object.fromEntries(
    Object.entries({ 'content-type': 'application/json', ...o.headers }).map(([k, v]) => [k.toLowerCase(), v]),
  );
  return async function send<TData>(
    document: DocumentNode,
    variables: Record<string, unknown>,
    kind: OperationKind,
    name: string,
    options?: SendOptions,
  ) {
    const retryIf = options?.retryable ?? r.retryIf;
    const definition = operationInfo(document).definition;
    const body = JSON.stringify({ operationName: definition.name?.value, query: queryText(document), variables });
    const records: AttemptRecord[] = [];
    const attempt = createAttempt({
      fetch: o.fetch,
      timeoutMs: options?.timeoutMs ?? o.timeoutMs,
      signal: options?.signal,
      records,
      logger: o.logger,
      operationName: name,
      secret: o.secret,
      scheduler: kind === 'mutation' ? o.writes : undefined,
    });
    const startedAt = Date.now();
    let delay = r.initialDelayMs;
    for (;;) {
      const record = await attempt({ url: o.url, headers, body, variables });
      const { data, error } = record.error
        ? { data: undefined, error: record.error }
        : classifyResponse(record, o.secret);
      if (error?.kind === 'abort') throw error;
      if (error && records.length < r.maxAttempts && Date.now() - startedAt < r.maxElapsedMs && retryIf(error, kind)) {
        o.logger.warn('stash retrying', { attempt: records.length, error: scrubError(error, o.secret).message });
        await backoff(delay, options?.signal);
        delay = Math.min(r.maxDelayMs, delay * (1.5 + Math.random()));
        continue;
      }
      const final = error ?? checkResponse(definition, data, record, o.secret, options?.schema);
      if (final) final.operationName = name;
      return { data: data as TData | null | undefined, error: scrubError(final, o.secret), record };
    }
  };
}
