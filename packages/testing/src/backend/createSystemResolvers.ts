import { isNonNullType, isScalarType } from 'graphql';
import type { BackendContext } from './BackendContext.js';
import { createConfigResolvers } from './createConfigResolvers.js';
import { mockValue } from './mockValue.js';
import type { ResolverModule, RootResolver } from './ResolverModule.js';
import { createSqlEngine } from './sqlEngine.js';

/** pkg/sqlite/database.go appSchemaVersion at each release tag. */
const APP_SCHEMA: Record<string, number> = { 'v0.28.1': 72, 'v0.29.3': 72, 'v0.30.1': 75 };

/**
 * Configuration (see createConfigResolvers), version, status and every other root field without real semantics:
 * schema-valid plausible values.
 */
export function createSystemResolvers(ctx: BackendContext): ResolverModule & { resetConfig: () => void } {
  const config = createConfigResolvers(ctx);
  const query: Record<string, RootResolver> = {
    ...config.query,
    version: () => ({
      version: ctx.version,
      hash: HASHES[ctx.version] ?? '0000000',
      build_time: '2025-01-01 00:00:00',
    }),
    latestversion: () => ({
      version: ctx.version,
      shorthash: HASHES[ctx.version] ?? '0000000',
      release_date: '2025-01-01',
      url: `https://github.com/stashapp/stash/releases/tag/${ctx.version}`,
    }),
    systemStatus: () => ({
      databaseSchema: APP_SCHEMA[ctx.version] ?? 75,
      databasePath: '/root/.stash/stash-go.sqlite',
      configPath: '/root/.stash/config.yml',
      appSchema: APP_SCHEMA[ctx.version] ?? 75,
      status: 'OK',
      os: 'linux',
      workingDir: '/root',
      homeDir: '/root',
      ffmpegPath: '/usr/bin/ffmpeg',
      ffprobePath: '/usr/bin/ffprobe',
    }),
    directory: ({ path }) => {
      const p = String(path ?? '/');
      const dirs = [...ctx.state.folders.values()].filter((f) => {
        const parent = ctx.state.folders.get(f.parent_folder_id as string | null);
        return parent?.path === p;
      });
      return {
        path: p,
        parent: p === '/' ? null : p.slice(0, p.lastIndexOf('/')) || '/',
        directories: dirs.map((d) => d.path as string),
      };
    },
    dlnaStatus: () => ({ running: false, until: null, recentIPAddresses: [], allowedIPAddresses: [] }),
  };

  const sql = createSqlEngine(ctx);
  const mutation: Record<string, RootResolver> = {
    ...config.mutation,
    querySQL: ({ sql: text, args }) => sql.querySQL(String(text), (args as unknown[] | null) ?? []),
    execSQL: ({ sql: text, args }) => sql.execSQL(String(text), (args as unknown[] | null) ?? []),
  };
  return { query, mutation, resetConfig: config.reset };
}

/** Root fields nobody implemented get a mock of their return type (Boolean! mutations report success). */
export function fallbackResolvers(ctx: BackendContext, implemented: Set<string>): Record<string, RootResolver> {
  const out: Record<string, RootResolver> = {};
  for (const root of [ctx.schema.getQueryType(), ctx.schema.getMutationType()]) {
    if (!root) continue;
    const isMutation = root === ctx.schema.getMutationType();
    for (const f of Object.values(root.getFields())) {
      if (implemented.has(f.name)) continue;
      out[f.name] = () => {
        if (isMutation && isNonNullType(f.type) && isScalarType(f.type.ofType)) {
          if (f.type.ofType.name === 'Boolean') return true;
          if (f.type.ofType.name === 'ID') return '0';
        }
        return mockValue(ctx.schema, f.type, () => ctx.now());
      };
    }
  }
  return out;
}

/** The release tags' commits, as `make stash GITHASH=…` stamps them (git rev-parse --short=9). */
const HASHES: Record<string, string> = { 'v0.28.1': 'cc6917f29', 'v0.29.3': '7716c4dd8', 'v0.30.1': 'b23b0267a' };
