import type { OperationResult } from '@urql/core';
import type { AttemptRecord } from './attemptFetch.js';
import { bodyExcerpt, malformed } from './checkResponse.js';
import { scrubSecret } from './redact.js';
import {
  StashAuthError,
  StashDatabaseLockedError,
  type StashError,
  StashExecutionError,
  type StashGraphQLErrorDetail,
  StashHttpError,
  StashValidationError,
} from './StashError.js';

const VALIDATION_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);
const DATABASE_LOCKED = /database is locked/i;

export const isDatabaseLocked = (message: string) => DATABASE_LOCKED.test(message);

export function toErrorDetails(errors: readonly { message: string; path?: unknown; extensions?: unknown }[]) {
  return errors.map(
    (e): StashGraphQLErrorDetail => ({
      message: e.message,
      ...(Array.isArray(e.path) && e.path.length ? { path: e.path as (string | number)[] } : {}),
      ...(e.extensions && Object.keys(e.extensions).length
        ? { extensions: e.extensions as Record<string, unknown> }
        : {}),
    }),
  );
}

/** Turns one finished attempt into our error hierarchy, or undefined when it succeeded. */
export function classifyResult(
  result: Pick<OperationResult, 'data' | 'error'>,
  record: AttemptRecord | undefined,
  secret: string | undefined,
): StashError | undefined {
  if (record?.error) return record.error;
  if (!result.error) return undefined;
  const status = record?.status ?? result.error.response?.status ?? 0;
  const excerpt = bodyExcerpt(record, secret);
  if (status === 401 || status === 403) return new StashAuthError(status, excerpt, secret !== undefined);
  const gql = result.error.graphQLErrors;
  const isValidation = gql.some((e) => VALIDATION_CODES.has(String(e.extensions?.code)));
  if (status === 422 || isValidation || (status === 400 && gql.length)) {
    return new StashValidationError(
      gql.length ? gql.map((e) => scrubSecret(e.message, secret)) : [excerpt || `HTTP ${status}`],
      status,
    );
  }
  if (status < 200 || status >= 300) return new StashHttpError(`Stash answered HTTP ${status}`, status, excerpt);
  if (result.error.networkError) return malformed('a body that is not GraphQL JSON', record, secret);
  if (gql.length === 0) return malformed('an empty error list and no data', record, secret);
  if (gql.some((e) => typeof e.message !== 'string')) return malformed('errors without a message', record, secret);
  const details = toErrorDetails(gql);
  if (details.some((e) => isDatabaseLocked(e.message)))
    return new StashDatabaseLockedError(details, result.data ?? null);
  return new StashExecutionError(details, result.data ?? null);
}
