import { brand, StashError } from '@stash-graphql/core';

export type StashStoreErrorCode =
  | 'unknown-field'
  | 'unknown-lookup'
  | 'invalid-value'
  | 'unsupported'
  | 'unknown-type'
  | 'name-conflict';

/** Bad store input caught before any request (kind `input`); `valid` lists what would have been accepted. */
export class StashStoreError extends StashError {
  readonly kind = 'input';
  constructor(
    readonly code: StashStoreErrorCode,
    message: string,
    readonly valid: readonly string[] = [],
  ) {
    super(valid.length ? `${message}. Valid: ${valid.join(', ')}` : message);
  }
}

brand(StashStoreError, 'store/StashStoreError');
