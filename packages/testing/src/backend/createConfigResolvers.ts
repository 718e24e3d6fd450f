import { type GraphQLSchema, getNamedType, isObjectType } from 'graphql';
import type { BackendContext } from './BackendContext.js';
import { defaultConfig } from './defaultConfig.js';
import type { Input } from './inputs.js';
import { materialise } from './mockValue.js';
import type { ResolverModule, RootResolver } from './ResolverModule.js';

type Json = Record<string, unknown>;

const SECTIONS: Record<string, string> = {
  general: 'ConfigGeneralResult',
  interface: 'ConfigInterfaceResult',
  dlna: 'ConfigDLNAResult',
  scraping: 'ConfigScrapingResult',
  defaults: 'ConfigDefaultSettingsResult',
};

/**
 * `configuration` and the configure mutations (internal/api/resolver_mutation_configure.go): a fresh Stash's defaults,
 * and what each mutation sets is kept. A null or omitted input field changes nothing (the setters skip nil pointers);
 * nested option groups (imageLightbox, disableDropdownCreate) are set field by field; the UI map merges as
 * utils.MergeMaps does.
 */
export function createConfigResolvers(ctx: BackendContext): ResolverModule & { reset: () => void } {
  let config: Json = {};
  const reset = () => {
    config = materialise(ctx.schema, 'ConfigResult', ctx.now);
    const defaults = defaultConfig();
    for (const [section, typeName] of Object.entries(SECTIONS)) {
      const target = config[section] as Json | undefined;
      if (!target) continue;
      Object.assign(target, pickFor(ctx.schema, typeName, defaults[section] as Json));
    }
    config.ui = {};
    config.plugins = {};
  };
  reset();

  const section = (name: string, validate?: (input: Json) => void) => (a: Record<string, unknown>) => {
    const input = (a.input as Input) ?? {};
    validate?.(input);
    const target = config[name] as Json;
    const kept = pickFor(ctx.schema, SECTIONS[name] as string, input);
    for (const [k, v] of Object.entries(kept)) {
      if (v == null) continue;
      target[k] = isPlain(v) && isPlain(target[k]) ? setFields(target[k] as Json, v) : v;
    }
    return target;
  };

  const query: Record<string, RootResolver> = { configuration: () => config };
  const mutation: Record<string, RootResolver> = {
    configureGeneral: section('general', (input) => {
      const db = input.databasePath;
      if (typeof db === 'string' && db !== (config.general as Json).databasePath && !/\.(db|sqlite|sqlite3)$/.test(db))
        throw new Error('invalid database path, use extension db, sqlite, or sqlite3');
    }),
    configureInterface: section('interface'),
    configureDLNA: section('dlna'),
    configureScraping: section('scraping'),
    configureDefaults: section('defaults'),
    configureUI: ({ input, partial }) => {
      if (input != null) config.ui = structuredClone(input as Json);
      if (partial != null) mergeMaps(config.ui as Json, structuredClone(partial as Json));
      return config.ui;
    },
    configureUISetting: ({ key, value }) => {
      // utils.NestedMap.Set: a dotted key walks (and creates) nested maps
      const fields = String(key).split('.');
      let current = config.ui as Json;
      for (const f of fields.slice(0, -1)) {
        if (!isPlain(current[f])) current[f] = {};
        current = current[f] as Json;
      }
      current[fields.at(-1) as string] = value;
      return config.ui;
    },
    configurePlugin: ({ plugin_id, input }) => {
      (config.plugins as Json)[String(plugin_id)] = input;
      return input;
    },
    generateAPIKey: ({ input }) => {
      const general = config.general as Json;
      // no key without a user name (manager.GenerateAPIKey signs the user name)
      const key =
        (input as Input).clear === true || !general.username
          ? ''
          : `fake-api-key-${Math.random().toString(36).slice(2)}`;
      general.apiKey = key;
      return key;
    },
  };
  return { query, mutation, reset };
}

/** The input's fields that the output type has, recursively (an input may carry fields the result lacks). */
function pickFor(schema: GraphQLSchema, typeName: string, value: Json): Json {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return {};
  const fields = type.getFields();
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) {
    const field = fields[k];
    if (!field) continue;
    const named = getNamedType(field.type);
    out[k] = isObjectType(named) && isPlain(v) ? pickFor(schema, named.name, v as Json) : v;
  }
  return out;
}

/** Sets the non-null fields of `src` on `dest`. */
function setFields(dest: Json, src: Json): Json {
  for (const [k, v] of Object.entries(src)) if (v != null) dest[k] = v;
  return dest;
}

/** utils.MergeMaps: nested maps merge, everything else replaces. */
function mergeMaps(dest: Json, src: Json): void {
  for (const [k, v] of Object.entries(src)) {
    if (isPlain(v) && isPlain(dest[k])) mergeMaps(dest[k] as Json, v as Json);
    else dest[k] = v;
  }
}

function isPlain(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
