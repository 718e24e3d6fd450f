// A tiny downloader in plain Node ESM, using only the packages' public entry points.
// Runs against an embedded fake Stash unless STASH_URL is set.
import { StashClient } from '@stash-graphql/core';
import { Scene, Studio, Tag } from '@stash-graphql/orm';
import { createFakeStash } from '@stash-graphql/testing';

const fake = process.env.STASH_URL ? undefined : await createFakeStash();
const client = new StashClient({
  url: process.env.STASH_URL ?? fake.url,
  apiKey: process.env.STASH_API_KEY || undefined,
});
try {
  const run = Date.now().toString(36);
  const studio = new Studio({ name: `Example Studio ${run}` });
  const scene = new Scene({
    title: `Example ${run}`,
    studio,
    tags: [new Tag({ name: `example-${run}` })],
    rating100: 80,
  });
  await scene.save(client);
  const saved = await client.findScene({ id: scene.id });
  console.log(
    JSON.stringify({ title: saved.title, studio: saved.studio?.name === studio.name, tags: saved.tags.length }),
  );
  await client.sceneDestroy({ input: { id: scene.id } });
  await client.studioDestroy({ input: { id: studio.id } });
  await client.tagsDestroy({ ids: saved.tags.map((t) => t.id) });
} finally {
  await client.close();
  await fake?.close();
}
