export type { SeedData } from './applySeed.ts';
export type { LogEntry, StashVersion } from './BackendContext.ts';
export { type Backend, type BackendOptions, createBackend } from './createBackend.ts';
export { type EntityKind, FakeStashState } from './FakeStashState.ts';
export type { Row } from './Table.ts';
export { type LibraryFile, VirtualLibrary } from './VirtualLibrary.ts';
