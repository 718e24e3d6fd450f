import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  type GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  Kind,
  type OperationDefinitionNode,
  parse,
  validate,
} from 'graphql';

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
    }
  | { ok: false; errors: object[]; code: 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED'; operationName?: string };

const protocolError = (message: string, code: string) => ({ message, extensions: { code } });

const withCode = (errors: readonly GraphQLError[], code: string) =>
  errors.map((e) => ({ ...e.toJSON(), extensions: { ...e.extensions, code } }));

/** Parses and validates a request the way gqlgen does before any resolver runs. */
export function prepareOperation(schema: GraphQLSchema, params: GraphQLParams): Prepared {
  const operationName =
    typeof params.operationName === 'string' && params.operationName ? params.operationName : undefined;
  if (typeof params.query !== 'string' || !params.query.trim()) {
    return {
      ok: false,
      errors: [protocolError('no operation provided', 'GRAPHQL_VALIDATION_FAILED')],
      code: 'GRAPHQL_VALIDATION_FAILED',
      operationName,
    };
  }
  if (params.variables != null && (typeof params.variables !== 'object' || Array.isArray(params.variables))) {
    return {
      ok: false,
      errors: [protocolError('variables must be an object', 'GRAPHQL_VALIDATION_FAILED')],
      code: 'GRAPHQL_VALIDATION_FAILED',
      operationName,
    };
  }
  let document: DocumentNode;
  try {
    document = parse(params.query);
  } catch (e) {
    return {
      ok: false,
      errors: withCode([e as GraphQLError], 'GRAPHQL_PARSE_FAILED'),
      code: 'GRAPHQL_PARSE_FAILED',
      operationName,
    };
  }
  const errors = validate(schema, document);
  if (errors.length)
    return {
      ok: false,
      errors: withCode(errors, 'GRAPHQL_VALIDATION_FAILED'),
      code: 'GRAPHQL_VALIDATION_FAILED',
      operationName,
    };
  const operation = getOperationAST(document, operationName);
  if (!operation) {
    const message = operationName ? `operation ${operationName} not found` : 'an operation name is required';
    return {
      ok: false,
      errors: [protocolError(message, 'GRAPHQL_VALIDATION_FAILED')],
      code: 'GRAPHQL_VALIDATION_FAILED',
      operationName,
    };
  }
  const rootFields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  return { ok: true, document, operation, rootFields, operationName: operation.name?.value ?? operationName };
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
): Promise<{ result: ExecutionResult; coercionFailed: boolean }> {
  const result = await execute({
    schema,
    document: prepared.document,
    operationName: prepared.operationName,
    variableValues: variables,
    rootValue,
    contextValue,
  });
  return { result, coercionFailed: !!result.errors?.length && !('data' in result) };
}
