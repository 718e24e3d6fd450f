import type { MutationName } from '@stash-graphql/core/generated';
import { describe, expectTypeOf, it } from 'vitest';
import type { BackendServices } from '../../src/backend/BackendServices.js';

// Backend modules reach each other through BackendServices, not through string keys on a root map: these are
// compile-time checks (pnpm typecheck), so a misspelt helper or mutation fails the build.
describe('BackendServices', () => {
  it('names schema mutations by their generated names only', () => {
    expectTypeOf<Parameters<BackendServices['mutate']>[0]>().toEqualTypeOf<MutationName>();
    const mutate: BackendServices['mutate'] = () => null;
    // @ts-expect-error: not a mutation of the schema
    mutate('tagCreat', { input: {} });
    expectTypeOf(mutate).toBeCallableWith('tagCreate', { input: {} });
  });

  it('has no untyped helper lookups', () => {
    expectTypeOf<BackendServices>().toHaveProperty('files');
    expectTypeOf<BackendServices['files']>().toHaveProperty('moveFile');
    // @ts-expect-error: the old root-field helpers are gone
    expectTypeOf<BackendServices>().toHaveProperty('createImageForFiles');
  });
});
