// CommonJS: every package has a require() build, and they share one copy of @stash-graphql/core.
const { StashClient, StashExecutionError } = require('@stash-graphql/core');
const { createFakeStash } = require('@stash-graphql/testing');

async function main() {
  const fake = process.env.STASH_URL ? undefined : await createFakeStash();
  const client = new StashClient({
    url: process.env.STASH_URL ?? fake.url,
    apiKey: process.env.STASH_API_KEY || undefined,
  });
  try {
    const name = `cjs-example-${Date.now().toString(36)}`;
    const tag = await client.tagCreate({ input: { name } });
    let duplicate = 'accepted';
    try {
      await client.tagCreate({ input: { name: name.toUpperCase() } });
    } catch (e) {
      duplicate = e instanceof StashExecutionError ? 'rejected' : `unexpected ${e}`;
    }
    const found = await client.findTags({ tag_filter: { name: { value: name, modifier: 'EQUALS' } } });
    console.log(JSON.stringify({ created: tag.name === name, duplicate, found: found.count }));
    await client.tagDestroy({ input: { id: tag.id } });
  } finally {
    await client.close();
    await fake?.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
