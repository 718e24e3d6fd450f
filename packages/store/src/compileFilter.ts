import { type FilterField, StashCapabilities } from '@stash-graphql/core';
import { CRITERION_LOOKUPS } from '@stash-graphql/core/generated';
import { bad, criterionValue } from './criterionValue.js';
import { and, not, or } from './filterComposition.js';
import { type Lookups, type QExpr, type QNode, toNode } from './Q.js';
import { StashStoreError } from './StashStoreError.js';

// Django-style keys → filter fields: `title__icontains` is the `title` criterion with lookup `icontains`,
// `studio__name__icontains` goes through the `studios_filter` related filter. Fields, criterion kinds and lookups come
// from the connected server (capabilities' filterFields, classified with the generated CRITERION_LOOKUPS).

type Filter = Record<string, unknown>;
const ALL_LOOKUPS = new Set<string>(Object.values(CRITERION_LOOKUPS).flat());

interface Resolved {
  kind: 'criterion' | 'related';
  key: string;
  field: FilterField;
  lookup: string;
  /** For related: the lookup key inside the related filter. */
  rest: string;
}

function validNames(fields: ReadonlyMap<string, FilterField>): string[] {
  const out: string[] = [];
  for (const f of fields.values()) {
    out.push(f.name.endsWith('_filter') ? `${f.name.slice(0, -'_filter'.length)}__<field>` : f.name);
  }
  return out.sort();
}

/** A field read by its own lookups (not a related filter). */
const isCriterion = (f: FilterField | undefined): f is FilterField => !!f && !f.name.endsWith('_filter');
const isMulti = (f: FilterField) => f.criterion === 'multi' || f.criterion === 'hierarchical';

function resolve(caps: StashCapabilities, filterType: string, key: string): Resolved {
  const fields = caps.filterFields(filterType);
  if (!fields) throw new StashStoreError('unsupported', `this Stash has no ${filterType}`);
  const segs = key.split('__');
  const [seg, ...rest] = segs as [string, ...string[]];
  const isLookup = rest.length === 0 || (rest.length === 1 && ALL_LOOKUPS.has(rest[0] as string));
  if (isLookup) {
    const name = [seg, `${seg}s`].find((n) => isCriterion(fields.get(n)));
    if (name) {
      const field = fields.get(name) as FilterField;
      const lookup = rest[0] ?? 'exact';
      const valid = field.lookups as readonly string[];
      if (!valid.includes(lookup)) {
        throw new StashStoreError(
          'unknown-lookup',
          `${filterType}.${name} (${field.type}) has no lookup ${JSON.stringify(lookup)} (in ${key})`,
          valid,
        );
      }
      return { kind: 'criterion', key: name, field, lookup, rest: '' };
    }
  }
  if (rest.length) {
    const candidates = [`${seg}_filter`, `${seg}s_filter`, `${seg}es_filter`];
    const name = candidates.find((n) => fields.get(n)?.related);
    if (name)
      return { kind: 'related', key: name, field: fields.get(name) as FilterField, lookup: '', rest: rest.join('__') };
    const since = candidates.map((c) => StashCapabilities.minVersion(`${filterType}.${c}`)).find(Boolean);
    if (since) {
      throw new StashStoreError(
        'unsupported',
        `${key}: ${filterType} on this Stash (${caps.version}) has no related filter for ${seg}; it needs Stash ≥ ${since}`,
        validNames(fields),
      );
    }
  }
  const plain = [seg, `${seg}s`].find((n) => isCriterion(fields.get(n)));
  const field = plain ? (fields.get(plain) as FilterField) : undefined;
  // `title__foo`, `date__after`: the field exists, the lookup does not. (On a list of entities, `tags__x` may mean a
  // related filter this server lacks; that stays an unknown field.)
  if (field && rest.length === 1 && !isMulti(field)) {
    throw new StashStoreError(
      'unknown-lookup',
      `${filterType}.${plain} (${field.type}) has no lookup ${JSON.stringify(rest[0])} (in ${key})`,
      field.lookups,
    );
  }
  throw new StashStoreError(
    'unknown-field',
    `${filterType} has no filter field ${JSON.stringify(seg)} (in ${key})`,
    validNames(fields),
  );
}

function leaf(caps: StashCapabilities, filterType: string, lookups: Lookups): Filter {
  if (!lookups || typeof lookups !== 'object' || Array.isArray(lookups))
    bad(filterType, 'an object of lookups', lookups);
  const atoms: Filter[] = [];
  const related = new Map<string, { field: FilterField; lookups: Record<string, unknown> }>();
  for (const [key, value] of Object.entries(lookups)) {
    const r = resolve(caps, filterType, key);
    if (r.kind === 'related') {
      let g = related.get(r.key);
      if (!g) {
        g = { field: r.field, lookups: {} };
        related.set(r.key, g);
      }
      g.lookups[r.rest] = value;
    } else {
      atoms.push({ [r.key]: criterionValue(caps, r.field, r.lookup, value, key) });
    }
  }
  // One related sub-filter per relation, so that `tags__name…` lookups in one Q apply to the same related row.
  for (const [key, g] of related) atoms.push({ [key]: leaf(caps, g.field.related as string, g.lookups) });
  return atoms.reduce((acc, f) => and(acc, f), {} as Filter);
}

function compileNode(caps: StashCapabilities, filterType: string, node: QNode): Filter {
  switch (node.op) {
    case 'leaf':
      return leaf(caps, filterType, node.lookups);
    case 'and':
      return node.children.map((c) => compileNode(caps, filterType, c)).reduce((a, b) => and(a, b), {});
    case 'or': {
      const parts = node.children.map((c) => compileNode(caps, filterType, c));
      return parts.slice(1).reduce((a, b) => or(a, b), parts[0] ?? {});
    }
    case 'not':
      return not(compileNode(caps, filterType, node.child));
  }
}

/**
 * Django-style lookups (or a Q expression) → the server's filter input (`SceneFilterType`), checked against this
 * server's schema: an unknown field or lookup, a wrong value type or something this version cannot express throws
 * StashStoreError before any request.
 */
export function compileFilter(caps: StashCapabilities, filterType: string, filters: Lookups | QExpr): Filter {
  return compileNode(caps, filterType, toNode(filters));
}
