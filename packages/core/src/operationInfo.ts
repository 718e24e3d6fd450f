import { type DocumentNode, Kind, type OperationDefinitionNode } from 'graphql';
import type { OperationKind } from './retryPolicy.js';
import { StashInputError } from './StashError.js';

export interface OperationInfo {
  name: string;
  kind: OperationKind;
  definition: OperationDefinitionNode;
  required: readonly string[];
  declared: ReadonlySet<string>;
}

const cache = new WeakMap<DocumentNode, OperationInfo>();

/** The single operation of a document, with what its variables require; cached per document object. */
export function operationInfo(document: DocumentNode): OperationInfo {
  const hit = cache.get(document);
  if (hit) return hit;
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (ops.length !== 1) throw new StashInputError(`A document must hold exactly one operation (found ${ops.length})`);
  const definition = ops[0]!;
  const vars = definition.variableDefinitions ?? [];
  const info: OperationInfo = {
    name: definition.name?.value ?? 'anonymous',
    kind: definition.operation,
    definition,
    required: vars
      .filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue)
      .map((v) => v.variable.name.value),
    declared: new Set(vars.map((v) => v.variable.name.value)),
  };
  cache.set(document, info);
  return info;
}

/** Catches missing and misspelt variables before a request is sent. */
export function checkVariables(info: OperationInfo, variables: Record<string, unknown> | undefined): void {
  const given = variables ?? {};
  const missing = info.required.filter((n) => given[n] === undefined || given[n] === null);
  if (missing.length) {
    throw new StashInputError(`${info.name}: missing required variable ${missing.map((n) => `$${n}`).join(', ')}`, [
      ...info.declared,
    ]);
  }
  const unknown = Object.keys(given).filter((k) => !info.declared.has(k));
  if (unknown.length) {
    throw new StashInputError(`${info.name}: unknown variable ${unknown.map((n) => `$${n}`).join(', ')}`, [
      ...info.declared,
    ]);
  }
}
