import type { EntitySchemaTypes } from '@stash-graphql/core/generated';

type Output<T extends keyof EntitySchemaTypes> = EntitySchemaTypes[T]['output'];

/**
 * The non-relation fields of an entity, typed from the generated schema type. `undefined` means never loaded; `null`
 * is a loaded null. Relation fields are declared by each entity class instead.
 */
export type SchemaFields<T extends keyof EntitySchemaTypes, Relations extends string = never> = {
  -readonly [K in Exclude<keyof Output<T>, '__typename' | 'id' | Relations>]-?: Output<T>[K] | undefined;
};

/** Values accepted by the constructor and `set()`: any schema field, relations as entities. */
export type EntityValues = Record<string, unknown>;
