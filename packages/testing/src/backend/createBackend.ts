import { StashCapabilities } from '@stash-graphql/core';
import type { GraphQLSchema } from 'graphql';
import { ActiveSubscriptions } from './ActiveSubscriptions.js';
import { applySeed, type SeedData } from './applySeed.js';
import type { BackendContext, LogEntry, LogLevel, StashVersion } from './BackendContext.js';
import type { BackendServices } from './BackendServices.js';
import { createFileResolvers } from './createFileResolvers.js';
import { createFindResolvers } from './createFindResolvers.js';
import { createGalleryResolvers } from './createGalleryResolvers.js';
import { createGroupResolvers } from './createGroupResolvers.js';
import { createImageResolvers } from './createImageResolvers.js';
import { createMetadataResolvers } from './createMetadataResolvers.js';
import { createPerformerResolvers } from './createPerformerResolvers.js';
import { createSavedFilterResolvers } from './createSavedFilterResolvers.js';
import { createSceneMarkerResolvers } from './createSceneMarkerResolvers.js';
import { createSceneResolvers } from './createSceneResolvers.js';
import { createStudioResolvers } from './createStudioResolvers.js';
import { createSystemResolvers, fallbackResolvers } from './createSystemResolvers.js';
import { createTagResolvers } from './createTagResolvers.js';
import type { EntityStore } from './EntityStore.js';
import { EventHub } from './EventHub.js';
import type { EntityKind } from './FakeStashState.js';
import { FakeStashState } from './FakeStashState.js';
import type { JobManager, JobTiming } from './JobManager.js';
import { mapAsyncIterable } from './mapAsyncIterable.js';
import type { ResolverModule, RootResolver } from './ResolverModule.js';
import type { Row } from './Table.js';
import { VirtualLibrary } from './VirtualLibrary.js';

export interface BackendOptions {
  version: StashVersion;
  schema: GraphQLSchema;
  seed?: SeedData | undefined;
  now?: (() => Date) | undefined;
  /** Base for generated image/stream URLs (default http://localhost:9999). */
  baseUrl?: string | undefined;
  /** Job timing: held for step control, or the time between steps. */
  jobs?: JobTiming | undefined;
}

export interface Backend {
  /** graphql-js rootValue for Query and Mutation. */
  rootValue: Record<string, unknown>;
  /** Subscription root fields: field -> (args) => AsyncIterable of `{ [field]: payload }`. */
  subscriptionRoot: Record<string, (args: Record<string, unknown>) => AsyncIterable<Record<string, unknown>>>;
  state: FakeStashState;
  library: VirtualLibrary;
  /** The job queue, with step control for tests. */
  jobs: JobManager;
  /** Subscriptions the server has registered. */
  subscriptions: ActiveSubscriptions;
  /** Ends a queued or running job FAILED with this error at its next step. */
  failJob(id: string, message: string): void;
  reset(): void;
  close(): void;
}

export function createBackend(options: BackendOptions): Backend {
  const { schema, version } = options;
  const clock = options.now ?? (() => new Date());
  const state = new FakeStashState();
  const logs = new EventHub<LogEntry>();
  const logBuffer: LogEntry[] = [];
  const root: Record<string, RootResolver> = {};
  /** Root fields the chosen version's schema does not have (answered by a mock instead). */
  const internal = new Set<string>();
  const capabilities = new StashCapabilities({ version, appSchema: null, schema });
  const ctx: BackendContext = {
    state,
    schema,
    version,
    capabilities,
    nowDate: clock,
    // Stash stores timestamps as RFC 3339 text to the second (pkg/sqlite/timestamp.go) and answers them as stored.
    now: () =>
      clock()
        .toISOString()
        .replace(/\.\d+Z$/, 'Z'),
    logs,
    log: (level: LogLevel, message: string) => {
      const e = { time: clock().toISOString(), level, message };
      logBuffer.push(e);
      if (logBuffer.length > 1000) logBuffer.shift();
      logs.publish(e);
    },
    hasField: (typeName, field) => capabilities.fields(typeName)?.has(field) ?? false,
    rows: (kind, ids) => {
      const table = state.tables[kind];
      const out: Row[] = [];
      for (const id of ids) {
        const r = table.get(id);
        if (r) out.push(r);
      }
      return out;
    },
    baseUrl: options.baseUrl ?? 'http://localhost:9999',
  };
  const library = new VirtualLibrary();

  const files = createFileResolvers(ctx);
  const scenes = createSceneResolvers(ctx, { files: files.api });
  const images = createImageResolvers(ctx, { files: files.api });
  const services: BackendServices = {
    files: files.api,
    images: images.api,
    scenes: scenes.api,
    mutate: (field, args) => {
      const fn = root[field];
      if (!fn) throw new Error(`${field} is not supported by this backend`);
      return fn(args);
    },
  };
  const entityModules: ResolverModule[] = [
    files,
    createTagResolvers(ctx),
    createStudioResolvers(ctx),
    createPerformerResolvers(ctx),
    createGroupResolvers(ctx),
    scenes,
    images,
    createGalleryResolvers(ctx),
    createSceneMarkerResolvers(ctx),
    createSavedFilterResolvers(ctx),
    createFindResolvers(ctx),
  ];
  const stores: Partial<Record<EntityKind, EntityStore>> = {};
  for (const m of entityModules) Object.assign(stores, m.stores ?? {});
  const metadata = createMetadataResolvers(ctx, library, services, stores, options.jobs);
  const subscriptions = new ActiveSubscriptions();
  const LEVELS = ['Trace', 'Debug', 'Info', 'Progress', 'Warning', 'Error'];
  const logsModule: ResolverModule = {
    query: {
      logs: ({ minLevel }) =>
        logBuffer.filter((e) => LEVELS.indexOf(e.level) >= LEVELS.indexOf(String(minLevel ?? 'Trace'))),
    },
  };
  const system = createSystemResolvers(ctx);
  const modules = [...entityModules, metadata, logsModule, system];
  for (const m of modules) {
    Object.assign(root, m.query ?? {}, m.mutation ?? {});
  }
  const schemaRootFields = new Set(
    [schema.getQueryType(), schema.getMutationType()].flatMap((t) => (t ? Object.keys(t.getFields()) : [])),
  );
  // Only answer fields the chosen version's schema has; everything else gets a plausible mock.
  for (const name of Object.keys(root)) if (!schemaRootFields.has(name)) internal.add(name);
  Object.assign(root, fallbackResolvers(ctx, new Set(Object.keys(root))));

  const mutations = new Set(Object.keys(schema.getMutationType()?.getFields() ?? {}));
  const rootValue: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(root)) {
    if (internal.has(name)) continue;
    // graphql-js calls root functions as (args, contextValue, info); resolvers only need args.
    rootValue[name] = mutations.has(name)
      ? (args: Record<string, unknown>) => {
          // Writes happen in place inside mutations; mark the state changed before and after.
          state.touch();
          try {
            return fn(args ?? {});
          } finally {
            state.touch();
          }
        }
      : (args: Record<string, unknown>) => fn(args ?? {});
  }

  const reset = () => {
    metadata.jobs.reset();
    system.resetConfig();
    state.clear();
    library.clear();
    logBuffer.length = 0;
    if (options.seed) applySeed(services, library, options.seed);
  };
  reset();

  return {
    rootValue,
    subscriptionRoot: {
      jobsSubscribe: () =>
        subscriptions.track(
          'jobsSubscribe',
          mapAsyncIterable(metadata.jobs.events.subscribe(), (e) => ({ jobsSubscribe: e })),
        ),
      loggingSubscribe: () =>
        subscriptions.track(
          'loggingSubscribe',
          mapAsyncIterable(logs.subscribe(), (e) => ({ loggingSubscribe: [e] })),
        ),
      scanCompleteSubscribe: () =>
        subscriptions.track(
          'scanCompleteSubscribe',
          mapAsyncIterable(metadata.scanComplete.subscribe(), () => ({ scanCompleteSubscribe: true })),
        ),
    },
    state,
    library,
    jobs: metadata.jobs,
    subscriptions,
    failJob: (id, message) => metadata.jobs.fail(id, message),
    reset,
    close: () => {
      metadata.jobs.close();
      metadata.scanComplete.close();
      logs.close();
    },
  };
}
