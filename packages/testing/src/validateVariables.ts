import {
  type FieldNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type OperationDefinitionNode,
  typeFromAST,
  valueFromASTUntyped,
} from 'graphql';

/**
 * gqlparser's variable validation (validator/vars.go, v2.5.27), which gqlgen runs before any resolver: the first
 * problem is the only error, with gqlparser's message and a path `["variable", <name>, ...]`.
 *
 * Variables come from JSON decoded with UseNumber, so a number is a `json.Number` — a Go string kind — everywhere
 * except a top-level `Int`/`Float` variable, which is converted first. Hence a number is a valid `String` or `ID`, a
 * numeric string a valid `Int`/`Float`, and enums compare case-insensitively here (gqlgen's unmarshal then rejects
 * the wrong case at execution).
 *
 * On success, returns the variables rewritten to what gqlgen's scalar unmarshalling makes of them, in a form
 * graphql-js accepts (a number for a String becomes its text, a numeric string for an Int/Float becomes a number).
 */
export type VariableCheck =
  | {
      ok: true;
      variables: Record<string, unknown>;
      /**
       * An enum value matched only case-insensitively: it is passed on in the schema's case, and gqlgen's unmarshal
       * refuses it at execution (see miscasedEnumError).
       */
      miscasedEnum: boolean;
    }
  | { ok: false; error: { message: string; path: (string | number)[] } };

class VarError extends Error {
  constructor(
    message: string,
    readonly path: (string | number)[],
  ) {
    super(message);
  }
}

/** The Go reflect kind a decoded JSON value has (json.Number is a string kind). */
function kindOf(v: unknown, converted: 'int64' | 'float64' | null): string {
  if (converted) return converted;
  if (typeof v === 'string' || typeof v === 'number') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'slice';
  return 'map';
}

const INT_TEXT = /^[+-]?\d+$/;
const FLOAT_TEXT = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;
const INT64_MAX = 2n ** 63n - 1n;

const validIntString = (s: string) => INT_TEXT.test(s) && BigInt(s) <= INT64_MAX && BigInt(s) >= -INT64_MAX - 1n;

export function validateVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  numberTexts: Record<string, string> = {},
): VariableCheck {
  const given = variables ?? {};
  const out: Record<string, unknown> = {};
  const seen = { miscasedEnum: false };
  try {
    for (const def of operation.variableDefinitions ?? []) {
      const name = def.variable.name.value;
      const path: (string | number)[] = ['variable', name];
      const type = typeFromAST(schema, def.type as never) as GraphQLInputType | undefined;
      if (!type) continue; // the document validation already refused it
      const has = Object.hasOwn(given, name);
      if (!has) {
        if (def.defaultValue) continue; // graphql-js applies the (already validated) default
        if (isNonNullType(type)) throw new VarError('must be defined', path);
        continue;
      }
      const value = given[name];
      if (value === null) {
        if (isNonNullType(type)) throw new VarError('cannot be null', path);
        out[name] = null;
        continue;
      }
      // top-level json.Number conversion, only for a named Int/Float variable type
      const named = isNonNullType(type) ? type.ofType : type;
      let converted: 'int64' | 'float64' | null = null;
      if (typeof value === 'number' && isScalarType(named)) {
        // json.Number.Int64 is strconv.ParseInt of the source text: `1.0` or `1e3` fail (value 0), out of range
        // clamps; Float64 fails only out of range (±Inf)
        const text = numberTexts[name] ?? String(value);
        if (named.name === 'Int') {
          if (!INT_TEXT.test(text) || !Number.isInteger(value)) throw new VarError('cannot use value 0 as Int', path);
          if (!validIntString(text))
            throw new VarError(`cannot use value ${text.startsWith('-') ? -INT64_MAX - 1n : INT64_MAX} as Int`, path);
          converted = 'int64';
        } else if (named.name === 'Float') {
          if (!Number.isFinite(value))
            throw new VarError(`cannot use value ${value < 0 ? '-' : '+'}Inf as Float`, path);
          converted = 'float64';
        }
      }
      out[name] = check(type, value, path, seen, converted);
    }
  } catch (e) {
    if (e instanceof VarError) return { ok: false, error: { message: e.message, path: e.path } };
    throw e;
  }
  return { ok: true, variables: { ...given, ...out }, miscasedEnum: seen.miscasedEnum };
}

function check(
  type: GraphQLInputType,
  value: unknown,
  path: (string | number)[],
  seen: { miscasedEnum: boolean },
  converted: 'int64' | 'float64' | null = null,
): unknown {
  const nonNull = isNonNullType(type);
  const t = nonNull ? type.ofType : type;
  if (isListType(t)) {
    // "non-null values should be coerced to an array when possible"
    const list = Array.isArray(value) ? value : [value];
    const elem = t.ofType as GraphQLInputType;
    return list.map((item, i) => {
      const p = [...path, i];
      if (item === null) {
        if (isNonNullType(elem)) throw new VarError('cannot be null', p);
        return null;
      }
      return check(elem, item, p, seen);
    });
  }
  if (value === null || value === undefined) return value;
  const kind = kindOf(value, converted);
  if (isEnumType(t)) {
    if (kind !== 'string' && kind !== 'int64') throw new VarError('enums must be ints or strings', path);
    const s = String(value);
    const match = t.getValues().find((v) => v.name.toLowerCase() === s.toLowerCase());
    if (!match) throw new VarError(`${s} is not a valid ${t.name}`, path);
    if (match.name !== s) seen.miscasedEnum = true;
    return match.name;
  }
  if (isScalarType(t)) {
    switch (t.name) {
      case 'Int':
        if (kind === 'int64' || kind === 'float64') return value;
        if (kind === 'string' && validIntString(String(value))) return Number(String(value));
        break;
      case 'Float':
        if (kind === 'int64' || kind === 'float64') return value;
        if (kind === 'string' && FLOAT_TEXT.test(String(value))) return Number(String(value));
        break;
      case 'String':
        if (kind === 'string') return String(value);
        break;
      case 'Boolean':
        if (kind === 'bool') return value;
        break;
      case 'ID':
        if (kind === 'string' || kind === 'int64') return String(value);
        break;
      default:
        return value; // custom scalars are not checked
    }
    throw new VarError(`cannot use ${kind} as ${t.name}`, path);
  }
  if (isInputObjectType(t)) {
    if (kind !== 'map') throw new VarError(`must be a ${t.name}, not a ${kind}`, path);
    const obj = value as Record<string, unknown>;
    const fields = t.getFields();
    for (const key of Object.keys(obj)) {
      if (key !== '__typename' && !fields[key]) throw new VarError('unknown field', [...path, key]);
    }
    const out: Record<string, unknown> = { ...obj };
    delete out.__typename;
    for (const f of Object.values(fields)) {
      const p = [...path, f.name];
      if (!Object.hasOwn(obj, f.name) || obj[f.name] === undefined) {
        if (isNonNullType(f.type) && f.defaultValue === undefined) throw new VarError('must be defined', p);
        continue;
      }
      if (obj[f.name] === null) {
        if (isNonNullType(f.type)) throw new VarError('cannot be null', p);
        continue;
      }
      out[f.name] = check(f.type, obj[f.name], p, seen);
    }
    return out;
  }
  return value;
}

/**
 * gqlgen's unmarshal of one field's arguments (generated `field_<Type>_<field>_args` / `unmarshalInput<Type>`):
 * arguments and input fields in schema order, list items in order, and the first enum value not spelled exactly as
 * in the schema fails the field with `<v> is not a valid <Enum>` at the field's path plus the argument path (no
 * locations). Only values that came from variables can be miscased: literals are validated exactly.
 */
export function miscasedEnumError(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  rawVariables: Record<string, unknown>,
): { message: string; path: (string | number)[] } | null {
  for (const arg of field.args) {
    const argNode = node.arguments?.find((a) => a.name.value === arg.name);
    if (!argNode) continue;
    const found = firstMiscased(arg.type, valueFromASTUntyped(argNode.value, rawVariables), [arg.name]);
    if (found) return found;
  }
  return null;
}

/** Enums bound to hand-written Go types (gqlgen.yml) whose UnmarshalGQL names the Go type. */
const GO_ENUM_NAMES: Record<string, string> = {
  BulkUpdateIdMode: 'RelationshipUpdateMode', // pkg/models/update.go
  BlobsStorageType: 'BlobStorageType', // internal/manager/config/enums.go
};

function firstMiscased(
  type: GraphQLInputType,
  value: unknown,
  path: (string | number)[],
): { message: string; path: (string | number)[] } | null {
  const t = isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return null;
  if (isListType(t)) {
    const list = Array.isArray(value) ? value : [value];
    for (let i = 0; i < list.length; i++) {
      const found = firstMiscased(t.ofType as GraphQLInputType, list[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (isEnumType(t)) {
    return typeof value === 'string' && !t.getValues().some((v) => v.name === value)
      ? { message: `${value} is not a valid ${GO_ENUM_NAMES[t.name] ?? t.name}`, path }
      : null;
  }
  if (isInputObjectType(t) && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    for (const f of Object.values(t.getFields())) {
      if (!Object.hasOwn(obj, f.name)) continue;
      const found = firstMiscased(f.type, obj[f.name], [...path, f.name]);
      if (found) return found;
    }
  }
  return null;
}
