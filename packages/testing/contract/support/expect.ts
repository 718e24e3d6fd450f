import { StashExecutionError, type StashGraphQLErrorDetail } from '@stash-graphql/core';
import { expect, it } from 'vitest';
import { TARGET_KIND } from '../target.js';

/** Awaits a promise that must reject with an instance of `cls`, and returns the error. */
export async function rejection<E extends Error>(
  promise: Promise<unknown>,
  cls: abstract new (...args: never[]) => E,
): Promise<E> {
  let error: unknown;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  if (error === undefined) throw new Error(`expected a ${cls.name}, but the call succeeded`);
  expect(error).toBeInstanceOf(cls);
  return error as E;
}

/**
 * A resolver error: exactly one GraphQL error with this message, at `path` (default: the root field, which a typed
 * method's operation selects first), and `null` for that field in partialData.
 */
export async function executionError(
  promise: Promise<unknown>,
  message: string | RegExp,
  path?: readonly (string | number)[],
): Promise<StashGraphQLErrorDetail> {
  const e = await rejection(promise, StashExecutionError);
  expect(e.errors).toHaveLength(1);
  const [detail] = e.errors as [StashGraphQLErrorDetail];
  if (typeof message === 'string') expect(detail.message).toBe(message);
  else expect(detail.message).toMatch(message);
  if (path) expect(detail.path).toEqual(path);
  return detail;
}

/**
 * A test of real Stash behaviour that the fake is known not to match (see the report in README / SEMANTICS).
 * It runs normally on a real server and as an expected failure on the fake, so the day the fake is fixed it turns red
 * and the marker can go.
 */
export const itFakeDeviates = (TARGET_KIND === 'fake' ? it.fails : it) as typeof it;

/** Sorted copy, for comparing id sets whose order the server does not promise. */
export const sorted = <T>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));

/** `created_at`/`updated_at` come back as RFC 3339 with a local offset from Stash and UTC from the fake. */
export const ms = (time: string | null | undefined): number => {
  const t = Date.parse(String(time));
  if (Number.isNaN(t)) throw new Error(`not a timestamp: ${time}`);
  return t;
};

export const sleep = (msec: number) => new Promise((r) => setTimeout(r, msec));
