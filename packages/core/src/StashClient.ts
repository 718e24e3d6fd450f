import { inspect } from 'node:util';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, print } from 'graphql';
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
import { abortable } from './abortable.js';
import { adaptRequest, type UnsupportedInputPolicy } from './adaptRequest.js';
import { brand, hasBrand } from './brand.js';
import { checkNumber, TIMER_MS } from './checkOption.js';
import { malformed } from './checkResponse.js';
import { toErrorDetails } from './classifyResult.js';
import { type BatchOperation, type BatchOptions, type BatchResult, executeBatch } from './executeBatch.js';
import { checkVariables, operationInfo } from './operationInfo.js';
import { parseEndpoint } from './parseEndpoint.js';
import { PROBE_DOCUMENT, readProbe } from './probeDocument.js';
import { REDACTED, scrubError } from './redact.js';
import type { RequestOptions, SubscriptionOptions } from './requestOptions.js';
import { createRequestPipeline, type ExecuteResult, type Send } from './requestPipeline.js';
import { type OperationKind, type RetryOptions, resolveRetry } from './retryPolicy.js';
import type { StashCapabilities } from './StashCapabilities.js';
import { StashAbortError, type StashError, StashExecutionError, StashInputError } from './StashError.js';
import { type StashLogger, silentLogger } from './StashLogger.js';
import { stripTypename } from './stripTypename.js';
import { createSubscriptionTransport, type SubscriptionTransport } from './subscriptionTransport.js';
import { toSubscriptionError } from './toSubscriptionError.js';
import { WriteScheduler } from './WriteScheduler.js';
import { checkWaitForJobOptions, type WaitForJobOptions, waitForJob } from './waitForJob.js';

/** Mutation attempts in flight per client by default; measured against Stash v0.30.1 (see docs/parallel-writers.md). */
export const DEFAULT_WRITE_CONCURRENCY = 2;

export interface StashClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:9999/graphql. */
  url: string;
  /** Sent only in the `ApiKey` header; never logged or shown. */
  apiKey?: string | undefined;
  headers?: Record<string, string> | undefined;
  fetch?: typeof fetch | undefined;
  /** Per-attempt timeout in ms (1 to 2147483647). Default 30000. */
  timeoutMs?: number | undefined;
  retry?: RetryOptions | undefined;
  logger?: StashLogger | undefined;
  /**
   * Probe the server once (version, appSchema, introspection) and fit every request to its schema: selections it
   * lacks are dropped, operations and inputs it lacks are refused with StashCapabilityError. Default true.
   */
  adaptToServer?: boolean | undefined;
  /** With adaptToServer: 'drop' sends requests without the input fields the server lacks instead. Default 'error'. */
  unsupportedInput?: UnsupportedInputPolicy | undefined;
  /**
   * Mutation requests in flight at once from this client, whatever the number of tasks using it; the rest queue in
   * order. Queries never wait for it. An integer ≥ 1, or Infinity for no limit. Default DEFAULT_WRITE_CONCURRENCY.
   */
  writeConcurrency?: number | undefined;
  /**
   * Share one write queue with every other client in this process that sets `shareWrites` for the same URL (for
   * tools that build one client per task). They must agree on writeConcurrency. Default false.
   */
  shareWrites?: boolean | undefined;
}

export type { ExecuteResult };

export class StashClient extends StashOperations {
  /** True for clients from any copy of this package (ESM and CommonJS builds side by side); see brand.ts. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class right of `instanceof`, a subclass included
    return hasBrand(this, value);
  }
  readonly url: string;
  readonly wsUrl: string;
  readonly timeoutMs: number;
  readonly retry: Required<RetryOptions>;
  readonly #apiKey: string | undefined;
  readonly #headers: Record<string, string>;
  readonly #logger: StashLogger;
  readonly #send: Send;
  #ws: SubscriptionTransport | undefined;
  readonly #adapt: boolean;
  readonly #unsupportedInput: UnsupportedInputPolicy;
  #capabilities: Promise<StashCapabilities> | undefined;
  /** The queue every mutation attempt of this client waits in. */
  readonly writes: WriteScheduler;

  constructor(options: StashClientOptions) {
    super();
    const url = parseEndpoint(options.url);
    this.url = url.href;
    this.wsUrl = url.href.replace(/^http/, 'ws');
    checkNumber('timeoutMs', options.timeoutMs, TIMER_MS);
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retry = resolveRetry(options.retry);
    if (options.fetch !== undefined && typeof options.fetch !== 'function') {
      throw new StashInputError('fetch must be a function like globalThis.fetch');
    }
    const writeConcurrency = options.writeConcurrency ?? DEFAULT_WRITE_CONCURRENCY;
    this.writes = options.shareWrites
      ? WriteScheduler.forUrl(this.url, writeConcurrency)
      : new WriteScheduler(writeConcurrency);
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
    this.#logger = options.logger ?? silentLogger;
    this.#adapt = options.adaptToServer ?? true;
    this.#unsupportedInput = options.unsupportedInput ?? 'error';
    this.#send = createRequestPipeline({
      url: this.url,
      headers: this.#headers,
      fetch: options.fetch ?? globalThis.fetch,
      logger: this.#logger,
      secret: this.#apiKey,
      timeoutMs: this.timeoutMs,
      retry: this.retry,
      writes: this.writes,
    });
  }

  /**
   * What this server supports, probed once per client with one request and cached; concurrent first calls share it.
   * A failed probe is not cached, so the next call tries again.
   */
  capabilities(options?: RequestOptions): Promise<StashCapabilities> {
    try {
      checkNumber('timeoutMs', options?.timeoutMs, TIMER_MS);
    } catch (e) {
      return Promise.reject(e);
    }
    if (!this.#capabilities) {
      // Shared by every caller, so it runs without any one caller's signal; each caller may still abort its wait.
      const probe = this.#send(PROBE_DOCUMENT, {}, 'query', 'StashCapabilities', {
        timeoutMs: options?.timeoutMs,
      }).then(({ data, error, record }) => {
        if (error) throw error;
        const caps = readProbe(data as Record<string, unknown>);
        if ('problem' in caps) throw scrubError(malformed(caps.problem, record, this.#apiKey), this.#apiKey);
        return caps;
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
    options?: RequestOptions & { retryable?: ((error: StashError, kind: OperationKind) => boolean) | undefined },
  ): Promise<ExecuteResult<TData>> {
    const info = operationInfo(document);
    if (info.kind === 'subscription') throw new StashInputError(`${info.name} is a subscription: use subscribe()`);
    checkVariables(info, variables);
    checkNumber('timeoutMs', options?.timeoutMs, TIMER_MS);
    if (options?.signal?.aborted) throw new StashAbortError({ cause: options.signal.reason });
    const prepared = await this.#prepare(document, variables, options);
    const { data, error } = await this.#send<TData>(prepared.document, prepared.variables, info.kind, info.name, {
      ...options,
      schema: prepared.caps?.schema,
    });
    return { data, error };
  }

  /** What goes on the wire: inputs without `__typename`, fitted to the server's schema unless adaptation is off. */
  async #prepare(document: DocumentNode, variables: Record<string, unknown> | undefined, options?: RequestOptions) {
    const stripped = stripTypename(variables ?? {});
    if (!this.#adapt) return { document, variables: stripped, caps: undefined };
    const caps = await this.capabilities(options);
    const adapted = adaptRequest(caps, document, stripped, this.#unsupportedInput, (coordinate) =>
      this.#logger.warn('stash dropped unsupported input', { coordinate, serverVersion: caps.version }),
    );
    return { ...adapted, caps };
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
        let step: IteratorResult<{
          data?: TData | null | undefined;
          errors?: readonly { message: string }[] | undefined;
        }>;
        try {
          step = await iterator.next();
        } catch (e) {
          const error = toSubscriptionError(Array.isArray(e) ? e : (transport.lastSocketError() ?? e), this.#apiKey);
          throw scrubError(error, this.#apiKey);
        }
        if (step.done || options?.signal?.aborted) return;
        if (step.value.errors?.length) {
          throw scrubError(new StashExecutionError(toErrorDetails(step.value.errors), step.value.data), this.#apiKey);
        }
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
    // A job's error text comes from the server and may echo anything, the key included.
    return waitForJob(this, jobId, options).catch((e: unknown) => {
      throw scrubError(e, this.#apiKey);
    });
  }

  /** Starts a job (any mutation resolving to a job id) and waits for it. */
  async runJob(start: () => Promise<string>, options?: WaitForJobOptions): Promise<JobDataFragment> {
    // Bad wait options must not start a job that nobody then follows.
    checkWaitForJobOptions(options);
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
    try {
      // Checked here, or every chunk would fail with it one by one.
      checkNumber('timeoutMs', options?.timeoutMs, TIMER_MS);
    } catch (e) {
      return Promise.reject(e);
    }
    return executeBatch((doc, vars, opts) => this.execute(doc, vars, opts), this.retry, operations, options);
  }

  /**
   * Closes the subscription socket, if one was opened, and ends every subscription. Always resolves, whatever the
   * socket did (never opened, refused, closed by the server). HTTP requests need no cleanup.
   */
  async close(): Promise<void> {
    const ws = this.#ws;
    this.#ws = undefined;
    await ws?.close();
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
        maxAttempts: this.retry.maxAttempts,
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

brand(StashClient, 'core/StashClient');
