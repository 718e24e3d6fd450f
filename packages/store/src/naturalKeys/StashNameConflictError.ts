import type { Entity } from '@stash-graphql/orm';
import { StashStoreError } from '../StashStoreError.js';

/**
 * Stash would refuse (or refused) to create an entity under this name because an existing entity clashes with it
 * under the server's rules, though it is not the same name: a LIKE match through `_` or `%` (`a_b` vs `axb`), or an
 * alias of the new entity taken by another one. `existing` is the entity that clashed; `serverMessage` is Stash's
 * own wording ("tag with name 'a_b' already exists").
 */
export class StashNameConflictError extends StashStoreError {
  constructor(
    readonly typename: string,
    /** The name asked for, trimmed as the server stores it. */
    readonly requested: string,
    readonly existing: Entity,
    /** `name`: the name LIKE-matches the existing name; `alias`: it LIKE-matches an alias; `aliases`: one of the
     * new entity's own aliases is taken. */
    readonly reason: 'name' | 'alias' | 'aliases',
    readonly serverMessage: string,
  ) {
    const existingName = String((existing as unknown as { name?: unknown; title?: unknown }).name ?? '');
    super(
      'name-conflict',
      `${typename} ${JSON.stringify(requested)} cannot be created: it clashes with ${typename} ${existing.id} ` +
        `${JSON.stringify(existingName)} under Stash's uniqueness rule (SQL LIKE: ASCII case-insensitive, \`_\` and ` +
        `\`%\` are wildcards): ${serverMessage}`,
    );
  }
}
