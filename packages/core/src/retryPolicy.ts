import { checkNumber, DELAY_MS } from './checkOption.js';
import { type StashError, StashInputError } from './StashError.js';

export type OperationKind = 'query' | 'mutation' | 'subscription';

export interface RetryOptions {
  /** Attempts in all, the first included. 1 disables retries. Default 4. */
  maxAttempts?: number | undefined;
  /** First backoff delay; each later one grows by a random factor of 1.5-2.5 (jitter). Default 250. */
  initialDelayMs?: number | undefined;
  /** Cap on one delay. Default 5000. */
  maxDelayMs?: number | undefined;
  /** No retry starts after this much time since the first attempt. Default 30000. */
  maxElapsedMs?: number | undefined;
  /** Decides whether an error may be retried; defaults to `defaultRetryPolicy`. */
  retryIf?: ((error: StashError, kind: OperationKind) => boolean) | undefined;
}

/**
 * Queries retry on connection errors, 502/503/504 and "database is locked". Mutations retry only when resending
 * cannot apply them twice: "database is locked" (the transaction rolled back) or a connection that provably never
 * reached the server. Never after a timeout or a reset.
 */
export function defaultRetryPolicy(error: StashError, kind: OperationKind): boolean {
  if (error.kind === 'database-locked') return true;
  if (kind === 'query') return error.kind === 'connection' || (error.kind === 'http' && error.transient);
  if (kind === 'mutation')
    return error.kind === 'connection' && 'reachedServer' in error && error.reachedServer === false;
  return false;
}

export const DEFAULT_RETRY: Required<RetryOptions> = {
  maxAttempts: 4,
  initialDelayMs: 250,
  maxDelayMs: 5000,
  maxElapsedMs: 30_000,
  retryIf: defaultRetryPolicy,
};

/** The client's retry settings: the defaults with the user's options over them, each checked before any request. */
export function resolveRetry(options: RetryOptions | undefined): Required<RetryOptions> {
  // An option given as undefined means the default, as elsewhere.
  const given = Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined));
  const r: Required<RetryOptions> = { ...DEFAULT_RETRY, ...given };
  checkNumber('retry.maxAttempts', r.maxAttempts, { min: 1, max: 100, integer: true });
  checkNumber('retry.initialDelayMs', r.initialDelayMs, DELAY_MS);
  checkNumber('retry.maxDelayMs', r.maxDelayMs, DELAY_MS);
  checkNumber('retry.maxElapsedMs', r.maxElapsedMs, { min: 0, infinite: true });
  if (typeof r.retryIf !== 'function')
    throw new StashInputError('retry.retryIf must be a function (error, kind) => boolean');
  return r;
}
