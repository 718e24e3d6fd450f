// Local graphql-codegen plugin: emits type-level maps of every entity find filter (which criterion each filter field
// is, which related filter a `relation__…` lookup goes through, which entity ids a multi criterion takes), of the
// sort values and of the names an entity accessor can have, so that @stash-graphql/store types Django-style lookups
// without recursive template types (the key unions are read off these flat maps) and @stash-graphql/orm infers its
// accessors from the relation definitions. The lookup vocabulary and the sort values are emitted as values too.
const {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} = require('graphql');
const SORT_OPTIONS = require('./stashSortOptions.cjs');

const ENTITIES = require('./stashEntities.cjs');
const snake = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const plural = (s) => (s.endsWith('y') ? `${s.slice(0, -1)}ies` : `${s}s`);
const singular = (s) => (s.endsWith('ies') ? `${s.slice(0, -3)}y` : s.endsWith('s') ? s.slice(0, -1) : s);
const SCALAR_TS = { Boolean: 'boolean', String: 'string', ID: 'string', Int: 'number', Float: 'number' };
const { CRITERION_KINDS: CRITERIA, CRITERION_LOOKUPS } = require('./stashLookups.cjs');
const OPS = new Set(['AND', 'OR', 'NOT']);

/** The entity whose ids a multi criterion takes: the entity's own field of that name, else the name's last word. */
function idTarget(schema, owner, name) {
  const out = owner && schema.getType(owner);
  if (out && isObjectType(out)) {
    for (const n of [name, singular(name)]) {
      const f = out.getFields()[n];
      const t = f && getNamedType(f.type).name;
      if (t && ENTITIES.includes(t)) return t;
    }
  }
  const word = singular(name.split('_').at(-1));
  return ENTITIES.find((e) => e.toLowerCase() === word) ?? null;
}

const pair = (t) => `readonly [${t}, ${t}]`;
// The value type of each lookup of a kind; the lookups themselves come from CRITERION_LOOKUPS.
const ordered = (kind, t) =>
  Object.fromEntries(
    CRITERION_LOOKUPS[kind].map((l) => [l, l === 'isnull' ? 'boolean' : l.includes('between') ? pair(t) : t]),
  );

/**
 * A criterion's lookups with the value type of each, in compileFilter's vocabulary. Value types the store defines
 * (dates, entity ids) are read from the `V` parameter of the generated interface.
 */
function lookupsOf(schema, owner, name, named) {
  const kind = CRITERIA[named.name];
  switch (kind) {
    case 'int':
    case 'float':
      return ordered(kind, 'number');
    case 'date':
      return ordered(kind, "V['date']");
    case 'timestamp':
      return ordered(kind, "V['timestamp']");
    case 'string':
      return ordered(kind, 'string');
    case 'multi':
    case 'hierarchical': {
      const e = `'${idTarget(schema, owner, name) ?? 'Entity'}'`;
      // Stash takes no depth with EQUALS; the other lookups take one on hierarchical criteria.
      const deep = kind === 'hierarchical' ? `V['idsWithDepth'][${e}]` : `V['ids'][${e}]`;
      return { ...ordered(kind, deep), exact: `V['ids'][${e}]` };
    }
  }
  if (isScalarType(named)) return ordered('scalar', SCALAR_TS[named.name] ?? 'unknown');
  if (isEnumType(named)) return ordered('scalar', `Types.${named.name}`);
  if (!isInputObjectType(named)) return null;
  // Its own fields (`{ value, distance }`) or just its value; the modifier comes from the lookup.
  const fields = named.getFields();
  const t = `Types.${named.name}`;
  const body = `Omit<${t}, 'modifier'>${fields.value ? ` | NonNullable<${t}['value']>` : ''}`;
  if (!fields.modifier) return { exact: body };
  return ordered('input', body);
}

/** One filter input type → its criteria (with the aliases the store accepts) and its related filters. */
function describeFilter(schema, typeName, owner) {
  const fields = schema.getType(typeName).getFields();
  const out = owner ? schema.getType(owner).getFields() : {};
  const criteria = [];
  const related = [];
  for (const f of Object.values(fields)) {
    if (OPS.has(f.name)) continue;
    let t = f.type;
    if (isNonNullType(t)) t = t.ofType;
    if (isListType(t)) continue; // custom_fields, fingerprints: list inputs the lookups do not express
    const named = getNamedType(t);
    if (f.name.endsWith('_filter') && isInputObjectType(named)) {
      // The store reads `x__…` through x_filter or xs_filter; the typed name is the one the entity's own field has
      // (`studio__name` for studios_filter, as scene.studio). Deprecated ones (movies) are left to the run time.
      if (f.deprecationReason) continue;
      const base = f.name.slice(0, -'_filter'.length);
      const one = base.slice(0, -1);
      const ot = out[one]?.type;
      const single = ot && !out[one].args.length && !isListType(isNonNullType(ot) ? ot.ofType : ot);
      const name = base.endsWith('s') && single && !out[base] && !fields[`${one}_filter`] ? one : base;
      related.push({ name, filter: named.name });
      continue;
    }
    const lookups = lookupsOf(schema, owner, f.name, named);
    if (!lookups) continue;
    criteria.push({ name: f.name, lookups });
    // `tag__in` reads `tags`, as the store resolves a missing name to its plural.
    if (
      (CRITERIA[named.name] === 'multi' || CRITERIA[named.name] === 'hierarchical') &&
      f.name.endsWith('s') &&
      !f.name.endsWith('ies') &&
      !fields[f.name.slice(0, -1)]
    ) {
      criteria.push({ name: f.name.slice(0, -1), lookups });
    }
  }
  return { criteria, related };
}

/** @type {import('@graphql-codegen/plugin-helpers').PluginFunction} */
module.exports.plugin = (schema) => {
  const queries = schema.getQueryType().getFields();
  const entityFilters = {};
  for (const e of ENTITIES) {
    const q = queries[`find${plural(e)}`];
    const arg = q?.args.find((a) => a.name === `${snake(e)}_filter`);
    if (arg) entityFilters[e] = getNamedType(arg.type).name;
  }
  // Every filter type reachable through related filters, with the entity it filters (for id targets).
  const owners = new Map(Object.entries(entityFilters).map(([e, f]) => [f, e]));
  const queue = Object.values(entityFilters);
  const filters = new Map();
  while (queue.length) {
    const name = queue.shift();
    if (filters.has(name)) continue;
    const owner = owners.get(name) ?? ENTITIES.find((e) => `${e}FilterType` === name) ?? null;
    const d = describeFilter(schema, name, owner);
    filters.set(name, d);
    for (const r of d.related) queue.push(r.filter);
  }
  const names = [...filters.keys()].sort();

  const out = [];
  out.push("import type { EntityTypename } from './entityMeta.js';");
  out.push("import type * as Types from './schemaTypes.js';");
  out.push('');
  out.push('/** What the store supplies for the value types the schema leaves open. */');
  out.push('export interface LookupValueTypes {');
  out.push('  /** A Date criterion value. */');
  out.push('  date: unknown;');
  out.push('  /** A Timestamp criterion value. */');
  out.push('  timestamp: unknown;');
  out.push("  /** A multi criterion's ids, per entity type (`Entity` when the schema does not say which). */");
  out.push("  ids: Record<EntityTypename | 'Entity', unknown>;");
  out.push('  /** The same, with a hierarchy depth. */');
  out.push("  idsWithDepth: Record<EntityTypename | 'Entity', unknown>;");
  out.push('}');
  out.push('');
  out.push(
    "/** Each filter type's own lookups, flat: `field` (its exact lookup) and `field__lookup`, with value types. */",
  );
  out.push('export interface FilterLookupTypes<V extends LookupValueTypes> {');
  for (const n of names) {
    out.push(`  ${n}: {`);
    for (const c of filters.get(n).criteria) {
      for (const [lookup, type] of Object.entries(c.lookups)) {
        if (lookup === 'exact') out.push(`    ${c.name}?: ${type};`);
        out.push(`    ${c.name}__${lookup}?: ${type};`);
      }
    }
    out.push('  };');
  }
  out.push('}');
  out.push('');
  out.push('/** The related filters of each filter type: `studio__name__icontains` goes through `studios_filter`. */');
  out.push('export interface FilterRelations {');
  for (const n of names) {
    const rel = filters.get(n).related;
    out.push(`  ${n}: {${rel.length ? '' : '}'}`);
    for (const r of rel) out.push(`    ${r.name}: '${r.filter}';`);
    if (rel.length) out.push('  };');
  }
  out.push('}');
  out.push('');
  out.push('/** The find filter type of each entity type that has a find query. */');
  out.push('export interface EntityFilterTypes {');
  for (const [e, f] of Object.entries(entityFilters)) out.push(`  ${e}: '${f}';`);
  out.push('}');
  out.push('');
  // Values as well as types: core's capabilities classify a server's filter fields with them, compileFilter checks
  // lookups against them (codegen/stashLookups.cjs is their one source).
  out.push('/** The criterion kind of each criterion input type (fields of other types are `scalar` or `input`). */');
  out.push('export const CRITERION_KINDS = {');
  for (const [t, k] of Object.entries(CRITERIA)) out.push(`  ${t}: '${k}',`);
  out.push('} as const;');
  out.push('/** The lookups (`field__lookup`) each criterion kind takes. */');
  out.push('export const CRITERION_LOOKUPS = {');
  for (const [k, list] of Object.entries(CRITERION_LOOKUPS))
    out.push(`  ${k}: [${list.map((l) => `'${l}'`).join(', ')}],`);
  out.push('} as const;');
  out.push('export type CriterionKind = keyof typeof CRITERION_LOOKUPS;');
  out.push('export type Lookup = (typeof CRITERION_LOOKUPS)[CriterionKind][number];');
  out.push('');
  // A value as well as a type: the fake Stash checks sorts against the same allow-lists the store's types use.
  out.push("/** The sort values each entity type's find query accepts (Stash's allow-lists; `random_<seed>` too). */");
  out.push('export const ENTITY_SORT_OPTIONS = {');
  for (const e of Object.keys(entityFilters)) {
    const list = SORT_OPTIONS[e];
    if (!list) throw new Error(`stashFilterTypesPlugin: no sort options for ${e} in codegen/stashSortOptions.cjs`);
    out.push(`  ${e}: [${list.map((s) => `'${s}'`).join(', ')}],`);
  }
  out.push('} as const;');
  out.push('export type EntitySortOptions = {');
  out.push('  [E in keyof typeof ENTITY_SORT_OPTIONS]: (typeof ENTITY_SORT_OPTIONS)[E][number];');
  out.push('};');
  // Accessor declarations keep their own setter type (`tags` reads a RelationList and takes any iterable), which a
  // mapped type cannot express; one generic pair per name that an entity field or relation can have.
  const accessorNames = new Set();
  for (const e of ENTITIES) {
    for (const f of Object.keys(schema.getType(e).getFields())) accessorNames.add(f);
    accessorNames.add(plural(e.charAt(0).toLowerCase() + e.slice(1)));
    accessorNames.add(snake(plural(e)));
  }
  out.push('');
  out.push('/** One accessor per name that an entity field or relation can have: read as `G`, written as `S`. */');
  out.push('export interface AccessorPairs<G, S> {');
  for (const n of [...accessorNames].sort()) out.push(`  ${n}: { get ${n}(): G; set ${n}(value: S) };`);
  out.push('}');
  return `${out.join('\n')}\n`;
};
