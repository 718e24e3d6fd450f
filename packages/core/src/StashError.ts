/**
 * One error hierarchy for everything the client can fail with. `kind` is a stable discriminant for callers that
 * prefer switching over `instanceof` (e.g. across duplicated package copies).
 */
import { brand, hasBrand } from './brand.js';

export type StashErrorKind =
  | 'input'
  | 'connection'
  | 'timeout'
  | 'abort'
  | 'http'
  | 'auth'
  | 'validation'
  | 'execution'
  | 'database-locked'
  | 'capability'
  | 'job';

export abstract class StashError extends Error {
  /** True for errors from any copy of this package (ESM and CommonJS builds, duplicate installs); see brand.ts. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class right of `instanceof`, a subclass included
    return hasBrand(this, value);
  }
  abstract readonly kind: StashErrorKind;
  /** True when the same request may succeed if sent again later. */
  readonly transient: boolean = false;
  /** Root operation name, when known. */
  operationName?: string;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad input caught before any request was sent. */
export class StashInputError extends StashError {
  readonly kind = 'input';
  constructor(
    message: string,
    /** What would have been valid, when it can be listed. */
    readonly valid?: readonly string[],
  ) {
    super(valid?.length ? `${message}. Valid: ${valid.join(', ')}` : message);
  }
}

/**
 * The server could not be reached or the connection broke. `reachedServer` is false only when the request
 * provably never left (refused, DNS): only then is a mutation safe to resend.
 */
export class StashConnectionError extends StashError {
  readonly kind = 'connection';
  override readonly transient = true;
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly reachedServer: boolean | 'unknown',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class StashTimeoutError extends StashError {
  readonly kind = 'timeout';
  override readonly transient = true;
  constructor(
    readonly timeoutMs: number,
    message = `Stash did not answer within ${timeoutMs} ms`,
  ) {
    super(message);
  }
}

/** `waitForJob` gave up: Stash answered, but the job had not ended within `timeoutMs`. The job keeps running. */
export class StashJobTimeoutError extends StashTimeoutError {
  constructor(
    timeoutMs: number,
    readonly jobId: string,
    /** The job's status when the wait gave up (`UNKNOWN` if it was never seen). */
    readonly status: string,
    /** The job as last seen, when known. */
    readonly job?: unknown,
  ) {
    super(
      timeoutMs,
      `Job ${jobId} did not finish within ${timeoutMs} ms (last status: ${status}); it may still be running on Stash`,
    );
  }
}

export class StashAbortError extends StashError {
  readonly kind = 'abort';
  constructor(options?: { cause?: unknown }) {
    super('The request was aborted', options);
  }
}

export class StashHttpError extends StashError {
  readonly kind: 'http' | 'auth' = 'http';
  constructor(
    message: string,
    readonly status: number,
    /** The first 500 characters of the response body. */
    readonly bodyExcerpt: string,
  ) {
    super(message);
    (this as { transient: boolean }).transient = status === 502 || status === 503 || status === 504;
  }
}

export class StashAuthError extends StashHttpError {
  override readonly kind = 'auth';
  constructor(status: number, bodyExcerpt: string, apiKeySent: boolean, what = `the request (HTTP ${status})`) {
    super(
      `Stash refused ${what}. ${
        apiKeySent
          ? 'The API key was rejected: check it under Settings > Security in Stash.'
          : 'This Stash requires authentication: pass apiKey (Settings > Security > API Key).'
      }`,
      status,
      bodyExcerpt,
    );
  }
}

/**
 * Stash answered, but not with what a GraphQL server sends for this request: no JSON, JSON of another shape, or data
 * without the fields asked for. Usually the URL points at something that is not Stash (a proxy page, another app).
 */
export class StashMalformedResponseError extends StashHttpError {}

export interface StashGraphQLErrorDetail {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/** The document did not validate against the server's schema (HTTP 422 GRAPHQL_VALIDATION_FAILED, or 400). */
export class StashValidationError extends StashError {
  readonly kind = 'validation';
  constructor(
    readonly messages: readonly string[],
    readonly status: number,
  ) {
    super(`Stash rejected the document: ${messages.join('; ')}`);
  }
}

/** A resolver failed. Whatever data the server did return is kept in `partialData`. */
export class StashExecutionError extends StashError {
  readonly kind: 'execution' | 'database-locked' = 'execution';
  constructor(
    readonly errors: readonly StashGraphQLErrorDetail[],
    readonly partialData: unknown,
    message = errors.map((e) => (e.path?.length ? `${e.message} (at ${e.path.join('.')})` : e.message)).join('; '),
  ) {
    super(message);
  }
}

/** SQLite's "database is locked": the transaction was rolled back, so resending is safe. */
export class StashDatabaseLockedError extends StashExecutionError {
  override readonly kind = 'database-locked';
  override readonly transient = true;
}

/** The server's Stash version lacks an operation, field or input the request needs. */
export class StashCapabilityError extends StashError {
  readonly kind = 'capability';
  constructor(
    /** Schema coordinate, e.g. `Mutation.bulkStudioUpdate` or `SceneFilterType.files_filter`. */
    readonly coordinate: string,
    /** The oldest supported Stash version that has it, when known. */
    readonly minVersion: string | undefined,
    readonly serverVersion: string,
  ) {
    super(
      `${coordinate} is not available on this Stash (${serverVersion})${
        minVersion ? `: needs Stash ≥ ${minVersion.replace(/^(v\d+\.\d+)\..*$/, '$1')}` : ''
      }`,
    );
  }
}

/** A job ended FAILED or CANCELLED, or could not be followed. */
export class StashJobError extends StashError {
  readonly kind = 'job';
  constructor(
    readonly jobId: string,
    readonly status: string,
    message: string,
    /** The job as last seen, when known. */
    readonly job?: unknown,
  ) {
    super(message);
  }
}

// Stamped after the classes (not in static blocks, which make esbuild rename them and so change `error.name`).
for (const [key, ctor] of Object.entries({
  StashError,
  StashInputError,
  StashConnectionError,
  StashTimeoutError,
  StashAbortError,
  StashHttpError,
  StashAuthError,
  StashValidationError,
  StashExecutionError,
  StashDatabaseLockedError,
  StashCapabilityError,
  StashJobError,
})) {
  brand(ctor, `core/${key}`);
}

/** True for a StashError from any copy of the package; the same as `e instanceof StashError`. */
export const isStashError = (e: unknown): e is StashError => e instanceof StashError;
