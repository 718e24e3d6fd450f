import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useFakeStash } from './support.js';

const run = promisify(execFile);
const pkgDir = fileURLToPath(new URL('..', import.meta.url));

// A consumer outside the workspace that sees only the built package, as an installed dependency would.
let consumer: string;
beforeAll(() => {
  if (!existsSync(join(pkgDir, 'dist/index.js'))) throw new Error('Build @stash-graphql/core first (pnpm build)');
  consumer = mkdtempSync(join(tmpdir(), 'stash-consumer-'));
  mkdirSync(join(consumer, 'node_modules/@stash-graphql'), { recursive: true });
  symlinkSync(pkgDir, join(consumer, 'node_modules/@stash-graphql/core'), 'dir');
});
afterAll(() => rmSync(consumer, { recursive: true, force: true }));

const script = (load: string) => `
${load}
const client = new StashClient({ url: process.env.STASH_URL });
client.tagCreate({ input: { name: process.env.TAG } })
  .then(async (tag) => {
    const found = await client.findTags({});
    console.log(JSON.stringify({ name: tag.name, count: found.count, isError: typeof StashError === 'function' }));
  })
  .catch((e) => { console.error(e); process.exit(1); });
`;

describe('the built package', () => {
  const t = useFakeStash();

  it.each([
    ['ESM import', 'mjs', "import { StashClient, StashError } from '@stash-graphql/core';"],
    ['CommonJS require', 'cjs', "const { StashClient, StashError } = require('@stash-graphql/core');"],
  ])('loads through %s and talks to Stash', async (_label, ext, load) => {
    const file = join(consumer, `consumer.${ext}`);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, script(load));
    const { stdout } = await run(process.execPath, [file], {
      cwd: consumer,
      env: { ...process.env, STASH_URL: t.stash.url, TAG: `tag-${ext}` },
    });
    expect(JSON.parse(stdout)).toEqual({ name: `tag-${ext}`, count: 1, isError: true });
    expect(t.stash.requests.map((r) => r.operationName)).toEqual(['StashCapabilities', 'TagCreate', 'FindTags']);
  });
});
