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
import { validateVariables } from './validateVariables.js';

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
    }
  | { ok: false; errors: object[]; code: 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED'; operationName?: string };

const protocolError = (message: string, code: string) => ({ message, extensions: { code } });

const withCode = (errors: readonly GraphQLError[], code: string) =>
  errors.map((e) => ({ ...e.toJSON(), extensions: { ...e.extensions, code } }));

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
export function prepareOperation(schema: GraphQLSchema, params: GraphQLParams): Prepared {
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
