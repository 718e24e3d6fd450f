import type { PlannedSave } from '@stash-graphql/orm';
import type { FakeStash, LoggedRequest } from '@stash-graphql/testing';
import { expect } from 'vitest';

/** The mutation requests the fake received (reads are allowed during a dry run; these are not). */
export const mutations = (stash: FakeStash): LoggedRequest[] =>
  stash.requests.filter((r) => /^\s*mutation\b/.test(r.query ?? ''));

/** Walks a planned value and a sent one together: equal, except that each `tmp:N` stands for one real id. */
function same(planned: unknown, sent: unknown, ids: Map<string, string>, path: string): void {
  if (typeof planned === 'string' && planned.startsWith('tmp:')) {
    expect(typeof sent, `${path}: ${planned}`).toBe('string');
    // Real ids repeat across types (studio 1, performer 1): only the consistency of each temp id is checked.
    const known = ids.get(planned);
    if (known === undefined) ids.set(planned, sent as string);
    else expect(sent, `${path}: ${planned}`).toBe(known);
    return;
  }
  if (Array.isArray(planned)) {
    expect(Array.isArray(sent), path).toBe(true);
    expect((sent as unknown[]).length, `${path}.length`).toBe(planned.length);
    for (const [i, p] of planned.entries()) same(p, (sent as unknown[])[i], ids, `${path}[${i}]`);
    return;
  }
  if (planned && typeof planned === 'object') {
    expect(sent && typeof sent === 'object', path).toBeTruthy();
    expect(Object.keys(sent as object).sort(), `${path} keys`).toEqual(Object.keys(planned).sort());
    for (const [k, v] of Object.entries(planned)) same(v, (sent as Record<string, unknown>)[k], ids, `${path}.${k}`);
    return;
  }
  expect(sent, path).toEqual(planned);
}

/**
 * The mutation requests sent are exactly the plan's requests: the same root fields in the same order, batched the
 * same way, with the same variables (a batch suffixes them by position: `input0`, `input1` …), temp ids aside.
 * Returns what each temp id turned out to be.
 */
export function expectSentAsPlanned(
  plan: PlannedSave,
  sent: readonly Pick<LoggedRequest, 'rootFields' | 'variables'>[],
): Map<string, string> {
  expect(sent.map((r) => r.rootFields)).toEqual(plan.requests.map((r) => r.operations.map((o) => o.mutation)));
  const ids = new Map<string, string>();
  plan.requests.forEach((req, n) => {
    const got = sent[n]?.variables ?? {};
    const batched = Object.keys(got).every((k) => /\d$/.test(k));
    const expected = Object.fromEntries(
      req.operations.flatMap((op, i) =>
        Object.entries(op.variables).map(([k, v]) => [batched && req.operations.length > 0 ? `${k}${i}` : k, v]),
      ),
    );
    same(expected, got, ids, `request ${n + 1}`);
  });
  return ids;
}
