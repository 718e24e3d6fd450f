/**
 * getOrCreateMany against a real Stash (skipped unless STASH_URL is set): Stash's own name rules (case, stray spaces,
 * aliases) decide what is found, one lookup (every match in one answer, no count, no sort) and one batched create are
 * sent (logged at the client's fetch), and a fresh store finds everything with the lookup alone. Everything created is
 * named with this run's prefix and destroyed afterwards.
 */
import { randomBytes } from 'node:crypto';
import type { StashClient } from '@stash-graphql/core';
import { Performer, Tag } from '@stash-graphql/orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StashEntityStore } from '../src/index.js';
import { loggedRealClient, type SentRequest } from './realSupport.js';

const url = process.env.STASH_URL;
const prefix = `sgc-goc-${randomBytes(3).toString('hex')}-`;

describe.skipIf(!url)('getOrCreateMany on a real Stash', () => {
  let sent: SentRequest[] = [];
  let client: StashClient;
  const performerIds: string[] = [];
  const tagIds: string[] = [];

  beforeAll(async () => {
    ({ client, sent } = loggedRealClient(url as string));
    const alex = await client.performerCreate({ input: { name: `${prefix}Alex`, alias_list: [`${prefix}Lexi`] } });
    performerIds.push(alex?.id as string);
    const tag = await client.tagCreate({ input: { name: `${prefix}Outdoor`, aliases: [`${prefix}outside`] } });
    tagIds.push(tag?.id as string);
  }, 60_000);

  afterAll(async () => {
    if (performerIds.length) await client.performersDestroy({ ids: performerIds });
    if (tagIds.length) await client.tagsDestroy({ ids: tagIds });
    await client?.close();
  });

  it('finds by name or alias in any case and with stray spaces, creates the rest: one lookup, one create', async () => {
    const store = new StashEntityStore(client);
    await client.capabilities();
    sent.length = 0;
    const names = [` ${prefix}ALEX`, `${prefix}lexi `, `${prefix}New One`, `${prefix}New Two`, `${prefix}new one`];
    const outcomes = await store.getOrCreateMany(Performer, names);
    for (const o of outcomes) if (o.ok && o.created) performerIds.push(o.entity.id);
    expect(outcomes.map((o) => o.ok && [o.entity.name, o.created])).toEqual([
      [`${prefix}Alex`, false],
      [`${prefix}Alex`, false],
      [`${prefix}New One`, true],
      [`${prefix}New Two`, true],
      [`${prefix}New One`, false],
    ]);
    expect(sent.map((r) => r.rootFields)).toEqual([['findPerformers'], ['performerCreate', 'performerCreate']]);
    expect(sent[0]?.variables.filter).toEqual({ per_page: -1 });
    expect(sent[0]?.query).not.toMatch(/\bcount\b/);
    expect(Object.values(sent[1]?.variables ?? {})).toEqual([
      { name: `${prefix}New One`, alias_list: [], disambiguation: '' },
      { name: `${prefix}New Two`, alias_list: [], disambiguation: '' },
    ]);

    // What Stash stored is what the entities say, and a fresh store finds all of it with the lookup alone.
    sent.length = 0;
    const again = await new StashEntityStore(client).getOrCreateMany(Performer, names);
    expect(again.map((o) => o.ok && o.entity.id)).toEqual(outcomes.map((o) => o.ok && o.entity.id));
    expect(again.some((o) => o.ok && o.created)).toBe(false);
    expect(sent.map((r) => r.rootFields)).toEqual([['findPerformers']]);
    const stored = await client.findPerformers({ ids: performerIds.slice(1) });
    expect(stored.performers.map((p) => [p.name, p.alias_list, p.disambiguation ?? ''])).toEqual([
      [`${prefix}New One`, [], ''],
      [`${prefix}New Two`, [], ''],
    ]);
  });

  it('a tag is found by its alias; a name Stash would refuse as taken is never sent', async () => {
    const store = new StashEntityStore(client);
    await client.capabilities();
    sent.length = 0;
    const [byAlias, byName] = await store.getOrCreateMany(Tag, [`${prefix}OUTSIDE`, `  ${prefix}outdoor`]);
    expect(byAlias).toMatchObject({ ok: true, created: false, entity: { id: tagIds[0] } });
    expect(byName).toMatchObject({ ok: true, created: false, entity: { id: tagIds[0] } });
    expect(sent.map((r) => r.rootFields)).toEqual([['findTags']]);
  });
});
