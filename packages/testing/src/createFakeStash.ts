import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildClientSchema, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import type { ActiveSubscriptions } from './backend/ActiveSubscriptions.js';
import { type Backend, createBackend, type SeedData, type StashVersion } from './backend/index.js';
import type { Job, JobTiming } from './backend/JobManager.js';
import { Faults } from './faults.js';
import { createHttpHandler } from './httpHandler.js';
import { RequestLog } from './RequestLog.js';
import { createWsServer } from './wsServer.js';

export const FAKE_STASH_VERSIONS: readonly StashVersion[] = ['v0.28.1', 'v0.29.3', 'v0.30.1'];

export interface FakeStashOptions {
  version?: StashVersion | undefined;
  apiKey?: string | undefined;
  seed?: SeedData | undefined;
  /** 0 picks a free port. */
  port?: number | undefined;
  /** Largest accepted POST body. Default 64 MiB. */
  maxBodyBytes?: number | undefined;
  /** The server's clock (entity timestamps, jobs, logs); default the wall clock. Lets tests pin `updated_at`. */
  now?: (() => Date) | undefined;
  /**
   * Job timing. By default a job starts at once and takes what it takes on a small library: 3 ms per file scanned,
   * nothing for a dry-run clean or a generate with nothing to do (those are over before their mutation answers).
   * `{ stepMs }` sets one time per unit for every job; `{ hold: true }` leaves every job where it is until the test
   * moves it with `stash.jobs.step()` / `finish()`.
   */
  jobs?: JobTiming | undefined;
}

/** The fake's job queue, driven by a test. Stash runs one job at a time, in the order they were added. */
export interface FakeJobs {
  /** Jobs stay where they are (a new one stays READY) until step() or finish() moves them. */
  hold(): void;
  /** Back to running on their own. */
  release(): void;
  readonly held: boolean;
  /**
   * One step of the job at the head of the queue (default) or of `id`, which must be that job: READY -> RUNNING,
   * then one unit of work per step; it ends with its last unit (a job without work ends on the step after it
   * starts), and a STOPPING job ends CANCELLED. Returns the job after the step.
   */
  step(id?: string): Job;
  /** Steps until job `id` (default: the head) has ended, running the jobs queued before it. Returns it. */
  finish(id?: string): Job;
  /** The job ends FAILED with this error at its next step. */
  fail(id: string, message: string): void;
  /** A job as findJob sees it (queued, running, or among the last 10 ended), or null. */
  get(id: string): Job | null;
  /** Queued and running jobs, in order. */
  list(): Job[];
  /** Resolves once nothing is queued or running. */
  idle(): Promise<void>;
  /** Resolves with the job once it has ended (FINISHED, CANCELLED or FAILED). */
  ended(id: string): Promise<Job>;
}

export interface FakeStash {
  url: string;
  wsUrl: string;
  version: StashVersion;
  schema: GraphQLSchema;
  state: Backend['state'];
  library: Backend['library'];
  requests: RequestLog;
  faults: Faults;
  /** Step control over jobs: hold, step, finish, fail. */
  jobs: FakeJobs;
  /** Subscriptions the server has registered: `await stash.subscriptions.waitForActive('jobsSubscribe')`. */
  subscriptions: Pick<ActiveSubscriptions, 'count' | 'waitForActive' | 'next'>;
  /** Ends a queued or running job FAILED with this error, as a failing task would in Stash (= `jobs.fail`). */
  failJob(id: string, message: string): void;
  /** Back to the seed: state, request log, faults and job timing. */
  reset(): void;
  close(): Promise<void>;
}

const schemas = new Map<StashVersion, GraphQLSchema>();

/** The chosen version's schema, built from the introspection artifact `pnpm schema:sync` generated (shipped here). */
export function loadSchema(version: StashVersion): GraphQLSchema {
  let schema = schemas.get(version);
  if (!schema) {
    if (!FAKE_STASH_VERSIONS.includes(version)) {
      throw new Error(`Unsupported Stash version ${version}; choose one of ${FAKE_STASH_VERSIONS.join(', ')}`);
    }
    // One level below the package root both in src/ and in dist/.
    const path = new URL(`../introspection/${version}.json`, import.meta.url);
    schema = buildClientSchema(JSON.parse(readFileSync(path, 'utf8')) as IntrospectionQuery);
    schemas.set(version, schema);
  }
  return schema;
}

/** Starts an in-memory Stash on 127.0.0.1 speaking the chosen version's schema over HTTP and WebSocket. */
export async function createFakeStash(options: FakeStashOptions = {}): Promise<FakeStash> {
  const version = options.version ?? 'v0.30.1';
  const schema = loadSchema(version);
  const backend = createBackend({ version, schema, seed: options.seed, now: options.now, jobs: options.jobs });
  const faults = new Faults();
  const requests = new RequestLog();
  let counter = 0;
  const nextRequest = () => ++counter;
  const server = createServer(
    createHttpHandler({
      schema: () => schema,
      rootValue: () => backend.rootValue,
      apiKey: options.apiKey,
      faults,
      requests,
      nextRequest,
      maxBodyBytes: options.maxBodyBytes ?? 64 << 20,
    }),
  );
  const ws = createWsServer({
    schema,
    rootValue: () => backend.rootValue,
    subscriptionRoot: () => backend.subscriptionRoot,
    apiKey: options.apiKey,
    requests,
    nextRequest,
  });
  server.on('upgrade', (req, socket, head) => ws.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    version,
    schema,
    state: backend.state,
    library: backend.library,
    requests,
    faults,
    jobs: backend.jobs,
    subscriptions: backend.subscriptions,
    failJob: (id, message) => backend.failJob(id, message),
    reset() {
      backend.reset();
      requests.clear();
      faults.clear();
      counter = 0;
    },
    async close() {
      backend.close();
      await ws.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
