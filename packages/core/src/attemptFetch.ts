import { redactHeaders, redactValue, scrubSecret } from './redact.js';
import { StashAbortError, StashConnectionError, type StashError, StashTimeoutError } from './StashError.js';
import { type StashLogger, silentLogger } from './StashLogger.js';
import type { WriteScheduler } from './WriteScheduler.js';

/** What one HTTP attempt did, read back when classifying the result and deciding on a retry. */
export interface AttemptRecord {
  status?: number;
  body?: string;
  error?: StashError;
}

export interface AttemptFetchOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  signal?: AbortSignal;
  records: AttemptRecord[];
  logger: StashLogger;
  operationName: string;
  secret?: string;
  /** Mutations wait here for a slot before each attempt; the timeout starts once the slot is granted. */
  scheduler?: WriteScheduler;
}

// Codes for failures before the request left this machine: resending cannot apply a mutation twice.
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);

function errorCode(e: unknown): string | undefined {
  for (let cur = e as { code?: unknown; cause?: unknown; errors?: unknown[] } | undefined, i = 0; cur && i < 5; i++) {
    if (typeof cur.code === 'string') return cur.code;
    const inner = Array.isArray(cur.errors) ? cur.errors[0] : undefined;
    cur = (cur.cause ?? inner) as typeof cur;
  }
  return undefined;
}

export function toConnectionError(e: unknown, phase: 'connect' | 'body'): StashConnectionError {
  const code = errorCode(e);
  const reached = phase === 'body' ? true : code && NEVER_SENT.has(code) ? false : 'unknown';
  const what =
    code === 'ECONNREFUSED'
      ? 'connection refused'
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
        ? 'host not found (DNS)'
        : code === 'ECONNRESET' || code === 'UND_ERR_SOCKET'
          ? 'connection reset'
          : (e as Error)?.message || 'network failure';
  return new StashConnectionError(`Could not talk to Stash: ${what}${code ? ` (${code})` : ''}`, code, reached, {
    cause: e,
  });
}

/** One HTTP POST of a GraphQL request. */
export interface AttemptRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** The variables as sent, for the debug log (redacted there). */
  variables: Record<string, unknown>;
}

/**
 * Sends one attempt of a logical request. It owns timeout and abort, waits for a write slot first when given a
 * scheduler, reads the whole body itself (so a reset or a stall mid-body is classified here too), and records the
 * attempt for the classifier: it resolves with the record and never throws, `record.error` says what failed.
 */
export function createAttempt(o: AttemptFetchOptions): (request: AttemptRequest) => Promise<AttemptRecord> {
  // Building the debug details (redacted copies of headers and variables) costs; skip it when nobody listens.
  const logging = o.logger.debug !== silentLogger.debug;
  return async (request) => {
    const record: AttemptRecord = {};
    o.records.push(record);
    const attempt = o.records.length;
    if (o.signal?.aborted) {
      record.error = new StashAbortError({ cause: o.signal.reason });
      return record;
    }
    let release: (() => void) | undefined;
    try {
      release = await o.scheduler?.acquire(o.signal);
    } catch (e) {
      record.error = e as StashError;
      return record;
    }
    const controller = new AbortController();
    let timedOut = false;
    const abort = () => controller.abort();
    o.signal?.addEventListener('abort', abort);
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, o.timeoutMs);
    const started = Date.now();
    if (logging) {
      o.logger.debug('stash request', {
        operation: o.operationName,
        attempt,
        url: request.url,
        headers: redactHeaders(request.headers),
        variables: redactValue(request.variables),
      });
    }
    let phase: 'connect' | 'body' = 'connect';
    try {
      const res = await o.fetch(request.url, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
        signal: controller.signal,
      });
      phase = 'body';
      const text = await res.text();
      record.status = res.status;
      record.body = text;
      if (logging) {
        o.logger.debug('stash response', {
          operation: o.operationName,
          attempt,
          status: res.status,
          ms: Date.now() - started,
          body: scrubSecret(text.slice(0, 500), o.secret),
        });
      }
    } catch (e) {
      record.error = timedOut
        ? new StashTimeoutError(o.timeoutMs)
        : o.signal?.aborted
          ? new StashAbortError({ cause: o.signal.reason })
          : toConnectionError(e, phase);
      o.logger.debug('stash request failed', { operation: o.operationName, attempt, error: record.error.message });
    } finally {
      release?.();
      clearTimeout(timer);
      o.signal?.removeEventListener('abort', abort);
    }
    return record;
  };
}
