export { createFakeStash, loadSchema, FAKE_STASH_VERSIONS, type FakeStash, type FakeStashOptions } from './createFakeStash.js';
export { Faults, type FaultRule } from './faults.js';
export { RequestLog, type LoggedRequest } from './RequestLog.js';
export type { SeedData, StashVersion } from './backend/index.js';
