/* eslint-disable */
// biome-ignore-all lint: generated file
/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm schema:sync` / `pnpm codegen` from the Stash schema recorded in schema/stash-schema.lock.json.
 */
/** Stash versions whose schema this build was generated from and tested against, oldest first. */
export const STASH_SCHEMA_VERSIONS = ["v0.28.1","v0.29.3","v0.30.1"] as const;
export type StashSchemaVersion = (typeof STASH_SCHEMA_VERSIONS)[number];
/** The version the typed documents and methods were generated from. */
export const PRIMARY_STASH_VERSION: StashSchemaVersion = "v0.30.1";
