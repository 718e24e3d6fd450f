import { isNonNullType, isScalarType } from 'graphql';
import type { BackendContext } from './BackendContext.js';
import { GALLERY_EXTENSIONS, IMAGE_EXTENSIONS, VIDEO_EXTENSIONS } from './createFileResolvers.js';
import type { Input } from './inputs.js';
import { materialise, mockValue } from './mockValue.js';
import type { ResolverModule, RootResolver } from './ResolverModule.js';

/** pkg/sqlite/database.go appSchemaVersion at each release tag. */
const APP_SCHEMA: Record<string, number> = { 'v0.28.1': 72, 'v0.29.3': 72, 'v0.30.1': 75 };

/**
 * Configuration, version, status and every other root field without real
 * semantics: schema-valid plausible values (internal/api/resolver_query_configuration.go etc.).
 */
export function createSystemResolvers(
  ctx: BackendContext,
): ResolverModule & { config: () => Record<string, unknown>; resetConfig: () => void } {
  const now = () => ctx.now();
  let config: Record<string, unknown> = {};
  const resetConfig = () => {
    config = materialise(ctx.schema, 'ConfigResult', now);
    const general = config.general as Record<string, unknown>;
    Object.assign(general, {
      stashes: [{ path: '/data', excludeVideo: false, excludeImage: false }],
      databasePath: '/root/.stash/stash-go.sqlite',
      backupDirectoryPath: '/root/.stash/backups',
      generatedPath: '/root/.stash/generated',
      metadataPath: '/root/.stash/metadata',
      configFilePath: '/root/.stash/config.yml',
      scrapersPath: '/root/.stash/scrapers',
      pluginsPath: '/root/.stash/plugins',
      cachePath: '/root/.stash/cache',
      blobsPath: '/root/.stash/blobs',
      parallelTasks: 1,
      previewSegments: 12,
      previewSegmentDuration: 0.75,
      previewExcludeStart: '0',
      previewExcludeEnd: '0',
      maxSessionAge: 3600,
      logLevel: 'Info',
      logOut: true,
      calculateMD5: false,
      videoExtensions: VIDEO_EXTENSIONS,
      imageExtensions: IMAGE_EXTENSIONS,
      galleryExtensions: GALLERY_EXTENSIONS,
      galleryCoverRegex: '(poster|cover|folder|board)\\.[^\\.]+$',
      pythonPath: '',
    });
    config.ui = {};
  };
  resetConfig();

  const section = (name: string) => (a: Record<string, unknown>) => {
    if (config[name] == null) config[name] = {};
    const s = config[name] as Record<string, unknown>;
    for (const [k, v] of Object.entries((a.input as Input) ?? {})) if (v !== undefined && Object.hasOwn(s, k)) s[k] = v;
    return s;
  };

  const query: Record<string, RootResolver> = {
    configuration: () => config,
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

  const mutation: Record<string, RootResolver> = {
    configureGeneral: section('general'),
    configureInterface: section('interface'),
    configureDLNA: section('dlna'),
    configureScraping: section('scraping'),
    configureDefaults: section('defaults'),
    configureUI: ({ input, partial }) => {
      if (input != null) config.ui = { ...(input as object) };
      if (partial != null) config.ui = { ...(config.ui as object), ...(partial as object) };
      return config.ui;
    },
    configureUISetting: ({ key, value }) => {
      config.ui = { ...(config.ui as object), [String(key)]: value };
      return config.ui;
    },
    configurePlugin: ({ plugin_id, input }) => {
      if (config.plugins == null) config.plugins = {};
      const plugins = config.plugins as Record<string, unknown>;
      plugins[String(plugin_id)] = input;
      return input;
    },
    generateAPIKey: ({ input }) => {
      const key = (input as Input).clear === true ? '' : `fake-api-key-${Math.random().toString(36).slice(2)}`;
      (config.general as Record<string, unknown>).apiKey = key;
      return key;
    },
  };

  return { query, mutation, config: () => config, resetConfig };
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

const HASHES: Record<string, string> = { 'v0.28.1': '8fbd8b9a', 'v0.29.3': '3b87a06b', 'v0.30.1': '0a1e3b6f' };
