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
export { type LoggedRequest, RequestLog } from './RequestLog.js';
