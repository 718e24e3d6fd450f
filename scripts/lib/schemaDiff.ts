import type { IntrospectionQuery, IntrospectionType } from 'graphql';

export interface SchemaDiff {
  added: string[];
  removed: string[];
  deprecated: string[];
}

interface Member {
  deprecated: boolean;
}

/** Flattens a schema into "Type", "Type.field" and "Type.field(arg)" coordinates. */
function members(schema: IntrospectionQuery): Map<string, Member> {
  const out = new Map<string, Member>();
  for (const t of schema.__schema.types as readonly IntrospectionType[]) {
    if (t.name.startsWith('__')) continue;
    out.set(t.name, { deprecated: false });
    if (t.kind === 'OBJECT' || t.kind === 'INTERFACE') {
      for (const f of t.fields) {
        out.set(`${t.name}.${f.name}`, { deprecated: f.isDeprecated });
        for (const a of f.args) out.set(`${t.name}.${f.name}(${a.name})`, { deprecated: !!a.isDeprecated });
      }
    } else if (t.kind === 'INPUT_OBJECT') {
      for (const f of t.inputFields) out.set(`${t.name}.${f.name}`, { deprecated: !!f.isDeprecated });
    } else if (t.kind === 'ENUM') {
      for (const v of t.enumValues) out.set(`${t.name}.${v.name}`, { deprecated: v.isDeprecated });
    }
  }
  return out;
}

/** Coordinates added, removed, or newly deprecated going from `before` to `after`. */
export function diffSchemas(before: IntrospectionQuery, after: IntrospectionQuery): SchemaDiff {
  const a = members(before);
  const b = members(after);
  const diff: SchemaDiff = { added: [], removed: [], deprecated: [] };
  for (const [name, m] of b) {
    const old = a.get(name);
    if (!old) diff.added.push(name);
    else if (m.deprecated && !old.deprecated) diff.deprecated.push(name);
  }
  for (const name of a.keys()) if (!b.has(name)) diff.removed.push(name);
  // A new type's own fields are implied by the type; listing them would drown the signal.
  const collapse = (list: string[]) => {
    const types = new Set(list.filter((n) => !n.includes('.')));
    return list.filter((n) => !types.has(n.split('.')[0] as string) || !n.includes('.')).sort();
  };
  return { added: collapse(diff.added), removed: collapse(diff.removed), deprecated: diff.deprecated.sort() };
}

export function formatDiff(from: string, to: string, d: SchemaDiff): string {
  const section = (title: string, sign: string, list: string[]) =>
    `${title} (${list.length})${list.length ? `\n${list.map((n) => `  ${sign} ${n}`).join('\n')}` : ''}`;
  return [
    `Stash schema ${from} -> ${to}`,
    section('Added', '+', d.added),
    section('Removed', '-', d.removed),
    section('Newly deprecated', '~', d.deprecated),
  ].join('\n');
}
