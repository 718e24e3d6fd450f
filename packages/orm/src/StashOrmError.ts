import { brand, StashError } from '@stash-graphql/core';

/** What went wrong, for callers that branch on it. */
export type StashOrmErrorCode =
  | 'invalid-value'
  | 'unknown-field'
  | 'read-only'
  | 'wrong-entity-type'
  | 'not-loaded'
  | 'deleted-reference'
  | 'unsaved-reference'
  | 'cycle'
  | 'malformed-data'
  | 'bad-relation';

/**
 * Bad input caught by the orm before any request: a value of the wrong type, an unknown field, a cycle among new
 * entities, or a server payload that does not match the schema. Kind `input` because nothing was sent.
 */
export class StashOrmError extends StashError {
  readonly kind = 'input';
  constructor(
    readonly code: StashOrmErrorCode,
    message: string,
    /** The entities concerned, e.g. the members of a cycle (as `Type:id`). */
    readonly entities: readonly string[] = [],
  ) {
    super(message);
  }
}

brand(StashOrmError, 'orm/StashOrmError');
