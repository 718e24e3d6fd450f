/**
 * An in-memory fake Stash that speaks the real schema over HTTP and WebSocket, for tests.
 *
 * @packageDocumentation
 * @module @stash-graphql/testing
 */
export type { SubscriptionField, WaitForActiveOptions } from './backend/ActiveSubscriptions.js';
export { type Backend, createBackend, type SeedData, type StashVersion } from './backend/index.js';
export type { Job, JobStatus, JobStatusUpdate, JobTiming } from './backend/JobManager.js';
export {
  createFakeStash,
  FAKE_STASH_VERSIONS,
  type FakeJobs,
  type FakeStash,
  type FakeStashOptions,
  loadSchema,
} from './createFakeStash.js';
export { type FaultRule, Faults } from './faults.js';
export { type LoggedRequest, RequestLog, type ServerWork, type WorkSummary } from './RequestLog.js';
