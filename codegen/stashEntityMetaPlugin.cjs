// Local graphql-codegen plugin: emits field, input and mutation metadata for the entity types, read from the schema,
// so that @stash-graphql/orm never hand-writes what the schema already says (field types, which input field an output
// field is written through, which mutations create/update/destroy/merge an entity, which query finds it).
const {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} = require('graphql');

const ENTITIES = require('./stashEntities.cjs');
// Saved filters break the <entity>Create/<entity>Update/<entity>Destroy naming: one upsert and a verb-first destroy.
const IRREGULAR = { SavedFilter: { create: 'saveFilter', update: 'saveFilter', destroy: 'destroySavedFilter' } };

const lcFirst = (s) => s.charAt(0).toLowerCase() + s.slice(1);
const snake = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const plural = (s) => (s.endsWith('y') ? `${s.slice(0, -1)}ies` : `${s}s`);
const singular = (s) =>
  s.endsWith('ies') ? `${s.slice(0, -3)}y` : s.endsWith('ren') ? s.slice(0, -3) : s.endsWith('s') ? s.slice(0, -1) : s;

function fieldMeta(type) {
  let t = type;
  const nonNull = isNonNullType(t);
  if (nonNull) t = t.ofType;
  const list = isListType(t);
  let itemNonNull = false;
  if (list) {
    t = t.ofType;
    itemNonNull = isNonNullType(t);
  }
  const named = getNamedType(t);
  return {
    type: named.name,
    kind: isEnumType(named)
      ? 'ENUM'
      : isObjectType(named)
        ? 'OBJECT'
        : isInterfaceType(named)
          ? 'INTERFACE'
          : isUnionType(named)
            ? 'UNION'
            : isInputObjectType(named)
              ? 'INPUT_OBJECT'
              : 'SCALAR',
    list,
    nonNull,
    itemNonNull,
  };
}

const fieldsOf = (type) => Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, fieldMeta(f.type)]));

/** The mutation and its single input-object argument (or `id`/`ids` argument), when the schema has it. */
function mutationMeta(schema, name) {
  const field = name && schema.getMutationType().getFields()[name];
  if (!field) return null;
  const inputArg = field.args.find((a) => a.name === 'input');
  if (inputArg) {
    const input = getNamedType(inputArg.type);
    return { mutation: name, arg: 'input', input: input.name, fields: fieldsOf(input) };
  }
  return { mutation: name, arg: field.args[0]?.name ?? null, input: null, fields: {} };
}

/** Output field → the create/update input field that writes it, by Stash's naming conventions. */
function inputFieldMap(fields, inputs) {
  const map = {};
  for (const [name, meta] of Object.entries(fields)) {
    if (name === 'id') continue;
    const candidates = [name];
    if (meta.kind === 'OBJECT') {
      if (meta.list) candidates.push(`${singular(name)}_ids`);
      else candidates.push(`${name}_id`);
      // `parent_studio: Studio` is written as `parent_id`: drop the type name suffix.
      const suffix = `_${snake(meta.type)}`;
      if (name.endsWith(suffix)) candidates.push(`${name.slice(0, -suffix.length)}_id${meta.list ? 's' : ''}`);
    }
    const hit = candidates.find((c) => inputs.some((i) => Object.hasOwn(i, c)));
    if (hit) map[name] = hit;
  }
  return map;
}

function findMeta(schema, typename) {
  const query = schema.getQueryType().getFields()[`find${plural(typename)}`];
  const filterArg = query?.args.find((a) => a.name === `${snake(typename)}_filter`);
  if (!query || !filterArg) return null;
  const result = getNamedType(query.type);
  const resultField = Object.values(result.getFields()).find(
    (f) => isListType(isNonNullType(f.type) ? f.type.ofType : f.type) && getNamedType(f.type).name === typename,
  );
  const filterType = getNamedType(filterArg.type);
  const criteria = {};
  for (const f of Object.values(filterType.getFields())) {
    const t = getNamedType(f.type).name;
    if (t === 'MultiCriterionInput' || t === 'HierarchicalMultiCriterionInput') criteria[f.name] = t;
  }
  return {
    query: query.name,
    filterArg: filterArg.name,
    filterType: filterType.name,
    resultField: resultField?.name ?? null,
    criteria,
  };
}

/** @type {import('@graphql-codegen/plugin-helpers').PluginFunction} */
module.exports.plugin = (schema) => {
  const mutations = schema.getMutationType().getFields();
  const has = (n) => (Object.hasOwn(mutations, n) ? n : null);
  const enums = new Set();
  const entities = {};
  for (const typename of ENTITIES) {
    const type = schema.getType(typename);
    if (!type) throw new Error(`stashEntityMetaPlugin: the schema has no type ${typename}`);
    const lc = lcFirst(typename);
    const irregular = IRREGULAR[typename] ?? {};
    const fields = fieldsOf(type);
    const create = mutationMeta(schema, irregular.create ?? has(`${lc}Create`));
    const update = mutationMeta(schema, irregular.update ?? has(`${lc}Update`));
    const bulkUpdate = mutationMeta(schema, has(`bulk${typename}Update`));
    const destroy = mutationMeta(schema, irregular.destroy ?? has(`${lc}Destroy`));
    const merge = mutationMeta(schema, has(`${lc}Merge`) ?? has(`${plural(lc)}Merge`));
    const inputs = [create?.fields, update?.fields].filter(Boolean);
    for (const m of [fields, ...inputs, bulkUpdate?.fields ?? {}]) {
      for (const f of Object.values(m)) if (f.kind === 'ENUM') enums.add(f.type);
    }
    entities[typename] = {
      typename,
      fields,
      create,
      update,
      bulkUpdate,
      destroy: destroy && {
        mutation: destroy.mutation,
        arg: destroy.arg,
        input: destroy.input,
        idField: destroy.input ? (Object.hasOwn(destroy.fields, 'ids') ? 'ids' : 'id') : destroy.arg,
        options: Object.keys(destroy.fields).filter((k) => k !== 'id' && k !== 'ids'),
      },
      destroyMany: has(`${plural(lc)}Destroy`),
      merge: merge && { mutation: merge.mutation, input: merge.input },
      find: findMeta(schema, typename),
      inputFields: inputFieldMap(fields, inputs),
    };
  }
  const enumValues = {};
  for (const name of [...enums].sort())
    enumValues[name] = schema
      .getType(name)
      .getValues()
      .map((v) => v.name);

  const out = [];
  out.push("import type * as Types from './schemaTypes.js';");
  out.push('');
  out.push("/** Each entity's schema object type and its create/update inputs, for typing entity fields. */");
  out.push('export interface EntitySchemaTypes {');
  for (const typename of ENTITIES) {
    const e = entities[typename];
    const input = (m) => (m?.input ? `Types.${m.input}` : 'never');
    out.push(`  ${typename}: { output: Types.${typename}; create: ${input(e.create)}; update: ${input(e.update)} };`);
  }
  out.push('}');
  out.push('');
  out.push('/** How one field is typed in the schema: named type, its kind, list and nullability. */');
  out.push('export interface FieldMeta {');
  out.push('  readonly type: string;');
  out.push("  readonly kind: 'SCALAR' | 'ENUM' | 'OBJECT' | 'INTERFACE' | 'UNION' | 'INPUT_OBJECT';");
  out.push('  readonly list: boolean;');
  out.push('  readonly nonNull: boolean;');
  out.push('  readonly itemNonNull: boolean;');
  out.push('}');
  out.push('');
  out.push(
    '/** A mutation and its input: `arg` is the argument name, `input` the input type when it is an input object. */',
  );
  out.push('export interface MutationMeta {');
  out.push('  readonly mutation: string;');
  out.push('  readonly arg: string | null;');
  out.push('  readonly input: string | null;');
  out.push('  readonly fields: Readonly<Record<string, FieldMeta>>;');
  out.push('}');
  out.push('');
  out.push('export interface EntityMeta {');
  out.push('  readonly typename: string;');
  out.push('  /** Output fields of the object type. */');
  out.push('  readonly fields: Readonly<Record<string, FieldMeta>>;');
  out.push('  readonly create: MutationMeta | null;');
  out.push('  readonly update: MutationMeta | null;');
  out.push('  readonly bulkUpdate: MutationMeta | null;');
  out.push(
    '  readonly destroy: { readonly mutation: string; readonly arg: string | null; readonly input: string | null; readonly idField: string | null; readonly options: readonly string[] } | null;',
  );
  out.push('  readonly destroyMany: string | null;');
  out.push('  readonly merge: { readonly mutation: string; readonly input: string | null } | null;');
  out.push('  /** The find query, its filter argument and the relationship criteria (multi-id) of that filter. */');
  out.push(
    '  readonly find: { readonly query: string; readonly filterArg: string; readonly filterType: string; readonly resultField: string | null; readonly criteria: Readonly<Record<string, string>> } | null;',
  );
  out.push('  /** Output field → the create/update input field that writes it (`studio` → `studio_id`). */');
  out.push('  readonly inputFields: Readonly<Record<string, string>>;');
  out.push('}');
  out.push('');
  out.push(`export type EntityTypename = ${ENTITIES.map((e) => `'${e}'`).join(' | ')};`);
  out.push('');
  out.push('/** Values of every enum used by an entity field or input. */');
  out.push(
    `export const ENUM_VALUES: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(enumValues, null, 2)};`,
  );
  out.push('');
  out.push('/** Entity metadata read from the schema, keyed by typename. */');
  out.push(
    `export const ENTITY_META: { readonly [K in EntityTypename]: EntityMeta } = ${JSON.stringify(entities, null, 2)};`,
  );
  return `${out.join('\n')}\n`;
};
