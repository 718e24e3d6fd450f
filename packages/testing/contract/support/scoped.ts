import { expect } from 'vitest';
import type { Target } from '../target.js';
import type { PerformerFilter, SceneFilter, TagFilter } from './fixtures.js';

/** Rows created for a filter test, by a short key ('a', 'r40', ...) so expectations read like the data. */
export class Keyed {
  private readonly byId = new Map<string, string>();

  add(key: string, id: string): string {
    this.byId.set(id, key);
    return id;
  }

  keys(items: readonly { id: string }[]): string[] {
    return items.map((i) => this.byId.get(i.id) ?? `foreign:${i.id}`).sort();
  }
}

const like = (prefix: string) => ({ value: `${prefix}%`, modifier: 'EQUALS' as const });

/**
 * Runs a find restricted to this test's rows (names or titles starting with `prefix`) and compares the keys found.
 * The criterion under test goes into an AND sub-filter, so it may itself hold OR / NOT and never widens the scope;
 * that keeps the check valid on a real Stash full of other data.
 */
export async function expectScenes(t: Target, keyed: Keyed, prefix: string, filter: SceneFilter, expected: string[]) {
  const scene_filter: SceneFilter = { title: like(prefix), AND: filter };
  const result = await t.client.findScenes({ scene_filter, filter: { per_page: -1 } });
  expect(t.sent.last('FindScenes')).toEqual({ scene_filter, filter: { per_page: -1 } });
  expect(keyed.keys(result.scenes)).toEqual([...expected].sort());
  expect(result.count).toBe(expected.length);
}

export async function expectTags(t: Target, keyed: Keyed, prefix: string, filter: TagFilter, expected: string[]) {
  const tag_filter: TagFilter = { name: like(prefix), AND: filter };
  const result = await t.client.findTags({ tag_filter, filter: { per_page: -1 } });
  expect(t.sent.last('FindTags')).toEqual({ tag_filter, filter: { per_page: -1 } });
  expect(keyed.keys(result.tags)).toEqual([...expected].sort());
  expect(result.count).toBe(expected.length);
}

export async function expectPerformers(
  t: Target,
  keyed: Keyed,
  prefix: string,
  filter: PerformerFilter,
  expected: string[],
) {
  const performer_filter: PerformerFilter = { name: like(prefix), AND: filter };
  const result = await t.client.findPerformers({ performer_filter, filter: { per_page: -1 } });
  expect(t.sent.last('FindPerformers')).toEqual({ performer_filter, filter: { per_page: -1 } });
  expect(keyed.keys(result.performers)).toEqual([...expected].sort());
  expect(result.count).toBe(expected.length);
}
