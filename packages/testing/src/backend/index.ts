export type { SeedData } from './applySeed.js';
export type { LogEntry, StashVersion } from './BackendContext.js';
export { type Backend, type BackendOptions, createBackend } from './createBackend.js';
export { type EntityKind, FakeStashState } from './FakeStashState.js';
export type { Row } from './Table.js';
export { type LibraryFile, VirtualLibrary } from './VirtualLibrary.js';
