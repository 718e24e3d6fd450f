// Local graphql-codegen plugin: emits the operation registry and one typed client method per root field.
// typescript-generic-sdk was evaluated; it names methods after operations (not root fields), returns the whole
// `data` object and has no notion of subscriptions as async iterators, so a small plugin fits better.
const { Kind } = require('graphql');

const pascal = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const KIND_SUFFIX = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' };

/** @type {import('@graphql-codegen/plugin-helpers').PluginFunction} */
module.exports.plugin = (schema, documents) => {
  const roots = {
    query: schema.getQueryType(),
    mutation: schema.getMutationType(),
    subscription: schema.getSubscriptionType(),
  };
  const ops = [];
  for (const file of documents) {
    for (const def of file.document.definitions) {
      if (def.kind !== Kind.OPERATION_DEFINITION) continue;
      const fields = def.selectionSet.selections.filter((s) => s.kind === Kind.FIELD);
      const name = def.name?.value;
      if (!name) throw new Error(`${file.location}: every operation needs a name`);
      // Only canonical operations (named after their single, unaliased root field) become methods.
      if (fields.length !== 1 || fields[0].alias || pascal(fields[0].name.value) !== name) continue;
      const field = fields[0].name.value;
      const schemaField = roots[def.operation].getFields()[field];
      const optionalVars = (def.variableDefinitions ?? []).every(
        (v) => v.type.kind !== Kind.NON_NULL_TYPE || v.defaultValue,
      );
      ops.push({
        kind: def.operation,
        field,
        name,
        schemaField,
        optionalVars,
        hasVars: (def.variableDefinitions ?? []).length > 0,
      });
    }
  }
  ops.sort((a, b) => (a.kind === b.kind ? a.field.localeCompare(b.field) : a.kind.localeCompare(b.kind)));

  const typeName = (o) => `${o.name}${KIND_SUFFIX[o.kind]}`;
  const doc = (o) => {
    const lines = [`${pascal(o.kind)}.${o.field}`];
    if (o.schemaField.description) lines.push('', ...o.schemaField.description.split('\n'));
    if (o.schemaField.deprecationReason) lines.push(`@deprecated ${o.schemaField.deprecationReason}`);
    return `  /**\n${lines.map((l) => `   * ${l.replace(/\*\//g, '*\\/')}`.trimEnd()).join('\n')}\n   */`;
  };
  const varsParam = (o) =>
    !o.hasVars
      ? 'variables?: Record<string, never>'
      : `variables${o.optionalVars ? '?' : ''}: G.${typeName(o)}Variables`;

  const out = [];
  out.push(`import type { RequestOptions, SubscriptionOptions } from '../requestOptions.js';`);
  out.push(`import * as G from './graphql.js';`);
  out.push('');
  out.push('/** Every canonical operation, keyed by root field: its kind, typed document, data and variables. */');
  out.push('export interface OperationMap {');
  for (const o of ops) {
    out.push(`  ${o.field}: { kind: '${o.kind}'; data: G.${typeName(o)}; variables: G.${typeName(o)}Variables };`);
  }
  out.push('}');
  out.push('');
  out.push('export type OperationName = keyof OperationMap;');
  out.push(
    `export type MutationName = { [K in OperationName]: OperationMap[K]['kind'] extends 'mutation' ? K : never }[OperationName];`,
  );
  out.push('');
  out.push('export const OPERATIONS = {');
  for (const o of ops) out.push(`  ${o.field}: { kind: '${o.kind}', document: G.${o.name}Document },`);
  out.push('} as const;');
  out.push('');
  out.push("/** One typed method per root field; each resolves to that field's value (not the whole `data`). */");
  out.push('export abstract class StashOperations {');
  out.push(
    "  protected abstract runField<K extends OperationName>(name: K, variables: OperationMap[K]['variables'] | undefined, options?: RequestOptions): Promise<unknown>;",
  );
  out.push(
    "  protected abstract subscribeField<K extends OperationName>(name: K, variables: OperationMap[K]['variables'] | undefined, options?: SubscriptionOptions): AsyncIterableIterator<unknown>;",
  );
  for (const o of ops) {
    out.push('');
    out.push(doc(o));
    if (o.kind === 'subscription') {
      out.push(
        `  ${o.field}(${varsParam(o)}, options?: SubscriptionOptions): AsyncIterableIterator<G.${typeName(o)}['${o.field}']> {`,
      );
      out.push(
        `    return this.subscribeField('${o.field}', variables, options) as AsyncIterableIterator<G.${typeName(o)}['${o.field}']>;`,
      );
    } else {
      out.push(`  ${o.field}(${varsParam(o)}, options?: RequestOptions): Promise<G.${typeName(o)}['${o.field}']> {`);
      out.push(
        `    return this.runField('${o.field}', variables, options) as Promise<G.${typeName(o)}['${o.field}']>;`,
      );
    }
    out.push('  }');
  }
  out.push('}');
  return `${out.join('\n')}\n`;
};
