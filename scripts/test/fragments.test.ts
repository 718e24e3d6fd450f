import { join } from 'node:path';
import { buildClientSchema, Kind, type OperationDefinitionNode, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadFragments } from '../lib/apiCoverage.ts';
import { artifactPath } from '../lib/lock.ts';
import { REPO_ROOT, readIntrospection } from '../lib/schemaSource.ts';

const schema = (v: string) => buildClientSchema(readIntrospection(join(REPO_ROOT, artifactPath(v))));

describe('fragments/', () => {
  const doc = loadFragments();
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

  it('every document validates against the v0.30.1 schema', () => {
    expect(validate(schema('v0.30.1'), doc).map((e) => e.message)).toEqual([]);
  });

  it('older schemas reject exactly the newer fields (what capabilities must strip)', () => {
    const errors = validate(schema('v0.29.3'), doc).map((e) => e.message);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain('bulkStudioUpdate');
  });

  it('every mutation passes its input as whole variables, never inline objects or literals', () => {
    for (const op of ops) {
      const field = op.selectionSet.selections[0];
      expect(field?.kind).toBe(Kind.FIELD);
      if (field?.kind !== Kind.FIELD) continue;
      for (const arg of field.arguments ?? [])
        expect([op.name?.value, arg.value.kind]).toEqual([op.name?.value, Kind.VARIABLE]);
    }
    expect(ops.length).toBe(206);
  });
});
