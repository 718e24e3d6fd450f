import { type GraphQLSchema, isNonNullType, Kind, type OperationDefinitionNode } from 'graphql';
import type { AttemptRecord } from './attemptFetch.js';
import { scrubSecret } from './redact.js';
import { StashMalformedResponseError } from './StashError.js';

const ROOTS = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;

/** The body as an error shows it: short, and without the key if the server echoed it. */
export function bodyExcerpt(record: AttemptRecord | undefined, secret: string | undefined): string {
  return scrubSecret((record?.body ?? '').slice(0, 500), secret);
}

export function malformed(
  what: string,
  record: AttemptRecord | undefined,
  secret: string | undefined,
): StashMalformedResponseError {
  const excerpt = bodyExcerpt(record, secret);
  return new StashMalformedResponseError(
    `Stash answered with ${what}; is the URL a Stash GraphQL endpoint? Body: ${excerpt.slice(0, 120) || '(empty)'}`,
    record?.status ?? 0,
    excerpt,
  );
}

/**
 * Checks an answer that carried no errors: `data` must be an object holding every root field the operation asked
 * for, and a field the server's schema declares non-null must not be null. A proxy or a URL that is not Stash can
 * answer `{"data":{}}`; without this check every caller would meet `TypeError: Cannot read properties of undefined`.
 */
export function checkResponse(
  definition: OperationDefinitionNode,
  data: unknown,
  record: AttemptRecord | undefined,
  secret: string | undefined,
  schema?: GraphQLSchema,
): StashMalformedResponseError | undefined {
  if (data === null || data === undefined) return malformed('no data and no errors', record, secret);
  if (typeof data !== 'object' || Array.isArray(data)) {
    return malformed(
      `data that is ${Array.isArray(data) ? 'a list' : `a ${typeof data}`}, not an object`,
      record,
      secret,
    );
  }
  const fields = schema?.getRootType(definition.operation)?.getFields();
  const missing: string[] = [];
  const nulls: string[] = [];
  for (const sel of definition.selectionSet.selections) {
    // Conditional fields (@include/@skip) may be absent by design.
    if (sel.kind !== Kind.FIELD || sel.directives?.length) continue;
    const key = sel.alias?.value ?? sel.name.value;
    if (!Object.hasOwn(data, key)) missing.push(key);
    else if ((data as Record<string, unknown>)[key] === null) {
      const field = fields?.[sel.name.value];
      if (field && isNonNullType(field.type)) nulls.push(key);
    }
  }
  const root = ROOTS[definition.operation];
  if (missing.length) return malformed(`data without ${missing.map((k) => `${root}.${k}`).join(', ')}`, record, secret);
  if (nulls.length) {
    return malformed(`null for non-null ${nulls.map((k) => `${root}.${k}`).join(', ')} and no error`, record, secret);
  }
  return undefined;
}
