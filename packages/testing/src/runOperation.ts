import {
  type DocumentNode,
  defaultFieldResolver,
  type ExecutionResult,
  execute,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  getOperationAST,
  Kind,
  type OperationDefinitionNode,
  parse,
  responsePathAsArray,
  validate,
} from 'graphql';
import type { ServerWork } from './RequestLog.js';
import { miscasedEnumError, validateVariables } from './validateVariables.js';

/** The default resolver, except that a field whose arguments hold a miscased enum fails as gqlgen's unmarshal does. */
function miscasedEnumResolver(rawVariables: Record<string, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    const field = info.parentType.getFields()[info.fieldName];
    const node = info.fieldNodes[0];
    const bad = field && node ? miscasedEnumError(field, node, rawVariables) : null;
    if (bad) throw new GraphQLError(bad.message, { path: [...responsePathAsArray(info.path), ...bad.path] });
    return defaultFieldResolver(source, args, context, info);
  };
}

const AGGREGATE = /_count$|^(count|duration|filesize|megapixels)$/;

/** Fields whose value Stash reads with its own SQL: root fields, relations (fields returning entities), aggregates. */
function isResolution(info: Parameters<GraphQLFieldResolver<unknown, unknown>>[3]): boolean {
  if (!info.path.prev) return true;
  if (AGGREGATE.test(info.fieldName)) return true;
  let type = info.returnType as unknown as { ofType?: unknown; getFields?: () => Record<string, unknown> };
  while (type.ofType) type = type.ofType as typeof type;
  return typeof type.getFields === 'function' && Object.hasOwn(type.getFields(), 'id');
}

/** Wraps a field resolver so that every field it resolves is counted into `work` (see ServerWork). */
function countingResolver(
  inner: GraphQLFieldResolver<unknown, unknown>,
  work: ServerWork,
): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    work.fields++;
    if (isResolution(info)) work.resolutions++;
    return inner(source, args, context, info);
  };
}

export interface GraphQLParams {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

export type Prepared =
  | {
      ok: true;
      document: DocumentNode;
      operation: OperationDefinitionNode;
      rootFields: string[];
      operationName?: string;
      /** The variables after gqlgen's coercion (see validateVariables.ts). */
      variables: Record<string, unknown>;
      /** The variables as sent, when some enum in them is miscased (gqlgen refuses it at execution). */
      miscasedEnumVariables?: Record<string, unknown>;
    }
  | { ok: false; errors: object[]; code: 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED'; operationName?: string };

const protocolError = (message: string, code: string) => ({ message, extensions: { code } });

/**
 * gqlparser's VariablesInAllowedPosition locates only the usage; graphql-js adds the variable definition first.
 */
const gqlparserLocations = (e: GraphQLError) =>
  /^Variable "\$\w+" of type ".*" used in position expecting type /.test(e.message) && e.locations
    ? { locations: e.locations.slice(-1) }
    : {};

const withCode = (errors: readonly GraphQLError[], code: string) =>
  errors.map((e) => ({ ...e.toJSON(), ...gqlparserLocations(e), extensions: { ...e.extensions, code } }));

/** graphql-js's syntax error text in gqlparser's words: no `Syntax Error: ` prefix, bare punctuators. */
export function gqlparserMessage(message: string): string {
  let m = message.replace(/^Syntax Error: /, '');
  if (/^(Expected|Unexpected) /.test(m)) {
    m = m.replace(/\.$/, '').replace(/"([!$&()[\]{}|:=@]|\.\.\.)"/g, '$1');
  }
  return m;
}

/**
 * Parses and validates a request the way gqlgen's CreateOperationContext does before any resolver runs: parse
 * (GRAPHQL_PARSE_FAILED), `no operation provided`, document validation, `operation <name> not found`, then the
 * variables (validateVariables.ts).
 */
export function prepareOperation(
  schema: GraphQLSchema,
  params: GraphQLParams,
  /** The source text of numbers among the top-level variables, when the raw JSON is at hand. */
  variableNumbers: Record<string, string> = {},
): Prepared {
  const operationName =
    typeof params.operationName === 'string' && params.operationName ? params.operationName : undefined;
  const noOperation = (): Prepared => ({
    ok: false,
    errors: [protocolError('no operation provided', 'GRAPHQL_VALIDATION_FAILED')],
    code: 'GRAPHQL_VALIDATION_FAILED',
    operationName,
  });
  if (typeof params.query !== 'string' || !params.query.trim()) return noOperation();
  let document: DocumentNode;
  try {
    document = parse(params.query);
  } catch (e) {
    const err = e as GraphQLError;
    return {
      ok: false,
      errors: [
        {
          message: gqlparserMessage(err.message),
          ...(err.locations ? { locations: err.locations } : {}),
          extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        },
      ],
      code: 'GRAPHQL_PARSE_FAILED',
      operationName,
    };
  }
  if (!document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)) return noOperation();
  const errors = validate(schema, document);
  if (errors.length)
    return {
      ok: false,
      errors: withCode(errors, 'GRAPHQL_VALIDATION_FAILED'),
      code: 'GRAPHQL_VALIDATION_FAILED',
      operationName,
    };
  // ast.OperationList.ForName: no name picks the only operation, else `operation <name> not found`
  const operation = getOperationAST(document, operationName);
  if (!operation) {
    return {
      ok: false,
      errors: [protocolError(`operation ${operationName ?? ''} not found`, 'GRAPHQL_VALIDATION_FAILED')],
      code: 'GRAPHQL_VALIDATION_FAILED',
      operationName,
    };
  }
  const checked = validateVariables(
    schema,
    operation,
    (params.variables ?? undefined) as Record<string, unknown> | undefined,
    variableNumbers,
  );
  if (!checked.ok) {
    return {
      ok: false,
      errors: [{ ...checked.error, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
      code: 'GRAPHQL_VALIDATION_FAILED',
      operationName,
    };
  }
  const rootFields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  return {
    ok: true,
    document,
    operation,
    rootFields,
    operationName: operation.name?.value ?? operationName,
    variables: checked.variables,
    ...(checked.miscasedEnum ? { miscasedEnumVariables: (params.variables ?? {}) as Record<string, unknown> } : {}),
  };
}

/**
 * Runs a prepared query or mutation. Variable coercion failures (unknown input field, wrong type) come back
 * without `data`; the caller answers them like validation errors, as gqlgen does.
 */
export async function runOperation(
  schema: GraphQLSchema,
  prepared: Extract<Prepared, { ok: true }>,
  variables: Record<string, unknown> | undefined,
  rootValue: Record<string, unknown>,
  contextValue: unknown,
  /** Counts the fields and resolutions executed, when given. */
  work?: ServerWork,
): Promise<{ result: ExecutionResult; coercionFailed: boolean }> {
  const base = prepared.miscasedEnumVariables
    ? miscasedEnumResolver(prepared.miscasedEnumVariables)
    : (defaultFieldResolver as GraphQLFieldResolver<unknown, unknown>);
  const fieldResolver = work ? countingResolver(base, work) : base;
  const result = await execute({
    schema,
    document: prepared.document,
    operationName: prepared.operationName,
    variableValues: variables,
    rootValue,
    contextValue,
    fieldResolver,
  });
  if (prepared.miscasedEnumVariables && prepared.operation.operation === 'query' && result.data === null) {
    // gqlgen resolves a query's root fields concurrently, so every field whose arguments fail to unmarshal reports
    // its error even when an earlier non-null field already nulled `data`; graphql-js stops at the first.
    const errors = [...(result.errors ?? [])];
    const fields = schema.getQueryType()?.getFields() ?? {};
    for (const sel of prepared.operation.selectionSet.selections) {
      const field = sel.kind === Kind.FIELD ? fields[sel.name.value] : undefined;
      if (sel.kind !== Kind.FIELD || !field) continue;
      const key = sel.alias?.value ?? sel.name.value;
      if (errors.some((e) => e.path?.[0] === key)) continue;
      const bad = miscasedEnumError(field, sel, prepared.miscasedEnumVariables);
      if (bad) errors.push(new GraphQLError(bad.message, { path: [key, ...bad.path] }));
    }
    const order = (e: GraphQLError) =>
      prepared.operation.selectionSet.selections.findIndex(
        (s) => s.kind === Kind.FIELD && (s.alias?.value ?? s.name.value) === e.path?.[0],
      );
    errors.sort((a, b) => order(a) - order(b));
    return { result: { ...result, errors }, coercionFailed: false };
  }
  return { result, coercionFailed: !!result.errors?.length && !('data' in result) };
}
