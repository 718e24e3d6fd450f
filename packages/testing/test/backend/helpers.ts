import { readdirSync, readFileSync } from 'node:fs';
import {
  buildClientSchema,
  type DocumentNode,
  type ExecutionResult,
  execute,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  visit,
} from 'graphql';
import { type Backend, createBackend, type SeedData, type StashVersion } from '../../src/backend/index.js';
import type { JobTiming } from '../../src/backend/JobManager.js';

const schemas = new Map<StashVersion, GraphQLSchema>();

export function loadSchema(version: StashVersion = 'v0.30.1'): GraphQLSchema {
  let s = schemas.get(version);
  if (!s) {
    const url = new URL(`../../introspection/${version}.json`, import.meta.url);
    s = buildClientSchema(JSON.parse(readFileSync(url, 'utf8')));
    schemas.set(version, s);
  }
  return s;
}

const fragmentsDir = new URL('../../../../fragments/', import.meta.url);
const fragments = new Map<string, FragmentDefinitionNode>();
export const operations = new Map<string, OperationDefinitionNode>();
for (const f of readdirSync(fragmentsDir).filter((n) => n.endsWith('.graphql'))) {
  const doc = parse(readFileSync(new URL(f, fragmentsDir), 'utf8'));
  for (const d of doc.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    else if (d.kind === Kind.OPERATION_DEFINITION && d.name) operations.set(d.name.value, d);
  }
}

/** The operation plus every fragment it transitively uses. */
export function documentFor(name: string): DocumentNode {
  const op = operations.get(name);
  if (!op) throw new Error(`no operation ${name} in fragments/`);
  const needed = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) => {
    visit(node, {
      FragmentSpread(s) {
        if (needed.has(s.name.value)) return;
        const frag = fragments.get(s.name.value);
        if (!frag) throw new Error(`missing fragment ${s.name.value}`);
        needed.set(s.name.value, frag);
        collect(frag);
      },
    });
  };
  collect(op);
  return { kind: Kind.DOCUMENT, definitions: [op, ...needed.values()] };
}

export interface TestBackend {
  backend: Backend;
  schema: GraphQLSchema;
  run(op: string, variables?: Record<string, unknown>): Promise<ExecutionResult>;
  /** Runs and throws on errors, returning data. */
  ok<T = Record<string, unknown>>(op: string, variables?: Record<string, unknown>): Promise<T>;
  /** Runs and returns the first error message (throws if it succeeded). */
  fail(op: string, variables?: Record<string, unknown>): Promise<string>;
}

export function makeBackend(
  opts: { version?: StashVersion; seed?: SeedData; now?: () => Date; jobs?: JobTiming } = {},
): TestBackend {
  const schema = loadSchema(opts.version);
  const backend = createBackend({
    version: opts.version ?? 'v0.30.1',
    schema,
    seed: opts.seed,
    now: opts.now,
    jobs: opts.jobs,
  });
  const run = async (op: string, variables: Record<string, unknown> = {}) =>
    (await execute({
      schema,
      document: documentFor(op),
      rootValue: backend.rootValue,
      variableValues: variables,
    })) as ExecutionResult;
  return {
    backend,
    schema,
    run,
    async ok<T>(op: string, variables?: Record<string, unknown>) {
      const r = await run(op, variables);
      if (r.errors?.length)
        throw new Error(`${op}: ${r.errors.map((e) => `${e.message} @ ${e.path?.join('.')}`).join('; ')}`);
      return r.data as T;
    },
    async fail(op: string, variables?: Record<string, unknown>) {
      const r = await run(op, variables);
      if (!r.errors?.length) throw new Error(`${op} unexpectedly succeeded: ${JSON.stringify(r.data)}`);
      return r.errors[0]!.message;
    },
  };
}
