import { type DocumentNode, getIntrospectionQuery, Kind, type OperationDefinitionNode, parse } from 'graphql';

/**
 * One request for everything capabilities need: the version, the app schema number and the introspected schema.
 * Built from graphql-js's standard introspection query, with the two Stash fields added.
 */
export const PROBE_DOCUMENT: DocumentNode = (() => {
  const base = parse(getIntrospectionQuery({ descriptions: false, inputValueDeprecation: true }));
  const extra = parse('{ version { version } systemStatus { appSchema } }').definitions[0] as OperationDefinitionNode;
  // A fresh node without `loc`: urql sends `loc.source.body` when present, which would be the unmodified query.
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
