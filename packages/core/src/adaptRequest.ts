import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  type TypeNode,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { StashCapabilities } from './StashCapabilities.js';
import { StashCapabilityError, StashInputError } from './StashError.js';

/** What to do with an input field (or argument value) the server's version does not have. */
export type UnsupportedInputPolicy = 'error' | 'drop';

interface AdaptedDocument {
  document: DocumentNode;
  /** Variables whose only use was removed, with the schema coordinate that was missing. */
  orphaned: Map<string, string>;
}

const ROOTS = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;
const cache = new WeakMap<StashCapabilities, WeakMap<DocumentNode, AdaptedDocument>>();

/**
 * Fits a document and its variables to the server's schema before sending: selections the server lacks are dropped
 * (older servers simply return less), while operations and input the server lacks are refused with a
 * StashCapabilityError naming the minimum version, or dropped when the policy says so.
 */
export function adaptRequest(
  caps: StashCapabilities,
  document: DocumentNode,
  variables: Record<string, unknown>,
  policy: UnsupportedInputPolicy,
  onDrop?: (coordinate: string) => void,
): { document: DocumentNode; variables: Record<string, unknown> } {
  let perCaps = cache.get(caps);
  if (!perCaps) {
    perCaps = new WeakMap();
    cache.set(caps, perCaps);
  }
  let adapted = perCaps.get(document);
  if (!adapted) {
    adapted = adaptDocument(caps, document);
    perCaps.set(document, adapted);
  }

  const refuse = (coordinate: string) => {
    if (policy === 'drop') {
      onDrop?.(coordinate);
      return;
    }
    throw new StashCapabilityError(coordinate, StashCapabilities.minVersion(coordinate), caps.version);
  };
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(variables)) {
    const orphan = adapted.orphaned.get(name);
    if (orphan !== undefined) {
      if (value != null) refuse(orphan);
      continue;
    }
    out[name] = value;
  }
  const operation = adapted.document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as
    | OperationDefinitionNode
    | undefined;
  for (const def of operation?.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    if (out[name] === undefined) continue;
    const type = typeFromAST(caps.schema, def.type as never) as GraphQLInputType | undefined;
    if (!type) {
      refuse(namedType(def.type));
      delete out[name];
      continue;
    }
    out[name] = fitInput(type, out[name], refuse);
  }
  return { document: adapted.document, variables: out };
}

function namedType(t: TypeNode): string {
  return t.kind === Kind.NAMED_TYPE ? t.name.value : namedType(t.type);
}

/** Walks a variable value against the server's input type, refusing or dropping what the server lacks. */
function fitInput(type: GraphQLInputType, value: unknown, refuse: (coordinate: string) => void): unknown {
  if (value == null) return value;
  if (isNonNullType(type)) return fitInput(type.ofType, value, refuse);
  if (isListType(type)) {
    return Array.isArray(value)
      ? value.map((v) => fitInput(type.ofType, v, refuse))
      : fitInput(type.ofType, value, refuse);
  }
  if (isInputObjectType(type) && typeof value === 'object' && !Array.isArray(value)) {
    const fields = type.getFields();
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const field = fields[key];
      if (field) {
        out[key] = fitInput(field.type, v, refuse);
        continue;
      }
      const coordinate = `${type.name}.${key}`;
      if (StashCapabilities.minVersion(coordinate) === undefined) {
        throw new StashInputError(`Unknown input field ${coordinate}`, Object.keys(fields));
      }
      refuse(coordinate);
    }
    return out;
  }
  if (isEnumType(type) && typeof value === 'string' && !type.getValue(value)) {
    const coordinate = `${type.name}.${value}`;
    if (StashCapabilities.minVersion(coordinate) === undefined) {
      throw new StashInputError(
        `Unknown ${type.name} value ${JSON.stringify(value)}`,
        type.getValues().map((v) => v.name),
      );
    }
    // An enum value cannot be dropped without changing the meaning of the request.
    throw new StashCapabilityError(coordinate, StashCapabilities.minVersion(coordinate), 'this server');
  }
  return value;
}

/**
 * Only what a supported Stash version has is adapted away. Anything no version knows is a mistake, and is sent
 * unchanged so the server's validation error reaches the caller instead of a silently smaller answer.
 */
const knownElsewhere = (coordinate: string) => StashCapabilities.minVersion(coordinate) !== undefined;

function adaptDocument(caps: StashCapabilities, document: DocumentNode): AdaptedDocument {
  const schema = caps.schema;
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const root = ROOTS[def.operation];
    for (const sel of def.selectionSet.selections) {
      if (sel.kind === Kind.FIELD && !sel.name.value.startsWith('__') && !caps.typeHasField(root, sel.name.value)) {
        const coordinate = `${root}.${sel.name.value}`;
        if (!knownElsewhere(coordinate)) continue;
        throw new StashCapabilityError(coordinate, StashCapabilities.minVersion(coordinate), caps.version);
      }
    }
  }
  const removedFragments = new Set<string>();
  const argVariables = new Map<string, string>();
  let doc = document;
  // Removing a field can empty a fragment, which removes its spreads: repeat until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    const typeInfo = new TypeInfo(schema);
    const drop = () => {
      changed = true;
      return null;
    };
    doc = visit(
      doc,
      visitWithTypeInfo(typeInfo, {
        Field: {
          enter: (node) =>
            typeInfo.getFieldDef() || !knownElsewhere(`${typeInfo.getParentType()?.name}.${node.name.value}`)
              ? undefined
              : drop(),
          leave: (node) => (node.selectionSet && node.selectionSet.selections.length === 0 ? drop() : undefined),
        },
        Argument: (node) => {
          if (typeInfo.getArgument()) return undefined;
          const parent = typeInfo.getParentType();
          const field = typeInfo.getFieldDef();
          const coordinate = `${parent?.name}.${field?.name}(${node.name.value})`;
          if (!field || !knownElsewhere(`${parent?.name}.${field.name}`)) return undefined;
          visit(node.value, { Variable: (v) => void argVariables.set(v.name.value, coordinate) });
          return drop();
        },
        InlineFragment: {
          enter: (node) =>
            node.typeCondition &&
            !schema.getType(node.typeCondition.name.value) &&
            knownElsewhere(node.typeCondition.name.value)
              ? drop()
              : undefined,
          leave: (node) => (node.selectionSet.selections.length === 0 ? drop() : undefined),
        },
        FragmentSpread: (node) => (removedFragments.has(node.name.value) ? drop() : undefined),
        FragmentDefinition: {
          enter: (node) => {
            const name = node.name.value;
            if (removedFragments.has(name)) return null;
            const type = node.typeCondition.name.value;
            if (schema.getType(type) || !knownElsewhere(type)) return undefined;
            removedFragments.add(name);
            return drop();
          },
          leave: (node) => {
            if (node.selectionSet.selections.length > 0) return undefined;
            removedFragments.add(node.name.value);
            return drop();
          },
        },
      }),
    );
  }
  return pruneVariables(doc, argVariables);
}

/** Drops variable definitions (and unused fragments) that no longer have a use. */
function pruneVariables(doc: DocumentNode, argVariables: Map<string, string>): AdaptedDocument {
  const fragments = new Map(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const used = new Set<string>();
  const usedFragments = new Set<string>();
  const collect = (node: Parameters<typeof visit>[0]) =>
    visit(node, {
      Variable: (v) => void used.add(v.name.value),
      FragmentSpread: (s) => {
        if (usedFragments.has(s.name.value)) return;
        usedFragments.add(s.name.value);
        const f = fragments.get(s.name.value);
        if (f) collect(f);
      },
      VariableDefinition: () => false,
    });
  const orphaned = new Map<string, string>();
  const definitions = doc.definitions.flatMap((d): DefinitionNode[] => {
    if (d.kind === Kind.FRAGMENT_DEFINITION) return [];
    if (d.kind !== Kind.OPERATION_DEFINITION) return [d];
    collect(d);
    const variableDefinitions = (d.variableDefinitions ?? []).filter((v) => {
      const name = v.variable.name.value;
      if (used.has(name)) return true;
      orphaned.set(name, argVariables.get(name) ?? `$${name}`);
      return false;
    });
    return [{ ...d, variableDefinitions }];
  });
  for (const name of usedFragments) {
    const f = fragments.get(name);
    if (f) definitions.push(f);
  }
  // A fresh document: a spread would copy the original's `loc`, whose text is the unadapted query.
  return { document: { kind: Kind.DOCUMENT, definitions }, orphaned };
}
