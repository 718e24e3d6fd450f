import { type DocumentNode, parse } from 'graphql';

/**
 * A hand-written typed document, for selections the generated fragments do not make (count `depth` arguments, raw
 * fields). Structurally the same as @graphql-typed-document-node's TypedDocumentNode, which this package does not
 * depend on.
 */
export type Typed<TResult, TVariables> = DocumentNode & { __apiType?: (variables: TVariables) => TResult };

export const gql = <TResult, TVariables extends Record<string, unknown> = Record<string, never>>(source: string) =>
  parse(source) as Typed<TResult, TVariables>;
