import { StashClient } from '@stash-graphql/core';
import { CRITERION_KINDS, CRITERION_LOOKUPS } from '@stash-graphql/core/generated';
import { createFakeStash, type FakeStash } from '@stash-graphql/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Capabilities are the SDK's one reflection of a server's schema: fields of any type, and filter fields classified
// with the generated lookup vocabulary (which the store's compileFilter and the fake Stash's FindEngine both read).
const fakes: Record<string, FakeStash> = {};
beforeAll(async () => {
  fakes.old = await createFakeStash({ version: 'v0.29.3' });
  fakes.new = await createFakeStash({ version: 'v0.30.1' });
});
afterAll(async () => {
  for (const f of Object.values(fakes)) await f.close();
});
const capsOf = async (which: 'old' | 'new') => {
  const stash = fakes[which]!;
  stash.reset();
  const client = new StashClient({ url: stash.url });
  const caps = await client.capabilities();
  return { caps, stash, client };
};

describe('StashCapabilities.filterFields', () => {
  it('classifies each filter field by criterion kind with the generated lookups; related filters name their type', async () => {
    const { caps, stash, client } = await capsOf('new');
    const scene = caps.filterFields('SceneFilterType')!;
    const pick = (name: string) => {
      const f = scene.get(name)!;
      return [f.type, f.criterion, f.lookups, f.related];
    };
    expect(pick('title')).toEqual(['StringCriterionInput', 'string', CRITERION_LOOKUPS.string, null]);
    expect(pick('rating100')).toEqual(['IntCriterionInput', 'int', CRITERION_LOOKUPS.int, null]);
    expect(pick('date')).toEqual(['DateCriterionInput', 'date', CRITERION_LOOKUPS.date, null]);
    expect(pick('created_at')).toEqual(['TimestampCriterionInput', 'timestamp', CRITERION_LOOKUPS.timestamp, null]);
    expect(pick('performers')).toEqual(['MultiCriterionInput', 'multi', CRITERION_LOOKUPS.multi, null]);
    expect(pick('tags')).toEqual([
      'HierarchicalMultiCriterionInput',
      'hierarchical',
      CRITERION_LOOKUPS.hierarchical,
      null,
    ]);
    expect(pick('organized')).toEqual(['Boolean', 'scalar', ['exact'], null]);
    expect(pick('phash_distance')).toEqual(['PhashDistanceCriterionInput', 'input', CRITERION_LOOKUPS.input, null]);
    expect(pick('studios_filter')).toEqual(['StudioFilterType', null, [], 'StudioFilterType']);
    // AND/OR/NOT compose filters; they are not fields of one.
    expect(['AND', 'OR', 'NOT'].filter((k) => scene.has(k))).toEqual([]);
    expect(caps.filterFields('NoSuchFilterType')).toBeNull();
    // Read from the one probe: no request beyond it.
    expect(stash.requests.map((r) => r.operationName)).toEqual(['StashCapabilities']);
    await client.close();
  });

  it("follows the connected server's schema: a related filter only v0.30 has is absent on v0.29", async () => {
    const { caps: older, client: a } = await capsOf('old');
    const { caps: newer, client: b } = await capsOf('new');
    expect(newer.filterFields('SceneFilterType')?.get('files_filter')?.related).toBe('FileFilterType');
    expect(older.filterFields('SceneFilterType')?.has('files_filter')).toBe(false);
    // Both agree on what both have.
    expect(older.filterFields('TagFilterType')?.get('name')?.criterion).toBe('string');
    await a.close();
    await b.close();
  });

  it('every criterion input type the generated vocabulary names is one the server has, with a modifier', async () => {
    const { caps, client } = await capsOf('new');
    for (const input of Object.keys(CRITERION_KINDS)) expect(caps.fields(input)?.has('modifier'), input).toBe(true);
    await client.close();
  });
});

describe('StashCapabilities.fields', () => {
  it('describes object and input fields (named type, list, kind, deprecation, args); null for unknown types', async () => {
    const { caps, client } = await capsOf('new');
    const scene = caps.fields('Scene')!;
    expect(scene.get('title')).toMatchObject({ type: 'String', list: false, kind: 'leaf', args: [] });
    expect(scene.get('tags')).toMatchObject({ type: 'Tag', list: true, kind: 'object' });
    expect(scene.get('movies')?.deprecated).toBe(true);
    expect(
      caps
        .fields('Query')
        ?.get('findScenes')
        ?.args.map((a) => a.name),
    ).toContain('scene_filter');
    expect(caps.fields('SceneUpdateInput')?.get('tag_ids')).toMatchObject({ type: 'ID', list: true, kind: 'leaf' });
    expect(caps.fields('NoSuchType')).toBeNull();
    expect(caps.fields('CriterionModifier')).toBeNull();
    await client.close();
  });
});
