import { IdentityMap } from '@stash-graphql/orm';

/**
 * @deprecated The store uses the orm's IdentityMap (dirty and tracked entities strong, clean ones weak); this name
 * stays for code written against earlier versions.
 */
export const StoreIdentityMap = IdentityMap;
/** @deprecated Use the orm's IdentityMap. */
export type StoreIdentityMap = IdentityMap;
