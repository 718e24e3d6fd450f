import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

// The primary version's introspection artifact, written by `pnpm schema:sync`, is the single schema input.
const lock = JSON.parse(readFileSync('schema/stash-schema.lock.json', 'utf8')) as {
  primary: string;
  versions: Record<string, { artifact: { path: string } }>;
};
const schema = lock.versions[lock.primary]?.artifact.path;
if (!schema) throw new Error(`schema/stash-schema.lock.json has no artifact for its primary ${lock.primary}`);

// The drift check regenerates into a scratch folder and compares it with the committed output.
const out = process.env.CODEGEN_OUT ?? 'packages/core/src/__generated__/';

const header = `/* eslint-disable */
// biome-ignore-all lint: generated file
/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by \`pnpm codegen\` from fragments/*.graphql and the Stash ${lock.primary} schema (schema/stash-schema.lock.json).
 */`;

const shared = {
  strictScalars: true,
  scalars: {
    Time: 'string',
    Timestamp: 'string',
    Int64: 'number',
    Map: 'Record<string, unknown>',
    BoolMap: 'Record<string, boolean>',
    PluginConfigMap: 'Record<string, Record<string, unknown>>',
    Any: 'unknown',
    Upload: 'Blob',
  },
  // Names exactly as in the schema (CriterionModifier.INCLUDES_ALL, ConfigureDLNAMutation).
  namingConvention: 'keep',
  useTypeImports: true,
  maybeValue: 'T | null',
  inputMaybeValue: 'T | null | undefined',
};

const config: CodegenConfig = {
  schema,
  documents: 'fragments/**/*.graphql',
  silent: true,
  generates: {
    // Every schema type (objects, inputs, enums), for the orm's metadata and for users' own annotations.
    [`${out}schemaTypes.ts`]: {
      plugins: [{ add: { content: header } }, 'typescript'],
      config: {
        ...shared,
        // Const objects give both a string-literal union type and runtime values (CriterionModifier.Equals).
        enumsAsConst: true,
        avoidOptionals: false,
      },
    },
    // Typed documents and their result/variable types; inputs and enums come from schemaTypes.ts.
    [`${out}graphql.ts`]: {
      plugins: [{ add: { content: header } }, 'typescript-operations', 'typed-document-node'],
      config: {
        ...shared,
        importSchemaTypesFrom: `${out}schemaTypes.ts`,
        namespacedImportName: 'Types',
        importExtension: '.js',
        skipTypename: true,
        dedupeFragments: true,
        documentMode: 'documentNode',
      },
    },
    [`${out}operations.ts`]: {
      plugins: [{ add: { content: header } }, './codegen/stashOperationsPlugin.cjs'],
    },
    // Entity field/input/mutation metadata for @stash-graphql/orm.
    [`${out}entityMeta.ts`]: {
      plugins: [{ add: { content: header } }, './codegen/stashEntityMetaPlugin.cjs'],
    },
    // Type-level maps (find filters, sort values, relation accessor names) for the orm's and store's inferred types.
    [`${out}typeMaps.ts`]: {
      plugins: [{ add: { content: header } }, './codegen/stashTypeMapsPlugin.cjs'],
    },
  },
};

export default config;
