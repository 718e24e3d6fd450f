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

interface WireError {
  message: unknown;
  path?: unknown;
  extensions?: { code?: unknown } & Record<string, unknown>;
}

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

function parse(text: string | undefined): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads one answered attempt: its `data`, and the error in our hierarchy when it failed. The HTTP status decides
 * first (auth, validation, other non-2xx), then the GraphQL body. A body that is not a GraphQL response object is
 * a StashMalformedResponseError.
 */
export function classifyResponse(
  record: AttemptRecord,
  secret: string | undefined,
): { data: unknown; error?: StashError } {
  const status = record.status ?? 0;
  const body = parse(record.body) as { data?: unknown; errors?: unknown } | undefined;
  const excerpt = bodyExcerpt(record, secret);
  const graphql = body !== null && typeof body === 'object' && !Array.isArray(body);
  const errors = graphql && Array.isArray(body.errors) ? (body.errors as WireError[]) : [];
  const data = graphql ? body.data : undefined;
  if (status === 401 || status === 403)
    return { data, error: new StashAuthError(status, excerpt, secret !== undefined) };
  const isValidation = errors.some((e) => VALIDATION_CODES.has(String(e?.extensions?.code)));
  if (status === 422 || isValidation || (status === 400 && errors.length)) {
    const messages = errors.length
      ? errors.map((e) => scrubSecret(String(e?.message), secret))
      : [excerpt || `HTTP ${status}`];
    return { data, error: new StashValidationError(messages, status) };
  }
  if (status < 200 || status >= 300)
    return { data, error: new StashHttpError(`Stash answered HTTP ${status}`, status, excerpt) };
  if (!graphql || !('data' in body || Array.isArray(body.errors))) {
    return { data: undefined, error: malformed('a body that is not GraphQL JSON', record, secret) };
  }
  if (!errors.length) {
    if (Array.isArray(body.errors) && data == null)
      return { data, error: malformed('an empty error list and no data', record, secret) };
    return { data };
  }
  if (errors.some((e) => typeof e?.message !== 'string')) {
    return { data, error: malformed('errors without a message', record, secret) };
  }
  const details = toErrorDetails(errors as { message: string }[]);
  if (details.some((e) => isDatabaseLocked(e.message)))
    return { data, error: new StashDatabaseLockedError(details, data ?? null) };
  return { data, error: new StashExecutionError(details, data ?? null) };
}
