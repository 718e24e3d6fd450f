import {
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { CRITERION_KINDS, CRITERION_LOOKUPS, type CriterionKind, type Lookup } from './__generated__/typeMaps.js';

/** One field of an object or input type, as a server's schema has it. */
export interface SchemaField {
  name: string;
  /** Named type, e.g. `IntCriterionInput`, `Studio`, `String`. */
  type: string;
  list: boolean;
  kind: 'object' | 'input' | 'leaf' | 'other';
  deprecated: boolean;
  args: readonly { name: string; type: string }[];
}

/** One field of a filter input type, classified with the generated lookup vocabulary (CRITERION_LOOKUPS). */
export interface FilterField extends SchemaField {
  /** The criterion kind its lookups follow; null for a related filter (`studios_filter`). */
  criterion: CriterionKind | null;
  /** The lookups it takes (none for a related filter). */
  lookups: readonly Lookup[];
  /** For a related filter: the filter type it takes (`StudioFilterType`). */
  related: string | null;
}

const OPS = new Set(['AND', 'OR', 'NOT']);

function kindOf(t: GraphQLNamedType): SchemaField['kind'] {
  if (isObjectType(t)) return 'object';
  if (isInputObjectType(t)) return 'input';
  if (isScalarType(t) || isEnumType(t)) return 'leaf';
  return 'other';
}

function describe(f: GraphQLField<unknown, unknown> | GraphQLInputField): SchemaField {
  const named = getNamedType(f.type);
  const bare = isNonNullType(f.type) ? f.type.ofType : f.type;
  return {
    name: f.name,
    type: named.name,
    list: isListType(bare),
    kind: kindOf(named),
    deprecated: !!f.deprecationReason,
    args: 'args' in f ? f.args.map((a) => ({ name: a.name, type: String(a.type) })) : [],
  };
}

function criterionOf(f: SchemaField): CriterionKind {
  const kind = (CRITERION_KINDS as Record<string, CriterionKind>)[f.type];
  if (kind) return kind;
  return f.kind === 'leaf' ? 'scalar' : 'input';
}

type Cache = {
  fields: Map<string, Map<string, SchemaField> | null>;
  filters: Map<string, Map<string, FilterField> | null>;
};
const caches = new WeakMap<GraphQLSchema, Cache>();
function cacheOf(schema: GraphQLSchema): Cache {
  let c = caches.get(schema);
  if (!c) {
    c = { fields: new Map(), filters: new Map() };
    caches.set(schema, c);
  }
  return c;
}

/** Fields of an object, interface or input type in this schema, or null when it has no such type. */
export function schemaFields(schema: GraphQLSchema, typeName: string): ReadonlyMap<string, SchemaField> | null {
  const cache = cacheOf(schema).fields;
  if (cache.has(typeName)) return cache.get(typeName) ?? null;
  const t = schema.getType(typeName);
  let out: Map<string, SchemaField> | null = null;
  if (isObjectType(t) || isInterfaceType(t) || isInputObjectType(t)) {
    out = new Map();
    for (const f of Object.values(t.getFields())) out.set(f.name, describe(f));
  }
  cache.set(typeName, out);
  return out;
}

/**
 * The fields of a filter input type (`SceneFilterType`) with the criterion kind and lookups of each, or null when the
 * schema has no such type. AND/OR/NOT are left out: they compose filters, they are not fields of one.
 */
export function filterFields(schema: GraphQLSchema, filterType: string): ReadonlyMap<string, FilterField> | null {
  const cache = cacheOf(schema).filters;
  if (cache.has(filterType)) return cache.get(filterType) ?? null;
  const fields = schemaFields(schema, filterType);
  let out: Map<string, FilterField> | null = null;
  if (fields) {
    out = new Map();
    for (const f of fields.values()) {
      if (OPS.has(f.name)) continue;
      const related = f.name.endsWith('_filter') && f.kind === 'input' ? f.type : null;
      const criterion = related ? null : criterionOf(f);
      out.set(f.name, { ...f, criterion, lookups: criterion ? CRITERION_LOOKUPS[criterion] : [], related });
    }
  }
  cache.set(filterType, out);
  return out;
}
