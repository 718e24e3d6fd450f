import type { SchemaField, StashCapabilities } from '@stash-graphql/core';

// TEMPORARY (issue 12): core's StashCapabilities.fields() now reflects the server's schema. This alias only keeps
// StashEntityStore.ts compiling while another branch (s2) splits it; delete it once that has merged and its modules
// call caps.fields(typeName) directly.

/** @deprecated Use `caps.fields(typeName)`. */
export type FieldShape = SchemaField;

/** @deprecated Use `caps.fields(typeName)`. */
export function fieldsOfType(caps: StashCapabilities, typeName: string): ReadonlyMap<string, SchemaField> | null {
  return caps.fields(typeName);
}
