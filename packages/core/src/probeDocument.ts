import {
  type DocumentNode,
  getIntrospectionQuery,
  type IntrospectionQuery,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { StashCapabilities } from './StashCapabilities.js';

/**
 * One request for everything capabilities need: the version, the app schema number and the introspected schema.
 * Built from graphql-js's standard introspection query, with the two Stash fields added.
 */
export const PROBE_DOCUMENT: DocumentNode = (() => {
  const base = parse(getIntrospectionQuery({ descriptions: false, inputValueDeprecation: true }));
  const extra = parse('{ version { version } systemStatus { appSchema } }').definitions[0] as OperationDefinitionNode;
  // A fresh node without `loc`, so nothing can mistake the unmodified query text for this document.
  return {
    kind: Kind.DOCUMENT,
    definitions: base.definitions.map((d) =>
      d.kind === Kind.OPERATION_DEFINITION
        ? {
            ...d,
            name: { kind: Kind.NAME, value: 'StashCapabilities' },
            selectionSet: {
              ...d.selectionSet,
              selections: [...extra.selectionSet.selections, ...d.selectionSet.selections],
            },
          }
        : d,
    ),
  };
})();

/**
 * Reads the probe's answer, or says what was wrong with it: a server that is not Stash (or a proxy in front of
 * nothing) can answer with any shape.
 */
export function readProbe(data: Record<string, unknown>): StashCapabilities | { problem: string } {
  const version = data.version as { version?: unknown } | null;
  const status = data.systemStatus as { appSchema?: unknown } | null;
  const schema = data.__schema as { types?: unknown; queryType?: unknown } | null;
  if (!version || typeof version !== 'object') return { problem: 'no Query.version object' };
  if (!schema || typeof schema !== 'object' || !Array.isArray(schema.types) || !schema.queryType) {
    return { problem: 'an introspection result without __schema.types or __schema.queryType' };
  }
  const appSchema = status && typeof status === 'object' ? status.appSchema : null;
  const introspection = { __schema: schema } as unknown as IntrospectionQuery;
  try {
    return new StashCapabilities({
      version: typeof version.version === 'string' ? version.version : 'unknown',
      appSchema: typeof appSchema === 'number' ? appSchema : null,
      introspection,
    });
  } catch (e) {
    return { problem: `an introspection result graphql-js cannot read (${(e as Error).message})` };
  }
}
