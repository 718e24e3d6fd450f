import type { StashCapabilities } from '@stash-graphql/core';

// The server's introspected schema (graphql-js objects), read by duck typing so the store needs no graphql import.
type AnyType = { name?: string; ofType?: AnyType; getFields?: () => Record<string, AnyField>; toString(): string };
interface AnyField {
  name: string;
  type: AnyType;
  args?: readonly { name: string; type: AnyType }[];
  deprecationReason?: string | null;
}

export interface FieldShape {
  name: string;
  /** Named type, e.g. `IntCriterionInput`, `Studio`, `String`. */
  type: string;
  list: boolean;
  kind: 'object' | 'input' | 'leaf' | 'other';
  deprecated: boolean;
  args: readonly { name: string; type: string }[];
}

function named(t: AnyType): AnyType {
  let n = t;
  while (n.ofType) n = n.ofType;
  return n;
}

function kindOf(t: AnyType): FieldShape['kind'] {
  const o = t as Record<string, unknown>;
  if ('isTypeOf' in o && 'getInterfaces' in o) return 'object';
  if ('getFields' in o && !('getInterfaces' in o)) return 'input';
  if ('getTypes' in o || 'getInterfaces' in o) return 'other';
  return 'leaf';
}

const cache = new WeakMap<object, Map<string, Map<string, FieldShape> | null>>();

/** Fields of an object or input type on this server, or null when the server has no such type. */
export function fieldsOfType(caps: StashCapabilities, typeName: string): Map<string, FieldShape> | null {
  let byType = cache.get(caps.schema);
  if (!byType) {
    byType = new Map();
    cache.set(caps.schema, byType);
  }
  if (byType.has(typeName)) return byType.get(typeName) ?? null;
  const t = caps.schema.getType(typeName) as unknown as AnyType | undefined;
  let out: Map<string, FieldShape> | null = null;
  if (t?.getFields) {
    out = new Map();
    for (const f of Object.values(t.getFields())) {
      const n = named(f.type);
      out.set(f.name, {
        name: f.name,
        type: n.name ?? '',
        list: f.type.toString().includes('['),
        kind: kindOf(n),
        deprecated: !!f.deprecationReason,
        args: (f.args ?? []).map((a) => ({ name: a.name, type: a.type.toString() })),
      });
    }
  }
  byType.set(typeName, out);
  return out;
}
