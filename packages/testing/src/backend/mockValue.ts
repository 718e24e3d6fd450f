import {
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';

/**
 * A schema-valid placeholder for `type`: nullable -> null, lists -> [],
 * scalars -> zero values, enums -> first value, objects -> every non-null field
 * filled lazily (graphql-js only calls the getters it selects).
 */
export function mockValue(
  schema: GraphQLSchema,
  type: GraphQLOutputType,
  now: () => string,
  overrides: Record<string, unknown> = {},
): unknown {
  if (!isNonNullType(type)) return isListType(type) ? [] : null;
  const inner = type.ofType;
  if (isListType(inner)) return [];
  if (isScalarType(inner)) return scalarZero(inner.name, now);
  if (isEnumType(inner)) return inner.getValues()[0]?.value ?? null;
  if (isObjectType(inner)) return mockObject(schema, inner.name, now, overrides);
  if (isInterfaceType(inner) || isUnionType(inner)) {
    const impl = schema.getPossibleTypes(inner)[0];
    return impl ? { __typename: impl.name, ...(mockObject(schema, impl.name, now, overrides) as object) } : null;
  }
  return null;
}

export function mockObject(
  schema: GraphQLSchema,
  typeName: string,
  now: () => string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const t = schema.getType(typeName);
  if (!isObjectType(t)) return {};
  const out: Record<string, unknown> = {};
  for (const f of Object.values(t.getFields())) {
    if (Object.hasOwn(overrides, f.name)) {
      out[f.name] = overrides[f.name];
      continue;
    }
    // lazy so recursive types (Folder.parent_folder ...) never loop
    out[f.name] = () => mockValue(schema, f.type, now);
  }
  return out;
}

/** Materialises a mock object to plain JSON (depth-limited), e.g. for a stored default config. */
export function materialise(
  schema: GraphQLSchema,
  typeName: string,
  now: () => string,
  depth = 4,
): Record<string, unknown> {
  const t = schema.getType(typeName);
  if (!isObjectType(t) || depth <= 0) return {};
  const out: Record<string, unknown> = {};
  for (const f of Object.values(t.getFields())) {
    const named = getNamedType(f.type);
    if (isNonNullType(f.type) && isObjectType(f.type.ofType))
      out[f.name] = materialise(schema, named.name, now, depth - 1);
    else out[f.name] = mockValue(schema, f.type, now);
  }
  return out;
}

function scalarZero(name: string, now: () => string): unknown {
  switch (name) {
    case 'String':
      return '';
    case 'Int':
    case 'Float':
    case 'Int64':
      return 0;
    case 'Boolean':
      return false;
    case 'ID':
      return '0';
    case 'Time':
    case 'Timestamp':
      return now();
    case 'Map':
    case 'PluginConfigMap':
    case 'BoolMap':
      return {};
    default:
      return null;
  }
}
