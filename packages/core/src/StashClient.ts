import { inspect } from 'node:util';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Client, createRequest, fetchExchange, type OperationContext, type OperationResult } from '@urql/core';
import { retryExchange } from '@urql/exchange-retry';
import { type DocumentNode, type IntrospectionQuery, print } from 'graphql';
import { makeSubject, pipe, take, takeUntil, toPromise } from 'wonka';
import type { JobDataFragment } from './__generated__/graphql.js';
import {
  type MutationName,
  OPERATIONS,
  type OperationMap,
  type OperationName,
  StashOperations,
} from './__generated__/operations.js';
import type {
  AutoTagMetadataInput,
  CleanMetadataInput,
  GenerateMetadataInput,
  IdentifyMetadataInput,
  ScanMetadataInput,
} from './__generated__/schemaTypes.js';
import { adaptRequest, type UnsupportedInputPolicy } from './adaptRequest.js';
import { type AttemptRecord, createAttemptFetch } from './attemptFetch.js';
import { classifyResult, toErrorDetails } from './classifyResult.js';
import { type BatchOperation, type BatchOptions, type BatchResult, executeBatch } from './executeBatch.js';
import { checkVariables, operationInfo } from './operationInfo.js';
import { PROBE_DOCUMENT } from './probeDocument.js';
import { REDACTED } from './redact.js';
import type { RequestOptions, SubscriptionOptions } from './requestOptions.js';
import { DEFAULT_RETRY, type OperationKind, type RetryOptions } from './retryPolicy.js';
import { StashCapabilities } from './StashCapabilities.js';
import { StashAbortError, type StashError, StashExecutionError, StashInputError } from './StashError.js';
import { type StashLogger, silentLogger } from './StashLogger.js';
import { stripTypename } from './stripTypename.js';
import { createSubscriptionTransport, type SubscriptionTransport } from './subscriptionTransport.js';
import { toSubscriptionError } from './toSubscriptionError.js';
import { type WaitForJobOptions, waitForJob } from './waitForJob.js';

export interface StashClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:9999/graphql. */
  url: string;
  /** Sent only in the `ApiKey` header; never logged or shown. */
  apiKey?: string;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
  /** Per-attempt timeout. Default 30000. */
  timeoutMs?: number;
  retry?: RetryOptions;
  logger?: StashLogger;
  /**
   * Probe the server once (version, appSchema, introspection) and fit every request to its schema: selections it
   * lacks are dropped, operations and inputs it lacks are refused with StashCapabilityError. Default true.
   */
  adaptToServer?: boolean;
  /** With adaptToServer: 'drop' sends requests without the input fields the server lacks instead. Default 'error'. */
  unsupportedInput?: UnsupportedInputPolicy;
}

/** The outcome of one request without throwing; used where partial results matter (batches). */
export interface ExecuteResult<TData> {
  data: TData | null | undefined;
  error?: StashError;
}

interface RequestState {
  kind: OperationKind;
  startedAt: number;
  records: AttemptRecord[];
  retryable: (error: StashError) => boolean;
}

let nextKey = 1;

export class StashClient extends StashOperations {
  readonly url: string;
  readonly wsUrl: string;
  readonly timeoutMs: number;
  readonly retry: Required<RetryOptions>;
  readonly #apiKey: string | undefined;
  readonly #headers: Record<string, string>;
  readonly #fetch: typeof fetch;
  readonly #logger: StashLogger;
  readonly #urql: Client;
  #ws: SubscriptionTransport | undefined;
  readonly #adapt: boolean;
  readonly #unsupportedInput: UnsupportedInputPolicy;
  #capabilities: Promise<StashCapabilities> | undefined;

  constructor(options: StashClientOptions) {
    super();
    const url = parseEndpoint(options.url);
    this.url = url.href;
    this.wsUrl = url.href.replace(/^http/, 'ws');
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    if (this.retry.maxAttempts < 1) throw new StashInputError('retry.maxAttempts must be at least 1');
    const userHeaders = { ...options.headers };
    // A key passed as a header is still a secret; treat it as apiKey.
    const headerKey = Object.keys(userHeaders).find((k) => k.toLowerCase() === 'apikey');
    this.#apiKey = options.apiKey ?? (headerKey ? userHeaders[headerKey] : undefined);
    if (headerKey) delete userHeaders[headerKey];
    this.#headers = {
      ...userHeaders,
      // Stash (gqlgen) negotiates on this: GraphQL-over-HTTP responses first (invalid documents are a 400 with
      // the validation errors in the body), plain JSON as the fallback.
      accept: 'application/graphql-response+json, application/json',
      ...(this.#apiKey ? { ApiKey: this.#apiKey } : {}),
    };
    this.#fetch = options.fetch ?? globalThis.fetch;
    this.#logger = options.logger ?? silentLogger;
    this.#adapt = options.adaptToServer ?? true;
    this.#unsupportedInput = options.unsupportedInput ?? 'error';
    const r = this.retry;
    this.#urql = new Client({
      url: this.url,
      // No document cache: the store layer owns caching.
      exchanges: [
        retryExchange({
          initialDelayMs: r.initialDelayMs,
          maxDelayMs: r.maxDelayMs,
          maxNumberAttempts: r.maxAttempts,
          randomDelay: true,
          retryIf: (error, operation) => {
            const state = operation.context.stash as RequestState;
            const classified = classifyResult({ data: undefined, error }, state.records.at(-1), this.#apiKey);
            const inBudget = Date.now() - state.startedAt < r.maxElapsedMs;
            const retry = !!classified && inBudget && state.retryable(classified);
            if (retry)
              this.#logger.warn('stash retrying', { attempt: state.records.length, error: classified.message });
            return retry;
          },
        }),
        fetchExchange,
      ],
      requestPolicy: 'network-only',
      preferGetMethod: false,
    });
  }

  /**
   * What this server supports, probed once per client with one request and cached; concurrent first calls share it.
   * A failed probe is not cached, so the next call tries again.
   */
  capabilities(options?: RequestOptions): Promise<StashCapabilities> {
    if (!this.#capabilities) {
      // Shared by every caller, so it runs without any one caller's signal; each caller may still abort its wait.
      const probe = this.#send(PROBE_DOCUMENT, {}, 'query', 'StashCapabilities', {
        timeoutMs: options?.timeoutMs,
      }).then(({ data, error }) => {
        if (error) throw error;
        const d = data as {
          version: { version: string | null };
          systemStatus: { appSchema: number | null };
        } & IntrospectionQuery;
        return new StashCapabilities({
          version: d.version.version ?? 'unknown',
          appSchema: d.systemStatus?.appSchema ?? null,
          introspection: { __schema: d.__schema },
        });
      });
      this.#capabilities = probe;
      probe.catch(() => {
        if (this.#capabilities === probe) this.#capabilities = undefined;
      });
    }
    return abortable(this.#capabilities, options?.signal);
  }

  /** Runs any typed document and returns its `data`, or throws a StashError. */
  async request<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    options?: RequestOptions,
  ): Promise<TData> {
    const { data, error } = await this.execute(document, variables, options);
    if (error) throw error;
    return data as TData;
  }

  /**
   * Like `request`, but resolves with `{ data, error }` so partial data and the error arrive together.
   * Variables are checked against the document and stripped of `__typename` before sending.
   */
  async execute<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables> | DocumentNode,
    variables?: TVariables,
    options?: RequestOptions & { retryable?: (error: StashError, kind: OperationKind) => boolean },
  ): Promise<ExecuteResult<TData>> {
    const info = operationInfo(document);
    if (info.kind === 'subscription') throw new StashInputError(`${info.name} is a subscription: use subscribe()`);
    checkVariables(info, variables);
    if (options?.signal?.aborted) throw new StashAbortError({ cause: options.signal.reason });
    const prepared = await this.#prepare(document, variables, options);
    return this.#send(prepared.document, prepared.variables, info.kind, info.name, options);
  }

  /** What goes on the wire: inputs without `__typename`, fitted to the server's schema unless adaptation is off. */
  async #prepare(document: DocumentNode, variables: Record<string, unknown> | undefined, options?: RequestOptions) {
    const stripped = stripTypename(variables ?? {});
    if (!this.#adapt) return { document, variables: stripped };
    const caps = await this.capabilities(options);
    return adaptRequest(caps, document, stripped, this.#unsupportedInput, (coordinate) =>
      this.#logger.warn('stash dropped unsupported input', { coordinate, serverVersion: caps.version }),
    );
  }

  async #send<TData>(
    document: DocumentNode,
    variables: Record<string, unknown>,
    kind: OperationKind,
    name: string,
    options?: RequestOptions & { retryable?: (error: StashError, kind: OperationKind) => boolean },
  ): Promise<ExecuteResult<TData>> {
    const retryIf = options?.retryable ?? this.retry.retryIf;
    const state: RequestState = {
      kind,
      startedAt: Date.now(),
      records: [],
      retryable: (e) => retryIf(e, kind),
    };
    const headers = this.#headers;
    const context: Partial<OperationContext> = {
      requestPolicy: 'network-only',
      fetchOptions: () => ({ headers }),
      fetch: createAttemptFetch({
        fetch: this.#fetch,
        timeoutMs: options?.timeoutMs ?? this.timeoutMs,
        signal: options?.signal,
        records: state.records,
        logger: this.#logger,
        operationName: name,
        secret: this.#apiKey,
      }),
      stash: state,
    };
    // A unique key per call: urql would otherwise share in-flight operations with equal documents and variables,
    // and one caller's abort would end another's request.
    const request = { ...createRequest(canonicalDocument(document), variables), key: nextKey++ };
    const operation = this.#urql.createRequestOperation(kind === 'mutation' ? 'mutation' : 'query', request, context);
    const aborted = makeSubject<void>();
    const onAbort = () => aborted.next();
    options?.signal?.addEventListener('abort', onAbort);
    try {
      const result: OperationResult | undefined = await pipe(
        this.#urql.executeRequestOperation(operation),
        takeUntil(aborted.source),
        take(1),
        toPromise,
      );
      if (!result) throw new StashAbortError({ cause: options?.signal?.reason });
      const error = classifyResult(result, state.records.at(-1), this.#apiKey);
      if (error) error.operationName = name;
      return { data: result.data as TData | null | undefined, error };
    } finally {
      options?.signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Subscribes over graphql-ws; the iterator ends cleanly on `break`, `return()` or the signal. */
  async *subscribe<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    options?: SubscriptionOptions,
  ): AsyncIterableIterator<TData> {
    const info = operationInfo(document);
    if (info.kind !== 'subscription') throw new StashInputError(`${info.name} is a ${info.kind}: use request()`);
    checkVariables(info, variables);
    if (options?.signal?.aborted) return;
    const prepared = await this.#prepare(document, variables, options);
    const transport = this.#subscriptions();
    const iterator = transport.client.iterate<TData>({
      query: print(prepared.document),
      variables: prepared.variables,
      operationName: info.name,
    });
    const stop = () => void iterator.return?.();
    options?.signal?.addEventListener('abort', stop);
    try {
      for (;;) {
        let step: IteratorResult<{ data?: TData | null; errors?: readonly { message: string }[] }>;
        try {
          step = await iterator.next();
        } catch (e) {
          throw toSubscriptionError(Array.isArray(e) ? e : (transport.lastSocketError() ?? e), this.#apiKey);
        }
        if (step.done || options?.signal?.aborted) return;
        if (step.value.errors?.length)
          throw new StashExecutionError(toErrorDetails(step.value.errors), step.value.data);
        yield step.value.data as TData;
      }
    } finally {
      options?.signal?.removeEventListener('abort', stop);
      await iterator.return?.();
    }
  }

  /** Job status updates (ADD, UPDATE, REMOVE with the final status); the same stream as `jobsSubscribe()`. */
  subscribeJobs(options?: SubscriptionOptions) {
    return this.jobsSubscribe(undefined, options);
  }

  /** Log entries as Stash writes them; the same stream as `loggingSubscribe()`. */
  subscribeLogs(options?: SubscriptionOptions) {
    return this.loggingSubscribe(undefined, options);
  }

  /** One event per finished scan; the same stream as `scanCompleteSubscribe()`. */
  subscribeScanComplete(options?: SubscriptionOptions) {
    return this.scanCompleteSubscribe(undefined, options);
  }

  /** Resolves with the finished job; rejects with StashJobError on FAILED or CANCELLED. Never hangs on ended jobs. */
  waitForJob(jobId: string, options?: WaitForJobOptions): Promise<JobDataFragment> {
    return waitForJob(this, jobId, options);
  }

  /** Starts a job (any mutation resolving to a job id) and waits for it. */
  async runJob(start: () => Promise<string>, options?: WaitForJobOptions): Promise<JobDataFragment> {
    return this.waitForJob(await start(), options);
  }

  /** metadataScan, then wait. */
  scan(input: ScanMetadataInput, options?: WaitForJobOptions) {
    return this.runJob(() => this.metadataScan({ input }, options), options);
  }

  /** metadataGenerate, then wait. */
  generate(input: GenerateMetadataInput, options?: WaitForJobOptions) {
    return this.runJob(() => this.metadataGenerate({ input }, options), options);
  }

  /** metadataAutoTag, then wait. */
  autoTag(input: AutoTagMetadataInput, options?: WaitForJobOptions) {
    return this.runJob(() => this.metadataAutoTag({ input }, options), options);
  }

  /** metadataClean, then wait. */
  clean(input: CleanMetadataInput, options?: WaitForJobOptions) {
    return this.runJob(() => this.metadataClean({ input }, options), options);
  }

  /** metadataIdentify, then wait. */
  identify(input: IdentifyMetadataInput, options?: WaitForJobOptions) {
    return this.runJob(() => this.metadataIdentify({ input }, options), options);
  }

  /** Sends many mutations as aliased multi-field documents, `chunkSize` per request. */
  executeBatch<K extends MutationName>(
    operations: readonly BatchOperation<K>[],
    options?: BatchOptions,
  ): Promise<BatchResult<K>> {
    return executeBatch((doc, vars, opts) => this.execute(doc, vars, opts), this.retry, operations, options);
  }

  /** Closes the subscription socket, if one was opened. HTTP requests need no cleanup. */
  async close(): Promise<void> {
    const ws = this.#ws;
    this.#ws = undefined;
    // graphql-ws's dispose() awaits a connection attempt still under way and rejects with its close event when that
    // attempt fails (an upgrade a proxy refuses): the subscriptions already got that error, closing is still done.
    await Promise.resolve(ws?.client.dispose()).catch(() => undefined);
  }

  protected runField<K extends OperationName>(
    name: K,
    variables: OperationMap[K]['variables'] | undefined,
    options?: RequestOptions,
  ): Promise<unknown> {
    return this.request(
      OPERATIONS[name].document as TypedDocumentNode<Record<string, unknown>, never>,
      variables as never,
      options,
    ).then((data) => data[name]);
  }

  protected async *subscribeField<K extends OperationName>(
    name: K,
    variables: OperationMap[K]['variables'] | undefined,
    options?: SubscriptionOptions,
  ): AsyncIterableIterator<unknown> {
    const document = OPERATIONS[name].document as TypedDocumentNode<Record<string, unknown>, never>;
    for await (const data of this.subscribe(document, variables as never, options)) yield data[name];
  }

  #subscriptions(): SubscriptionTransport {
    if (!this.#ws) {
      this.#ws = createSubscriptionTransport({
        wsUrl: this.wsUrl,
        headers: { ...this.#headers },
        logger: this.#logger,
        retryAttempts: this.retry.maxAttempts,
        initialDelayMs: this.retry.initialDelayMs,
        maxDelayMs: this.retry.maxDelayMs,
      });
    }
    return this.#ws;
  }

  /** Shows where the client points, never its key. */
  [inspect.custom](): string {
    return `StashClient { url: '${this.url}', apiKey: ${this.#apiKey ? `'${REDACTED}'` : 'none'} }`;
  }

  toJSON(): Record<string, unknown> {
    return { url: this.url, apiKey: this.#apiKey ? REDACTED : undefined };
  }
}

function parseEndpoint(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new StashInputError(`Invalid Stash URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new StashInputError(`Stash URL must be http(s), got ${url.protocol}`);
  }
  // Keys in URLs end up in proxy and server logs.
  if (url.username || url.password || [...url.searchParams.keys()].some((k) => /api_?key|token/i.test(k))) {
    throw new StashInputError('Do not put credentials in the Stash URL: pass apiKey instead');
  }
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/graphql';
  return url;
}

/** Waits for a shared promise, but lets one caller stop waiting. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new StashAbortError({ cause: signal.reason }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new StashAbortError({ cause: signal.reason }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

// urql keeps every document object it is given in a module-level map for good. Batches and adapted requests build
// new document objects, so hand urql one object per distinct query text instead of one per request.
const byText = new Map<string, DocumentNode>();
const canonical = new WeakMap<DocumentNode, DocumentNode>();
function canonicalDocument(document: DocumentNode): DocumentNode {
  let found = canonical.get(document);
  if (!found) {
    const text = print(document);
    found = byText.get(text) ?? document;
    byText.set(text, found);
    canonical.set(document, found);
  }
  return found;
}
