import { StashCapabilityError, StashClient, StashInputError } from '@stash-graphql/core';
import { createFakeStash, type FakeStash, type StashVersion } from '@stash-graphql/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger, sent } from './support.js';

const VERSIONS: StashVersion[] = ['v0.28.1', 'v0.29.3', 'v0.30.1'];
const fakes = new Map<StashVersion, FakeStash>();
beforeAll(async () => {
  for (const v of VERSIONS) fakes.set(v, await createFakeStash({ version: v }));
});
afterAll(async () => {
  for (const f of fakes.values()) await f.close();
});
const fake = (v: StashVersion) => {
  const f = fakes.get(v)!;
  f.reset();
  return f;
};

describe('capabilities', () => {
  it.each([
    ['v0.28.1', 72, false, false],
    ['v0.29.3', 72, true, false],
    ['v0.30.1', 75, true, true],
  ] as const)('%s: probed from version, appSchema and introspection', async (version, appSchema, files, studioUrls) => {
    const stash = fake(version);
    const client = new StashClient({ url: stash.url });
    const caps = await client.capabilities();
    expect(caps.version).toBe(version);
    expect(caps.appSchema).toBe(appSchema);
    expect(caps.hasQuery('findFiles')).toBe(files);
    expect(caps.typeHasField('Studio', 'urls')).toBe(studioUrls);
    expect(caps.hasMutation('bulkStudioUpdate')).toBe(studioUrls);
    expect(caps.inputHasField('SceneFilterType', 'files_filter')).toBe(version === 'v0.30.1');
    expect(caps.hasSubscription('jobsSubscribe')).toBe(true);
    // v0.28 and v0.29 share appSchema 72: only introspection tells them apart.
    const sentProbe = stash.requests.filter((r) => r.operationName === 'StashCapabilities');
    expect(sentProbe).toHaveLength(1);
    expect(sentProbe[0]?.query).toContain('__schema');
  });

  it('probes once per client, shared by concurrent first calls, never per process', async () => {
    const stash = fake('v0.30.1');
    const a = new StashClient({ url: stash.url });
    const b = new StashClient({ url: stash.url });
    await Promise.all([a.findTags({}), a.findTags({}), a.capabilities(), a.findStudios({})]);
    await a.findTags({});
    expect(stash.requests.count('StashCapabilities')).toBe(1);
    await b.findTags({});
    expect(stash.requests.count('StashCapabilities')).toBe(2);
    expect(await a.capabilities()).not.toBe(await b.capabilities());
  });

  it('drops selections an older server lacks, and keeps them on servers that have them', async () => {
    for (const version of ['v0.29.3', 'v0.30.1'] as const) {
      const stash = fake(version);
      const client = new StashClient({ url: stash.url });
      const studio = await client.studioCreate({ input: { name: `S ${version}` } });
      expect(studio?.name).toBe(`S ${version}`);
      const query = sent(stash).find((r) => r.operationName === 'StudioCreate')?.query ?? '';
      if (version === 'v0.29.3') {
        expect(query).not.toMatch(/\burls\b/);
        expect(studio).not.toHaveProperty('urls');
      } else {
        expect(query).toMatch(/\burls\b/);
        expect(studio?.urls).toEqual([]);
      }
    }
  });

  it('refuses an operation the server lacks, naming the minimum version, before sending', async () => {
    const stash = fake('v0.29.3');
    const client = new StashClient({ url: stash.url });
    const error = await client.bulkStudioUpdate({ input: { ids: ['1'], favorite: true } }).catch((e) => e);
    expect(error).toBeInstanceOf(StashCapabilityError);
    expect(error).toMatchObject({
      coordinate: 'Mutation.bulkStudioUpdate',
      minVersion: 'v0.30.1',
      serverVersion: 'v0.29.3',
    });
    expect(error.message).toContain('needs Stash ≥ v0.30');
    const old = fake('v0.28.1');
    const files = await new StashClient({ url: old.url }).findFiles({}).catch((e) => e);
    expect(files).toBeInstanceOf(StashCapabilityError);
    expect(files.message).toContain('needs Stash ≥ v0.29');
    expect(sent(stash)).toHaveLength(0);
    expect(sent(old)).toHaveLength(0);
  });

  it('refuses input fields the server lacks, or drops them when asked to', async () => {
    const stash = fake('v0.29.3');
    const filter = {
      title: { value: 'x', modifier: 'EQUALS' as const },
      files_filter: { path: { value: '/a', modifier: 'EQUALS' as const } },
    };
    const strict = new StashClient({ url: stash.url });
    const error = await strict.findScenes({ scene_filter: filter }).catch((e) => e);
    expect(error).toBeInstanceOf(StashCapabilityError);
    expect(error.coordinate).toBe('SceneFilterType.files_filter');
    expect(stash.requests.count('FindScenes')).toBe(0);

    const logger = memoryLogger();
    const lenient = new StashClient({ url: stash.url, unsupportedInput: 'drop', logger });
    const result = await lenient.findScenes({ scene_filter: filter });
    expect(result.count).toBe(0);
    const request = sent(stash).find((r) => r.operationName === 'FindScenes');
    expect(request?.variables).toEqual({ scene_filter: { title: { value: 'x', modifier: 'EQUALS' } } });
    expect(logger.lines.join('\n')).toContain('SceneFilterType.files_filter');
  });

  it('a field no supported version knows is a mistake: typed input error, not a silent drop', async () => {
    const stash = fake('v0.28.1');
    const client = new StashClient({ url: stash.url });
    const error = await client
      .findScenes({ scene_filter: { titel: { value: 'x', modifier: 'EQUALS' } } as never })
      .catch((e) => e);
    expect(error).toBeInstanceOf(StashInputError);
    expect(error.message).toContain('SceneFilterType.titel');
    expect(error.valid).toContain('title');
    expect(sent(stash)).toHaveLength(0);
  });

  it('one build works on all three versions for the common downloader calls', async () => {
    for (const version of VERSIONS) {
      const stash = fake(version);
      const client = new StashClient({ url: stash.url });
      const tag = await client.tagCreate({ input: { name: `tag ${version}` } });
      const performer = await client.performerCreate({ input: { name: `p ${version}`, tag_ids: [tag!.id] } });
      const found = await client.findPerformers({
        performer_filter: { tags: { value: [tag!.id], modifier: 'INCLUDES' } },
      });
      expect(found.performers.map((p) => p.id)).toEqual([performer!.id]);
      expect(sent(stash).map((r) => r.operationName)).toEqual(['TagCreate', 'PerformerCreate', 'FindPerformers']);
    }
  });
});
