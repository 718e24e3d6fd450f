/**
 * Dry-run plans against a real Stash (skipped unless STASH_URL is set): planning sends nothing, and saveAll then sends
 * exactly the planned requests (logged at the client's fetch), with the temp ids replaced by the ids Stash answered.
 * Everything created is named with this run's prefix and destroyed afterwards.
 */
import { randomBytes } from 'node:crypto';
import type { StashClient } from '@stash-graphql/core';
import { Scene, Studio, Tag } from '@stash-graphql/orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StashEntityStore } from '../src/index.js';
import { expectSentAsPlanned } from './planSupport.js';
import { loggedRealClient, type SentRequest } from './realSupport.js';

const url = process.env.STASH_URL;
const prefix = `sgc-plan-${randomBytes(3).toString('hex')}-`;

describe.skipIf(!url)('dry-run plans on a real Stash', () => {
  let sent: SentRequest[] = [];
  let client: StashClient;
  const sceneIds: string[] = [];
  const tagIds: string[] = [];
  const studioIds: string[] = [];

  beforeAll(async () => {
    ({ client, sent } = loggedRealClient(url as string));
    for (let i = 1; i <= 3; i++) {
      sceneIds.push((await client.sceneCreate({ input: { title: `${prefix}s${i}` } }))?.id as string);
    }
    tagIds.push((await client.tagCreate({ input: { name: `${prefix}existing` } }))?.id as string);
  }, 60_000);

  afterAll(async () => {
    if (sceneIds.length) await client.scenesDestroy({ input: { ids: sceneIds } });
    if (tagIds.length) await client.tagsDestroy({ ids: tagIds });
    for (const id of studioIds) await client.studioDestroy({ input: { id } });
    await client?.close();
  });

  it('plans without a request; saveAll then sends exactly the planned requests', async () => {
    const store = new StashEntityStore(client);
    const scenes = await store.find(Scene, { title__startswith: prefix }, { fields: ['tags__id'] });
    const [s1, s2, s3] = scenes as [Scene, Scene, Scene];
    const existing = (await store.get(Tag, tagIds[0] as string)) as Tag;
    const fresh = store.track(new Tag({ name: `${prefix}fresh` }));
    const studio = store.track(new Studio({ name: `${prefix}studio` }));
    s1.title = `${prefix}s1 renamed`;
    s1.tags.add(fresh);
    s2.tags.add(existing);
    s3.tags.add(existing);
    s3.studio = studio;

    const before = sent.length;
    const plan = store.plan();
    expect(sent.length).toBe(before);
    expect(plan.requests.map((r) => [r.phase, r.operations.map((o) => o.mutation)])).toEqual([
      // s2 alone adds only an existing tag (s3 also changes its studio): its own update, in the first phase.
      [0, ['tagCreate', 'studioCreate', 'sceneUpdate']],
      [1, ['sceneUpdate', 'sceneUpdate']],
    ]);

    const result = await store.saveAll();
    expect(result.allSucceeded).toBe(true);
    tagIds.push(fresh.id);
    studioIds.push(studio.id);
    const mutations = sent.slice(before).filter((r) => /^\s*mutation\b/.test(r.query));
    const ids = expectSentAsPlanned(plan, mutations);
    expect([...ids.values()].sort()).toEqual([fresh.id, studio.id].sort());

    const back = await client.findScene({ id: s1.id });
    expect(back?.title).toBe(`${prefix}s1 renamed`);
    expect(back?.tags.map((t) => t.name)).toEqual([`${prefix}fresh`]);
    const s3back = await client.findScene({ id: s3.id });
    expect(s3back?.studio?.name).toBe(`${prefix}studio`);
    expect(s3back?.tags.map((t) => t.name)).toEqual([`${prefix}existing`]);
  });
});
